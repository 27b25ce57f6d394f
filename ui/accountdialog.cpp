#include "accountdialog.h"
#include "ui_accountdialog.h"

#include "api/endpoints.h"

#include <QEvent>
#include <QPushButton>
#include <QRegularExpression>

namespace clm::ui {

AccountDialog::AccountDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountDialog>())
{
    m_ui->setupUi(this);
    m_ui->signatureCombo->addItem(QString(), int(SignatureVersion::V3));
    m_ui->signatureCombo->addItem(QString(), int(SignatureVersion::V2));
    m_ui->regionEdit->setText(QStringLiteral("cn-hangzhou"));
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xd1, 0x35, 0x2b));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AccountDialog::retranslate()
{
    setWindowTitle(tr("Add account"));
    m_ui->nameLabel->setText(tr("&Name:"));
    m_ui->nameEdit->setPlaceholderText(tr("For example: Production"));
    m_ui->keyIdLabel->setText(tr("AccessKey &ID:"));
    m_ui->secretLabel->setText(tr("AccessKey &secret:"));
    m_ui->tokenLabel->setText(tr("STS &token:"));
    m_ui->tokenEdit->setPlaceholderText(tr("Only for temporary STS credentials"));
    m_ui->regionLabel->setText(tr("Default &region:"));
    m_ui->endpointLabel->setText(tr("&Endpoint:"));
    m_ui->endpointEdit->setPlaceholderText(tr("Leave empty for Alibaba Cloud's public endpoints"));
    m_ui->signatureLabel->setText(tr("Si&gnature:"));
    m_ui->signatureCombo->setItemText(0, tr("V3 (ACS3-HMAC-SHA256, recommended)"));
    m_ui->signatureCombo->setItemText(1, tr("V2 (HMAC-SHA1)"));
    m_ui->noteLabel->setText(tr("The secret and the token are kept in memory until you quit. They are never written "
                                "to disk, to a log or to the settings."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add account"));
}

Account AccountDialog::account() const
{
    Account account;
    account.source = Account::Source::Session;
    account.name = m_ui->nameEdit->text().trimmed();
    if (account.name.isEmpty())
        account.name = m_ui->keyIdEdit->text().trimmed();
    account.credentials = Credentials{m_ui->keyIdEdit->text().trimmed(), m_ui->secretEdit->text(), m_ui->tokenEdit->text().trimmed()};
    account.defaultRegion = m_ui->regionEdit->text().trimmed();
    const QString endpoint = m_ui->endpointEdit->text().trimmed();
    if (!endpoint.isEmpty())
        account.endpointOverride = QUrl(endpoint, QUrl::StrictMode);
    account.signatureVersion = SignatureVersion(m_ui->signatureCombo->currentData().toInt());
    return account;
}

QString AccountDialog::validationError() const
{
    static const QRegularExpression keyIdPattern(QStringLiteral("^[A-Za-z0-9._-]{3,128}$"));
    static const QRegularExpression regionPattern(QStringLiteral("^[a-z]{2}(-[a-z0-9]+)+$"));
    const Account candidate = account();
    if (!keyIdPattern.match(candidate.credentials.accessKeyId).hasMatch())
        return tr("Enter the AccessKey ID: letters, digits, dots, dashes and underscores only.");
    if (candidate.credentials.accessKeySecret.isEmpty())
        return tr("Enter the AccessKey secret.");
    if (candidate.credentials.accessKeySecret.contains(QRegularExpression(QStringLiteral("\\s"))))
        return tr("The AccessKey secret cannot contain spaces or line breaks.");
    if (!regionPattern.match(candidate.defaultRegion).hasMatch())
        return tr("Enter a region ID such as cn-hangzhou.");
    if (!m_ui->endpointEdit->text().trimmed().isEmpty() && !Endpoints::isAllowedEndpoint(candidate.endpointOverride))
        return tr("The endpoint must be an https:// address (plain http:// only for this computer's own addresses).");
    return {};
}

void AccountDialog::accept()
{
    const QString error = validationError();
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
    if (error.isEmpty())
        QDialog::accept();
}

} // namespace clm::ui
