// The real MainWindow against the in-process sandbox, offscreen, driven through its parts (the panes, the
// account bar, the status area, the actions, the controllers) as a user would: load, filter, select, link
// and unlink, the fixture's scenarios with the message a user would read, enable and disable ClassicLink,
// export. Screenshots of the main window and the preflight dialog land in the build tree for reviewers.
#include "accountbar.h"
#include "crashedlog.h"
#include "instancepane.h"
#include "mainwindow.h"
#include "messages.h"
#include "operationdetails.h"
#include "operationspane.h"
#include "preflightdialog.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "session/workspace.h"
#include "statusarea.h"
#include "vpcpane.h"
#include "windowdriver.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace clm;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadsTheRegion();
    void filtersInstances();
    void linksAndUnlinks();
    void preflightExplainsEveryBlockedScenario();
    void scenariosTheCloudRefuses_data();
    void scenariosTheCloudRefuses();
    void enablesAndDisablesClassicLink();
    void exportsOperations();
    void readOnlyKeyShowsPermissionDenied();
    void welcomePageWithoutAccount();
    void switchesLanguageLive();
    void savedAccountWithoutKeychainAsksForTheSecret();
    void resumesAnInterruptedBatch();
    void switchingAccountDuringABatch();
    void screenshots();

private:
    Account sandboxAccount(const QString &keyId = QStringLiteral("sandbox-admin"),
                           const QString &secret = QStringLiteral("sandbox-admin-secret")) const;
    int proxyRows(QTableView *view) const { return view->model()->rowCount(); }
    [[nodiscard]] bool waitLoaded();
    // Shows the preflight dialog for a mix of ready and blocked instances, saves it; returns its title.
    QString savePreflightScreenshot(const QString &fileName);
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QTableView *instanceView() const { return m_window->findChild<ui::InstancePane *>()->view(); }
    QTableView *vpcView() const { return m_window->findChild<ui::VpcPane *>()->view(); }
    QTableView *operationView() const { return m_window->findChild<ui::OperationsPane *>()->view(); }
    ui::OperationDetails *details() const { return m_window->findChild<ui::OperationsPane *>()->details(); }
    QComboBox *regionCombo() const { return m_window->findChild<QComboBox *>(QStringLiteral("regionCombo")); }
    QString statusText() const { return m_window->findChild<ui::StatusArea *>()->message(); }
    bool sandboxBadgeShown() const
    {
        return m_window->findChild<ui::SandboxBadge *>()->isVisibleTo(m_window.get());
    }

    sandbox::SandboxServer m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<test::BatchWatch> m_batches;
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClassicLinkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_server.start());
    ui::Messages::queueAnswers({});
}

Account TestMainWindow::sandboxAccount(const QString &keyId, const QString &secret) const
{
    return test::sandboxAccount(m_server.baseUrl(), keyId, secret);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_server.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_workspace = std::make_unique<Workspace>(m_network.get());
    m_batches = std::make_unique<test::BatchWatch>(m_workspace.get());
    m_workspace->setLogDirectory(m_dir.filePath(QStringLiteral("batches")));
    m_window = std::make_unique<ui::MainWindow>(m_workspace.get(), nullptr, QList<Account>{sandboxAccount()},
                                                nullptr);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_server.releaseHeld();
    m_window.reset();
    m_batches.reset();
    m_workspace.reset();
    m_network.reset();
    QVERIFY(ui::Messages::takeWarnings().isEmpty());
}

bool TestMainWindow::waitLoaded()
{
    return QTest::qWaitFor(
        [this] {
            return !m_workspace->regionId().isEmpty() && !m_workspace->isLoading() &&
                   m_workspace->instances()->rowCount() > 0;
        },
        15000);
}

QString TestMainWindow::savePreflightScreenshot(const QString &fileName)
{
    QList<ClassicInstance> instances;
    for (const char *id : {"i-running07", "i-stopped03", "i-pending01", "i-locked01", "i-linked01"})
        instances.append(*m_workspace->instances()->instance(QLatin1String(id)));
    ui::PreflightDialog dialog(LinkDirection::Attach, instances,
                               *m_workspace->vpcs()->vpc(QStringLiteral("vpc-classiclink01")),
                               QStringLiteral("cn-hangzhou"), m_window.get());
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog) ||
        !dialog.grab().save(QStringLiteral(SCREENSHOT_DIR "/") + fileName))
        return {};
    return dialog.windowTitle();
}

void TestMainWindow::loadsTheRegion()
{
    QVERIFY(waitLoaded());
    QCOMPARE(regionCombo()->currentData().toString(), QStringLiteral("cn-hangzhou"));
    QCOMPARE(regionCombo()->currentText(), QStringLiteral("China (Hangzhou) (cn-hangzhou)"));
    QCOMPARE(proxyRows(instanceView()), 21);
    QVERIFY(sandboxBadgeShown());
    // Where this account's requests go, next to it (the sandbox on this computer: no warning).
    const auto *endpoint = m_window->findChild<QLabel *>(QStringLiteral("accountEndpoint"));
    QVERIFY(endpoint && endpoint->isVisibleTo(m_window.get()));
    QCOMPARE(endpoint->text(), QStringLiteral("127.0.0.1:%1").arg(m_server.baseUrl().port()));
    QCOMPARE(proxyRows(vpcView()), 3); // only ClassicLink-enabled by default
    m_window->findChild<ui::VpcPane *>()->setClassicLinkOnly(false);
    QCOMPARE(proxyRows(vpcView()), 7);
    QCOMPARE(test::cellText(instanceView(), InstanceTableModel::InstanceIdRole, QStringLiteral("i-linked01"),
                            InstanceTableModel::LinkedVpcColumn),
             QStringLiteral("vpc-classiclink02"));
    QVERIFY(test::cellText(vpcView(), VpcTableModel::VpcIdRole, QStringLiteral("vpc-classiclink02"),
                           VpcTableModel::LinksColumn)
                .startsWith(QLatin1String("1 of 1,000")));
    // Whether the linked instances may talk to their VPC, from the security group rules.
    const auto traffic = [this](const char *id) {
        return test::cellText(instanceView(), InstanceTableModel::InstanceIdRole, QLatin1String(id),
                              InstanceTableModel::TrafficColumn);
    };
    QTRY_COMPARE(traffic("i-linked01"), QStringLiteral("Both ways"));
    QCOMPARE(traffic("i-fulllink01"), QStringLiteral("To the VPC only"));
    QCOMPARE(traffic("i-running01"), QString());
    // The VPC table counts them per VPC.
    QCOMPARE(test::cellText(vpcView(), VpcTableModel::VpcIdRole, QStringLiteral("vpc-classiclink02"),
                            VpcTableModel::LinksColumn),
             QStringLiteral("1 of 1,000 · 1 both ways"));
    QCOMPARE(test::cellText(vpcView(), VpcTableModel::VpcIdRole, QStringLiteral("vpc-full01"),
                            VpcTableModel::LinksColumn),
             QStringLiteral("1 of 1,000 · 0 both ways"));
    QVERIFY(statusText().startsWith(QLatin1String("Loaded cn-hangzhou at")));
}

void TestMainWindow::filtersInstances()
{
    QVERIFY(waitLoaded());
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("instanceFilter")),
                     QStringLiteral("web"));
    QCOMPARE(proxyRows(instanceView()), 2);
    m_window->findChild<QLineEdit *>(QStringLiteral("instanceFilter"))->setText(QStringLiteral("10.80.2."));
    QCOMPARE(proxyRows(instanceView()), 5);
    m_window->findChild<QLineEdit *>(QStringLiteral("instanceFilter"))
        ->setText(QStringLiteral("nothing-like-this"));
    QCOMPARE(proxyRows(instanceView()), 0);
    QCOMPARE(m_window->findChild<ui::InstancePane *>()->emptyText(),
             QStringLiteral("No instance matches the filter."));
    m_window->findChild<QLineEdit *>(QStringLiteral("instanceFilter"))->clear();
    QCOMPARE(proxyRows(instanceView()), 21);
}

void TestMainWindow::linksAndUnlinks()
{
    QVERIFY(waitLoaded());
    QVERIFY(test::selectRows(instanceView(), InstanceTableModel::InstanceIdRole,
                             {QStringLiteral("i-running01"), QStringLiteral("i-stopped02")}));
    QVERIFY(test::selectRows(vpcView(), VpcTableModel::VpcIdRole, {QStringLiteral("vpc-classiclink01")}));
    QVERIFY(test::triggerAndAccept(m_window.get(), action("actionLink")));
    QVERIFY(m_batches->waitDone(2));
    for (const Operation &operation : m_workspace->operations()->operations())
        QCOMPARE(operation.state, OperationState::Succeeded);
    QCOMPARE(m_server.state().links.value(QStringLiteral("i-running01")),
             QStringLiteral("vpc-classiclink01"));
    QTRY_COMPARE(test::cellText(instanceView(), InstanceTableModel::InstanceIdRole,
                                QStringLiteral("i-stopped02"), InstanceTableModel::LinkedVpcColumn),
                 QStringLiteral("vpc-classiclink01"));
    QTRY_COMPARE(test::cellText(vpcView(), VpcTableModel::VpcIdRole, QStringLiteral("vpc-classiclink01"),
                                VpcTableModel::LinksColumn),
                 QStringLiteral("2 of 1,000 · 0 both ways"));
    QCOMPARE(details()->titleText(), QStringLiteral("Succeeded"));
    // The status bar follows the links read back after the batch (2 were linked before).
    QTRY_VERIFY2(m_window->findChild<ui::StatusArea *>()->counts().contains(QLatin1String(", 4 linked")),
                 qPrintable(m_window->findChild<ui::StatusArea *>()->counts()));
    QVERIFY(details()->explanationText().contains(QLatin1String("is now linked to vpc-classiclink01")));
    // Linked, but no rule lets traffic through yet (sg-prod-app has none).
    QTRY_COMPARE(test::cellText(instanceView(), InstanceTableModel::InstanceIdRole,
                                QStringLiteral("i-running01"), InstanceTableModel::TrafficColumn),
                 QStringLiteral("Not allowed"));

    QVERIFY(test::selectRows(instanceView(), InstanceTableModel::InstanceIdRole,
                             {QStringLiteral("i-running01")}));
    vpcView()->clearSelection();
    QVERIFY(test::triggerAndAccept(m_window.get(), action("actionUnlink")));
    QVERIFY(m_batches->waitDone(3));
    QCOMPARE(m_workspace->operations()->operation(2).state, OperationState::Succeeded);
    QVERIFY(!m_server.state().links.contains(QStringLiteral("i-running01")));
    QTRY_COMPARE(test::cellText(instanceView(), InstanceTableModel::InstanceIdRole,
                                QStringLiteral("i-running01"), InstanceTableModel::LinkedVpcColumn),
                 QStringLiteral("Not linked"));
}

void TestMainWindow::preflightExplainsEveryBlockedScenario()
{
    QVERIFY(waitLoaded());
    m_window->findChild<ui::VpcPane *>()->setClassicLinkOnly(false);
    QList<ClassicInstance> instances;
    for (const char *id : {"i-running03", "i-pending01", "i-starting01", "i-locked01", "i-linked01"})
        instances.append(*m_workspace->instances()->instance(QLatin1String(id)));
    const Vpc target = *m_workspace->vpcs()->vpc(QStringLiteral("vpc-classiclink01"));
    ui::PreflightDialog dialog(LinkDirection::Attach, instances, target, QStringLiteral("cn-hangzhou"));
    QCOMPARE(dialog.readyInstanceIds(), QStringList{QStringLiteral("i-running03")});
    const QStringList reasons{QStringLiteral("Ready"),
                              QStringLiteral("The instance is Pending; it must be Running or Stopped."),
                              QStringLiteral("The instance is Starting; it must be Running or Stopped."),
                              QStringLiteral("The instance is locked (Overdue payment)."),
                              QStringLiteral("Already linked to vpc-classiclink02.")};
    for (qsizetype i = 0; i < instances.size(); ++i)
        QCOMPARE(Preflight::describe(dialog.plan().verdicts.at(i), instances.at(i), target), reasons.at(i));

    const Vpc off = *m_workspace->vpcs()->vpc(QStringLiteral("vpc-noclassiclink01"));
    const auto verdicts =
        Preflight::check(LinkDirection::Attach, {instances.first()}, off, QStringLiteral("cn-hangzhou"));
    QCOMPARE(Preflight::describe(verdicts.first(), instances.first(), off),
             QStringLiteral("ClassicLink is off for vpc-noclassiclink01; enable it first."));

    // A blocked instance is never sent: selecting only blocked ones sends nothing.
    QVERIFY(test::selectRows(instanceView(), InstanceTableModel::InstanceIdRole,
                             {QStringLiteral("i-pending01"), QStringLiteral("i-locked01")}));
    QVERIFY(test::selectRows(vpcView(), VpcTableModel::VpcIdRole, {QStringLiteral("vpc-classiclink01")}));
    // Accepting the dialog decides at once (the batch would start inside accept()): no wait is needed.
    QVERIFY(test::triggerAndAccept(m_window.get(), action("actionLink")));
    QVERIFY(!m_workspace->currentBatch());
    QCOMPARE(m_workspace->operations()->rowCount(), 0);
    QCOMPARE(m_server.requestCount(QStringLiteral("AttachClassicLinkVpc")), 0);
}

void TestMainWindow::scenariosTheCloudRefuses_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("vpc");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::newRow("instance not allowed") << "cn-hangzhou"
                                          << "i-denied01"
                                          << "vpc-classiclink01"
                                          << "OperationDenied"
                                          << "This instance cannot be linked";
    QTest::newRow("quota reached") << "cn-hangzhou"
                                   << "i-running04"
                                   << "vpc-full01"
                                   << "QuotaExceeded"
                                   << "The VPC has no link quota left";
    QTest::newRow("limited region") << "cn-zhangjiakou"
                                    << "i-limited01"
                                    << "vpc-zjk01"
                                    << "InvalidInstanceId.LimitedRegion"
                                    << "Not supported in this region";
}

void TestMainWindow::scenariosTheCloudRefuses()
{
    QFETCH(QString, region);
    QFETCH(QString, instance);
    QFETCH(QString, vpc);
    QFETCH(QString, code);
    QFETCH(QString, title);
    QVERIFY(waitLoaded());
    if (region != m_workspace->regionId()) {
        const int index = regionCombo()->findData(region);
        QVERIFY(index >= 0);
        regionCombo()->setCurrentIndex(index);
        emit regionCombo()->activated(index);
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->regionId() == region && !m_workspace->isLoading() &&
                                     m_workspace->instances()->instance(instance).has_value(),
                                 15000);
    }
    QVERIFY(test::selectRows(instanceView(), InstanceTableModel::InstanceIdRole, {instance}));
    QVERIFY(test::selectRows(vpcView(), VpcTableModel::VpcIdRole, {vpc}));
    QVERIFY(test::triggerAndAccept(m_window.get(), action("actionLink")));
    QVERIFY(m_batches->waitDone(1));
    const Operation &operation = m_workspace->operations()->operation(0);
    QCOMPARE(operation.state, OperationState::Failed);
    QCOMPARE(operation.result.code, code);
    QCOMPARE(operation.result.httpStatus, 403);
    QVERIFY(!operation.result.requestId.isEmpty());
    const QModelIndex message = operationView()->model()->index(0, OperationTableModel::MessageColumn);
    QCOMPARE(message.data().toString(), title);
    operationView()->setCurrentIndex(message);
    QCOMPARE(details()->titleText(), title);
    QVERIFY(!details()->explanationText().isEmpty());
    if (code == QLatin1String("QuotaExceeded")) {
        // What the cloud said stays true in the table until a refresh shows otherwise.
        m_window->findChild<ui::VpcPane *>()->setClassicLinkOnly(false);
        QTRY_COMPARE(test::cellText(vpcView(), VpcTableModel::VpcIdRole, vpc, VpcTableModel::LinksColumn),
                     QStringLiteral("Full (1 linked) · 0 both ways"));
    }
}

void TestMainWindow::enablesAndDisablesClassicLink()
{
    QVERIFY(waitLoaded());
    m_window->findChild<ui::VpcPane *>()->setClassicLinkOnly(false);
    QVERIFY(test::selectRows(vpcView(), VpcTableModel::VpcIdRole, {QStringLiteral("vpc-noclassiclink01")}));
    QTRY_VERIFY(action("actionEnable")->isEnabled());
    QVERIFY(!action("actionDisable")->isEnabled());
    ui::Messages::queueAnswers({true});
    action("actionEnable")->trigger();
    QVERIFY(m_batches->waitDone(1));
    QVERIFY(m_server.state().vpc(QStringLiteral("vpc-noclassiclink01"))->classicLinkEnabled);
    QTRY_COMPARE_WITH_TIMEOUT(test::cellText(vpcView(), VpcTableModel::VpcIdRole,
                                             QStringLiteral("vpc-noclassiclink01"),
                                             VpcTableModel::ClassicLinkColumn),
                              QStringLiteral("Enabled"), 10000);

    // A VPC with links cannot be disabled from the UI.
    QVERIFY(test::selectRows(vpcView(), VpcTableModel::VpcIdRole, {QStringLiteral("vpc-classiclink02")}));
    QVERIFY(!action("actionDisable")->isEnabled());
    // Why, in the core's words (Preflight::disableRefusal), as `classiclink disable-classiclink` says it.
    QCOMPARE(action("actionDisable")->toolTip(),
             Preflight::disableRefusal(*m_workspace->vpcs()->vpc(QStringLiteral("vpc-classiclink02"))));
    QVERIFY(action("actionDisable")->toolTip().contains(QLatin1String("still linked to vpc-classiclink02")));

    QVERIFY(test::selectRows(vpcView(), VpcTableModel::VpcIdRole, {QStringLiteral("vpc-noclassiclink01")}));
    QTRY_VERIFY(action("actionDisable")->isEnabled());
    ui::Messages::queueAnswers({false}); // the user changes their mind
    action("actionDisable")->trigger();  // the scripted answer is given inside trigger()
    QVERIFY(!m_workspace->currentBatch());
    QCOMPARE(m_workspace->operations()->rowCount(), 1);
    ui::Messages::queueAnswers({true});
    action("actionDisable")->trigger();
    QVERIFY(m_batches->waitDone(2));
    QVERIFY(!m_server.state().vpc(QStringLiteral("vpc-noclassiclink01"))->classicLinkEnabled);

    // A VPC the cloud would refuse: the window says why, asks nothing and sends nothing.
    QVERIFY(test::selectRows(vpcView(), VpcTableModel::VpcIdRole, {QStringLiteral("vpc-routeconflict01")}));
    QTRY_VERIFY(action("actionEnable")->isEnabled());
    action("actionEnable")->trigger();
    QStringList warnings;
    QTRY_VERIFY((warnings += ui::Messages::takeWarnings()).size() == 1);
    QVERIFY2(warnings.first().startsWith(QLatin1String("ClassicLink cannot be enabled\n")),
             qPrintable(warnings.first()));
    QVERIFY2(warnings.first().contains(QLatin1String("custom route entry to 10.20.0.0/16")),
             qPrintable(warnings.first()));
    QVERIFY(warnings.first().endsWith(QLatin1String("Nothing was sent.")));
    QCOMPARE(m_server.requestCount(QStringLiteral("EnableVpcClassicLink")), 1);
    QCOMPARE(m_workspace->operations()->rowCount(), 2);
}

void TestMainWindow::exportsOperations()
{
    QVERIFY(waitLoaded());
    QVERIFY(test::selectRows(instanceView(), InstanceTableModel::InstanceIdRole,
                             {QStringLiteral("i-running05"), QStringLiteral("i-denied01")}));
    QVERIFY(test::selectRows(vpcView(), VpcTableModel::VpcIdRole, {QStringLiteral("vpc-classiclink01")}));
    QVERIFY(test::triggerAndAccept(m_window.get(), action("actionLink")));
    QVERIFY(m_batches->waitDone(2));
    // File → Export operations…: the user picks a file name without a suffix and the CSV filter.
    const QString csvPath = m_dir.filePath(QStringLiteral("operations.csv"));
    ui::Messages::queueSaveFiles({m_dir.filePath(QStringLiteral("operations"))});
    action("actionExport")->trigger();
    QVERIFY2(statusText().endsWith(QLatin1String("operations.csv.")), qPrintable(statusText()));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(!(csv.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))); // the owner's alone
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("time,action,region,instance,vpc,securityGroup,rule,outcome,"
                                                 "verifiedByReadBack,httpStatus,code,message,requestId"));
    QCOMPARE(lines.size(), 4); // header, two rows, final newline
    const QString jsonPath = m_dir.filePath(QStringLiteral("operations.json"));
    ui::Messages::queueSaveFiles({jsonPath});
    action("actionExport")->trigger();
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(rows.size(), 2);
    QStringList outcomes;
    for (const QJsonValue &row : rows)
        outcomes << row.toObject().value(QLatin1String("outcome")).toString() + u'/' +
                        row.toObject().value(QLatin1String("code")).toString();
    outcomes.sort();
    QCOMPARE(outcomes, (QStringList{QStringLiteral("failed/OperationDenied"), QStringLiteral("succeeded/")}));
    ui::Messages::queueSaveFiles({m_dir.filePath(QStringLiteral("missing-dir/x.csv"))});
    action("actionExport")->trigger();
    QCOMPARE(ui::Messages::takeWarnings().size(), 1);
}

void TestMainWindow::readOnlyKeyShowsPermissionDenied()
{
    m_window = std::make_unique<ui::MainWindow>(
        m_workspace.get(), nullptr,
        QList<Account>{
            sandboxAccount(QStringLiteral("sandbox-readonly"), QStringLiteral("sandbox-readonly-secret"))},
        nullptr);
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QLatin1String("Loading failed")), 15000);
    QCOMPARE(statusText(), QStringLiteral("Loading failed: Permission denied"));
    QVERIFY(m_window->findChild<ui::InstancePane *>()->emptyText().contains(
        QLatin1String("not allowed to perform this operation")));
}

void TestMainWindow::welcomePageWithoutAccount()
{
    bool started = false;
    m_window =
        std::make_unique<ui::MainWindow>(m_workspace.get(), nullptr, QList<Account>{}, [this, &started] {
            started = true;
            return QList<Account>{sandboxAccount()};
        });
    m_window->show();
    QVERIFY(!action("actionLink")->isEnabled());
    QVERIFY(!instanceView()->isVisible());
    QVERIFY(!sandboxBadgeShown());
    QPushButton *explore = nullptr;
    for (QPushButton *button : m_window->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Explore the sandbox"))
            explore = button;
    }
    QVERIFY(explore && explore->isVisible());
    explore->click();
    QVERIFY(started);
    QVERIFY(waitLoaded());
    QVERIFY(instanceView()->isVisible());
}

void TestMainWindow::switchesLanguageLive()
{
    QVERIFY(waitLoaded());
    QVERIFY(
        test::selectRows(instanceView(), InstanceTableModel::InstanceIdRole, {QStringLiteral("i-denied01")}));
    QVERIFY(test::selectRows(vpcView(), VpcTableModel::VpcIdRole, {QStringLiteral("vpc-classiclink01")}));
    QVERIFY(test::triggerAndAccept(m_window.get(), action("actionLink")));
    QVERIFY(m_batches->waitDone(1));
    QAbstractItemModel *operations = operationView()->model();
    QCOMPARE(operations->index(0, OperationTableModel::MessageColumn).data().toString(),
             QStringLiteral("This instance cannot be linked"));
    QAction *chinese = test::languageAction(m_window.get(), QStringLiteral("zh_CN"));
    QAction *english = test::languageAction(m_window.get(), QStringLiteral("en"));
    QVERIFY(chinese && english);
    // The menu lists the translations that are built in, each named in itself, and checks the one in use.
    QCOMPARE(chinese->text(), QStringLiteral("简体中文"));
    QCOMPARE(english->text(), QStringLiteral("English"));
    QVERIFY(english->isChecked() && !chinese->isChecked());
    chinese->trigger();
    QTRY_COMPARE(instanceView()->model()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("实例 ID"));
    // Past operations re-render: the log keeps Codes, not sentences.
    QCOMPARE(operations->index(0, OperationTableModel::MessageColumn).data().toString(),
             QStringLiteral("无法连接此实例"));
    QCOMPARE(operations->index(0, OperationTableModel::OutcomeColumn).data().toString(),
             QStringLiteral("失败"));
    QTRY_COMPARE(action("actionLink")->text(), QStringLiteral("连接到 VPC(&L)…"));
    // The status bar speaks the new language too.
    QTRY_COMPARE(statusText(), QStringLiteral("1 个中有 0 个成功。"));
    QTRY_COMPARE_WITH_TIMEOUT(regionCombo()->itemText(regionCombo()->findData(QStringLiteral("cn-hangzhou"))),
                              QStringLiteral("华东1（杭州）（cn-hangzhou）"), 10000);
    const QString dir = QStringLiteral(SCREENSHOT_DIR);
    QDir().mkpath(dir);
    operationView()->setCurrentIndex(operations->index(0, 0));
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/main-window-zh_CN.png")));
    QCOMPARE(savePreflightScreenshot(QStringLiteral("preflight-dialog-zh_CN.png")),
             QStringLiteral("连接到 VPC"));
    english->trigger();
    QTRY_COMPARE(instanceView()->model()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Instance ID"));
    QCOMPARE(operations->index(0, OperationTableModel::MessageColumn).data().toString(),
             QStringLiteral("This instance cannot be linked"));
}

namespace {

// A system without any keychain backend.
class NoKeychain final : public SecretStore
{
public:
    void read(const QString &, Callback done) override { reply(done); }
    void write(const QString &, const QString &, Callback done) override { reply(done); }
    void remove(const QString &, Callback done) override { reply(done); }

private:
    void reply(Callback done)
    {
        QTimer::singleShot(0, this, [done] {
            done(Result{Status::Unavailable, {}, QStringLiteral("no backend")});
        });
    }
};

} // namespace

void TestMainWindow::savedAccountWithoutKeychainAsksForTheSecret()
{
    QTemporaryDir dir;
    NoKeychain keychain;
    auto settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Profile profile = ProfileStore::create(QStringLiteral("Saved"));
    profile.accessKeyId = QStringLiteral("sandbox-admin");
    profile.endpoint = m_server.baseUrl();
    profile.colour = QStringLiteral("#d32f2f");
    ProfileStore::save(*settings, {profile});
    AccountDirectory directory(&keychain, std::move(settings));
    ui::Messages::queueSecrets({QStringLiteral("sandbox-admin-secret")});
    m_window = std::make_unique<ui::MainWindow>(m_workspace.get(), &directory, QList<Account>{}, nullptr);
    m_window->show();
    // The secret typed for this session signs the requests; nothing was written anywhere.
    QVERIFY(waitLoaded());
    QCOMPARE(m_workspace->account().name, QStringLiteral("Saved"));
    QCOMPARE(m_workspace->account().colour, QStringLiteral("#d32f2f"));
    QVERIFY(!sandboxBadgeShown());
    QCOMPARE(m_workspace->account().credentials.accessKeySecret, QStringLiteral("sandbox-admin-secret"));
    QFile file(dir.filePath(QStringLiteral("s.ini")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("sandbox-admin-secret"));
    m_window.reset();
}

void TestMainWindow::screenshots()
{
    QVERIFY(waitLoaded());
    QVERIFY(test::selectRows(instanceView(), InstanceTableModel::InstanceIdRole,
                             {QStringLiteral("i-running06"), QStringLiteral("i-denied01")}));
    QVERIFY(test::selectRows(vpcView(), VpcTableModel::VpcIdRole, {QStringLiteral("vpc-classiclink01")}));
    QVERIFY(test::triggerAndAccept(m_window.get(), action("actionLink")));
    QVERIFY(m_batches->waitDone(2));
    operationView()->setCurrentIndex(operationView()->model()->index(1, 0));
    const QString dir = QStringLiteral(SCREENSHOT_DIR);
    QDir().mkpath(dir);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/main-window.png")));

    QCOMPARE(savePreflightScreenshot(QStringLiteral("preflight-dialog.png")), QStringLiteral("Link to VPC"));
}

void TestMainWindow::resumesAnInterruptedBatch()
{
    // A batch of a saved account was killed after sending; i-running01's attach took effect, its answer
    // never reached the log.
    const QStringList ids{QStringLiteral("i-running01"), QStringLiteral("i-running02"),
                          QStringLiteral("i-running03")};
    test::writeCrashedLog(m_dir.filePath(QStringLiteral("batches")),
                          test::attachPlan(ids, QStringLiteral("vpc-classiclink01"),
                                           QStringLiteral("sandbox-admin"),
                                           LoggedBatch::endpointText(m_server.baseUrl())));
    m_server.state().links.insert(QStringLiteral("i-running01"), QStringLiteral("vpc-classiclink01"));

    // The sandbox account is not offered the batch; the account that started it is, and resumes it.
    QCOMPARE(m_workspace->interruptedBatches().size(), 0);
    Account account = sandboxAccount();
    account.name = QStringLiteral("Production");
    account.source = Account::Source::Session;
    ui::Messages::queueChoices({0});
    m_window->findChild<ui::AccountController *>()->addSessionAccount(account);
    QVERIFY(m_batches->waitDone(3));

    const QList<Operation> operations = m_workspace->operations()->operations();
    for (const Operation &operation : operations) {
        QCOMPARE(operation.state, OperationState::Succeeded);
        QCOMPARE(operation.settledByReadBack, operation.instanceId == QLatin1String("i-running01"));
    }
    const auto &applied = m_server.state().appliedWrites;
    QCOMPARE(applied.value(QStringLiteral("AttachClassicLinkVpc i-running01")), 0); // not sent again
    QCOMPARE(applied.value(QStringLiteral("AttachClassicLinkVpc i-running02")), 1);
    QCOMPARE(applied.value(QStringLiteral("AttachClassicLinkVpc i-running03")), 1);
    QVERIFY(m_workspace->interruptedBatches().isEmpty());
}

void TestMainWindow::switchingAccountDuringABatch()
{
    QVERIFY(waitLoaded());
    // The writes' answers wait until released, so the switch comes first on any machine.
    m_server.holdAnswers({QStringLiteral("AttachClassicLinkVpc")});
    const QStringList ids{QStringLiteral("i-running01"), QStringLiteral("i-running02"),
                          QStringLiteral("i-running03")};
    QVERIFY(test::selectRows(instanceView(), InstanceTableModel::InstanceIdRole, ids));
    QVERIFY(test::selectRows(vpcView(), VpcTableModel::VpcIdRole, {QStringLiteral("vpc-classiclink01")}));
    QVERIFY(test::triggerAndAccept(m_window.get(), action("actionLink")));
    // The three writes have reached the cloud; their answers are still on the way.
    QTRY_COMPARE(m_server.requestCount(QStringLiteral("AttachClassicLinkVpc")), 3);

    // Another account while the writes are on the wire: the user is asked first, and says yes.
    // (Its calls to this cloud are refused, so a read-back signed with it could not settle anything.)
    Account other = sandboxAccount(QStringLiteral("sandbox-sts"), QStringLiteral("sandbox-sts-secret"));
    other.name = QStringLiteral("Other");
    other.source = Account::Source::Session;
    ui::Messages::queueAnswers({true});
    m_window->findChild<ui::AccountController *>()->addSessionAccount(other);
    QTRY_COMPARE(m_workspace->account().name, QStringLiteral("Other"));
    m_server.releaseHeld();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(m_workspace->operations()->operations().cbegin(),
                                         m_workspace->operations()->operations().cend(),
                                         [](const Operation &o) { return o.isFinal(); }),
                             15000);
    // What was sent was read back with the key that sent it (or its answer had arrived before the switch),
    // so every outcome agrees with the cloud.
    for (const Operation &operation : m_workspace->operations()->operations()) {
        QVERIFY2(operation.settledByReadBack || operation.result.ok(),
                 qPrintable(QStringLiteral("%1: state %2, code \"%3\", error kind %4, account %5")
                                .arg(operation.instanceId)
                                .arg(int(operation.state))
                                .arg(operation.result.code)
                                .arg(int(operation.result.errorKind))
                                .arg(m_workspace->account().name)));
        QVERIFY2(operation.state != OperationState::Unknown, qPrintable(operation.instanceId));
        QCOMPARE(operation.state == OperationState::Succeeded,
                 m_server.state().links.value(operation.instanceId) == QLatin1String("vpc-classiclink01"));
        QVERIFY(m_server.state().appliedWrites.value(QStringLiteral("AttachClassicLinkVpc ") +
                                                     operation.instanceId) <= 1);
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
