#include "accountdialog.h"
#include "ui_accountdialog.h"

#include "palettecolours.h"

#include "api/endpoints.h"
#include "icons.h"

#include <QEvent>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>

namespace clm::ui {

namespace {

const char *const kColours[] = {"", "#d32f2f", "#ef6c00", "#2e7d32", "#1565c0", "#6a1b9a"};

} // namespace

AccountDialog::AccountDialog(QList<Profile> others, std::optional<Profile> existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountDialog>())
    , m_others(std::move(others))
    , m_existing(std::move(existing))
{
    m_ui->setupUi(this);
    m_ui->signatureCombo->addItem(QString(), int(SignatureVersion::V3));
    m_ui->signatureCombo->addItem(QString(), int(SignatureVersion::V2));
    for (const char *colour : kColours)
        m_ui->colourCombo->addItem(colourIcon(QLatin1String(colour)), QString(), QLatin1String(colour));
    m_ui->regionEdit->setText(QStringLiteral("cn-hangzhou"));
    showAsError(m_ui->errorLabel);
    m_ui->errorLabel->hide();
    if (m_existing) {
        m_ui->nameEdit->setText(m_existing->name);
        m_ui->keyIdEdit->setText(m_existing->accessKeyId);
        m_ui->regionEdit->setText(m_existing->defaultRegion);
        m_ui->endpointEdit->setText(m_existing->endpoint.toString());
        m_ui->signatureCombo->setCurrentIndex(m_existing->signatureVersion == SignatureVersion::V2 ? 1 : 0);
        const int colour = m_ui->colourCombo->findData(m_existing->colour);
        m_ui->colourCombo->setCurrentIndex(colour < 0 ? 0 : colour);
        m_ui->rememberBox->setEnabled(false);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->rememberBox, &QCheckBox::toggled, this, &AccountDialog::retranslate);
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
    setWindowTitle(m_existing ? tr("Edit account") : tr("Add account"));
    m_ui->nameLabel->setText(tr("&Name:"));
    m_ui->nameEdit->setPlaceholderText(tr("For example: Production"));
    m_ui->keyIdLabel->setText(tr("AccessKey &ID:"));
    m_ui->secretLabel->setText(tr("AccessKey &secret:"));
    m_ui->secretEdit->setPlaceholderText(m_existing ? tr("Unchanged") : QString());
    m_ui->tokenLabel->setText(tr("STS &token:"));
    m_ui->tokenEdit->setPlaceholderText(m_existing && m_existing->hasSecurityToken
                                            ? tr("Unchanged")
                                            : tr("Only for temporary STS credentials"));
    m_ui->regionLabel->setText(tr("Default &region:"));
    m_ui->endpointLabel->setText(tr("&Endpoint:"));
    m_ui->endpointEdit->setPlaceholderText(tr("Leave empty for Alibaba Cloud's public endpoints"));
    m_ui->signatureLabel->setText(tr("Si&gnature:"));
    m_ui->signatureCombo->setItemText(0, tr("V3 (ACS3-HMAC-SHA256, recommended)"));
    m_ui->signatureCombo->setItemText(1, tr("V2 (HMAC-SHA1)"));
    m_ui->colourLabel->setText(tr("&Colour label:"));
    const QStringList colourNames{tr("None"),  tr("Red (production)"), tr("Orange"), tr("Green"), tr("Blue"),
                                  tr("Purple")};
    for (int i = 0; i < colourNames.size(); ++i)
        m_ui->colourCombo->setItemText(i, colourNames.at(i));
    m_ui->rememberBox->setText(tr("Remember the secret in the system &keychain"));
    m_ui->noteLabel->setText(
        rememberInKeychain()
            ? tr("The secret and the token are stored only in the system keychain, never in a file, a log or "
                 "the settings.")
            : tr("The secret and the token are kept in memory until you quit. They are never written to "
                 "disk, "
                 "to a log or to the settings."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(m_existing ? tr("Save") : tr("Add account"));
}

Profile AccountDialog::profile() const
{
    Profile profile = m_existing ? *m_existing : ProfileStore::create(QString());
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.accessKeyId = m_ui->keyIdEdit->text().trimmed();
    if (profile.name.isEmpty())
        profile.name = profile.accessKeyId;
    profile.defaultRegion = m_ui->regionEdit->text().trimmed();
    const QString endpoint = m_ui->endpointEdit->text().trimmed();
    profile.endpoint = endpoint.isEmpty() ? QUrl() : QUrl(endpoint, QUrl::StrictMode);
    profile.signatureVersion = SignatureVersion(m_ui->signatureCombo->currentData().toInt());
    profile.colour = m_ui->colourCombo->currentData().toString();
    return profile;
}

QString AccountDialog::secret() const
{
    return m_ui->secretEdit->text();
}

QString AccountDialog::securityToken() const
{
    return m_ui->tokenEdit->text().trimmed();
}

bool AccountDialog::rememberInKeychain() const
{
    return m_existing || m_ui->rememberBox->isChecked();
}

Account AccountDialog::sessionAccount() const
{
    const Profile p = profile();
    Account account;
    account.name = p.name;
    account.source = Account::Source::Session;
    account.colour = p.colour;
    account.credentials = Credentials{p.accessKeyId, secret(), securityToken()};
    account.defaultRegion = p.defaultRegion;
    account.endpointOverride = p.endpoint;
    account.signatureVersion = p.signatureVersion;
    return account;
}

QString AccountDialog::validationError() const
{
    const Profile candidate = profile();
    const QString endpoint = m_ui->endpointEdit->text().trimmed();
    if (QString error; !endpoint.isEmpty() && Endpoints::parseEndpoint(endpoint, &error).isEmpty())
        return error;
    if (const QString problem = ProfileStore::validate(candidate, m_others); !problem.isEmpty())
        return problem;
    if (secret().isEmpty() && !m_existing)
        return tr("Enter the AccessKey secret.");
    if (secret().contains(QRegularExpression(QStringLiteral("\\s"))))
        return tr("The AccessKey secret cannot contain spaces or line breaks.");
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
