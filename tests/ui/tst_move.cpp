// The Move to VPC view in the real MainWindow against the in-process sandbox: it opens from the toolbar
// action (and the instance table's menu) on the selection, says who is ready and what the others need,
// proposes the vSwitch blocks and checks the ones typed, shows every call before it sends, prepares the VPC
// as logged batches, and hands the plan off as Markdown, CSV and the console. Screenshots of the view, in
// English and Chinese, land in the build tree.
#include "i18n/translations.h"
#include "instancepane.h"
#include "mainwindow.h"
#include "messages.h"
#include "models/overviewmodel.h"
#include "movedialog.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "session/workspace.h"
#include "vpcpane.h"
#include "windowdriver.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace clm;

// Receives the URLs the view asks the desktop to open, instead of a browser.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class TestMove final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsReadinessAndPreparesTheVpc();
    void checksTheBlocksTyped();
    void stopsPreparing();
    void handsThePlanOff();
    void opensFromTheOverview();
    void inChinese();

private:
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    // Selects the four instances of the fixture's move cases and staging, opens the view, waits for it.
    ui::MoveDialog *openView();
    QLineEdit *blockEdit(ui::MoveDialog *dialog, const QString &zone) const;
    static QString summary(ui::MoveDialog *dialog);

    sandbox::SandboxServer m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<test::BatchWatch> m_batches;
    UrlCatcher m_urls;
};

void TestMove::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClassicLinkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_move"));
    QVERIFY(m_server.start());
    installTranslations(QStringLiteral("en"));
    ui::Messages::queueAnswers({});
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_urls, "open");
}

void TestMove::init()
{
    QSettings().clear();
    m_server.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_workspace = std::make_unique<Workspace>(m_network.get());
    m_batches = std::make_unique<test::BatchWatch>(m_workspace.get());
    m_window = std::make_unique<ui::MainWindow>(
        m_workspace.get(), nullptr, QList<Account>{test::sandboxAccount(m_server.baseUrl())}, nullptr);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(QTest::qWaitFor(
        [this] { return m_workspace->hasInventory() && m_workspace->instances()->rowCount() > 0; }, 15000));
}

void TestMove::cleanup()
{
    for (ui::MoveDialog *dialog : m_window->findChildren<ui::MoveDialog *>())
        delete dialog;
    m_window.reset();
    m_batches.reset();
    m_workspace.reset();
    m_network.reset();
    QVERIFY(ui::Messages::takeWarnings().isEmpty());
}

ui::MoveDialog *TestMove::openView()
{
    QTableView *instances = m_window->findChild<ui::InstancePane *>()->view();
    QTableView *vpcs = m_window->findChild<ui::VpcPane *>()->view();
    if (!test::selectRows(instances, InstanceTableModel::InstanceIdRole,
                          {QStringLiteral("i-running08"), QStringLiteral("i-stopped05"),
                           QStringLiteral("i-stopped01"), QStringLiteral("i-linked01")}) ||
        !test::selectRows(vpcs, VpcTableModel::VpcIdRole, {QStringLiteral("vpc-classiclink02")}))
        return nullptr;
    // The same action sits in the toolbar and in the instance table's context menu.
    if (!instances->actions().contains(action("actionMoveToVpc")) || !action("actionMoveToVpc")->isEnabled())
        return nullptr;
    action("actionMoveToVpc")->trigger();
    ui::MoveDialog *dialog = m_window->findChild<ui::MoveDialog *>();
    if (!dialog)
        return nullptr;
    QSignalSpy read(dialog, &ui::MoveDialog::readinessRead);
    if (!read.wait(15000))
        return nullptr;
    return dialog;
}

QLineEdit *TestMove::blockEdit(ui::MoveDialog *dialog, const QString &zone) const
{
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->accessibleName().endsWith(zone))
            return edit;
    }
    return nullptr;
}

QString TestMove::summary(ui::MoveDialog *dialog)
{
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("ready to move")) ||
            label->text().contains(QStringLiteral("可迁移")))
            return label->text();
    }
    return {};
}

void TestMove::showsReadinessAndPreparesTheVpc()
{
    ui::MoveDialog *dialog = openView();
    QVERIFY(dialog);
    auto *vpc = dialog->findChild<QComboBox *>();
    QCOMPARE(vpc->currentData().toString(), QStringLiteral("vpc-classiclink02"));
    QCOMPARE(summary(dialog), QStringLiteral("0 ready to move, 4 need preparation, 0 blocked."));
    auto *table = dialog->findChild<QTableWidget *>();
    QCOMPARE(table->rowCount(), 4);
    const QList<QTableWidgetItem *> found = table->findItems(QStringLiteral("i-running08"), Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    const int row = found.first()->row();
    QVERIFY2(table->item(row, 6)->text().contains(QLatin1String("A vSwitch in zone cn-hangzhou-g")),
             qPrintable(table->item(row, 6)->text()));
    QVERIFY2(table->item(row, 7)->text().contains(QLatin1String("sg-partner-monitor")),
             qPrintable(table->item(row, 7)->text()));
    // Every call is on screen before anything is sent; the blocks are the proposed ones.
    QCOMPARE(blockEdit(dialog, QStringLiteral("cn-hangzhou-b"))->text(), QStringLiteral("192.168.1.0/28"));
    const QString preview = dialog->findChild<QPlainTextEdit *>()->toPlainText();
    for (const char *call : {"CreateVSwitch 192.168.1.0/28 in cn-hangzhou-b",
                             "CreateSecurityGroup copy of sg-classic-db", "AttachClassicLinkVpc i-running08"})
        QVERIFY2(preview.contains(QLatin1String(call)), qPrintable(preview));
    QVERIFY(m_server.takeWrites().isEmpty());

    // Prepare, after the confirmation: each stage is a batch in the operations table.
    ui::Messages::queueAnswers({true});
    QSignalSpy prepared(dialog, &ui::MoveDialog::preparationFinished);
    QSignalSpy readAgain(dialog, &ui::MoveDialog::readinessRead);
    auto *prepare = dialog->findChildren<QPushButton *>().first();
    QVERIFY(prepare->isEnabled());
    prepare->click();
    QVERIFY(prepared.wait(60000));
    QVERIFY(readAgain.wait(15000));
    QCOMPARE(summary(dialog), QStringLiteral("4 ready to move, 0 need preparation, 0 blocked."));
    QStringList actions;
    for (const Operation &operation : m_workspace->operations()->operations()) {
        QCOMPARE(operation.state, OperationState::Succeeded);
        actions.append(apiAction(operation.kind));
    }
    QCOMPARE(actions.count(QStringLiteral("CreateVSwitch")), 2);
    QCOMPARE(actions.count(QStringLiteral("CreateSecurityGroup")), 4);
    QCOMPARE(actions.count(QStringLiteral("AttachClassicLinkVpc")), 3);
    // Nothing is left to send.
    QVERIFY(!prepare->isEnabled());
    QVERIFY2(dialog->findChild<QPlainTextEdit *>()->toPlainText().contains(QLatin1String("Nothing to send")),
             qPrintable(dialog->findChild<QPlainTextEdit *>()->toPlainText()));
}

void TestMove::checksTheBlocksTyped()
{
    ui::MoveDialog *dialog = openView();
    QVERIFY(dialog);
    QLineEdit *zoneB = blockEdit(dialog, QStringLiteral("cn-hangzhou-b"));
    QVERIFY(zoneB);
    auto *preview = dialog->findChild<QPlainTextEdit *>();
    for (const auto &[typed, said] : {std::pair{"192.168.0.128/25", "overlaps the block 192.168.0.0/24"},
                                      {"10.0.0.0/24", "not inside the VPC's block"},
                                      {"192.168.7.9/24", "did you mean 192.168.7.0/24"},
                                      {"zone b", "is not a CIDR block"}}) {
        zoneB->setText(QLatin1String(typed));
        QVERIFY2(preview->toPlainText().contains(QLatin1String(said)), qPrintable(preview->toPlainText()));
        QVERIFY(!preview->toPlainText().contains(QLatin1String("in cn-hangzhou-b (vpc")));
    }
    zoneB->setText(QStringLiteral("192.168.9.0/24"));
    QVERIFY(preview->toPlainText().contains(QLatin1String("CreateVSwitch 192.168.9.0/24 in cn-hangzhou-b")));
    // A reload in the main window reads the readiness again; the block typed stays.
    QSignalSpy readAgain(dialog, &ui::MoveDialog::readinessRead);
    action("actionRefresh")->trigger();
    QVERIFY(readAgain.wait(15000));
    zoneB = blockEdit(dialog, QStringLiteral("cn-hangzhou-b"));
    QVERIFY(zoneB);
    QCOMPARE(zoneB->text(), QStringLiteral("192.168.9.0/24"));
    // Without the vSwitch part there is no vSwitch call, whatever the blocks say.
    dialog->findChildren<QCheckBox *>().first()->setChecked(false);
    QVERIFY(!preview->toPlainText().contains(QLatin1String("CreateVSwitch")));
}

void TestMove::stopsPreparing()
{
    ui::MoveDialog *dialog = openView();
    QVERIFY(dialog);
    ui::Messages::queueAnswers({true});
    QSignalSpy prepared(dialog, &ui::MoveDialog::preparationFinished);
    QSignalSpy readAgain(dialog, &ui::MoveDialog::readinessRead);
    auto *prepare = dialog->findChildren<QPushButton *>().first();
    prepare->click();
    // While it runs, the same button stops it, and nothing else may start a batch.
    QCOMPARE(prepare->text(), QStringLiteral("S&top preparing"));
    QVERIFY(prepare->isEnabled());
    QVERIFY(!action("actionLink")->isEnabled());
    prepare->click();
    QVERIFY(!prepared.isEmpty() || prepared.wait(30000));
    QVERIFY(readAgain.wait(15000));
    // Stopped while it read the VPC, before its first stage: nothing was written, and the view says so
    // (still once it has read the VPC again).
    QVERIFY(m_server.takeWrites().isEmpty());
    bool said = false;
    QStringList labels;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        said = said || label->text().startsWith(QLatin1String("Cancelled"));
        labels.append(label->text());
    }
    QVERIFY2(said, qPrintable(labels.join(u'|')));
    QCOMPARE(prepare->text(), QStringLiteral("&Prepare…"));
}

void TestMove::handsThePlanOff()
{
    ui::MoveDialog *dialog = openView();
    QVERIFY(dialog);
    const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
    // Markdown, for a change ticket.
    buttons.at(1)->click();
    const QString markdown = QGuiApplication::clipboard()->text();
    QVERIFY2(markdown.startsWith(QLatin1String("# Move to vpc-classiclink02 (cn-hangzhou)")),
             qPrintable(markdown));
    QVERIFY(markdown.contains(QLatin1String("| i-running08 | cn-hangzhou-g | Needs preparation: ")));
    QVERIFY(markdown.contains(QLatin1String("about 9.6 hours (240 GiB)")));
    QVERIFY(markdown.contains(QLatin1String("## What stays manual")));
    // CSV, saved atomically where the user chose.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.csv"));
    ui::Messages::queueSaveFiles({path});
    buttons.at(2)->click();
    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(path); }));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QVERIFY(lines.first().startsWith("Region,VpcId,InstanceId,ZoneId,Readiness,VSwitchId,SecurityGroupIds"));
    QCOMPARE(lines.size(), 1 + 4 + 1); // a header, four instances, the last line break
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QByteArray &line) {
        return line.startsWith("cn-hangzhou,vpc-classiclink02,i-running08,cn-hangzhou-g,NeedsPreparation,");
    }));
    // The console of the region, with the plan on the clipboard to carry over.
    QGuiApplication::clipboard()->clear();
    buttons.at(3)->click();
    QCOMPARE(m_urls.opened.size(), 1);
    QCOMPARE(m_urls.opened.first().host(), QStringLiteral("ecs.console.aliyun.com"));
    QVERIFY(m_urls.opened.first().path().endsWith(QLatin1String("/cn-hangzhou")));
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QLatin1String("# Move to")));
    QVERIFY(m_server.takeWrites().isEmpty());
    dialog->resize(1100, 700);
    QCoreApplication::processEvents(); // the block fields are shown in a queued call
    test::settleLayouts();
    QVERIFY(dialog->grab().save(QStringLiteral(SCREENSHOT_DIR "/move-to-vpc.png")));
}

void TestMove::opensFromTheOverview()
{
    action("actionOverview")->trigger();
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("overviewTree"));
    QVERIFY(tree);
    QVERIFY(QTest::qWaitFor(
        [this] { return !m_workspace->overview()->isRunning() && m_workspace->overview()->cellsDone() > 0; },
        30000));
    // The region's row counts its instances by readiness, each for the VPC it is linked to.
    QAbstractItemModel *model = tree->model();
    QModelIndex hangzhou;
    for (int row = 0; row < model->rowCount(model->index(0, 0)); ++row) {
        const QModelIndex region = model->index(row, 0, model->index(0, 0));
        if (region.data(OverviewModel::RegionRole).toString() == QLatin1String("cn-hangzhou"))
            hangzhou = region;
    }
    QVERIFY(hangzhou.isValid());
    QCOMPARE(model->headerData(OverviewModel::BlockedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Blocked"));
    QCOMPARE(hangzhou.siblingAtColumn(OverviewModel::BlockedColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(hangzhou.siblingAtColumn(OverviewModel::NeedPreparationColumn).data().toString(),
             QStringLiteral("18"));
    // Its Move to VPC view opens over the region, with every classic instance of it.
    tree->setCurrentIndex(hangzhou);
    QPushButton *move = nullptr;
    for (QPushButton *button : m_window->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Move to VPC…"))
            move = button;
    }
    QVERIFY(move);
    QVERIFY2(move->isEnabled(), qPrintable(tree->currentIndex().data(OverviewModel::RegionRole).toString()));
    move->click();
    ui::MoveDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (dialog = m_window->findChild<ui::MoveDialog *>()); }, 15000));
    QSignalSpy read(dialog, &ui::MoveDialog::readinessRead);
    QVERIFY(read.wait(15000));
    QCOMPARE(dialog->findChild<QTableWidget *>()->rowCount(), 21);
    QVERIFY2(summary(dialog).endsWith(QLatin1String("3 blocked.")), qPrintable(summary(dialog)));
}

void TestMove::inChinese()
{
    QAction *chinese = test::languageAction(m_window.get(), QStringLiteral("zh_CN"));
    QVERIFY(chinese);
    chinese->trigger();
    ui::MoveDialog *dialog = openView();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("迁移到 VPC"));
    QVERIFY2(summary(dialog).contains(QStringLiteral("需准备")), qPrintable(summary(dialog)));
    auto *table = dialog->findChild<QTableWidget *>();
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("需准备"));
    QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("交换机"));
    dialog->resize(1100, 700);
    QCoreApplication::processEvents(); // the block fields are shown in a queued call
    test::settleLayouts();
    QVERIFY(dialog->grab().save(QStringLiteral(SCREENSHOT_DIR "/move-to-vpc-zh_CN.png")));
    test::languageAction(m_window.get(), QStringLiteral("en"))->trigger();
}

QTEST_MAIN(TestMove)
#include "tst_move.moc"
