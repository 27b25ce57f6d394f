#include "accountcontroller.h"

#include "cloud/domaintext.h"
#include "session/fleetoverview.h"

#include "accountdialog.h"
#include "accountsdialog.h"
#include "messages.h"
#include "session/workspace.h"
#include "uistate.h"

namespace clm::ui {

AccountController::AccountController(Workspace *workspace, AccountDirectory *directory,
                                     QList<Account> builtin, SandboxStarter startSandbox,
                                     QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_directory(directory)
    , m_builtin(std::move(builtin))
    , m_startSandbox(std::move(startSandbox))
    , m_dialogParent(dialogParent)
{
    rebuild();
    if (m_directory) {
        connect(m_directory, &AccountDirectory::profilesChanged, this, [this] {
            const QString current = m_current;
            rebuild();
            const int index = indexOf(current);
            emit accountsChanged(index >= 0 ? index : int(m_accounts.size()) - 1);
            if (index < 0 || m_accounts.at(index).name != m_workspace->account().name)
                choose(index >= 0 ? index : int(m_accounts.size()) - 1);
        });
    }
}

int AccountController::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).name == name)
            return int(i);
    }
    return -1;
}

int AccountController::initialIndex() const
{
    if (m_accounts.isEmpty())
        return -1;
    return std::max(0, indexOf(UiState::lastAccount()));
}

void AccountController::rebuild()
{
    m_accounts = m_builtin;
    if (m_directory) {
        for (const Profile &profile : m_directory->profiles())
            m_accounts.append(
                AccountDirectory::accountFor(profile, {}, {})); // the secret is read when chosen
    }
    m_accounts += m_session;
}

void AccountController::choose(int index)
{
    const bool valid = index >= 0 && index < m_accounts.size();
    const ClassicLinkBatch *batch = m_workspace->currentBatch();
    if (batch && !batch->isFinished() && (!valid || m_accounts.at(index).name != m_current)) {
        // The batch keeps signing with its own account; what it has sent is read back before it ends.
        const QString wanted = valid ? m_accounts.at(index).name : QString();
        Messages::confirm(m_dialogParent, tr("Switch account"),
                          tr("A batch of %1 is still running. Switch to another account anyway? The batch "
                             "stops sending; what it already sent is read back with %1.")
                              .arg(m_current),
                          tr("Switch account"), [this, wanted](bool switchAnyway) {
                              if (switchAnyway)
                                  switchTo(wanted.isEmpty() ? -1 : indexOf(wanted));
                              else
                                  emit accountsChanged(indexOf(m_current));
                          });
        return;
    }
    switchTo(index);
}

void AccountController::scanAll(FleetOverview *overview)
{
    QList<Account> ready;
    QList<Profile> saved;
    const QList<Profile> profiles = m_directory ? m_directory->profiles() : QList<Profile>{};
    for (const Account &account : std::as_const(m_accounts)) {
        const std::optional<Profile> profile = ProfileStore::find(profiles, account.name);
        if (account.source == Account::Source::Saved && profile)
            saved.append(*profile);
        else if (account.credentials.isComplete())
            ready.append(account);
    }
    overview->start(ready, saved, m_directory, {});
}

void AccountController::switchTo(int index)
{
    const bool valid = index >= 0 && index < m_accounts.size();
    emit chosen(valid ? index : -1);
    if (!valid) {
        m_current.clear();
        emit message(tr("No account yet."));
        return;
    }
    const Account account = m_accounts.at(index);
    m_current = account.name;
    UiState::setLastAccount(account.name);
    if (account.source == Account::Source::Saved && !account.credentials.isComplete() && m_directory) {
        const auto profile = ProfileStore::find(m_directory->profiles(), account.name);
        if (!profile)
            return;
        emit message(tr("Reading the secret of %1 from the keychain…").arg(account.name));
        m_directory->resolve(*profile, this,
                             [this, account](SecretStore::Status status, const Account &resolved) {
                                 if (m_current != account.name)
                                     return; // the user moved on
                                 if (status == SecretStore::Status::Ok)
                                     use(resolved);
                                 else
                                     askForSecret(account, status);
                             });
        return;
    }
    use(account);
}

void AccountController::use(const Account &account)
{
    m_workspace->setAccount(account);
    emit accountInUse(account);
}

void AccountController::askForSecret(const Account &saved, SecretStore::Status why)
{
    const QString reason = SecretStore::statusText(why);
    emit message(reason);
    Messages::askSecret(
        m_dialogParent, tr("AccessKey secret"),
        DomainText::sentences({reason, tr("Enter the AccessKey secret of %1 (%2) to use it for this session:")
                                           .arg(saved.name, saved.credentials.accessKeyId)}),
        [this, saved, why](const QString &secret) {
            if (!secret.isEmpty() && m_current == saved.name)
                useSecret(saved, why, secret);
        });
}

void AccountController::useSecret(const Account &saved, SecretStore::Status why, const QString &secret)
{
    Account account = saved;
    account.credentials.accessKeySecret = secret;
    if (why == SecretStore::Status::NotFound && m_directory) {
        // The keychain works but lost the entry: store it again.
        if (const auto profile = ProfileStore::find(m_directory->profiles(), saved.name))
            m_directory->save(*profile, secret, {}, nullptr, [](SecretStore::Status, const QString &) {});
    }
    use(account);
}

void AccountController::addSessionAccounts(const QList<Account> &accounts)
{
    m_session += accounts;
    rebuild();
    const int first = int(m_accounts.size() - accounts.size());
    emit accountsChanged(first);
    choose(first);
}

void AccountController::addAccount()
{
    if (m_directory)
        return openAccounts(true);
    auto *dialog = new AccountDialog({}, std::nullopt, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { addSessionAccount(dialog->sessionAccount()); });
    dialog->open();
}

void AccountController::openAccounts(bool startWithAdd)
{
    if (!m_directory)
        return;
    auto *dialog = new AccountsDialog(m_directory, m_workspace, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountsDialog::sessionAccountAdded, this, &AccountController::addSessionAccount);
    dialog->open();
    if (startWithAdd)
        dialog->addAccount();
}

void AccountController::exploreSandbox()
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).isSandbox()) {
            emit accountsChanged(int(i));
            return choose(int(i));
        }
    }
    if (!m_startSandbox)
        return;
    if (const QList<Account> sandbox = m_startSandbox(); !sandbox.isEmpty())
        addSessionAccounts(sandbox);
    else
        Messages::warn(m_dialogParent, tr("Sandbox"), tr("The built-in sandbox could not be started."));
}

} // namespace clm::ui
