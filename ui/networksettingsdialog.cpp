#include "networksettingsdialog.h"
#include "ui_networksettingsdialog.h"

#include "api/networksettingsservice.h"
#include "messages.h"
#include "palettecolours.h"
#include "session/workspace.h"

#include <QEvent>
#include <QFileDialog>
#include <QPushButton>

namespace clm::ui {

void NetworkSettingsDialog::edit(QWidget *parent, NetworkSettingsService *service, Workspace *workspace)
{
    auto *dialog = new NetworkSettingsDialog(NetworkSettingsService::load(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, parent, [parent, service, workspace, dialog] {
        service->save(
            dialog->settings(), dialog->proxyPassword(), parent,
            [parent](SecretStore::Status stored) {
                if (stored != SecretStore::Status::Ok)
                    Messages::warn(parent, tr("Network settings"),
                                   tr("The proxy password could not be stored in the system keychain; it is "
                                      "used until you quit."));
            },
            [workspace](const ClientSettings &settings, const QString &) {
                workspace->setClientSettings(settings);
                workspace->refresh();
            });
    });
    dialog->open();
}

NetworkSettingsDialog::NetworkSettingsDialog(const NetworkSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NetworkSettingsDialog>())
{
    m_ui->setupUi(this);
    for (const auto mode : {NetworkSettings::ProxyMode::System, NetworkSettings::ProxyMode::Http,
                            NetworkSettings::ProxyMode::Socks5, NetworkSettings::ProxyMode::None})
        m_ui->modeCombo->addItem(QString(), int(mode));
    m_ui->signatureCombo->addItem(QString(), int(SignatureVersion::V3));
    m_ui->signatureCombo->addItem(QString(), int(SignatureVersion::V2));
    m_ui->modeCombo->setCurrentIndex(m_ui->modeCombo->findData(int(settings.proxyMode)));
    m_ui->hostEdit->setText(settings.proxyHost);
    m_ui->portSpin->setValue(settings.proxyPort);
    m_ui->userEdit->setText(settings.proxyUser);
    m_ui->caEdit->setText(settings.caBundlePath);
    m_ui->timeoutSpin->setValue(settings.timeoutSeconds);
    m_ui->parallelSpin->setValue(settings.maxParallel);
    m_ui->rateSpin->setValue(settings.rateLimit);
    m_ui->signatureCombo->setCurrentIndex(settings.defaultSignatureVersion == SignatureVersion::V2 ? 1 : 0);
    showAsError(m_ui->errorLabel);
    m_ui->errorLabel->hide();
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, &NetworkSettingsDialog::updateEnabled);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("CA bundle"), m_ui->caEdit->text(),
                                         tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_ui->caEdit->setText(path);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NetworkSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    updateEnabled();
}

NetworkSettingsDialog::~NetworkSettingsDialog() = default;

void NetworkSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void NetworkSettingsDialog::retranslate()
{
    setWindowTitle(tr("Network settings"));
    m_ui->proxyGroup->setTitle(tr("Proxy"));
    m_ui->modeLabel->setText(tr("&Proxy:"));
    m_ui->modeCombo->setItemText(0, tr("System settings (honours HTTPS_PROXY and NO_PROXY)"));
    m_ui->modeCombo->setItemText(1, tr("HTTP proxy"));
    m_ui->modeCombo->setItemText(2, tr("SOCKS5 proxy"));
    m_ui->modeCombo->setItemText(3, tr("No proxy"));
    m_ui->hostLabel->setText(tr("&Host:"));
    m_ui->portLabel->setText(tr("P&ort:"));
    m_ui->userLabel->setText(tr("&User (optional):"));
    m_ui->passwordLabel->setText(tr("Pass&word:"));
    m_ui->passwordEdit->setPlaceholderText(tr("Kept in the system keychain"));
    m_ui->tlsGroup->setTitle(tr("Extra trusted CA bundle (for networks that inspect TLS)"));
    m_ui->caEdit->setPlaceholderText(tr("PEM file; certificate checks always stay on"));
    m_ui->caEdit->setAccessibleName(tr("CA bundle file"));
    m_ui->browseButton->setText(tr("&Browse…"));
    m_ui->requestsGroup->setTitle(tr("Requests"));
    m_ui->timeoutLabel->setText(tr("&Timeout:"));
    m_ui->timeoutSpin->setSuffix(tr(" s"));
    m_ui->parallelLabel->setText(tr("Parallel &requests:"));
    m_ui->rateLabel->setText(tr("Rate &limit:"));
    m_ui->rateSpin->setSpecialValueText(tr("No limit"));
    m_ui->rateSpin->setSuffix(tr(" per second"));
    m_ui->signatureLabel->setText(tr("Default &signature:"));
    m_ui->signatureCombo->setItemText(0, tr("V3 (ACS3-HMAC-SHA256, recommended)"));
    m_ui->signatureCombo->setItemText(1, tr("V2 (HMAC-SHA1)"));
}

void NetworkSettingsDialog::updateEnabled()
{
    const auto mode = NetworkSettings::ProxyMode(m_ui->modeCombo->currentData().toInt());
    const bool manual =
        mode == NetworkSettings::ProxyMode::Http || mode == NetworkSettings::ProxyMode::Socks5;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->hostEdit), static_cast<QWidget *>(m_ui->portSpin),
          static_cast<QWidget *>(m_ui->userEdit), static_cast<QWidget *>(m_ui->passwordEdit)})
        widget->setEnabled(manual);
}

NetworkSettings NetworkSettingsDialog::settings() const
{
    NetworkSettings s;
    s.proxyMode = NetworkSettings::ProxyMode(m_ui->modeCombo->currentData().toInt());
    s.proxyHost = m_ui->hostEdit->text().trimmed();
    s.proxyPort = m_ui->portSpin->value();
    s.proxyUser = m_ui->userEdit->text().trimmed();
    s.caBundlePath = m_ui->caEdit->text().trimmed();
    s.timeoutSeconds = m_ui->timeoutSpin->value();
    s.maxParallel = m_ui->parallelSpin->value();
    s.rateLimit = m_ui->rateSpin->value();
    s.defaultSignatureVersion = SignatureVersion(m_ui->signatureCombo->currentData().toInt());
    return s;
}

QString NetworkSettingsDialog::proxyPassword() const
{
    return m_ui->passwordEdit->text();
}

void NetworkSettingsDialog::accept()
{
    const QString error = settings().validate();
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
    if (error.isEmpty())
        QDialog::accept();
}

} // namespace clm::ui
