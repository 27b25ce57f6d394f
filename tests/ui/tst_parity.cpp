// One rule, one place: the same job through `classiclink` (in process) and through the desktop's window
// sends the same writes to the sandbox and refuses the same instances with the same words. Each scenario
// runs twice on a freshly reset sandbox, once per front end; a rule that one front end adds on its own
// changes what it sends or says, and fails the comparison.
#include "allowtrafficdialog.h"
#include "commandlinetool.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "messages.h"
#include "movedialog.h"
#include "preflightdialog.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "session/workspace.h"
#include "windowdriver.h"

#include <QAction>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace clm;

class TestParity final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void linkWithReadyAndRefusedInstances();
    void disableWithAndWithoutLinks();
    void allowTrafficWithSomeRulesThere();
    void allowTrafficSendsOneCallPerGroup();
    void revokeKeepsASharedClassicGroup();
    void unlinkOffersToRemoveTheRules();
    void prepareMoveSendsTheSameFromBoth();

private:
    struct Cli
    {
        int exitCode = -1;
        QString err;
        QString out;
    };
    // `classiclink ARGUMENTS` against the sandbox, in this process.
    Cli cli(const QStringList &arguments);
    // The sandbox as the fixture has it, after `setup` (classiclink command lines), with no write recorded.
    [[nodiscard]] bool prepare(const QList<QStringList> &setup);
    // The main window on the sandbox, loaded.
    [[nodiscard]] bool openWindow();
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QTableView *view(const char *name) const
    {
        return m_window->findChild<QTableView *>(QLatin1String(name));
    }
    [[nodiscard]] bool select(const QStringList &instances, const QString &vpc = {});
    // The writes since the last call, sorted (the two front ends may send in another order).
    QStringList writes();
    // The writes with each new security group's ID as the group it copies: the copies are made together,
    // so which gets which ID depends on the order their calls arrive in.
    QStringList copiesNamed(QStringList sent);
    // "id: reason" for every "ID: Not sent: reason" line of the command's stderr.
    static QStringList refusals(const QString &err);

    sandbox::SandboxServer m_server;
    QTemporaryDir m_logs;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<test::BatchWatch> m_batches;
};

void TestParity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClassicLinkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_parity"));
    QVERIFY(m_server.start());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "sandbox-admin");
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "sandbox-admin-secret");
    installTranslations(QStringLiteral("en"));
    ui::Messages::queueAnswers({}); // message boxes are answered by the test, warnings recorded
}

void TestParity::cleanup()
{
    m_window.reset();
    m_batches.reset();
    m_workspace.reset();
    m_network.reset();
    ui::Messages::takeWarnings();
    m_server.setFixture(sandbox::SandboxState::defaultFixture());
}

TestParity::Cli TestParity::cli(const QStringList &arguments)
{
    QString out, err, in;
    QTextStream outStream(&out), errStream(&err), inStream(&in);
    cli::CommandLineTool tool(outStream, errStream, inStream);
    tool.setBatchDirectory(m_logs.path());
    QSignalSpy finished(&tool, &cli::CommandLineTool::finished);
    tool.run(QStringList{QStringLiteral("classiclink"), QStringLiteral("--endpoint"),
                         m_server.baseUrl().toString(), QStringLiteral("--region"),
                         QStringLiteral("cn-hangzhou")} +
             arguments);
    if (finished.isEmpty() && !finished.wait(30000))
        return {};
    return Cli{finished.first().first().toInt(), err, out};
}

bool TestParity::prepare(const QList<QStringList> &setup)
{
    m_server.reset();
    for (const QStringList &arguments : setup) {
        const Cli done = cli(arguments);
        if (done.exitCode != 0) {
            qWarning("setup %s: %s", qPrintable(arguments.join(u' ')), qPrintable(done.err));
            return false;
        }
    }
    m_server.takeWrites();
    return true;
}

bool TestParity::openWindow()
{
    QSettings().clear();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_workspace = std::make_unique<Workspace>(m_network.get());
    m_batches = std::make_unique<test::BatchWatch>(m_workspace.get());
    m_window = std::make_unique<ui::MainWindow>(
        m_workspace.get(), nullptr, QList<Account>{test::sandboxAccount(m_server.baseUrl())}, nullptr);
    m_window->resize(1280, 800);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get()) &&
           QTest::qWaitFor(
               [this] { return m_workspace->hasInventory() && m_workspace->instances()->rowCount() > 0; },
               15000);
}

bool TestParity::select(const QStringList &instances, const QString &vpc)
{
    return (instances.isEmpty() ||
            test::selectRows(view("instanceView"), InstanceTableModel::InstanceIdRole, instances)) &&
           (vpc.isEmpty() || test::selectRows(view("vpcView"), VpcTableModel::VpcIdRole, {vpc}));
}

QStringList TestParity::writes()
{
    QStringList sent = m_server.takeWrites();
    sent.sort();
    return sent;
}

QStringList TestParity::copiesNamed(QStringList sent)
{
    static const QRegularExpression mark(QStringLiteral("\\[classiclink-move:([\\w-]+)\\]"));
    for (const sandbox::SecurityGroup &group : std::as_const(m_server.state().securityGroups)) {
        if (const QRegularExpressionMatch copy = mark.match(group.description); copy.hasMatch())
            sent.replaceInStrings(QRegularExpression(QStringLiteral("\\b%1\\b").arg(group.id)),
                                  QStringLiteral("copy-of-") + copy.captured(1));
    }
    sent.sort();
    return sent;
}

QStringList TestParity::refusals(const QString &err)
{
    QStringList found;
    for (const QString &line : err.split(u'\n')) {
        const qsizetype at = line.indexOf(QLatin1String(": Not sent: "));
        if (at > 0)
            found.append(line.left(at) + QStringLiteral(": ") + line.mid(at + 12));
    }
    found.sort();
    return found;
}

void TestParity::linkWithReadyAndRefusedInstances()
{
    const QStringList instances{QStringLiteral("i-running01"), QStringLiteral("i-locked01"),
                                QStringLiteral("i-linked01"), QStringLiteral("i-pending01")};
    QVERIFY(prepare({}));
    const Cli command = cli(
        QStringList{QStringLiteral("attach"), QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01")} +
        instances);
    QCOMPARE(command.exitCode, 1); // some were refused
    const QStringList cliWrites = writes();
    QCOMPARE(cliWrites.size(), 1);

    QVERIFY(prepare({}));
    QVERIFY(openWindow());
    QVERIFY(select(instances, QStringLiteral("vpc-classiclink01")));
    action("actionLink")->trigger();
    ui::PreflightDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (dialog = m_window->findChild<ui::PreflightDialog *>()); }));
    QStringList shown;
    for (const Refusal &refusal : dialog->plan().refused)
        shown.append(refusal.instanceId + QStringLiteral(": ") + refusal.reason);
    shown.sort();
    // The words for what will be sent: the dialog's and --dry-run's are the same.
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    const QString sends = summary.section(u'\n', -1);
    const Cli dry = cli(QStringList{QStringLiteral("--dry-run"), QStringLiteral("attach"),
                                    QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01")} +
                        dialog->plan().ready);
    QVERIFY2(sends.contains(QLatin1String("AttachClassicLinkVpc")), qPrintable(summary));
    QVERIFY2(dry.out.contains(sends), qPrintable(dry.out + u'|' + sends));
    dialog->accept();
    QVERIFY(m_batches->waitDone(1));
    QCOMPARE(shown, refusals(command.err));
    QCOMPARE(shown.size(), 3);
    QCOMPARE(writes(), cliWrites);
}

void TestParity::disableWithAndWithoutLinks()
{
    // With a link: refused before sending, with the same reason.
    QVERIFY(prepare({}));
    const Cli refused = cli({QStringLiteral("disable-classiclink"), QStringLiteral("vpc-classiclink02")});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(writes(), QStringList());
    QVERIFY(openWindow());
    QVERIFY(select({}, QStringLiteral("vpc-classiclink02")));
    QVERIFY(!action("actionDisable")->isEnabled());
    QVERIFY2(refused.err.contains(QLatin1String("Not sent: ") + action("actionDisable")->toolTip()),
             qPrintable(refused.err + u'|' + action("actionDisable")->toolTip()));
    cleanup();

    // Without: both send the same request.
    QVERIFY(prepare({}));
    QCOMPARE(cli({QStringLiteral("disable-classiclink"), QStringLiteral("vpc-classiclink01")}).exitCode, 0);
    const QStringList cliWrites = writes();
    QCOMPARE(cliWrites.size(), 1);
    QVERIFY(prepare({}));
    QVERIFY(openWindow());
    QVERIFY(select({}, QStringLiteral("vpc-classiclink01")));
    QVERIFY(action("actionDisable")->isEnabled());
    ui::Messages::queueAnswers({true});
    action("actionDisable")->trigger();
    QVERIFY(m_batches->waitDone(1));
    QCOMPARE(writes(), cliWrites);
}

void TestParity::allowTrafficWithSomeRulesThere()
{
    // Linked, with the rule into the VPC's group there already: only the way back is missing.
    const QList<QStringList> setup{
        {QStringLiteral("attach"), QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01"),
         QStringLiteral("i-running01"), QStringLiteral("i-running02")},
        {QStringLiteral("allow-traffic"), QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01"),
         QStringLiteral("--vpc-group"), QStringLiteral("sg-prod-app"), QStringLiteral("--direction"),
         QStringLiteral("to-vpc"), QStringLiteral("i-running01")}};
    const QStringList instances{QStringLiteral("i-running01"), QStringLiteral("i-running02"),
                                QStringLiteral("i-running03")}; // i-running03 is not linked
    QVERIFY(prepare(setup));
    const Cli command = cli(QStringList{QStringLiteral("allow-traffic"), QStringLiteral("--vpc"),
                                        QStringLiteral("vpc-classiclink01"), QStringLiteral("--vpc-group"),
                                        QStringLiteral("sg-prod-app")} +
                            instances);
    QCOMPARE(command.exitCode, 1); // i-running03 was refused
    QCOMPARE(refusals(command.err).size(), 1);
    const QStringList cliWrites = writes();
    QCOMPARE(cliWrites.size(), 1);

    QVERIFY(prepare(setup));
    QVERIFY(openWindow());
    QVERIFY(select(instances, QStringLiteral("vpc-classiclink01")));
    action("actionAllowTraffic")->trigger();
    ui::AllowTrafficDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (dialog = m_window->findChild<ui::AllowTrafficDialog *>()) && dialog->isReady(); }));
    // The instance the core refuses is shown in the dialog with the reason the command line prints.
    QStringList shown;
    for (const Refusal &refusal : dialog->refused())
        shown.append(refusal.instanceId + QStringLiteral(": ") + refusal.reason);
    QCOMPARE(shown, refusals(command.err));
    dialog->accept();
    QVERIFY(m_batches->waitDone(1));
    QCOMPARE(writes(), cliWrites);
}

void TestParity::allowTrafficSendsOneCallPerGroup()
{
    // 40 linked instances, each in a classic group of its own, and one VPC group: one call to the VPC's
    // group with the 40 rules into it, one to each classic group (41 writes, not 80), in the documented
    // Permissions.N form only; the same from both front ends.
    sandbox::GenerateSpec spec;
    spec.instances = 40;
    spec.vpcs = 1;
    spec.links = 40;
    spec.classicGroups = 40;
    m_server.setGenerated(spec);
    QStringList instances;
    for (int i = 0; i < 40; ++i)
        instances.append(QStringLiteral("i-gen%1").arg(i, 6, 10, QLatin1Char('0')));
    QVERIFY(prepare({}));
    const Cli command = cli(QStringList{QStringLiteral("allow-traffic"), QStringLiteral("--vpc"),
                                        QStringLiteral("vpc-gen00000"), QStringLiteral("--vpc-group"),
                                        QStringLiteral("sg-gen00000")} +
                            instances);
    QVERIFY2(command.exitCode == 0, qPrintable(command.err));
    const QStringList cliWrites = writes();
    QCOMPARE(cliWrites.size(), 41);
    const QStringList toVpc = cliWrites.filter(QStringLiteral(" SecurityGroupId=sg-gen00000"));
    QCOMPARE(toVpc.size(), 1);
    QCOMPARE(toVpc.first().count(QLatin1String(".SourceGroupId=sg-gen-classic")), 40);
    for (const QString &write : cliWrites) {
        for (const char *deprecated : {" IpProtocol=", " PortRange=", " SourceGroupId=", " Policy=",
                                       " NicType=", " Priority=", " Description=", " SourceCidrIp="})
            QVERIFY2(!write.contains(QLatin1String(deprecated)), qPrintable(write));
    }

    QVERIFY(prepare({}));
    QVERIFY(openWindow());
    QVERIFY(select(instances, QStringLiteral("vpc-gen00000")));
    action("actionAllowTraffic")->trigger();
    ui::AllowTrafficDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (dialog = m_window->findChild<ui::AllowTrafficDialog *>()) && dialog->isReady(); }));
    dialog->accept();
    QVERIFY(m_batches->waitDone(41)); // one operation per call
    QCOMPARE(writes(), cliWrites);
}

void TestParity::revokeKeepsASharedClassicGroup()
{
    // i-running03 is still linked and in the same classic group: the rules stay, nothing is sent.
    const QList<QStringList> setup{
        {QStringLiteral("attach"), QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01"),
         QStringLiteral("i-running01"), QStringLiteral("i-running03")},
        {QStringLiteral("allow-traffic"), QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01"),
         QStringLiteral("--vpc-group"), QStringLiteral("sg-prod-app"), QStringLiteral("i-running01"),
         QStringLiteral("i-running03")}};
    QVERIFY(prepare(setup));
    const Cli command = cli({QStringLiteral("revoke-traffic"), QStringLiteral("--vpc"),
                             QStringLiteral("vpc-classiclink01"), QStringLiteral("i-running01")});
    QCOMPARE(command.exitCode, 1);
    QCOMPARE(writes(), QStringList());

    QVERIFY(prepare(setup));
    QVERIFY(openWindow());
    QVERIFY(select({QStringLiteral("i-running01")}));
    QTRY_VERIFY(action("actionRemoveRules")->isEnabled());
    action("actionRemoveRules")->trigger();
    QStringList warnings;
    QTRY_VERIFY((warnings += ui::Messages::takeWarnings()).size() == 1);
    const QString reason = warnings.first().section(u'\n', 1);
    QVERIFY2(!reason.isEmpty() && command.err.contains(QLatin1String("Not sent: ") + reason),
             qPrintable(command.err + u'|' + warnings.first()));
    QCOMPARE(writes(), QStringList());
}

void TestParity::unlinkOffersToRemoveTheRules()
{
    // The last linked instance of its classic group: unlinking it offers to remove the rules, and the
    // user agrees. From the command line: revoke-traffic, then detach.
    const QList<QStringList> setup{{QStringLiteral("attach"), QStringLiteral("--vpc"),
                                    QStringLiteral("vpc-classiclink01"), QStringLiteral("i-running01")},
                                   {QStringLiteral("allow-traffic"), QStringLiteral("--vpc"),
                                    QStringLiteral("vpc-classiclink01"), QStringLiteral("--vpc-group"),
                                    QStringLiteral("sg-prod-app"), QStringLiteral("i-running01")}};
    QVERIFY(prepare(setup));
    QCOMPARE(cli({QStringLiteral("revoke-traffic"), QStringLiteral("--vpc"),
                  QStringLiteral("vpc-classiclink01"), QStringLiteral("i-running01")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("detach"), QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01"),
                  QStringLiteral("i-running01")})
                 .exitCode,
             0);
    const QStringList cliWrites = writes();
    QCOMPARE(cliWrites.size(), 3);

    QVERIFY(prepare(setup));
    QVERIFY(openWindow());
    QVERIFY(select({QStringLiteral("i-running01")}));
    ui::Messages::queueAnswers({true});
    QVERIFY(test::triggerAndAccept(m_window.get(), action("actionUnlink")));
    QVERIFY(m_batches->waitDone(3));
    QCOMPARE(writes(), cliWrites);
}

QTEST_MAIN(TestParity)
void TestParity::prepareMoveSendsTheSameFromBoth()
{
    // Preparing the move of four instances into staging: the words for every call (the view's preview and
    // --dry-run), the writes, and the instances left refused are the same from both front ends.
    const QStringList instances{QStringLiteral("i-running08"), QStringLiteral("i-stopped05"),
                                QStringLiteral("i-locked01"), QStringLiteral("i-linked01")};
    QVERIFY(prepare({}));
    const Cli dry = cli(QStringList{QStringLiteral("--dry-run"), QStringLiteral("prepare-move"),
                                    QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink02")} +
                        instances);
    QCOMPARE(dry.exitCode, 0);
    const Cli command = cli(QStringList{QStringLiteral("prepare-move"), QStringLiteral("--vpc"),
                                        QStringLiteral("vpc-classiclink02")} +
                            instances);
    QCOMPARE(command.exitCode, 1); // i-locked01 is refused a link
    const QStringList cliWrites = copiesNamed(writes());
    QVERIFY(cliWrites.size() > 5);

    QVERIFY(prepare({}));
    QVERIFY(openWindow());
    QVERIFY(select(instances, QStringLiteral("vpc-classiclink02")));
    action("actionMoveToVpc")->trigger();
    auto *view = m_window->findChild<ui::MoveDialog *>();
    QVERIFY(view);
    QSignalSpy read(view, &ui::MoveDialog::readinessRead);
    QVERIFY(read.wait(15000));
    // Every line of the preview, indented as --dry-run indents it.
    const QStringList preview = view->findChild<QPlainTextEdit *>()->toPlainText().split(u'\n');
    QVERIFY(preview.size() > 5);
    for (const QString &line : preview)
        QVERIFY2(dry.out.contains(QStringLiteral("  ") + line + u'\n'),
                 qPrintable(line + QStringLiteral(" | ") + dry.out));
    QVERIFY(preview.contains(
        QStringLiteral("Not linked: i-locked01: The instance is locked (Overdue payment).")));
    ui::Messages::queueAnswers({true});
    QSignalSpy prepared(view, &ui::MoveDialog::preparationFinished);
    view->findChildren<QPushButton *>().first()->click();
    QVERIFY(prepared.wait(60000));
    QCOMPARE(copiesNamed(writes()), cliWrites);
    delete view;
}

#include "tst_parity.moc"
