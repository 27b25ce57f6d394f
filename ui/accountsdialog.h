// Manages the saved accounts: add, edit, duplicate, remove, import from the aliyun CLI, test the
// connection, and show the least-privilege RAM policy the app needs.
#pragma once

#include "credentials/accountdirectory.h"
#include "credentials/aliyunconfig.h"
#include "session/workspace.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AccountsDialog;
}

namespace clm::ui {

class AccountDialog;

class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    AccountsDialog(AccountDirectory *directory, Workspace *workspace, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    QString resultText() const;
    void importFrom(const QString &path); // the Import button uses the aliyun CLI's default path
    void testSelected();
    void selectProfile(const QString &name);
    void addAccount();

signals:
    // The keychain was not available and the user chose to use the account for this session only.
    void sessionAccountAdded(const clm::Account &account);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    std::optional<Profile> selected() const;
    void editAccount();
    void saveNewAccount(const AccountDialog &dialog);
    void importProfiles(const QList<AliyunCliProfile> &importable);
    void saveEdit(const AccountDialog &dialog, const Profile &original);
    void duplicateAccount();
    void removeAccount();
    void showPermissions();
    void report(SecretStore::Status status, const QString &success);
    QString keychainProblem(SecretStore::Status status) const;

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    AccountDirectory *m_directory;
    Workspace *m_workspace;
};

} // namespace clm::ui
