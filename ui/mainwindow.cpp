#include "mainwindow.h"

#include "accountdialog.h"
#include "accountsdialog.h"
#include "cloud/domaintext.h"
#include "cloud/regionnames.h"
#include "decoratedmodel.h"
#include "errors/errorcatalog.h"
#include "history/operationexport.h"
#include "i18n/translations.h"
#include "icons.h"
#include "messages.h"
#include "networksettingsdialog.h"
#include "operationdetails.h"
#include "preflightdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace clm::ui {

namespace {

const char kMigrationUrl[] = "https://www.alibabacloud.com/help/en/ecs/user-guide/"
                             "migrate-ecs-instances-from-the-classic-network-to-a-vpc";

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Column widths are measured on a sample of rows, not on all ten thousand.
    view->horizontalHeader()->setResizeContentsPrecision(200);
    return view;
}

QLabel *makeEmptyLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setMargin(24);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

QLabel *makeTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

MainWindow::MainWindow(Workspace *workspace, AccountDirectory *directory, QList<Account> accounts,
                       SandboxStarter startSandbox, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_networkSettings(
          new NetworkSettingsService(workspace->network(), directory ? directory->secrets() : nullptr, this))
    , m_directory(directory)
    , m_builtin(std::move(accounts))
    , m_startSandbox(std::move(startSandbox))
{
    setWindowIcon(appIcon());
    buildActions();
    buildUi();

    connect(m_workspace, &Workspace::regionsLoaded, this, &MainWindow::onRegionsLoaded);
    connect(m_workspace, &Workspace::regionsFailed, this, &MainWindow::onLoadFailed);
    connect(m_workspace, &Workspace::inventoryLoaded, this, &MainWindow::onInventoryLoaded);
    connect(m_workspace, &Workspace::inventoryFailed, this, &MainWindow::onLoadFailed);
    connect(m_workspace, &Workspace::loadingProgress, this, [this](int done, int total) {
        m_loadError.clear();
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        m_progress->show();
        m_cancelAction->setEnabled(true);
        m_statusLabel->setText(
            tr("Loading %1… (%2 of %3 requests)").arg(m_workspace->regionId()).arg(done).arg(total));
        updateEmptyStates();
    });
    connect(m_workspace->vpcs(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_workspace->instances(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);

    retranslate();
    restoreSettings();
    rebuildAccounts();
    const QString lastAccount = QSettings().value(QStringLiteral("session/account")).toString();
    const int last = m_accountCombo->findText(lastAccount);
    if (m_accountCombo->count() > 0)
        m_accountCombo->setCurrentIndex(last >= 0 ? last : 0);
    selectAccount(m_accountCombo->currentIndex());
    connect(m_accountCombo, &QComboBox::currentIndexChanged, this, &MainWindow::selectAccount);
    if (m_directory) {
        connect(m_directory, &AccountDirectory::profilesChanged, this, [this] {
            const QString current = m_accountCombo->currentText();
            const QSignalBlocker blocker(m_accountCombo);
            rebuildAccounts();
            const int index = m_accountCombo->findText(current);
            m_accountCombo->setCurrentIndex(index >= 0 ? index : m_accountCombo->count() - 1);
            if (index < 0 || m_accounts.value(index).name != m_workspace->account().name)
                selectAccount(m_accountCombo->currentIndex());
        });
    }
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_refreshAction = new QAction(themedIcon("view-refresh", ":/icons/refresh.svg"), QString(), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, m_workspace, &Workspace::refresh);

    m_cancelAction = new QAction(themedIcon("process-stop", ":/icons/outcome-failure.svg"), QString(), this);
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        m_workspace->cancelLoading();
        if (LinkBatch *batch = m_workspace->currentBatch())
            batch->cancel();
        m_progress->hide();
        m_cancelAction->setEnabled(false);
        m_statusLabel->setText(tr("Cancelled."));
    });

    m_linkAction = new QAction(QIcon(QStringLiteral(":/icons/link.svg")), QString(), this);
    m_linkAction->setShortcut(Qt::CTRL | Qt::Key_L);
    connect(m_linkAction, &QAction::triggered, this, &MainWindow::linkSelected);
    m_unlinkAction = new QAction(QIcon(QStringLiteral(":/icons/unlink.svg")), QString(), this);
    m_unlinkAction->setShortcut(Qt::CTRL | Qt::Key_U);
    connect(m_unlinkAction, &QAction::triggered, this, &MainWindow::unlinkSelected);
    m_enableAction = new QAction(this);
    m_enableAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    connect(m_enableAction, &QAction::triggered, this, [this] { switchClassicLink(true); });
    m_disableAction = new QAction(this);
    m_disableAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    connect(m_disableAction, &QAction::triggered, this, [this] { switchClassicLink(false); });
    m_exportAction =
        new QAction(themedIcon("document-save-as", ":/icons/outcome-pending.svg"), QString(), this);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportOperations);
    m_resumeAction = new QAction(themedIcon("media-playback-start", ":/icons/link.svg"), QString(), this);
    connect(m_resumeAction, &QAction::triggered, this, [this] { offerInterruptedBatch(true); });
    m_clearOperationsAction = new QAction(this);
    connect(m_clearOperationsAction, &QAction::triggered, this, [this] {
        m_workspace->operations()->clear();
        m_details->setOperation(std::nullopt);
        updateActions();
    });
    m_addAccountAction = new QAction(this);
    m_addAccountAction->setShortcut(Qt::CTRL | Qt::Key_N);
    connect(m_addAccountAction, &QAction::triggered, this, &MainWindow::addAccountFromDialog);
    m_accountsAction = new QAction(this);
    m_accountsAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    connect(m_accountsAction, &QAction::triggered, this, [this] { openAccounts(false); });
    m_networkAction = new QAction(this);
    m_networkAction->setMenuRole(QAction::PreferencesRole);
    connect(m_networkAction, &QAction::triggered, this, &MainWindow::openNetworkSettings);
    m_filterAction = new QAction(this);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About ClassicLink Manager"),
            tr("ClassicLink Manager %1\n\nLinks Alibaba Cloud classic-network ECS instances to VPCs.")
                .arg(QApplication::applicationVersion()));
    });

    m_languageGroup = new QActionGroup(this);
    for (const QString &language : availableLanguages()) {
        // Each language is named in itself, so anyone can find theirs.
        auto *action = new QAction(language == QLatin1String("zh_CN") ? QStringLiteral("简体中文")
                                                                      : QStringLiteral("English"),
                                   m_languageGroup);
        action->setCheckable(true);
        action->setData(language);
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }
}

void MainWindow::buildUi()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_addAccountAction);
    m_fileMenu->addAction(m_accountsAction);
    m_fileMenu->addAction(m_networkAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_actionsMenu = menuBar()->addMenu(QString());
    m_actionsMenu->addActions({m_refreshAction, m_cancelAction});
    m_actionsMenu->addSeparator();
    m_actionsMenu->addActions({m_linkAction, m_unlinkAction});
    m_actionsMenu->addSeparator();
    m_actionsMenu->addActions({m_enableAction, m_disableAction});
    m_actionsMenu->addSeparator();
    m_actionsMenu->addAction(m_resumeAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_filterAction);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_accountLabel = new QLabel(this);
    m_accountCombo = new QComboBox(this);
    m_accountCombo->setMinimumContentsLength(14);
    m_accountCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accountLabel->setBuddy(m_accountCombo);
    m_colourBadge = new QLabel(this);
    m_colourBadge->setFixedSize(10, 22);
    m_regionLabel = new QLabel(this);
    m_regionCombo = new QComboBox(this);
    m_regionCombo->setMinimumContentsLength(24);
    m_regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_regionLabel->setBuddy(m_regionCombo);
    connect(m_regionCombo, &QComboBox::activated, this, [this](int index) {
        const QString regionId = m_regionCombo->itemData(index).toString();
        if (!regionId.isEmpty()) {
            m_details->setOperation(std::nullopt);
            m_workspace->setRegion(regionId);
            QSettings().setValue(QStringLiteral("session/region"), regionId);
        }
    });
    m_toolBar->addWidget(m_accountLabel);
    // Widgets in a toolbar are shown and hidden through their actions.
    m_colourBadgeAction = m_toolBar->addWidget(m_colourBadge);
    m_colourBadgeAction->setVisible(false);
    m_toolBar->addWidget(m_accountCombo);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_regionLabel);
    m_toolBar->addWidget(m_regionCombo);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_linkAction, m_unlinkAction});
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_sandboxBadge = new QLabel(this);
    m_sandboxBadge->setStyleSheet(QStringLiteral("QLabel { background: #7b3fb5; color: white; border-radius: "
                                                 "4px; padding: 3px 10px; font-weight: bold; }"));
    m_sandboxBadgeAction = m_toolBar->addWidget(m_sandboxBadge);
    m_sandboxBadgeAction->setVisible(false);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 0);

    m_banner = new QFrame(central);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x4a, 0x3b, 0x00));
    bannerPalette.setColor(QPalette::Link, QColor(0x0b, 0x57, 0xd0));
    m_banner->setPalette(bannerPalette);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setOpenExternalLinks(true);
    m_bannerText->setTextFormat(Qt::RichText);
    m_bannerClose = new QToolButton(m_banner);
    m_bannerClose->setAutoRaise(true);
    m_bannerClose->setText(QStringLiteral("✕"));
    connect(m_bannerClose, &QToolButton::clicked, this, [this] {
        m_banner->hide();
        QSettings().setValue(QStringLiteral("ui/retirementBannerDismissed"), true);
    });
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerClose, 0, Qt::AlignTop);
    centralLayout->addWidget(m_banner);

    m_pages = new QStackedWidget(central);
    centralLayout->addWidget(m_pages, 1);

    // Welcome page: no account yet.
    auto *welcome = new QWidget(m_pages);
    auto *welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addStretch();
    auto *logo = new QLabel(welcome);
    logo->setPixmap(appIcon().pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    welcomeLayout->addWidget(logo);
    m_welcomeTitle = makeTitle(welcome);
    QFont welcomeFont = m_welcomeTitle->font();
    welcomeFont.setPointSizeF(welcomeFont.pointSizeF() * 1.6);
    m_welcomeTitle->setFont(welcomeFont);
    m_welcomeTitle->setAlignment(Qt::AlignCenter);
    welcomeLayout->addWidget(m_welcomeTitle);
    m_welcomeText = new QLabel(welcome);
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setAlignment(Qt::AlignCenter);
    m_welcomeText->setMinimumWidth(420);
    m_welcomeText->setMaximumWidth(620);
    // Centred by stretches, not by alignment, so the wrapped text gets the height it needs.
    auto *welcomeTextRow = new QHBoxLayout;
    welcomeTextRow->addStretch();
    welcomeTextRow->addWidget(m_welcomeText, 3);
    welcomeTextRow->addStretch();
    welcomeLayout->addLayout(welcomeTextRow);
    auto *welcomeButtons = new QHBoxLayout;
    welcomeButtons->addStretch();
    m_welcomeAdd = new QPushButton(welcome);
    m_welcomeAdd->setDefault(true);
    connect(m_welcomeAdd, &QPushButton::clicked, this, &MainWindow::addAccountFromDialog);
    m_welcomeSandbox = new QPushButton(QIcon(QStringLiteral(":/icons/sandbox.svg")), QString(), welcome);
    connect(m_welcomeSandbox, &QPushButton::clicked, this, &MainWindow::exploreSandbox);
    welcomeButtons->addWidget(m_welcomeAdd);
    welcomeButtons->addWidget(m_welcomeSandbox);
    welcomeButtons->addStretch();
    welcomeLayout->addLayout(welcomeButtons);
    welcomeLayout->addStretch(2);
    m_pages->addWidget(welcome);

    // Work page: instances and VPCs side by side, operations below.
    auto *work = new QWidget(m_pages);
    auto *workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    m_verticalSplitter = new QSplitter(Qt::Vertical, work);
    m_verticalSplitter->setObjectName(QStringLiteral("verticalSplitter"));
    m_tablesSplitter = new QSplitter(Qt::Horizontal, m_verticalSplitter);
    m_tablesSplitter->setObjectName(QStringLiteral("tablesSplitter"));

    auto *instancesPane = new QWidget(m_tablesSplitter);
    auto *instancesLayout = new QVBoxLayout(instancesPane);
    instancesLayout->setContentsMargins(0, 0, 4, 0);
    auto *instancesHeader = new QHBoxLayout;
    m_instancesTitle = makeTitle(instancesPane);
    m_filterEdit = new QLineEdit(instancesPane);
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterAction, &QAction::triggered, m_filterEdit, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    addAction(m_filterAction);
    m_statusFilter = new QComboBox(instancesPane);
    for (const char *status : {"", "Running", "Stopped", "Pending", "Starting", "Stopping"})
        m_statusFilter->addItem(QString(), QLatin1String(status));
    instancesHeader->addWidget(m_instancesTitle);
    instancesHeader->addStretch();
    instancesHeader->addWidget(m_filterEdit, 2);
    instancesHeader->addWidget(m_statusFilter);
    instancesLayout->addLayout(instancesHeader);
    m_instanceStack = new QStackedWidget(instancesPane);
    m_instanceView = makeTable(m_instanceStack);
    m_instanceView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_instanceProxy = new InstanceFilterProxy(this);
    // Sorting and filtering work on the core model directly; icons are added on top, for the view only.
    m_instanceProxy->setSourceModel(m_workspace->instances());
    m_instanceView->setModel(new DecoratedModel(
        m_instanceProxy, InstanceTableModel::StatusColumn,
        [](const QModelIndex &index) {
            return instanceStatusIcon(index.data(InstanceTableModel::StatusRole).toString(),
                                      index.data(InstanceTableModel::LockedRole).toBool());
        },
        this));
    m_instanceView->sortByColumn(InstanceTableModel::IdColumn, Qt::AscendingOrder);
    m_instanceView->addActions({m_linkAction, m_unlinkAction});
    m_instanceEmpty = makeEmptyLabel(m_instanceStack);
    m_instanceStack->addWidget(m_instanceView);
    m_instanceStack->addWidget(m_instanceEmpty);
    instancesLayout->addWidget(m_instanceStack);
    connect(m_filterEdit, &QLineEdit::textChanged, m_instanceProxy, &InstanceFilterProxy::setText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_instanceProxy->setStatus(m_statusFilter->currentData().toString()); });
    connect(m_instanceProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyStates);
    connect(m_instanceProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyStates);
    connect(m_instanceProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyStates);
    connect(m_instanceProxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyStates);
    connect(m_instanceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);

    auto *vpcsPane = new QWidget(m_tablesSplitter);
    auto *vpcsLayout = new QVBoxLayout(vpcsPane);
    vpcsLayout->setContentsMargins(4, 0, 0, 0);
    auto *vpcsHeader = new QHBoxLayout;
    m_vpcsTitle = makeTitle(vpcsPane);
    m_classicLinkOnly = new QCheckBox(vpcsPane);
    m_classicLinkOnly->setChecked(true);
    vpcsHeader->addWidget(m_vpcsTitle);
    vpcsHeader->addStretch();
    vpcsHeader->addWidget(m_classicLinkOnly);
    vpcsLayout->addLayout(vpcsHeader);
    m_vpcStack = new QStackedWidget(vpcsPane);
    m_vpcView = makeTable(m_vpcStack);
    m_vpcView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_vpcProxy = new VpcFilterProxy(this);
    m_vpcProxy->setSourceModel(m_workspace->vpcs());
    m_vpcView->setModel(m_vpcProxy);
    m_vpcView->sortByColumn(VpcTableModel::IdColumn, Qt::AscendingOrder);
    m_vpcView->addActions({m_linkAction, m_enableAction, m_disableAction});
    auto *vpcEmptyPage = new QWidget(m_vpcStack);
    auto *vpcEmptyLayout = new QVBoxLayout(vpcEmptyPage);
    m_vpcEmpty = makeEmptyLabel(vpcEmptyPage);
    m_vpcShowAll = new QPushButton(vpcEmptyPage);
    connect(m_vpcShowAll, &QPushButton::clicked, m_classicLinkOnly,
            [this] { m_classicLinkOnly->setChecked(false); });
    vpcEmptyLayout->addStretch();
    vpcEmptyLayout->addWidget(m_vpcEmpty);
    vpcEmptyLayout->addWidget(m_vpcShowAll, 0, Qt::AlignHCenter);
    vpcEmptyLayout->addStretch();
    m_vpcStack->addWidget(m_vpcView);
    m_vpcStack->addWidget(vpcEmptyPage);
    vpcsLayout->addWidget(m_vpcStack);
    auto *vpcButtons = new QHBoxLayout;
    for (QAction *action : {m_enableAction, m_disableAction}) {
        auto *button = new QToolButton(vpcsPane);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        vpcButtons->addWidget(button);
    }
    vpcButtons->addStretch();
    vpcsLayout->addLayout(vpcButtons);
    connect(m_classicLinkOnly, &QCheckBox::toggled, m_vpcProxy, &VpcFilterProxy::setClassicLinkOnly);
    connect(m_classicLinkOnly, &QCheckBox::toggled, this, &MainWindow::updateEmptyStates);
    connect(m_vpcProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyStates);
    connect(m_vpcProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyStates);
    connect(m_vpcProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyStates);
    connect(m_vpcView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);

    auto *operationsPane = new QWidget(m_verticalSplitter);
    auto *operationsLayout = new QVBoxLayout(operationsPane);
    operationsLayout->setContentsMargins(0, 4, 0, 0);
    auto *operationsHeader = new QHBoxLayout;
    m_operationsTitle = makeTitle(operationsPane);
    operationsHeader->addWidget(m_operationsTitle);
    operationsHeader->addStretch();
    for (QAction *action : {m_exportAction, m_clearOperationsAction}) {
        auto *button = new QToolButton(operationsPane);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        operationsHeader->addWidget(button);
    }
    operationsLayout->addLayout(operationsHeader);
    auto *operationsSplitter = new QSplitter(Qt::Horizontal, operationsPane);
    m_operationView = makeTable(operationsSplitter);
    m_operationView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_operationView->setSortingEnabled(false);
    m_operationView->setModel(new DecoratedModel(
        m_workspace->operations(), OperationTableModel::OutcomeColumn,
        [](const QModelIndex &index) {
            return operationStateIcon(OperationState(index.data(OperationTableModel::StateRole).toInt()));
        },
        this));
    // Fixed starting widths (the user may resize): measuring contents would cost a pass over every row
    // on each update of a large batch.
    QHeaderView *operationHeader = m_operationView->horizontalHeader();
    operationHeader->setStretchLastSection(false);
    const QFontMetrics metrics = m_operationView->fontMetrics();
    operationHeader->resizeSection(OperationTableModel::TimeColumn,
                                   metrics.horizontalAdvance(QStringLiteral("00:00:00 PM")) + 16);
    operationHeader->resizeSection(OperationTableModel::ActionColumn,
                                   metrics.horizontalAdvance(QStringLiteral("Disable ClassicLink")) + 8);
    operationHeader->resizeSection(OperationTableModel::InstanceColumn,
                                   metrics.horizontalAdvance(QStringLiteral("i-running000")) + 12);
    operationHeader->resizeSection(OperationTableModel::VpcColumn,
                                   metrics.horizontalAdvance(QStringLiteral("vpc-classiclink00")) + 12);
    operationHeader->resizeSection(OperationTableModel::OutcomeColumn,
                                   metrics.horizontalAdvance(QStringLiteral("Succeeded")) + 40);
    operationHeader->resizeSection(OperationTableModel::RequestIdColumn,
                                   metrics.horizontalAdvance(QStringLiteral("00000000-0000")) + 12);
    operationHeader->setSectionResizeMode(OperationTableModel::MessageColumn, QHeaderView::Stretch);
    operationHeader->setMinimumSectionSize(48);
    m_details = new OperationDetails(operationsSplitter);
    operationsSplitter->setStretchFactor(0, 2);
    operationsSplitter->setStretchFactor(1, 1);
    operationsSplitter->setSizes({800, 400});
    operationsLayout->addWidget(operationsSplitter);
    connect(m_operationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showOperation(current); });
    connect(m_workspace->operations(), &QAbstractItemModel::dataChanged, this,
            [this] { showOperation(m_operationView->currentIndex()); });
    connect(m_workspace->operations(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int last) {
                m_operationView->scrollTo(m_operationView->model()->index(last, 0));
                updateActions();
            });

    m_tablesSplitter->setStretchFactor(0, 3);
    m_tablesSplitter->setStretchFactor(1, 2);
    m_verticalSplitter->setStretchFactor(0, 3);
    m_verticalSplitter->setStretchFactor(1, 2);
    workLayout->addWidget(m_verticalSplitter);
    m_pages->addWidget(work);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *cancelButton = new QToolButton(this);
    cancelButton->setDefaultAction(m_cancelAction);
    cancelButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    cancelButton->setAutoRaise(true);
    m_countsLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addWidget(m_progress);
    statusBar()->addWidget(cancelButton);
    statusBar()->addPermanentWidget(m_countsLabel);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("ClassicLink Manager"));
    m_fileMenu->setTitle(tr("&File"));
    m_actionsMenu->setTitle(tr("&Actions"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Load the region's instances and VPCs again (%1)")
                                    .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_cancelAction->setText(tr("Cancel"));
    m_linkAction->setText(tr("&Link to VPC…"));
    m_linkAction->setToolTip(tr("Link the selected classic instances to the selected VPC (%1)")
                                 .arg(m_linkAction->shortcut().toString(QKeySequence::NativeText)));
    m_unlinkAction->setText(tr("&Unlink…"));
    m_unlinkAction->setToolTip(tr("Unlink the selected instances from their VPC (%1)")
                                   .arg(m_unlinkAction->shortcut().toString(QKeySequence::NativeText)));
    m_enableAction->setText(tr("&Enable ClassicLink…"));
    m_disableAction->setText(tr("&Disable ClassicLink…"));
    m_exportAction->setText(tr("E&xport operations…"));
    m_resumeAction->setText(tr("&Resume interrupted batch…"));
    m_clearOperationsAction->setText(tr("Clear"));
    m_addAccountAction->setText(tr("&Add account…"));
    m_accountsAction->setText(tr("A&ccounts…"));
    m_networkAction->setText(tr("&Network settings…"));
    m_colourBadge->setAccessibleName(tr("Account colour label"));
    m_filterAction->setText(tr("&Find instances"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About ClassicLink Manager"));
    m_accountLabel->setText(tr("&Account:"));
    m_accountCombo->setAccessibleName(tr("Account"));
    m_regionLabel->setText(tr("&Region:"));
    m_regionCombo->setAccessibleName(tr("Region"));
    m_sandboxBadge->setText(tr("Sandbox"));
    m_sandboxBadge->setToolTip(
        tr("You are working in the built-in sandbox: nothing here touches a real cloud account."));
    m_bannerText->setText(
        tr("<b>The classic network has been retired.</b> Alibaba Cloud ended the classic network on "
           "28 February 2025. ClassicLink still works where the API answers; plan the move to VPC. "
           "<a href=\"%1\">How to migrate to a VPC</a>")
            .arg(QLatin1String(kMigrationUrl)));
    m_bannerClose->setToolTip(tr("Dismiss"));
    m_bannerClose->setAccessibleName(tr("Dismiss the notice"));
    m_welcomeTitle->setText(tr("Welcome to ClassicLink Manager"));
    m_welcomeText->setText(
        tr("Link your classic-network ECS instances to VPCs without the console or the command line. "
           "Add an account with its AccessKey to begin, or explore the built-in sandbox, which "
           "behaves like Alibaba Cloud and changes nothing real."));
    m_welcomeAdd->setText(tr("Add account…"));
    m_welcomeSandbox->setText(tr("Explore the sandbox"));
    m_instancesTitle->setText(tr("Classic instances"));
    m_filterEdit->setPlaceholderText(tr("Filter by ID, name or IP"));
    m_filterEdit->setAccessibleName(tr("Filter instances"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_statusFilter->count(); ++i)
        m_statusFilter->setItemText(i, DomainText::status(m_statusFilter->itemData(i).toString()));
    m_instanceView->setAccessibleName(tr("Classic instances"));
    m_vpcsTitle->setText(tr("VPCs"));
    m_classicLinkOnly->setText(tr("Only ClassicLink-enabled"));
    m_vpcView->setAccessibleName(tr("VPCs"));
    m_vpcShowAll->setText(tr("Show all VPCs"));
    m_operationsTitle->setText(tr("Operations"));
    m_operationView->setAccessibleName(tr("Operations"));
    m_workspace->instances()->retranslate();
    m_workspace->vpcs()->retranslate();
    m_workspace->operations()->retranslate();
    updateEmptyStates();
    updateCounts();
    updateActions();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Region names come from the cloud in the UI language.
        if (m_workspace->hasAccount())
            m_workspace->loadRegions(clm::acceptLanguage());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("ui/state")).toByteArray());
    m_verticalSplitter->restoreState(settings.value(QStringLiteral("ui/verticalSplitter")).toByteArray());
    m_tablesSplitter->restoreState(settings.value(QStringLiteral("ui/tablesSplitter")).toByteArray());
    m_instanceView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("ui/instanceColumns")).toByteArray());
    m_vpcView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("ui/vpcColumns")).toByteArray());
    m_operationView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("ui/operationColumns")).toByteArray());
    m_classicLinkOnly->setChecked(settings.value(QStringLiteral("ui/classicLinkOnly"), true).toBool());
    m_banner->setVisible(!settings.value(QStringLiteral("ui/retirementBannerDismissed"), false).toBool());
    const QString inEffect =
        QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == inEffect);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/state"), saveState());
    settings.setValue(QStringLiteral("ui/verticalSplitter"), m_verticalSplitter->saveState());
    settings.setValue(QStringLiteral("ui/tablesSplitter"), m_tablesSplitter->saveState());
    settings.setValue(QStringLiteral("ui/instanceColumns"), m_instanceView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("ui/vpcColumns"), m_vpcView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("ui/operationColumns"),
                      m_operationView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("ui/classicLinkOnly"), m_classicLinkOnly->isChecked());
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
    installTranslations(language); // QEvent::LanguageChange reaches every widget
}

void MainWindow::addAccount(const Account &account, bool select)
{
    m_session.append(account);
    rebuildAccounts();
    if (select)
        m_accountCombo->setCurrentIndex(int(m_accounts.size()) - 1);
}

void MainWindow::rebuildAccounts()
{
    m_accounts = m_builtin;
    if (m_directory) {
        for (const Profile &profile : m_directory->profiles())
            m_accounts.append(
                AccountDirectory::accountFor(profile, {}, {})); // the secret is read when chosen
    }
    m_accounts += m_session;
    m_accountCombo->clear();
    for (const Account &account : std::as_const(m_accounts)) {
        m_accountCombo->addItem(account.isSandbox() ? QIcon(QStringLiteral(":/icons/sandbox.svg"))
                                                    : colourIcon(account.colour),
                                account.name);
    }
}

void MainWindow::selectAccount(int index)
{
    const bool valid = index >= 0 && index < m_accounts.size();
    m_pages->setCurrentIndex(valid ? 1 : 0);
    m_sandboxBadgeAction->setVisible(valid && m_accounts.at(index).isSandbox());
    const QString colour = valid ? m_accounts.at(index).colour : QString();
    m_colourBadgeAction->setVisible(!colour.isEmpty());
    m_colourBadge->setStyleSheet(
        colour.isEmpty() ? QString() : QStringLiteral("background: %1; border-radius: 3px;").arg(colour));
    m_colourBadge->setToolTip(valid ? tr("Colour label of %1").arg(m_accounts.at(index).name) : QString());
    m_regionCombo->clear();
    m_regionCombo->setEnabled(false);
    m_details->setOperation(std::nullopt);
    if (!valid) {
        m_statusLabel->setText(tr("No account yet."));
        updateActions();
        return;
    }
    const Account account = m_accounts.at(index);
    QSettings().setValue(QStringLiteral("session/account"), account.name);
    if (account.source == Account::Source::Saved && !account.credentials.isComplete() && m_directory) {
        const auto profile = ProfileStore::find(m_directory->profiles(), account.name);
        if (!profile)
            return;
        m_statusLabel->setText(tr("Reading the secret of %1 from the keychain…").arg(account.name));
        m_directory->resolve(*profile, [this, account](SecretStore::Status status, const Account &resolved) {
            if (m_accountCombo->currentText() != account.name)
                return; // the user moved on
            if (status == SecretStore::Status::Ok)
                useAccount(resolved);
            else
                askForSecret(account, status);
        });
        return;
    }
    useAccount(account);
}

void MainWindow::useAccount(const Account &account)
{
    m_workspace->setAccount(account);
    // After the window is up: a batch this account left unfinished is offered for resuming.
    QTimer::singleShot(0, this, [this] { offerInterruptedBatch(false); });
    const QString lastRegion = QSettings().value(QStringLiteral("session/region")).toString();
    m_pendingRegion = lastRegion.isEmpty() ? account.defaultRegion : lastRegion;
    m_statusLabel->setText(tr("Loading regions…"));
    m_workspace->loadRegions(clm::acceptLanguage());
    updateActions();
}

void MainWindow::askForSecret(const Account &saved, SecretStore::Status why)
{
    const QString reason = SecretStore::statusText(why);
    m_statusLabel->setText(reason);
    bool ok = false;
    const QString secret =
        Messages::askSecret(this, tr("AccessKey secret"),
                            reason + u' ' +
                                tr("Enter the AccessKey secret of %1 (%2) to use it for this session:")
                                    .arg(saved.name, saved.credentials.accessKeyId),
                            &ok);
    if (!ok || secret.isEmpty())
        return;
    Account account = saved;
    account.credentials.accessKeySecret = secret;
    if (why == SecretStore::Status::NotFound && m_directory) {
        // The keychain works but lost the entry: store it again.
        if (const auto profile = ProfileStore::find(m_directory->profiles(), saved.name))
            m_directory->save(*profile, secret, {}, [](SecretStore::Status, const QString &) {});
    }
    useAccount(account);
}

void MainWindow::onRegionsLoaded()
{
    const QString current = m_workspace->regionId().isEmpty() ? m_pendingRegion : m_workspace->regionId();
    m_regionCombo->clear();
    for (const Region &region : m_workspace->regions())
        m_regionCombo->addItem(QStringLiteral("%1 (%2)").arg(region.localName, region.id), region.id);
    m_regionCombo->setEnabled(m_regionCombo->count() > 0);
    int index = m_regionCombo->findData(current);
    if (index < 0)
        index = m_regionCombo->findData(QStringLiteral("cn-hangzhou"));
    if (index < 0)
        index = 0;
    m_regionCombo->setCurrentIndex(index);
    const QString regionId = m_regionCombo->itemData(index).toString();
    if (!regionId.isEmpty())
        m_workspace->setRegion(regionId);
}

void MainWindow::onInventoryLoaded()
{
    m_progress->hide();
    m_cancelAction->setEnabled(false);
    m_statusLabel->setText(
        tr("Loaded %1 at %2.")
            .arg(m_workspace->regionId(),
                 QLocale().toString(m_workspace->inventory()->loadedAt().time(), QLocale::ShortFormat)));
    // Measured in a later turn of the event loop, so the model reset and this do not add up to one stall.
    QTimer::singleShot(0, this, [this] {
        m_instanceView->resizeColumnsToContents();
        m_vpcView->resizeColumnsToContents();
    });
    updateEmptyStates();
    updateCounts();
    updateActions();
}

void MainWindow::onLoadFailed(const ApiResult &result)
{
    m_progress->hide();
    m_cancelAction->setEnabled(false);
    if (result.errorKind == ErrorKind::Cancelled)
        return;
    const ErrorText text = ErrorCatalog::describe(result);
    m_loadError = text.title + QStringLiteral("\n\n") + text.explanation + u'\n' + text.remedy;
    m_statusLabel->setText(tr("Loading failed: %1").arg(text.title));
    m_statusLabel->setToolTip(result.requestId.isEmpty() ? QString()
                                                         : tr("RequestId: %1").arg(result.requestId));
    updateEmptyStates();
}

QString MainWindow::emptyInstancesText() const
{
    return m_instanceEmpty->text();
}

bool MainWindow::isSandboxBadgeShown() const
{
    return m_sandboxBadgeAction->isVisible();
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateEmptyStates()
{
    const bool loading = m_workspace->isLoading();
    const int sourceRows = m_workspace->instances()->rowCount();
    QString instanceText;
    if (!m_loadError.isEmpty())
        instanceText = m_loadError;
    else if (loading)
        instanceText = tr("Loading classic instances…");
    else if (sourceRows == 0)
        instanceText =
            tr("There are no classic network instances in this region. Choose another region, or, if "
               "your instances are already in a VPC, there is nothing to link.");
    else if (m_instanceProxy->rowCount() == 0)
        instanceText = tr("No instance matches the filter.");
    m_instanceEmpty->setText(instanceText);
    m_instanceStack->setCurrentIndex(instanceText.isEmpty() ? 0 : 1);

    QString vpcText;
    bool offerAll = false;
    if (!m_loadError.isEmpty())
        vpcText = tr("The VPCs could not be loaded.");
    else if (loading)
        vpcText = tr("Loading VPCs…");
    else if (m_workspace->vpcs()->rowCount() == 0)
        vpcText = tr("There are no VPCs in this region. Create one in the VPC console first.");
    else if (m_vpcProxy->rowCount() == 0) {
        vpcText = tr("No VPC in this region has ClassicLink enabled. Show all VPCs, select one and choose "
                     "Enable ClassicLink.");
        offerAll = true;
    }
    m_vpcEmpty->setText(vpcText);
    m_vpcShowAll->setVisible(offerAll);
    m_vpcStack->setCurrentIndex(vpcText.isEmpty() ? 0 : 1);
}

void MainWindow::updateCounts()
{
    if (!m_workspace->hasAccount() || m_workspace->isLoading()) {
        m_countsLabel->clear();
        return;
    }
    int linked = 0;
    for (const ClassicInstance &instance : m_workspace->instances()->instances())
        linked += instance.linkedVpcId.isEmpty() ? 0 : 1;
    int enabled = 0;
    for (const Vpc &vpc : m_workspace->vpcs()->vpcs())
        enabled += vpc.classicLinkEnabled ? 1 : 0;
    m_countsLabel->setText(
        tr("%n classic instance(s), %1 linked", nullptr, m_workspace->instances()->rowCount())
            .arg(QLocale().toString(linked)) +
        QStringLiteral(" · ") +
        tr("%n VPC(s), %1 with ClassicLink", nullptr, m_workspace->vpcs()->rowCount())
            .arg(QLocale().toString(enabled)));
}

QList<ClassicInstance> MainWindow::selectedInstances() const
{
    QList<ClassicInstance> instances;
    for (const QString &id : selectedInstanceIds()) {
        if (const auto instance = m_workspace->instances()->instance(id))
            instances.append(*instance);
    }
    return instances;
}

QStringList MainWindow::selectedInstanceIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_instanceView->selectionModel()->selectedRows())
        ids.append(index.data(InstanceTableModel::InstanceIdRole).toString());
    return ids;
}

std::optional<Vpc> MainWindow::selectedVpc() const
{
    const QModelIndexList rows = m_vpcView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_workspace->vpcs()->vpc(rows.first().data(VpcTableModel::VpcIdRole).toString());
}

void MainWindow::updateActions()
{
    const bool ready = m_workspace->hasAccount() && !m_workspace->regionId().isEmpty();
    const bool busy = m_workspace->currentBatch() && !m_workspace->currentBatch()->isFinished();
    const std::optional<Vpc> vpc = selectedVpc();
    const AvailableActions actions = Preflight::availableActions(selectedInstances(), vpc ? &*vpc : nullptr);
    const bool allowed = ready && !busy;
    m_refreshAction->setEnabled(ready);
    m_linkAction->setEnabled(allowed && actions.link);
    m_unlinkAction->setEnabled(allowed && actions.unlink);
    m_enableAction->setEnabled(allowed && actions.enable);
    m_disableAction->setEnabled(allowed && actions.disable);
    m_disableAction->setToolTip(
        actions.linksBlockingDisable > 0
            ? tr("Unlink the %n linked instance(s) first.", nullptr, actions.linksBlockingDisable)
            : QString());
    m_exportAction->setEnabled(m_workspace->operations()->rowCount() > 0);
    m_resumeAction->setEnabled(ready && !busy && m_interruptedCount > 0);
    m_clearOperationsAction->setEnabled(!busy && m_workspace->operations()->rowCount() > 0);
}

void MainWindow::linkSelected()
{
    const std::optional<Vpc> vpc = selectedVpc();
    const QList<ClassicInstance> instances = selectedInstances();
    if (instances.isEmpty() || !vpc) {
        Messages::warn(this, tr("Link to VPC"),
                       tr("Select one or more classic instances and one VPC first."));
        return;
    }
    runPreflightAndStart(Preflight::Operation::Attach, instances, *vpc);
}

void MainWindow::unlinkSelected()
{
    const QList<ClassicInstance> instances = selectedInstances();
    const std::optional<Vpc> selected = selectedVpc();
    const std::optional<Vpc> vpc =
        m_workspace->vpcs()->vpc(Preflight::unlinkTarget(instances, selected ? &*selected : nullptr));
    if (!vpc) {
        Messages::warn(this, tr("Unlink"),
                       tr("The selected instances are linked to different VPCs. Select the VPC to "
                          "unlink them from."));
        return;
    }
    runPreflightAndStart(Preflight::Operation::Detach, instances, *vpc);
}

void MainWindow::runPreflightAndStart(Preflight::Operation operation, const QList<ClassicInstance> &instances,
                                      const Vpc &vpc)
{
    PreflightDialog dialog(operation, instances, vpc, m_workspace->regionId(), this);
    if (m_autoAcceptPreflight) {
        dialog.show();
        dialog.accept();
    } else if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QStringList ready = dialog.readyInstanceIds();
    if (ready.isEmpty())
        return;
    startBatch(operation == Preflight::Operation::Attach ? LinkBatch::Kind::Attach : LinkBatch::Kind::Detach,
               vpc.id, ready);
}

void MainWindow::switchClassicLink(bool enable)
{
    const std::optional<Vpc> vpc = selectedVpc();
    if (!vpc)
        return;
    const QString name = vpc->name.isEmpty() ? vpc->id : QStringLiteral("%1 (%2)").arg(vpc->id, vpc->name);
    const bool confirmed =
        enable ? Messages::confirm(
                     this, tr("Enable ClassicLink"),
                     tr("Enable ClassicLink on %1? Classic instances can then be linked to it. Traffic "
                        "still needs ClassicLink security group rules.")
                         .arg(name),
                     tr("Enable ClassicLink"))
               : Messages::confirm(
                     this, tr("Disable ClassicLink"),
                     tr("Disable ClassicLink on %1? No classic instance can be linked to it afterwards.")
                         .arg(name),
                     tr("Disable ClassicLink"));
    if (confirmed)
        startBatch(enable ? LinkBatch::Kind::EnableClassicLink : LinkBatch::Kind::DisableClassicLink, vpc->id,
                   {});
}

void MainWindow::startBatch(LinkBatch::Kind kind, const QString &vpcId, const QStringList &instanceIds)
{
    QString error;
    LinkBatch *batch = m_workspace->startBatch(kind, vpcId, instanceIds, &error);
    if (!batch && !error.isEmpty())
        Messages::warn(this, tr("Nothing was sent"), error);
    watchBatch(batch);
}

void MainWindow::offerInterruptedBatch(bool always)
{
    const QList<LoggedBatch> batches = m_workspace->interruptedBatches();
    m_interruptedCount = int(batches.size());
    updateActions();
    if (batches.isEmpty()) {
        if (always)
            Messages::warn(this, tr("Interrupted batches"), tr("This account has no interrupted batch."));
        return;
    }
    const LoggedBatch &batch = batches.first();
    const int total = int(batch.operations.size());
    const std::optional<LinkBatch::Kind> kind = LinkBatch::kindFromAction(batch.action);
    QString what;
    switch (kind.value_or(LinkBatch::Kind::Attach)) {
    case LinkBatch::Kind::Attach:
        what = tr("link %n instance(s) to %1", nullptr, total).arg(batch.vpcId);
        break;
    case LinkBatch::Kind::Detach:
        what = tr("unlink %n instance(s) from %1", nullptr, total).arg(batch.vpcId);
        break;
    case LinkBatch::Kind::EnableClassicLink:
        what = tr("enable ClassicLink on %1").arg(batch.vpcId);
        break;
    case LinkBatch::Kind::DisableClassicLink:
        what = tr("disable ClassicLink on %1").arg(batch.vpcId);
        break;
    }
    const QString regionName = RegionNames::localName(batch.regionId);
    const QString text =
        tr("A batch started %1 did not finish: %2 in %3. %4 of %5 operations have a final result.\n\n"
           "Before anything is sent, the current state is read back from the cloud: operations that "
           "already took effect are marked as succeeded and are not sent again.")
            .arg(QLocale().toString(batch.created.toLocalTime(), QLocale::ShortFormat), what,
                 regionName.isEmpty() ? batch.regionId
                                      : QStringLiteral("%1 (%2)").arg(regionName, batch.regionId))
            .arg(batch.finishedCount())
            .arg(total);
    const int choice = Messages::choose(this, tr("Interrupted batch"), text,
                                        {tr("Resume"), tr("Settle without sending"), tr("Later")});
    if (choice > 1)
        return;
    QString error;
    LinkBatch *resumed = m_workspace->resumeBatch(batch.path, choice == 0, &error);
    if (!resumed && !error.isEmpty())
        Messages::warn(this, tr("Interrupted batch"), error);
    if (resumed)
        connect(resumed, &LinkBatch::finished, this, [this] {
            m_interruptedCount = int(m_workspace->interruptedBatches().size());
            updateActions();
        });
    watchBatch(resumed);
}

void MainWindow::watchBatch(LinkBatch *batch)
{
    if (!batch)
        return;
    m_progress->setRange(0, int(batch->operations().size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancelAction->setEnabled(true);
    connect(batch, &LinkBatch::progress, this, [this](int done, int total) {
        m_progress->setValue(done);
        m_statusLabel->setText(tr("Sending… %1 of %2 done").arg(done).arg(total));
    });
    connect(batch, &LinkBatch::finished, this, [this, batch] {
        int succeeded = 0;
        for (const Operation &operation : batch->operations())
            succeeded += operation.state == OperationState::Succeeded ? 1 : 0;
        const int total = int(batch->operations().size());
        m_progress->hide();
        m_cancelAction->setEnabled(false);
        m_statusLabel->setText(tr("%1 of %2 succeeded.").arg(succeeded).arg(total));
        const int lastRow = m_workspace->operations()->rowCount() - 1;
        if (lastRow >= 0)
            m_operationView->setCurrentIndex(m_operationView->model()->index(lastRow, 0));
        updateActions();
        updateCounts();
    });
    updateActions();
}

void MainWindow::showOperation(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_details->setOperation(std::nullopt);
        return;
    }
    m_details->setOperation(m_workspace->operations()->operation(index.row()),
                            m_workspace->account().endpointOverride);
}

bool MainWindow::exportOperationsTo(const QString &path)
{
    const ExportFormat format =
        path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? ExportFormat::Json : ExportFormat::Csv;
    const QString error = saveOperations(m_workspace->operations()->operations(), format, path);
    if (!error.isEmpty()) {
        Messages::warn(this, tr("Export failed"),
                       tr("The operations could not be saved to %1: %2").arg(path, error));
        return false;
    }
    m_statusLabel->setText(
        tr("Saved %n operation(s) to %1.", nullptr, m_workspace->operations()->rowCount()).arg(path));
    return true;
}

void MainWindow::exportOperations()
{
    QString selectedFilter;
    const QString csv = tr("CSV files (*.csv)");
    const QString json = tr("JSON files (*.json)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export operations"),
                                                QStringLiteral("classiclink-operations.csv"),
                                                csv + QStringLiteral(";;") + json, &selectedFilter);
    if (path.isEmpty())
        return;
    const QString suffix = selectedFilter == json ? QStringLiteral(".json") : QStringLiteral(".csv");
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += suffix;
    exportOperationsTo(path);
}

void MainWindow::addAccountFromDialog()
{
    if (m_directory) {
        openAccounts(true);
        return;
    }
    AccountDialog dialog({}, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        addAccount(dialog.sessionAccount(), true);
}

void MainWindow::openAccounts(bool startWithAdd)
{
    if (!m_directory)
        return;
    AccountsDialog dialog(m_directory, m_workspace, this);
    connect(&dialog, &AccountsDialog::sessionAccountAdded, this,
            [this](const Account &account) { addAccount(account, true); });
    if (startWithAdd)
        QMetaObject::invokeMethod(&dialog, &AccountsDialog::addAccount, Qt::QueuedConnection);
    dialog.exec();
}

void MainWindow::openNetworkSettings()
{
    NetworkSettingsDialog dialog(NetworkSettingsService::load(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_networkSettings->save(
        dialog.settings(), dialog.proxyPassword(),
        [this](SecretStore::Status stored) {
            if (stored != SecretStore::Status::Ok)
                Messages::warn(this, tr("Network settings"),
                               tr("The proxy password could not be stored in the system "
                                  "keychain; it is used until you quit."));
        },
        [this](const ClientSettings &settings, const QString &) {
            m_workspace->setClientSettings(settings);
            m_workspace->refresh();
        });
}

void MainWindow::exploreSandbox()
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).isSandbox()) {
            m_accountCombo->setCurrentIndex(int(i));
            return;
        }
    }
    if (!m_startSandbox)
        return;
    if (const std::optional<Account> sandbox = m_startSandbox())
        addAccount(*sandbox, true);
    else
        Messages::warn(this, tr("Sandbox"), tr("The built-in sandbox could not be started."));
}

} // namespace clm::ui
