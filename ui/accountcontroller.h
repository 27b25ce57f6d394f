// The account flow of the desktop: which accounts there are (the built-in ones, the saved ones, and those
// kept for this session only), choosing one (its secret from the keychain, or asked for when the keychain
// has none or cannot be reached), adding one, and the built-in sandbox on demand.
#pragma once

#include "credentials/accountdirectory.h"

#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace clm {
class FleetOverview;
class Workspace;
} // namespace clm

namespace clm::ui {

class AccountController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountController)

public:
    // Starts the built-in sandbox on demand and returns its accounts (none: it could not start).
    using SandboxStarter = std::function<QList<Account>()>;

    // `directory` (may be null) holds the saved accounts; `builtin` are the sandbox and environment ones.
    AccountController(Workspace *workspace, AccountDirectory *directory, QList<Account> builtin,
                      SandboxStarter startSandbox, QWidget *dialogParent);

    const QList<Account> &accounts() const { return m_accounts; }
    // The account used last time, else the first; -1 when there is none.
    int initialIndex() const;
    // Uses the account at `index` (-1: none): its secret is read first when it is a saved one.
    void choose(int index);
    // Accounts kept in memory for this session; the first becomes the current one.
    void addSessionAccount(const Account &account) { addSessionAccounts({account}); }
    void addSessionAccounts(const QList<Account> &accounts);
    void addAccount();
    void openAccounts(bool startWithAdd);
    void exploreSandbox();
    // Scans every account the picker lists (saved ones read their secret first) in every region.
    void scanAll(FleetOverview *overview);
    int indexOf(const QString &name) const; // -1: no such account
    int savedCount() const { return m_directory ? int(m_directory->profiles().size()) : 0; }

signals:
    // The list changed; `current` is the index to show as chosen.
    void accountsChanged(int current);
    // The user chose the account at `index` (-1: none); its secret may still be on its way.
    void chosen(int index);
    // The workspace now signs with `account`.
    void accountInUse(const clm::Account &account);
    void message(const QString &text);

private:
    void rebuild();
    void use(const Account &account);
    void switchTo(int index);
    void askForSecret(const Account &saved, SecretStore::Status why);
    void useSecret(const Account &saved, SecretStore::Status why, const QString &secret);

    Workspace *m_workspace;
    AccountDirectory *m_directory;
    QList<Account> m_builtin;
    QList<Account> m_session;
    QList<Account> m_accounts; // built-in, saved, session: what the account picker lists
    SandboxStarter m_startSandbox;
    QWidget *m_dialogParent;
    QString m_current; // the name of the account chosen last
};

} // namespace clm::ui
