// The main window: composes the panes (account bar, retirement banner, welcome page, instances, VPCs,
// operations, status area) from its .ui form and wires them to the Workspace and the two controllers.
// It holds no flow of its own: accounts belong to the AccountController, writes to the BatchController,
// the rules of which action is allowed to Preflight, and every setting to UiState.
#pragma once

#include "accountcontroller.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace clm {
class NetworkSettingsService;
class Workspace;
struct ApiResult;
} // namespace clm

namespace clm::ui {

class AccountBar;
class BatchController;
class NetworkSettingsDialog;
class StatusArea;
class TrafficController;
class WindowLayout;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using SandboxStarter = AccountController::SandboxStarter;

    // `directory` (may be null) holds the saved accounts; `accounts` are the built-in ones (sandbox,
    // environment); `startSandbox` starts the built-in sandbox on demand (welcome page).
    MainWindow(Workspace *workspace, AccountDirectory *directory, QList<Account> accounts,
               SandboxStarter startSandbox, QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpToolBar();
    void wire();
    void retranslate();
    void restoreLayout();
    void onAccountChosen(int index);
    void showOverview();
    // From the overview: the account's region in the main view.
    void openRegion(const QString &account, const QString &regionId);
    void onAccountInUse(const Account &account);
    void onRegionsLoaded();
    void onInventoryLoaded();
    void onLoadFailed(const ApiResult &result);
    void updateActions();
    void updateCounts();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace *m_workspace;
    NetworkSettingsService *m_networkSettings;
    AccountController *m_accounts;
    BatchController *m_batches;
    TrafficController *m_traffic;
    AccountBar *m_accountBar;
    QAction *m_sandboxBadge = nullptr;
    StatusArea *m_status;
    WindowLayout *m_layout = nullptr;
    QString m_pendingRegion;
    QString m_moveWhenLoaded; // the region whose Move to VPC view the overview asked for
};

} // namespace clm::ui
