#include "accountsdialog.h"
#include "ui_accountsdialog.h"

#include "accountdialog.h"
#include "cloud/domaintext.h"
#include "credentials/aliyunconfig.h"
#include "credentials/rampolicy.h"
#include "icons.h"
#include "messages.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clm::ui {

AccountsDialog::AccountsDialog(AccountDirectory *directory, Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
    , m_directory(directory)
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_ui->editButton, &QPushButton::clicked, this, &AccountsDialog::editAccount);
    connect(m_ui->profileList, &QListWidget::itemDoubleClicked, this, &AccountsDialog::editAccount);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &AccountsDialog::duplicateAccount);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccountsDialog::removeAccount);
    connect(m_ui->importButton, &QPushButton::clicked, this,
            [this] { importFrom(AliyunCliConfigReader::defaultPath()); });
    connect(m_ui->testButton, &QPushButton::clicked, this, &AccountsDialog::testSelected);
    connect(m_ui->permissionsButton, &QPushButton::clicked, this, &AccountsDialog::showPermissions);
    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, [this] {
        const bool any = selected().has_value();
        for (QPushButton *button :
             {m_ui->editButton, m_ui->duplicateButton, m_ui->removeButton, m_ui->testButton})
            button->setEnabled(any);
    });
    connect(m_directory, &AccountDirectory::profilesChanged, this, &AccountsDialog::reload);
    retranslate();
    reload();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AccountsDialog::retranslate()
{
    setWindowTitle(tr("Accounts"));
    m_ui->profileList->setAccessibleName(tr("Saved accounts"));
    m_ui->addButton->setText(tr("&Add…"));
    m_ui->editButton->setText(tr("&Edit…"));
    m_ui->duplicateButton->setText(tr("D&uplicate"));
    m_ui->removeButton->setText(tr("&Remove…"));
    m_ui->importButton->setText(tr("&Import from aliyun CLI…"));
    m_ui->testButton->setText(tr("&Test connection"));
    m_ui->permissionsButton->setText(tr("Required &permissions…"));
}

void AccountsDialog::reload()
{
    const QString current = selected() ? selected()->id : QString();
    m_ui->profileList->clear();
    for (const Profile &profile : m_directory->profiles()) {
        auto *item =
            new QListWidgetItem(colourIcon(profile.colour),
                                tr("%1 — %2 (%3)", "an account: its name, AccessKey ID and default region")
                                    .arg(profile.name, profile.accessKeyId, profile.defaultRegion));
        item->setData(Qt::UserRole, profile.id);
        m_ui->profileList->addItem(item);
        if (profile.id == current)
            m_ui->profileList->setCurrentItem(item);
    }
    if (!m_ui->profileList->currentItem() && m_ui->profileList->count() > 0)
        m_ui->profileList->setCurrentRow(0);
    emit m_ui->profileList->currentRowChanged(m_ui->profileList->currentRow());
}

void AccountsDialog::selectProfile(const QString &name)
{
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        if (m_ui->profileList->item(row)->text().startsWith(name + QStringLiteral(" — ")))
            m_ui->profileList->setCurrentRow(row);
    }
}

std::optional<Profile> AccountsDialog::selected() const
{
    const QListWidgetItem *item = m_ui->profileList->currentItem();
    if (!item)
        return std::nullopt;
    for (const Profile &profile : m_directory->profiles()) {
        if (profile.id == item->data(Qt::UserRole).toString())
            return profile;
    }
    return std::nullopt;
}

QString AccountsDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

QString AccountsDialog::keychainProblem(SecretStore::Status status) const
{
    return DomainText::sentences(
        {SecretStore::statusText(status), status == SecretStore::Status::NotFound
                                              ? tr("Edit the account and enter the secret again.")
                                              : tr("Nothing was saved.")});
}

void AccountsDialog::report(SecretStore::Status status, const QString &success)
{
    m_ui->resultLabel->setText(status == SecretStore::Status::Ok ? success : keychainProblem(status));
}

void AccountsDialog::addAccount()
{
    // Opened without blocking the caller; the answer arrives with accepted().
    auto *form = new AccountDialog(m_directory->profiles(), std::nullopt, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, form] { saveNewAccount(*form); });
    form->open();
}

void AccountsDialog::saveNewAccount(const AccountDialog &dialog)
{
    const Account session = dialog.sessionAccount();
    if (!dialog.rememberInKeychain()) {
        emit sessionAccountAdded(session);
        m_ui->resultLabel->setText(tr("\"%1\" is available until you quit.").arg(session.name));
        return;
    }
    const Profile profile = dialog.profile();
    m_directory->save(
        profile, dialog.secret(), dialog.securityToken(), this,
        [this, session, profile](SecretStore::Status status, const QString &) {
            if (status == SecretStore::Status::Unavailable || status == SecretStore::Status::Denied) {
                // No keychain: offer the secret for this session only; never a file.
                Messages::confirm(
                    this, tr("No keychain"),
                    tr("%1 Use \"%2\" for this session only? The secret stays in memory until you quit.")
                        .arg(keychainProblem(status), session.name),
                    tr("Use for this session"), [this, session](bool useIt) {
                        if (useIt)
                            emit sessionAccountAdded(session);
                    });
                report(status, {});
                return;
            }
            report(status, tr("Saved \"%1\"; its secret is in the system keychain.").arg(profile.name));
        });
}

void AccountsDialog::editAccount()
{
    const std::optional<Profile> profile = selected();
    if (!profile)
        return;
    auto *form = new AccountDialog(m_directory->profiles(), profile, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, form, profile = *profile] { saveEdit(*form, profile); });
    form->open();
}

void AccountsDialog::saveEdit(const AccountDialog &dialog, const Profile &original)
{
    const Profile edited = dialog.profile();
    const QString secret = dialog.secret();
    auto done = [this, edited](SecretStore::Status status, const QString &) {
        report(status, tr("Saved \"%1\".").arg(edited.name));
    };
    if (secret.isEmpty() && !dialog.securityToken().isEmpty()) {
        // A new token with the stored secret.
        m_directory->resolve(original, this,
                             [this, edited, token = dialog.securityToken(), done](SecretStore::Status status,
                                                                                  const Account &account) {
                                 if (status != SecretStore::Status::Ok)
                                     return report(status, {});
                                 m_directory->save(edited, account.credentials.accessKeySecret, token, this,
                                                   done);
                             });
        return;
    }
    m_directory->save(edited, secret, dialog.securityToken(), this, done);
}

void AccountsDialog::duplicateAccount()
{
    const std::optional<Profile> profile = selected();
    if (!profile)
        return;
    QString name = tr("%1 (copy)").arg(profile->name);
    for (int n = 2; ProfileStore::find(m_directory->profiles(), name); ++n)
        name = tr("%1 (copy %2)").arg(profile->name).arg(n);
    m_directory->duplicate(*profile, name, this, [this, name](SecretStore::Status status, const QString &) {
        report(status, tr("Created \"%1\".").arg(name));
    });
}

void AccountsDialog::removeAccount()
{
    const std::optional<Profile> profile = selected();
    if (!profile)
        return;
    Messages::confirm(this, tr("Remove account"),
                      tr("Remove \"%1\" and delete its secret from the keychain?").arg(profile->name),
                      tr("Remove"), [this, profile = *profile](bool remove) {
                          if (!remove)
                              return;
                          m_directory->remove(
                              profile, this,
                              [this, name = profile.name](SecretStore::Status status, const QString &) {
                                  report(status, tr("Removed \"%1\".").arg(name));
                              });
                      });
}

void AccountsDialog::importFrom(const QString &path)
{
    const AliyunCliConfig config = AliyunCliConfigReader::read(path);
    if (!config.ok) {
        m_ui->resultLabel->setText(config.error);
        return;
    }
    QStringList lines;
    QList<AliyunCliProfile> importable;
    for (const AliyunCliProfile &profile : config.profiles) {
        if (profile.importable && !ProfileStore::find(m_directory->profiles(), profile.name)) {
            importable.append(profile);
            lines << tr("• %1 (%2): will be imported").arg(profile.name, profile.mode);
        } else if (profile.importable) {
            lines << tr("• %1: an account with this name exists already").arg(profile.name);
        } else {
            lines << tr("• %1: %2").arg(profile.name, profile.reason);
        }
    }
    if (importable.isEmpty()) {
        m_ui->resultLabel->setText(tr("Nothing to import from %1.").arg(path) + u'\n' + lines.join(u'\n'));
        return;
    }
    Messages::confirm(
        this, tr("Import from aliyun CLI"),
        tr("Import these accounts? Their secrets go into the system keychain; the aliyun CLI file "
           "is not changed.") +
            QStringLiteral("\n\n") + lines.join(u'\n'),
        tr("Import"), [this, importable](bool import) {
            if (import)
                importProfiles(importable);
        });
}

void AccountsDialog::importProfiles(const QList<AliyunCliProfile> &importable)
{
    auto remaining = std::make_shared<int>(int(importable.size()));
    auto failures = std::make_shared<QStringList>();
    for (const AliyunCliProfile &cli : importable) {
        Profile profile = ProfileStore::create(cli.name);
        profile.accessKeyId = cli.accessKeyId;
        if (!cli.regionId.isEmpty())
            profile.defaultRegion = cli.regionId;
        if (!ProfileStore::validate(profile, m_directory->profiles()).isEmpty()) {
            failures->append(cli.name);
            if (--*remaining == 0)
                m_ui->resultLabel->setText(tr("Imported with problems: %1").arg(DomainText::list(*failures)));
            continue;
        }
        m_directory->save(profile, cli.accessKeySecret, cli.stsToken, this,
                          [this, remaining, failures, name = cli.name,
                           total = importable.size()](SecretStore::Status status, const QString &) {
                              if (status != SecretStore::Status::Ok)
                                  failures->append(DomainText::withDetail(name, keychainProblem(status)));
                              if (--*remaining > 0)
                                  return;
                              m_ui->resultLabel->setText(
                                  failures->isEmpty()
                                      ? tr("Imported %Ln account(s).", nullptr, int(total))
                                      : tr("Imported with problems: %1").arg(DomainText::list(*failures)));
                          });
    }
}

void AccountsDialog::testSelected()
{
    const std::optional<Profile> profile = selected();
    if (!profile)
        return;
    m_ui->resultLabel->setText(tr("Testing \"%1\"…").arg(profile->name));
    m_directory->resolve(*profile, this, [this](SecretStore::Status status, const Account &account) {
        if (status != SecretStore::Status::Ok)
            return report(status, {});
        m_workspace->testConnection(account, this,
                                    [this, name = account.name](const ConnectionReport &result) {
                                        m_ui->resultLabel->setText(DomainText::titled(name, result.text()));
                                    });
    });
}

void AccountsDialog::showPermissions()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Required permissions"));
    auto *note = new QLabel(
        tr("A RAM user needs exactly these permissions to use ClassicLink Manager. Paste the policy into "
           "the RAM console (Policies → Create policy → JSON) and attach it to the user."),
        dialog);
    note->setWordWrap(true);
    auto *policy = new QPlainTextEdit(requiredRamPolicy(), dialog);
    policy->setReadOnly(true);
    policy->setAccessibleName(tr("RAM policy"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(tr("&Copy policy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, dialog,
            [] { QGuiApplication::clipboard()->setText(requiredRamPolicy()); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(note);
    layout->addWidget(policy);
    layout->addWidget(buttons);
    dialog->resize(560, 480);
    dialog->open();
}

} // namespace clm::ui
