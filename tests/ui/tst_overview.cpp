// The fleet overview in the real MainWindow, with three saved accounts on the in-process sandbox (its own
// account with classic instances in three regions, "staging" with none, "branch" whose key may not list
// cn-beijing): the overview is the first view, fills every region, marks exactly the regions it could not
// read (no permission, throttling, a server error) with the reason, keeps the old figures during a new
// scan, can be cancelled, exports CSV/JSON/Markdown, and opens a region on double-click. Screenshots in
// English and Chinese land in the build tree.
#include "credentials/accountdirectory.h"
#include "i18n/translations.h"
#include "instancepane.h"
#include "mainwindow.h"
#include "messages.h"
#include "models/overviewmodel.h"
#include "overviewpage.h"
#include "sandboxserver.h"
#include "session/workspace.h"
#include "windowdriver.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace clm;

class TestOverview final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void isTheFirstViewAndReadsEveryRegion();
    void marksExactlyTheRegionsItCouldNotRead();
    void rescanKeepsTheOldFiguresUntilReplaced();
    void cancelStopsTheScan();
    void exportsEveryClassicInstanceOnce();
    void doubleClickOpensTheRegion();
    void namesRegionsItDoesNotKnow();
    void inChinese();

private:
    ui::OverviewPage *page() const { return m_window->findChild<ui::OverviewPage *>(); }
    QTreeView *tree() const { return page()->view(); }
    QPushButton *button(const QString &text) const;
    [[nodiscard]] bool waitScanned();
    // The row of `account` (and `region`; empty: the account's own row) in the tree.
    QModelIndex row(const QString &account, const QString &region = {}) const;
    QString text(const QString &account, const QString &region, int column) const
    {
        return row(account, region).siblingAtColumn(column).data().toString();
    }

    sandbox::SandboxServer m_server;
    MemorySecretStore m_secrets;
    std::unique_ptr<AccountDirectory> m_directory;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;
    int m_scans = 0;
};

void TestOverview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClassicLinkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_overview"));
    QVERIFY(m_server.start());
    installTranslations(QStringLiteral("en"));
    ui::Messages::queueAnswers({});
}

void TestOverview::init()
{
    openSettings()->clear();
    QSettings().clear();
    QCOMPARE(m_server.setFixture(sandbox::SandboxState::defaultFixture()), QString());
    m_server.clearFaults();
    m_server.setLatency(0, 0);
    m_server.releaseHeld();
    m_directory = std::make_unique<AccountDirectory>(&m_secrets, openSettings());
    // Three saved accounts, each with its own key on the sandbox.
    for (const auto &[name, key, secret] : {std::tuple{"ops", "sandbox-admin", "sandbox-admin-secret"},
                                            std::tuple{"staging", "staging-admin", "staging-admin-secret"},
                                            std::tuple{"branch", "branch-ops", "branch-ops-secret"}}) {
        Profile profile = ProfileStore::create(QLatin1String(name));
        profile.accessKeyId = QLatin1String(key);
        profile.endpoint = m_server.baseUrl();
        bool saved = false;
        m_directory->save(profile, QLatin1String(secret), {}, nullptr,
                          [&saved](SecretStore::Status status, const QString &) {
                              saved = status == SecretStore::Status::Ok;
                          });
        QTRY_VERIFY(saved);
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_workspace = std::make_unique<Workspace>(m_network.get());
    connect(m_workspace->overview(), &FleetOverview::finished, this, [this] { ++m_scans; });
    m_scans = 0;
    m_window =
        std::make_unique<ui::MainWindow>(m_workspace.get(), m_directory.get(), QList<Account>{}, nullptr);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestOverview::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_network.reset();
    m_directory.reset();
    QVERIFY(ui::Messages::takeWarnings().isEmpty());
}

QPushButton *TestOverview::button(const QString &text) const
{
    for (QPushButton *candidate : page()->findChildren<QPushButton *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

bool TestOverview::waitScanned()
{
    const int before = m_scans;
    return QTest::qWaitFor(
               [&] { return m_scans > before || (!m_workspace->overview()->isRunning() && m_scans > 0); },
               20000) &&
           !m_workspace->overview()->isRunning();
}

QModelIndex TestOverview::row(const QString &account, const QString &region) const
{
    const QAbstractItemModel *model = tree()->model();
    for (int a = 0; a < model->rowCount(); ++a) {
        const QModelIndex top = model->index(a, 0);
        if (top.data(OverviewModel::AccountRole).toString() != account)
            continue;
        if (region.isEmpty())
            return top;
        for (int r = 0; r < model->rowCount(top); ++r) {
            const QModelIndex cell = model->index(r, 0, top);
            if (cell.data(OverviewModel::RegionRole).toString() == region)
                return cell;
        }
    }
    return {};
}

void TestOverview::isTheFirstViewAndReadsEveryRegion()
{
    // More than one saved account: the overview comes first, and scans by itself.
    QCOMPARE(m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(), page());
    QVERIFY(waitScanned());
    QVERIFY(!m_workspace->overview()->isComplete()); // branch may not list cn-beijing
    for (const char *account : {"ops", "staging", "branch"})
        QCOMPARE(tree()->model()->rowCount(row(QLatin1String(account))), 5); // every region it lists
    QCOMPARE(text(QStringLiteral("ops"), QStringLiteral("cn-hangzhou"), OverviewModel::ClassicColumn),
             QStringLiteral("21"));
    QCOMPARE(text(QStringLiteral("ops"), QStringLiteral("cn-hangzhou"), OverviewModel::LinkedColumn),
             QStringLiteral("2"));
    QCOMPARE(text(QStringLiteral("ops"), QStringLiteral("cn-hangzhou"), OverviewModel::TrafficColumn),
             QStringLiteral("1"));
    QCOMPARE(text(QStringLiteral("ops"), QStringLiteral("ap-southeast-1"), OverviewModel::ClassicColumn),
             QStringLiteral("0")); // none is an explicit 0
    QCOMPARE(text(QStringLiteral("ops"), {}, OverviewModel::ClassicColumn), QStringLiteral("24"));
    QCOMPARE(text(QStringLiteral("staging"), {}, OverviewModel::ClassicColumn), QStringLiteral("0"));
    QCOMPARE(text(QStringLiteral("staging"), {}, OverviewModel::StatusColumn),
             QStringLiteral("All 5 regions read"));
    // No classic instance: a count and a DryRun, not a full load, so its VPCs are not counted.
    QCOMPARE(text(QStringLiteral("staging"), QStringLiteral("cn-hangzhou"), OverviewModel::VpcsColumn),
             QString());
    QCOMPARE(text(QStringLiteral("ops"), QStringLiteral("cn-hangzhou"), OverviewModel::VpcsColumn),
             QStringLiteral("3"));
    QCOMPARE(text(QStringLiteral("branch"), QStringLiteral("cn-hangzhou"), OverviewModel::ClassicColumn),
             QStringLiteral("2"));
    QCOMPARE(text(QStringLiteral("branch"), QStringLiteral("cn-hangzhou"), OverviewModel::RunningColumn),
             QStringLiteral("1"));
    QCOMPARE(text(QStringLiteral("branch"), QStringLiteral("cn-shanghai"), OverviewModel::LockedColumn),
             QStringLiteral("1"));
    // The cloud lists nothing to a key without permission: no figure, and why.
    const QModelIndex denied = row(QStringLiteral("branch"), QStringLiteral("cn-beijing"));
    QCOMPARE(denied.siblingAtColumn(OverviewModel::ClassicColumn).data().toString(), QString());
    QVERIFY(denied.data(OverviewModel::UnreadRole).toBool());
    QVERIFY2(denied.siblingAtColumn(OverviewModel::StatusColumn)
                     .data()
                     .toString()
                     .startsWith(QLatin1String("Not read: ")) &&
                 denied.siblingAtColumn(OverviewModel::StatusColumn)
                     .data()
                     .toString()
                     .contains(QLatin1String("Forbidden.RAM")),
             qPrintable(denied.siblingAtColumn(OverviewModel::StatusColumn).data().toString()));
    QCOMPARE(text(QStringLiteral("branch"), {}, OverviewModel::StatusColumn),
             QStringLiteral("4 of 5 regions read; 1 not read"));
    // Every account's totals: 24 + 0 + 3.
    const QModelIndex total = tree()->model()->index(tree()->model()->rowCount() - 1, 0);
    QVERIFY(total.data(OverviewModel::TotalRole).toBool());
    QCOMPARE(total.siblingAtColumn(OverviewModel::ClassicColumn).data().toString(), QStringLiteral("27"));

    QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
    test::settleLayouts(); // the status bar's layout follows its new message
    QVERIFY(m_window->grab().save(QStringLiteral(SCREENSHOT_DIR "/overview.png")));
}

void TestOverview::marksExactlyTheRegionsItCouldNotRead()
{
    QVERIFY(waitScanned());
    // Throttled past every retry in one region of every account, a server error in another.
    m_server.addFault(*sandbox::FaultRule::parse(QStringLiteral("throttle:DescribeInstances/cn-shanghai")));
    m_server.addFault(*sandbox::FaultRule::parse(QStringLiteral("internal-error:DescribeVpcs/cn-hangzhou")));
    button(QStringLiteral("Scan again"))->click();
    QVERIFY(waitScanned());
    QStringList unread;
    const QAbstractItemModel *model = tree()->model();
    for (int a = 0; a + 1 < model->rowCount(); ++a) {
        const QModelIndex top = model->index(a, 0);
        for (int r = 0; r < model->rowCount(top); ++r) {
            const QModelIndex cell = model->index(r, 0, top);
            if (cell.data(OverviewModel::UnreadRole).toBool())
                unread.append(top.data(OverviewModel::AccountRole).toString() + u' ' +
                              cell.data(OverviewModel::RegionRole).toString());
        }
    }
    unread.sort();
    // cn-hangzhou is loaded in full (DescribeVpcs) only where there are classic instances.
    QCOMPARE(unread, (QStringList{QStringLiteral("branch cn-beijing"), QStringLiteral("branch cn-hangzhou"),
                                  QStringLiteral("branch cn-shanghai"), QStringLiteral("ops cn-hangzhou"),
                                  QStringLiteral("ops cn-shanghai"), QStringLiteral("staging cn-shanghai")}));
    QVERIFY(text(QStringLiteral("ops"), QStringLiteral("cn-shanghai"), OverviewModel::StatusColumn)
                .contains(QLatin1String("Throttling")));
    QCOMPARE(text(QStringLiteral("ops"), QStringLiteral("cn-shanghai"), OverviewModel::ClassicColumn),
             QString());
    // The others are right.
    QCOMPARE(text(QStringLiteral("ops"), QStringLiteral("cn-zhangjiakou"), OverviewModel::ClassicColumn),
             QStringLiteral("1"));
    QCOMPARE(text(QStringLiteral("staging"), QStringLiteral("cn-hangzhou"), OverviewModel::ClassicColumn),
             QStringLiteral("0"));
    // An account's total counts only what was read.
    QCOMPARE(text(QStringLiteral("ops"), {}, OverviewModel::ClassicColumn), QStringLiteral("1"));
}

void TestOverview::rescanKeepsTheOldFiguresUntilReplaced()
{
    QVERIFY(waitScanned());
    // The tree model keeps its promises (indexes, parents, row counts) through a whole re-scan.
    QAbstractItemModelTester tester(tree()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The regions' answers wait until released: every account lists its regions, and no region answers.
    m_server.holdAnswers({QStringLiteral("DescribeInstances")});
    button(QStringLiteral("Scan again"))->click();
    QTRY_COMPARE(m_workspace->overview()->cellsTotal(), 15);
    QCOMPARE(m_workspace->overview()->cellsDone(), 0);
    const QModelIndex hangzhou = row(QStringLiteral("ops"), QStringLiteral("cn-hangzhou"));
    QVERIFY(hangzhou.data(OverviewModel::StaleRole).toBool());
    QCOMPARE(hangzhou.siblingAtColumn(OverviewModel::ClassicColumn).data().toString(), QStringLiteral("21"));
    QCOMPARE(hangzhou.siblingAtColumn(OverviewModel::StatusColumn).data().toString(),
             QStringLiteral("Scanning…"));
    QVERIFY(!button(QStringLiteral("Scan again"))->isEnabled());
    m_server.releaseHeld();
    QVERIFY(waitScanned());
    const QModelIndex after = row(QStringLiteral("ops"), QStringLiteral("cn-hangzhou"));
    QVERIFY(!after.data(OverviewModel::StaleRole).toBool());
    QCOMPARE(after.siblingAtColumn(OverviewModel::ClassicColumn).data().toString(), QStringLiteral("21"));
    // A width the user chose stays through a re-scan.
    tree()->setColumnWidth(OverviewModel::NameColumn, 333);
    button(QStringLiteral("Scan again"))->click();
    QVERIFY(waitScanned());
    QCOMPARE(tree()->columnWidth(OverviewModel::NameColumn), 333);
}

void TestOverview::cancelStopsTheScan()
{
    QVERIFY(waitScanned());
    m_server.holdAnswers({QStringLiteral("DescribeInstances")}); // no region answers before the cancel
    button(QStringLiteral("Scan again"))->click();
    QTRY_COMPARE(m_workspace->overview()->cellsTotal(), 15); // every account's regions are known
    QTRY_VERIFY(m_server.heldCount() > 0);                   // and the regions' reads are on the wire

    QPushButton *cancel = button(QStringLiteral("Cancel"));
    QVERIFY(cancel->isEnabled());
    cancel->click();
    QVERIFY(!m_workspace->overview()->isRunning());
    QVERIFY(m_workspace->overview()->cellsDone() < m_workspace->overview()->cellsTotal());
    const QModelIndex hangzhou = row(QStringLiteral("ops"), QStringLiteral("cn-hangzhou"));
    QCOMPARE(hangzhou.siblingAtColumn(OverviewModel::StatusColumn).data().toString(),
             QStringLiteral("Not read: cancelled"));
    QVERIFY(button(QStringLiteral("Scan again"))->isEnabled());
    m_server.releaseHeld();
}

void TestOverview::exportsEveryClassicInstanceOnce()
{
    QVERIFY(waitScanned());
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("overview.csv"));
    const QString json = dir.filePath(QStringLiteral("overview.json"));
    const QString markdown = dir.filePath(QStringLiteral("overview.md"));
    for (const QString &path : {csv, json, markdown}) {
        ui::Messages::queueSaveFiles({path});
        button(QStringLiteral("Export…"))->click();
        QVERIFY(QFile::exists(path));
    }
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(csvFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 27);
    QSet<QString> instances;
    for (const QString &line : lines.mid(1))
        instances.insert(line.section(u',', 3, 3));
    QCOMPARE(instances.size(), 27); // each once
    QVERIFY(lines.contains(QStringLiteral("branch,cn-hangzhou,cn-hangzhou-h,i-branch01,branch-web,Running,"
                                          "10.90.0.11,vpc-branch01,,none")));

    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(root.value(QLatin1String("totals")).toObject().value(QLatin1String("classic")).toInt(), 27);
    QCOMPARE(root.value(QLatin1String("complete")).toBool(), false);
    const QJsonArray accounts = root.value(QLatin1String("accounts")).toArray();
    QCOMPARE(accounts.size(), 3);
    bool deniedListed = false;
    for (const QJsonValue &region : accounts.at(2).toObject().value(QLatin1String("regions")).toArray()) {
        if (region[QLatin1String("region")].toString() == QLatin1String("cn-beijing"))
            deniedListed = !region[QLatin1String("read")].toBool() &&
                           region[QLatin1String("code")].toString() == QLatin1String("Forbidden.RAM");
    }
    QVERIFY(deniedListed);

    QFile markdownFile(markdown);
    QVERIFY(markdownFile.open(QIODevice::ReadOnly));
    const QString summary = QString::fromUtf8(markdownFile.readAll());
    QVERIFY2(summary.contains(QLatin1String("| branch | 3 | 1 | 2 | 1 |")), qPrintable(summary));
    QVERIFY(summary.contains(QLatin1String("- Classic instances: 27")));
    QVERIFY(summary.contains(QLatin1String("cn-beijing: ")));
    // Nothing secret in any of them.
    for (const QString &path : {csv, json, markdown}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains("secret") && !content.contains("sandbox-admin"));
    }
}

void TestOverview::doubleClickOpensTheRegion()
{
    QVERIFY(waitScanned());
    const QModelIndex shanghai = row(QStringLiteral("branch"), QStringLiteral("cn-shanghai"));
    QVERIFY(shanghai.isValid());
    tree()->scrollTo(shanghai);
    const QRect rect = tree()->visualRect(shanghai);
    // As a mouse does it: press, release, then the double-click.
    QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(tree()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(
        m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget()->objectName(),
        QStringLiteral("workPage"));
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->account().name == QLatin1String("branch") &&
                                 m_workspace->regionId() == QLatin1String("cn-shanghai") &&
                                 m_workspace->hasInventory(),
                             15000);
    QCOMPARE(m_workspace->instances()->rowCount(), 1);
    QCOMPARE(m_workspace->instances()->instances().first().id, QStringLiteral("i-branch03"));
    // And back: the overview keeps what it read.
    m_window->findChild<QAction *>(QStringLiteral("actionOverview"))->trigger();
    QCOMPARE(m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(), page());
    QCOMPARE(text(QStringLiteral("ops"), {}, OverviewModel::ClassicColumn), QStringLiteral("24"));
}

void TestOverview::namesRegionsItDoesNotKnow()
{
    // A region newer than the app: named as DescribeRegions names it, in the language of the UI.
    QVERIFY(waitScanned());
    QJsonObject fixture = QJsonDocument::fromJson(sandbox::SandboxState::defaultFixture()).object();
    QJsonArray regions = fixture.value(QLatin1String("regions")).toArray();
    regions.append(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("xx-newland-1")},
        {QStringLiteral("localName"), QJsonObject{{QStringLiteral("zh-CN"), QStringLiteral("新大陆")},
                                                  {QStringLiteral("en-US"), QStringLiteral("Newland")}}}});
    fixture.insert(QStringLiteral("regions"), regions);
    QCOMPARE(m_server.setFixture(QJsonDocument(fixture).toJson()), QString());
    button(QStringLiteral("Scan again"))->click();
    QVERIFY(waitScanned());
    QCOMPARE(text(QStringLiteral("ops"), QStringLiteral("xx-newland-1"), OverviewModel::NameColumn),
             QStringLiteral("Newland (xx-newland-1)"));
    QCOMPARE(text(QStringLiteral("ops"), QStringLiteral("xx-newland-1"), OverviewModel::ClassicColumn),
             QStringLiteral("0"));
    // The app's own names come first: they follow the UI language.
    QCOMPARE(text(QStringLiteral("ops"), QStringLiteral("cn-hangzhou"), OverviewModel::NameColumn),
             QStringLiteral("China (Hangzhou) (cn-hangzhou)"));
}

void TestOverview::inChinese()
{
    QVERIFY(waitScanned());
    test::languageAction(m_window.get(), QStringLiteral("zh_CN"))->trigger();
    QTRY_VERIFY(button(QStringLiteral("重新扫描"))); // the widgets have their new texts
    QCOMPARE(tree()->model()->headerData(OverviewModel::ClassicColumn, Qt::Horizontal).toString(),
             QStringLiteral("经典网络"));
    QVERIFY(text(QStringLiteral("branch"), QStringLiteral("cn-beijing"), OverviewModel::StatusColumn)
                .startsWith(QStringLiteral("未读取")));
    const QModelIndex total =
        tree()->model()->index(tree()->model()->rowCount() - 1, OverviewModel::StatusColumn);
    QCOMPARE(total.data().toString(), QStringLiteral("1 个账号未完整读取"));
    // The region picker's names arrive again from DescribeRegions, in Chinese.
    const auto *regions = m_window->findChild<QComboBox *>(QStringLiteral("regionCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(regions->currentText().startsWith(QStringLiteral("华东1")), 10000);
    test::settleLayouts(); // the layout follows the longer texts
    QVERIFY(m_window->grab().save(QStringLiteral(SCREENSHOT_DIR "/overview-zh_CN.png")));
    test::languageAction(m_window.get(), QStringLiteral("en"))->trigger();
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
