#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "accountbar.h"
#include "api/networksettingsservice.h"
#include "batchcontroller.h"
#include "errors/errorcatalog.h"
#include "i18n/translations.h"
#include "icons.h"
#include "languagemenu.h"
#include "mainactions.h"
#include "messages.h"
#include "movedialog.h"
#include "networksettingsdialog.h"
#include "session/workspace.h"
#include "statusarea.h"
#include "trafficcontroller.h"
#include "uistate.h"
#include "windowlayout.h"

#include <QCloseEvent>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace clm::ui {

MainWindow::MainWindow(Workspace *workspace, AccountDirectory *directory, QList<Account> accounts,
                       SandboxStarter startSandbox, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(workspace)
    , m_networkSettings(
          new NetworkSettingsService(workspace->network(), directory ? directory->secrets() : nullptr, this))
    , m_accounts(
          new AccountController(workspace, directory, std::move(accounts), std::move(startSandbox), this))
    , m_batches(new BatchController(workspace, this))
    , m_traffic(new TrafficController(workspace, m_batches, this))
    , m_accountBar(new AccountBar(this))
    , m_status(nullptr)
{
    // The saved proxy and trusted roots, before any request goes out. With a proxy user, the password
    // arrives from the keychain a moment later.
    m_networkSettings->apply(NetworkSettingsService::load(), this,
                             [workspace](const ClientSettings &settings, const QString &) {
                                 workspace->setClientSettings(settings);
                             });
    m_ui->setupUi(this);
    setWindowIcon(appIcon());
    setUpMainActions(*m_ui);
    addAction(m_ui->actionFind);
    fillLanguageMenu(m_ui->menuLanguage);
    setUpToolBar();
    m_status = new StatusArea(m_ui->actionCancel, this);
    statusBar()->addWidget(m_status, 1);
    // The window manager resizes the window; the grip would be an object of role "unknown" to AT-SPI.
    statusBar()->setSizeGripEnabled(false);
    m_ui->instancePane->setModel(workspace->instances());
    m_ui->instancePane->view()->addActions({m_ui->actionLink, m_ui->actionUnlink, m_ui->actionAllowTraffic,
                                            m_ui->actionRemoveRules, m_ui->actionMoveToVpc});
    m_ui->vpcPane->setModel(workspace->vpcs());
    m_ui->vpcPane->setActions({m_ui->actionEnable, m_ui->actionDisable});
    m_ui->vpcPane->view()->addActions({m_ui->actionLink, m_ui->actionEnable, m_ui->actionDisable});
    m_ui->operationsPane->setModel(workspace->operations());
    m_ui->operationsPane->setActions({m_ui->actionExport, m_ui->actionClearOperations});
    m_traffic->follow(m_ui->operationsPane->details());
    m_layout =
        new WindowLayout(this, m_ui->verticalSplitter, m_ui->tablesSplitter,
                         {m_ui->instancePane->view(), m_ui->vpcPane->view(), m_ui->operationsPane->view()});
    wire();
    retranslate();
    restoreLayout();

    m_ui->overviewPage->setOverview(workspace->overview(),
                                    [this] { m_accounts->scanAll(m_workspace->overview()); });
    m_accountBar->setAccounts(m_accounts->accounts(), m_accounts->initialIndex());
    m_accounts->choose(m_accounts->initialIndex());
    // Several saved accounts: first, what is left where.
    if (m_accounts->savedCount() > 1)
        showOverview();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpToolBar()
{
    m_ui->mainToolBar->insertWidget(m_ui->actionRefresh, m_accountBar);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);
    // Widgets in a toolbar are shown and hidden through their actions.
    m_sandboxBadge = m_ui->mainToolBar->addWidget(new SandboxBadge(this));
    m_sandboxBadge->setVisible(false);
}

void MainWindow::wire()
{
    Ui::MainWindow &ui = *m_ui;
    connect(ui.actionRefresh, &QAction::triggered, m_workspace, &Workspace::refresh);
    connect(ui.actionCancel, &QAction::triggered, this, [this] {
        m_workspace->cancelLoading(); // the status area says so
        if (!m_batches->isBusy())
            return;
        m_batches->cancel();
        m_status->hideProgress();
        m_ui->actionCancel->setEnabled(false);
        m_status->showMessage([] { return tr("Cancelled."); });
    });
    connect(ui.actionLink, &QAction::triggered, this, [this] {
        m_batches->link(m_ui->instancePane->selectedInstances(), m_ui->vpcPane->selectedVpc());
    });
    connect(ui.actionUnlink, &QAction::triggered, this, [this] {
        m_batches->unlink(m_ui->instancePane->selectedInstances(), m_ui->vpcPane->selectedVpc());
    });
    connect(ui.actionAllowTraffic, &QAction::triggered, this, [this] {
        m_traffic->allowTraffic(m_ui->instancePane->selectedInstances(), m_ui->vpcPane->selectedVpc());
    });
    connect(ui.actionMoveToVpc, &QAction::triggered, this, [this] {
        const std::optional<Vpc> vpc = m_ui->vpcPane->selectedVpc();
        MoveDialog::open(m_workspace, m_ui->instancePane->selectedInstances(), vpc ? vpc->id : QString(),
                         this);
    });
    connect(ui.actionRemoveRules, &QAction::triggered, this, [this] {
        m_traffic->removeRules(m_ui->instancePane->selectedInstances(), m_ui->vpcPane->selectedVpc());
    });
    for (const bool enable : {true, false}) {
        connect(enable ? ui.actionEnable : ui.actionDisable, &QAction::triggered, this, [this, enable] {
            if (const std::optional<Vpc> vpc = m_ui->vpcPane->selectedVpc())
                m_batches->switchClassicLink(enable, *vpc);
        });
    }
    connect(ui.actionResume, &QAction::triggered, this, [this] { m_batches->offerInterrupted(true); });
    connect(ui.actionExport, &QAction::triggered, ui.operationsPane, &OperationsPane::exportOperations);
    connect(ui.actionClearOperations, &QAction::triggered, this, [this] {
        m_workspace->operations()->clear();
        m_ui->operationsPane->clearDetails();
        updateActions();
    });
    connect(ui.actionAddAccount, &QAction::triggered, m_accounts, &AccountController::addAccount);
    connect(ui.actionAccounts, &QAction::triggered, this, [this] { m_accounts->openAccounts(false); });
    connect(ui.actionNetwork, &QAction::triggered, this,
            [this] { NetworkSettingsDialog::edit(this, m_networkSettings, m_workspace); });
    connect(ui.actionFind, &QAction::triggered, ui.instancePane, &InstancePane::focusFilter);
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui.actionAbout, &QAction::triggered, this, [this] {
        Messages::about(
            this, tr("About ClassicLink Manager"),
            tr("ClassicLink Manager %1\n\nLinks Alibaba Cloud classic-network ECS instances to VPCs.")
                .arg(QCoreApplication::applicationVersion()));
    });
    connect(ui.welcomePage, &WelcomePage::addAccountRequested, m_accounts, &AccountController::addAccount);
    connect(ui.welcomePage, &WelcomePage::sandboxRequested, m_accounts, &AccountController::exploreSandbox);
    connect(ui.actionOverview, &QAction::triggered, this, &MainWindow::showOverview);
    connect(ui.overviewPage, &OverviewPage::openRequested, this, &MainWindow::openRegion);
    connect(ui.overviewPage, &OverviewPage::moveRequested, this,
            [this](const QString &account, const QString &region) {
                // Every classic instance of the region: now if it is on screen, else once it is loaded.
                const bool shown = m_workspace->account().name == account &&
                                   m_workspace->regionId() == region && m_workspace->hasInventory();
                m_moveWhenLoaded = shown ? QString() : region;
                openRegion(account, region);
                if (shown)
                    MoveDialog::open(m_workspace, {}, {}, this);
            });
    connect(ui.overviewPage, &OverviewPage::message, m_status, [this](const QString &text) {
        m_status->showPageMessage(m_ui->pages, m_ui->overviewPage, text);
    });
    connect(ui.instancePane, &InstancePane::selectionChanged, this, &MainWindow::updateActions);
    connect(ui.vpcPane, &VpcPane::selectionChanged, this, &MainWindow::updateActions);
    connect(ui.operationsPane, &OperationsPane::message, m_status,
            [this](const QString &text) { m_status->showMessage(text); });
    connect(m_workspace->operations(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateActions);
    // The counts follow the models: after a batch the links are read back into them.
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_workspace->instances()),
                                      static_cast<QAbstractItemModel *>(m_workspace->vpcs())}) {
        connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    }

    connect(m_accountBar, &AccountBar::accountChosen, m_accounts, &AccountController::choose);
    connect(m_accountBar, &AccountBar::regionChosen, this, [this](const QString &regionId) {
        m_ui->pages->setCurrentWidget(m_ui->workPage);
        m_ui->operationsPane->clearDetails();
        m_workspace->setRegion(regionId);
        UiState::setLastRegion(regionId);
    });
    connect(m_accounts, &AccountController::accountsChanged, this,
            [this](int current) { m_accountBar->setAccounts(m_accounts->accounts(), current); });
    connect(m_accounts, &AccountController::chosen, this, &MainWindow::onAccountChosen);
    connect(m_accounts, &AccountController::accountInUse, this, &MainWindow::onAccountInUse);
    connect(m_accounts, &AccountController::message, m_status, [this](const QString &text) {
        m_status->showMessage(text);
        updateActions();
    });

    m_status->follow(m_batches);
    connect(m_batches, &BatchController::finished, this, [this] {
        m_ui->operationsPane->selectLast();
        updateCounts();
    });
    connect(m_batches, &BatchController::stateChanged, this, &MainWindow::updateActions);
    // Linked is half the job: the traffic rules are offered next (TrafficController handles unlinks).
    connect(m_batches, &BatchController::linksChanged, this, [this](bool linked) {
        if (linked)
            m_status->offer(m_ui->actionAllowTraffic,
                            [] { return tr("Traffic to and from the VPC needs security group rules."); });
    });

    connect(m_workspace, &Workspace::regionsLoaded, this, &MainWindow::onRegionsLoaded);
    connect(m_workspace, &Workspace::regionsFailed, this, &MainWindow::onLoadFailed);
    connect(m_workspace, &Workspace::inventoryLoaded, this, &MainWindow::onInventoryLoaded);
    connect(m_workspace, &Workspace::inventoryFailed, this, &MainWindow::onLoadFailed);
    m_status->follow(m_workspace);
    // The Traffic column fills in after the load: the columns are fitted again to what it says.
    connect(m_workspace, &Workspace::trafficRead, m_layout, &WindowLayout::fitTables);
    connect(m_workspace, &Workspace::loadingProgress, this, [this] {
        m_ui->instancePane->setLoadState(true, {});
        m_ui->vpcPane->setLoadState(true, false);
        updateCounts();
        updateActions();
    });
}

void MainWindow::onAccountChosen(int index)
{
    const Account *account = index >= 0 ? &m_accounts->accounts().at(index) : nullptr;
    m_ui->pages->setCurrentWidget(account ? m_ui->workPage : static_cast<QWidget *>(m_ui->welcomePage));
    m_sandboxBadge->setVisible(account && account->isSandbox());
    m_accountBar->showAccount(account ? account->name : QString(), account ? account->colour : QString(),
                              account ? account->endpointOverride : QUrl());
    m_accountBar->clearRegions();
    m_ui->operationsPane->clearDetails();
    updateActions();
}

void MainWindow::showOverview()
{
    m_ui->pages->setCurrentWidget(m_ui->overviewPage);
    m_ui->overviewPage->open();
}

void MainWindow::openRegion(const QString &account, const QString &regionId)
{
    UiState::setLastRegion(regionId); // where the account opens once it is in use
    m_ui->pages->setCurrentWidget(m_ui->workPage);
    if (m_workspace->account().name != account || m_workspace->regions().isEmpty())
        return m_accounts->choose(m_accounts->indexOf(account));
    m_accountBar->setRegions(m_workspace->regions(), regionId);
    m_workspace->setRegion(regionId);
}

void MainWindow::onAccountInUse(const Account &account)
{
    m_ui->operationsPane->setEndpointOverride(account.endpointOverride);
    // After the window is up: a batch this account left unfinished is offered for resuming.
    QTimer::singleShot(0, m_batches, [this] { m_batches->offerInterrupted(false); });
    const QString lastRegion = UiState::lastRegion();
    m_pendingRegion = lastRegion.isEmpty() ? account.defaultRegion : lastRegion;
    m_status->showMessage([] { return tr("Loading regions…"); });
    m_workspace->loadRegions(acceptLanguage());
    updateActions();
}

void MainWindow::onRegionsLoaded()
{
    QString current = m_workspace->regionId().isEmpty() ? m_pendingRegion : m_workspace->regionId();
    const QList<Region> &regions = m_workspace->regions();
    const auto known = [&regions](const QString &id) {
        return std::any_of(regions.cbegin(), regions.cend(), [&id](const Region &r) { return r.id == id; });
    };
    if (!known(current))
        current = known(QStringLiteral("cn-hangzhou")) ? QStringLiteral("cn-hangzhou")
                                                       : (regions.isEmpty() ? QString() : regions.first().id);
    m_accountBar->setRegions(regions, current);
    if (!current.isEmpty())
        m_workspace->setRegion(current);
}

void MainWindow::onInventoryLoaded()
{
    if (std::exchange(m_moveWhenLoaded, {}) == m_workspace->regionId())
        QTimer::singleShot(0, this, [this] { MoveDialog::open(m_workspace, {}, {}, this); });
    // Measured in a later turn of the event loop, so the model reset and this do not add up to one stall.
    QTimer::singleShot(0, m_layout, &WindowLayout::fitTables);
    m_ui->instancePane->setLoadState(false, {});
    m_ui->vpcPane->setLoadState(false, false);
    updateCounts();
    updateActions();
}

void MainWindow::onLoadFailed(const ApiResult &result)
{
    m_moveWhenLoaded.clear();
    if (result.errorKind == ErrorKind::Cancelled) {
        m_ui->instancePane->setLoadState(
            false, tr("Loading was cancelled. Choose Refresh to load the region again."));
    } else {
        const ErrorText text = ErrorCatalog::describe(result);
        m_ui->instancePane->setLoadState(false, text.title + QStringLiteral("\n\n") + text.explanation +
                                                    u'\n' + text.remedy);
    }
    m_ui->vpcPane->setLoadState(false, true);
    updateCounts();
    updateActions();
}

void MainWindow::updateCounts()
{
    if (!m_workspace->hasInventory())
        return m_status->setCounts({});
    m_status->showCounts(m_workspace->instances()->instances(), m_workspace->vpcs()->vpcs());
}

void MainWindow::updateActions()
{
    const bool ready = m_workspace->hasAccount() && !m_workspace->regionId().isEmpty();
    // While a load runs the links are not known yet: nothing that depends on them is offered.
    const bool allowed = ready && !m_batches->isBusy() && !m_workspace->isLoading();
    const std::optional<Vpc> vpc = m_ui->vpcPane->selectedVpc();
    const AvailableActions actions =
        Preflight::availableActions(m_ui->instancePane->selectedInstances(), vpc ? &*vpc : nullptr);
    m_ui->actionRefresh->setEnabled(ready);
    m_ui->actionOverview->setEnabled(!m_accounts->accounts().isEmpty());
    // Changing the proxy or the trusted roots resets the connections a running batch is using.
    m_ui->actionNetwork->setEnabled(!m_batches->isBusy());
    m_ui->actionLink->setEnabled(allowed && actions.link);
    m_ui->actionUnlink->setEnabled(allowed && actions.unlink);
    m_ui->actionAllowTraffic->setEnabled(allowed && actions.traffic);
    m_ui->actionRemoveRules->setEnabled(allowed && actions.traffic);
    // Between a preparation's stages no batch runs, but Cancel still reaches it.
    if (m_workspace->isPreparing())
        m_ui->actionCancel->setEnabled(true);
    else if (!m_batches->isBusy() && !m_workspace->isLoading())
        m_ui->actionCancel->setEnabled(false);
    m_ui->actionMoveToVpc->setEnabled(allowed && m_workspace->hasInventory() &&
                                      !m_workspace->inventory()->instances().isEmpty());
    m_ui->actionEnable->setEnabled(allowed && actions.enable);
    m_ui->actionDisable->setEnabled(allowed && actions.disable);
    m_ui->actionDisable->setToolTip(actions.disableRefusal);
    const bool anyOperation = m_workspace->operations()->rowCount() > 0;
    m_ui->actionExport->setEnabled(anyOperation);
    m_ui->actionResume->setEnabled(allowed && m_batches->interruptedCount() > 0);
    m_ui->actionClearOperations->setEnabled(!m_batches->isBusy() && anyOperation);
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    statusBar()->setAccessibleName(tr("Status bar"));
    retranslateMainActions(*m_ui);
    updateCounts();
    updateActions();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Region names come from the cloud in the UI language.
        if (m_workspace->hasAccount())
            m_workspace->loadRegions(acceptLanguage());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreLayout()
{
    const UiState state = UiState::load();
    m_layout->restore(state);
    m_ui->vpcPane->setClassicLinkOnly(state.classicLinkOnly);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    UiState state;
    m_layout->save(state);
    state.classicLinkOnly = m_ui->vpcPane->classicLinkOnly();
    state.save();
    QMainWindow::closeEvent(event);
}

} // namespace clm::ui
