// The main window: wires the account and region pickers, the instance, VPC and operation views and the
// dialogs to the Workspace. It does not sign, parse or decide; the core does.
#pragma once

#include "api/networksettingsservice.h"
#include "cloud/preflight.h"
#include "credentials/accountdirectory.h"
#include "session/workspace.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;
class QToolButton;

namespace clm {
class InstanceFilterProxy;
class VpcFilterProxy;
} // namespace clm

namespace clm::ui {

class OperationDetails;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // startSandbox starts the built-in sandbox on demand and returns its account (welcome page).
    using SandboxStarter = std::function<std::optional<Account>()>;

    // `directory` (may be null) holds the saved accounts; `accounts` are the built-in ones (sandbox,
    // environment).
    MainWindow(Workspace *workspace, AccountDirectory *directory, QList<Account> accounts,
               SandboxStarter startSandbox, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and the README screenshot.
    QTableView *instanceView() const { return m_instanceView; }
    QTableView *vpcView() const { return m_vpcView; }
    QTableView *operationView() const { return m_operationView; }
    OperationDetails *details() const { return m_details; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QCheckBox *classicLinkOnlyBox() const { return m_classicLinkOnly; }
    QComboBox *regionCombo() const { return m_regionCombo; }
    QAction *linkAction() const { return m_linkAction; }
    QAction *unlinkAction() const { return m_unlinkAction; }
    QAction *enableAction() const { return m_enableAction; }
    QAction *disableAction() const { return m_disableAction; }
    QString emptyInstancesText() const;
    QString statusText() const;
    bool isSandboxBadgeShown() const;
    void addAccount(const Account &account, bool select);
    bool exportOperationsTo(const QString &path);
    // Test seam: the preflight dialog is accepted without showing it.
    void setAutoAcceptPreflight(bool accept) { m_autoAcceptPreflight = accept; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildUi();
    void retranslate();
    void restoreSettings();
    void saveSettings() const;

    void selectAccount(int index);
    void onRegionsLoaded();
    void onInventoryLoaded();
    void onLoadFailed(const ApiResult &result);
    void updateActions();
    void updateEmptyStates();
    void updateCounts();

    QStringList selectedInstanceIds() const;
    QList<ClassicInstance> selectedInstances() const;
    std::optional<Vpc> selectedVpc() const;
    void linkSelected();
    void unlinkSelected();
    void switchClassicLink(bool enable);
    void runPreflightAndStart(Preflight::Operation operation, const QList<ClassicInstance> &instances,
                              const Vpc &vpc);
    void watchBatch(LinkBatch *batch);
    void startBatch(LinkBatch::Kind kind, const QString &vpcId, const QStringList &instanceIds);
    // Offers to resume this account's oldest interrupted batch; `always` also says so when there is none.
    void offerInterruptedBatch(bool always);
    void exportOperations();
    void showOperation(const QModelIndex &index);
    void addAccountFromDialog();
    void openAccounts(bool startWithAdd);
    void openNetworkSettings();
    void rebuildAccounts();
    void useAccount(const Account &account);
    void askForSecret(const Account &saved, SecretStore::Status why);
    void exploreSandbox();
    void setLanguage(const QString &language);

    Workspace *m_workspace;
    NetworkSettingsService *m_networkSettings;
    AccountDirectory *m_directory;
    QList<Account> m_builtin;  // sandbox, environment
    QList<Account> m_session;  // kept in memory for this session only
    QList<Account> m_accounts; // what the combo shows: built-in, saved, session
    SandboxStarter m_startSandbox;
    bool m_autoAcceptPreflight = false;

    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_linkAction = nullptr;
    QAction *m_unlinkAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_resumeAction = nullptr;
    int m_interruptedCount = 0;
    QAction *m_clearOperationsAction = nullptr;
    QAction *m_addAccountAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_networkAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;

    QLabel *m_accountLabel = nullptr;
    QComboBox *m_accountCombo = nullptr;
    QLabel *m_colourBadge = nullptr;
    QAction *m_colourBadgeAction = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_regionCombo = nullptr;
    QLabel *m_sandboxBadge = nullptr;
    QAction *m_sandboxBadgeAction = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QToolButton *m_bannerClose = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_welcomeTitle = nullptr;
    QLabel *m_welcomeText = nullptr;
    QPushButton *m_welcomeSandbox = nullptr;
    QPushButton *m_welcomeAdd = nullptr;

    QSplitter *m_verticalSplitter = nullptr;
    QSplitter *m_tablesSplitter = nullptr;
    QLabel *m_instancesTitle = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QStackedWidget *m_instanceStack = nullptr;
    QTableView *m_instanceView = nullptr;
    QLabel *m_instanceEmpty = nullptr;
    QLabel *m_vpcsTitle = nullptr;
    QCheckBox *m_classicLinkOnly = nullptr;
    QStackedWidget *m_vpcStack = nullptr;
    QTableView *m_vpcView = nullptr;
    QLabel *m_vpcEmpty = nullptr;
    QPushButton *m_vpcShowAll = nullptr;
    QLabel *m_operationsTitle = nullptr;
    QTableView *m_operationView = nullptr;
    OperationDetails *m_details = nullptr;

    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_countsLabel = nullptr;

    InstanceFilterProxy *m_instanceProxy = nullptr;
    VpcFilterProxy *m_vpcProxy = nullptr;
    QString m_pendingRegion;
    QString m_loadError;
};

} // namespace clm::ui
