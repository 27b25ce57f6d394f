// The `classiclink` commands run in-process, against an in-process sandbox, through injected streams:
// what each prints, its exit code, and what reached the cloud (the sandbox's state and its operation log).
#include "cloud/preflight.h"
#include "commandlinetool.h"
#include "commandregistry.h"
#include "history/operationlog.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace clm;
using namespace clm::cli;

class TestCommands final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void helpAndManPageListEveryCommand();
    void instancesGoThroughTheInventory();
    void eachCommandReadsOnlyWhatItUses();
    void dryRunSaysWhatFollows();
    void attachRunsThePreflightFirst();
    void enableIsLoggedAndReadBack();
    void enableChecksTheVpcFirst();
    void trafficAndSecurityGroups();
    void allowAndRevokeTraffic();
    void revokeKeepsWhatAnotherLinkedInstanceNeeds();
    void partlyAppliedCallIsPrintedRuleByRule();
    void disableRefusesAVpcWithLinks();
    void readinessSaysWhatEachInstanceNeeds();
    void prepareMoveMakesWhatIsMissingOnce();
    void scanCostsOneRequestPerEmptyRegion();
    void scanSaysWhatItCouldNotRead();
    void trafficThatCannotBeReadIsNotKnown();
    void profilesKeepTheSecretInTheStore();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(QStringList arguments, const QString &input = {}, MemorySecretStore *secrets = nullptr);

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QTemporaryDir m_logs;
};

void TestCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "sandbox-admin");
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "sandbox-admin-secret");
    qputenv("ALIBABA_CLOUD_REGION_ID", "cn-hangzhou");
}

void TestCommands::init()
{
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_sandbox->start());
    openSettings()->clear();
}

TestCommands::Run TestCommands::run(QStringList arguments, const QString &input, MemorySecretStore *secrets)
{
    QString out, err, in = input;
    QTextStream outStream(&out), errStream(&err), inStream(&in);
    CommandLineTool tool(outStream, errStream, inStream);
    tool.setBatchDirectory(m_logs.path());
    if (secrets)
        tool.setAccountDirectory(std::make_unique<AccountDirectory>(secrets, openSettings()));
    QSignalSpy finished(&tool, &CommandLineTool::finished);
    if (!arguments.contains(QLatin1String("--endpoint")) && !arguments.contains(QLatin1String("profiles")))
        arguments = QStringList{QStringLiteral("--endpoint"), m_sandbox->baseUrl().toString()} + arguments;
    tool.run(QStringList{QStringLiteral("classiclink")} + arguments);
    if (finished.isEmpty() && !finished.wait(30000))
        return {};
    return Run{finished.first().first().toInt(), out, err};
}

void TestCommands::helpAndManPageListEveryCommand()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const Run man = run({QStringLiteral("--man-commands")});
    QVERIFY(man.out.startsWith(QLatin1String(".SH COMMANDS\n")));
    for (const auto &command : CommandRegistry::instance().commands()) {
        QVERIFY2(help.out.contains(QLatin1String("\n  ") + command->name()), qPrintable(command->name()));
        QVERIFY2(help.out.contains(command->summary().section(u' ', 0, 3)), qPrintable(command->name()));
        QVERIFY2(man.out.contains(QLatin1String(".B \"") +
                                  QString(command->name()).replace(u'-', QLatin1String("\\-"))),
                 qPrintable(command->name()));
        for (const QCommandLineOption &option : command->options())
            QVERIFY2(help.out.contains(QLatin1String("--") + option.names().first()),
                     qPrintable(option.names().first()));
    }
    QVERIFY(!help.out.contains(QLatin1String("man-commands")));
}

void TestCommands::instancesGoThroughTheInventory()
{
    m_sandbox->state().links.insert(QStringLiteral("i-running01"), QStringLiteral("vpc-classiclink01"));
    const Run r = run({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("instances"),
                       QStringLiteral("--status"), QStringLiteral("Running")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!rows.isEmpty());
    bool sawLink = false;
    for (const QJsonValue &row : rows) {
        QCOMPARE(row[QLatin1String("Status")].toString(), QStringLiteral("Running"));
        sawLink = sawLink || row[QLatin1String("LinkedVpc")].toString() == QLatin1String("vpc-classiclink01");
    }
    QVERIFY(sawLink);
    const Run vpcs = run({QStringLiteral("vpcs"), QStringLiteral("--classiclink-only")});
    QCOMPARE(vpcs.exitCode, 0);
    QVERIFY(vpcs.out.contains(QRegularExpression(QStringLiteral("vpc-classiclink01 .* enabled\\s+1\\n"))));
    QVERIFY(!vpcs.out.contains(QLatin1String("vpc-noclassiclink01")));
}

void TestCommands::eachCommandReadsOnlyWhatItUses()
{
    const auto attributeReads = [this](const QStringList &arguments, int exitCode = 0) {
        const int before = m_sandbox->requestCount(QStringLiteral("DescribeVpcAttribute"));
        const Run r = run(arguments);
        return r.exitCode == exitCode
                   ? m_sandbox->requestCount(QStringLiteral("DescribeVpcAttribute")) - before
                   : -1;
    };
    // instances and links print no ClassicLink flag: they read none.
    QCOMPARE(attributeReads({QStringLiteral("instances")}), 0);
    QCOMPARE(attributeReads(
                 {QStringLiteral("links"), QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink02")}),
             0);
    // vpcs prints every VPC's flag: a VPC with links has ClassicLink enabled (the cloud refuses to disable
    // it while instances are linked), so only the others are asked, and every flag is the cloud's.
    const QJsonArray listed =
        QJsonDocument::fromJson(
            run({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("vpcs")}).out.toUtf8())
            .array();
    qsizetype unlinked = 0;
    const auto &links = m_sandbox->state().links;
    for (const QJsonValue &row : listed) {
        const QJsonObject vpc = row.toObject();
        const QString id = vpc[QLatin1String("VpcId")].toString();
        unlinked += std::count(links.cbegin(), links.cend(), id) == 0;
        QVERIFY2(m_sandbox->state().vpc(id), qPrintable(id));
        QCOMPARE(vpc[QLatin1String("ClassicLink")].toBool(), m_sandbox->state().vpc(id)->classicLinkEnabled);
    }
    QVERIFY(unlinked > 1 && unlinked < listed.size());
    QCOMPARE(attributeReads({QStringLiteral("vpcs")}), unlinked);
    // A command about one VPC reads that VPC's alone, and not when instances are linked to it.
    QCOMPARE(attributeReads({QStringLiteral("attach"), QStringLiteral("--vpc"),
                             QStringLiteral("vpc-classiclink01"), QStringLiteral("i-running01")}),
             1);
    QCOMPARE(attributeReads({QStringLiteral("attach"), QStringLiteral("--vpc"),
                             QStringLiteral("vpc-classiclink02"), QStringLiteral("i-running02")}),
             0);
    // Detaching decides without the flag (an instance not linked there is refused), and the move's
    // commands read the target VPC once, through the move's own reader.
    QCOMPARE(attributeReads({QStringLiteral("detach"), QStringLiteral("--vpc"),
                             QStringLiteral("vpc-noclassiclink01"), QStringLiteral("i-running03")},
                            1),
             0);
    QCOMPARE(attributeReads({QStringLiteral("readiness"), QStringLiteral("--vpc"),
                             QStringLiteral("vpc-noclassiclink01"), QStringLiteral("i-running03")}),
             1);
    const Run dry = run({QStringLiteral("--dry-run"), QStringLiteral("instances")});
    QVERIFY2(!dry.out.contains(QLatin1String("DescribeVpcAttribute")), qPrintable(dry.out));
    QVERIFY2(dry.out.contains(QLatin1String("NextToken")), qPrintable(dry.out));
}

void TestCommands::dryRunSaysWhatFollows()
{
    const Run r = run({QStringLiteral("--dry-run"), QStringLiteral("vpcs")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("x-acs-action: DescribeVpcs")) ||
            r.out.contains(QLatin1String("DescribeVpcs")));
    QVERIFY(r.out.contains(QLatin1String("DescribeInstances")));
    QVERIFY(r.out.contains(QLatin1String("DescribeVpcAttribute: one per VPC that no instance is linked to")));
    QVERIFY(r.out.contains(QLatin1String("DescribeVpcs: every further page")));
    QVERIFY(m_sandbox->state().appliedWrites.isEmpty());
    QVERIFY(!r.err.contains(QLatin1String("not an Alibaba Cloud endpoint"))); // the sandbox, on this computer
    const Run elsewhere = run({QStringLiteral("--endpoint"), QStringLiteral("https://api.example.com/"),
                               QStringLiteral("--dry-run"), QStringLiteral("regions")});
    QCOMPARE(elsewhere.exitCode, 0);
    QVERIFY2(elsewhere.err.contains(
                 QLatin1String("sent to api.example.com, which is not an Alibaba Cloud endpoint")),
             qPrintable(elsewhere.err));
    const Run withUser = run({QStringLiteral("--endpoint"), QStringLiteral("https://me:pw@ecs.aliyuncs.com/"),
                              QStringLiteral("regions")});
    QCOMPARE(withUser.exitCode, int(ExitUsage));
    QVERIFY(withUser.err.contains(QLatin1String("a user name or password does not belong in it")));
    QVERIFY(!withUser.err.contains(QLatin1String("pw@")));
    const Run attach = run({QStringLiteral("--dry-run"), QStringLiteral("attach"), QStringLiteral("--vpc"),
                            QStringLiteral("vpc-classiclink01"), QStringLiteral("i-running01")});
    QCOMPARE(attach.exitCode, 0);
    QVERIFY(attach.out.contains(QLatin1String(
        "Sends AttachClassicLinkVpc once for each instance that passes the checks: i-running01.")));
    QVERIFY(!m_sandbox->state().links.contains(QStringLiteral("i-running01")));
}

void TestCommands::attachRunsThePreflightFirst()
{
    const Run r =
        run({QStringLiteral("attach"), QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01"),
             QStringLiteral("i-running01"), QStringLiteral("i-pending01"), QStringLiteral("i-nothere")});
    QCOMPARE(r.exitCode, int(ExitServiceError));
    QVERIFY2(
        r.out.contains(QRegularExpression(QStringLiteral("i-running01\\s+vpc-classiclink01\\s+Succeeded"))),
        qPrintable(r.out));
    QVERIFY(r.err.contains(QLatin1String("i-pending01: Not sent: The instance is Pending")));
    QVERIFY(r.err.contains(QLatin1String("i-nothere: Not sent: There is no classic instance with this ID")));
    QCOMPARE(m_sandbox->state().links.value(QStringLiteral("i-running01")),
             QStringLiteral("vpc-classiclink01"));
    QCOMPARE(m_sandbox->state().appliedWrites.value(QStringLiteral("AttachClassicLinkVpc i-pending01")), 0);
    // A write made with "call" goes past the preflight and the log, and says so.
    const Run call =
        run({QStringLiteral("call"), QStringLiteral("AttachClassicLinkVpc"),
             QStringLiteral("InstanceId=i-running02"), QStringLiteral("VpcId=vpc-classiclink01")});
    QCOMPARE(call.exitCode, 0);
    QVERIFY(call.err.contains(QLatin1String("is not logged and not read back")));
    // Only the ready instance was in the logged batch.
    const QStringList logs = QDir(m_logs.path()).entryList({QStringLiteral("*.log")});
    QVERIFY(!logs.isEmpty());
}

void TestCommands::enableIsLoggedAndReadBack()
{
    QDir(m_logs.path()).removeRecursively();
    QDir().mkpath(m_logs.path());
    // The answer is lost after the change was made: the command reads the VPC back instead of guessing.
    m_sandbox->addFault(*sandbox::FaultRule::parse(QStringLiteral("drop-after:EnableVpcClassicLink#1")));
    const Run r = run({QStringLiteral("enable-classiclink"), QStringLiteral("vpc-noclassiclink01")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("Succeeded (read back)")), qPrintable(r.out + r.err));
    QVERIFY(m_sandbox->state().vpc(QStringLiteral("vpc-noclassiclink01"))->classicLinkEnabled);
    const QStringList logs = QDir(m_logs.path()).entryList({QStringLiteral("*.log")});
    QCOMPARE(logs.size(), 1);
    const auto logged = OperationLog::read(QDir(m_logs.path()).filePath(logs.first()));
    QVERIFY(logged);
    QCOMPARE(logged->kind, OperationKind::EnableClassicLink);
    QCOMPARE(logged->action, QStringLiteral("EnableVpcClassicLink"));
    QVERIFY(!logged->isInterrupted());
    QVERIFY(logged->operations.first().settledByReadBack);
}

void TestCommands::profilesKeepTheSecretInTheStore()
{
    MemorySecretStore secrets;
    Run r =
        run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("ops"),
             QStringLiteral("--access-key-id"), QStringLiteral("sandbox-admin"), QStringLiteral("--endpoint"),
             m_sandbox->baseUrl().toString(), QStringLiteral("--region"), QStringLiteral("cn-hangzhou")},
            QStringLiteral("sandbox-admin-secret\n"), &secrets);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("ops")}, {}, &secrets);
    QVERIFY(r.out.contains(QLatin1String("stored in the keychain")));
    QVERIFY(!r.out.contains(QLatin1String("sandbox-admin-secret")));
    r = run({QStringLiteral("--profile"), QStringLiteral("ops"), QStringLiteral("regions")}, {}, &secrets);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("cn-hangzhou")));
    QFile settingsFile(openSettings()->fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray saved = settingsFile.readAll();
    QVERIFY(saved.contains("sandbox-admin"));
    QVERIFY(!saved.contains("sandbox-admin-secret"));
    r = run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("ops")}, {}, &secrets);
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("--profile"), QStringLiteral("ops"), QStringLiteral("regions")}, {}, &secrets);
    QCOMPARE(r.exitCode, int(ExitUsage));
    QVERIFY(r.err.contains(QLatin1String("There is no saved account named \"ops\"")));
}

void TestCommands::enableChecksTheVpcFirst()
{
    // A VPC that breaks a documented constraint is not sent, and the reason says what to do.
    for (const auto &[vpc, reason] :
         {std::pair{"vpc-routeconflict01", "custom route entry to 10.20.0.0/16"},
          std::pair{"vpc-tennet01", "Create a vSwitch in 10.111.0.0/16 first."}}) {
        const Run r = run({QStringLiteral("enable-classiclink"), QLatin1String(vpc)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("%1: Not sent: ").arg(QLatin1String(vpc))), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String(reason)), qPrintable(r.err));
    }
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("EnableVpcClassicLink")), 0);

    // 192.168.0.0/16 can be linked, with a note about the route each instance needs.
    const Run home = run({QStringLiteral("enable-classiclink"), QStringLiteral("vpc-home01")});
    QCOMPARE(home.exitCode, 0);
    QVERIFY2(home.err.contains(QLatin1String("Note: vpc-home01 uses 192.168.0.0/16")), qPrintable(home.err));
    QVERIFY(m_sandbox->state().vpc(QStringLiteral("vpc-home01"))->classicLinkEnabled);

    // --dry-run shows the reads of the check, and in words what follows.
    const Run dry = run(
        {QStringLiteral("--dry-run"), QStringLiteral("enable-classiclink"), QStringLiteral("vpc-tennet01")});
    QCOMPARE(dry.exitCode, 0);
    for (const char *action : {"DescribeVpcAttribute", "DescribeVSwitches", "DescribeRouteTableList",
                               "DescribeRouteEntryList", "Sends EnableVpcClassicLink for vpc-tennet01 when"})
        QVERIFY2(dry.out.contains(QLatin1String(action)), action);
}

void TestCommands::trafficAndSecurityGroups()
{
    const auto rows = [](const QString &json) {
        QHash<QString, QJsonObject> byFirstKey;
        for (const QJsonValue &row : QJsonDocument::fromJson(json.toUtf8()).array()) {
            const QJsonObject object = row.toObject();
            byFirstKey.insert(object.value(QLatin1String("InstanceId")).toString() +
                                  object.value(QLatin1String("SecurityGroupId")).toString(),
                              object);
        }
        return byFirstKey;
    };
    // instances says, for each linked instance, whether its security groups let traffic through.
    const Run instances =
        run({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("instances")});
    QCOMPARE(instances.exitCode, 0);
    const auto listed = rows(instances.out);
    const auto traffic = [&listed](const char *id) {
        return listed.value(QLatin1String(id)).value(QLatin1String("Traffic"));
    };
    // JSON carries stable codes and types: null where there is nothing to say, arrays for lists.
    QCOMPARE(traffic("i-linked01"), QJsonValue(QStringLiteral("Both")));
    QCOMPARE(traffic("i-fulllink01"), QJsonValue(QStringLiteral("ToVpc")));
    QCOMPARE(traffic("i-running01"), QJsonValue(QJsonValue::Null));
    QVERIFY(listed.contains(QStringLiteral("i-running01")));
    const QJsonObject running = listed.value(QStringLiteral("i-running01"));
    QCOMPARE(running.value(QLatin1String("LinkedVpc")), QJsonValue(QJsonValue::Null));
    QCOMPARE(running.value(QLatin1String("Locks")), QJsonValue(QJsonArray()));
    QCOMPARE(running.value(QLatin1String("PrivateIp")), QJsonValue(QJsonArray{QStringLiteral("10.80.1.11")}));
    QCOMPARE(listed.value(QStringLiteral("i-locked01")).value(QLatin1String("Locks")),
             QJsonValue(QJsonArray{QStringLiteral("financial")}));
    // The text table and CSV keep the words.
    const Run csv = run({QStringLiteral("--output"), QStringLiteral("csv"), QStringLiteral("instances")});
    QVERIFY2(csv.out.contains(QLatin1String(",vpc-classiclink02,Both ways,")), qPrintable(csv.out));
    // vpcs: a boolean and a number.
    const Run vpcs = run({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("vpcs")});
    const QJsonObject first = QJsonDocument::fromJson(vpcs.out.toUtf8()).array().first().toObject();
    QVERIFY(first.value(QLatin1String("ClassicLink")).isBool());
    QVERIFY(first.value(QLatin1String("LinkedInstances")).isDouble());

    // security-groups lists a VPC's groups with their rules.
    const Run groups =
        run({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("security-groups"),
             QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink02")});
    QCOMPARE(groups.exitCode, 0);
    const auto staging = rows(groups.out);
    QCOMPARE(staging.size(), 1);
    const QJsonObject rule = staging.value(QStringLiteral("sg-staging-app"));
    QCOMPARE(rule.value(QLatin1String("Source")).toString(), QStringLiteral("sg-classic-linked"));
    QCOMPARE(rule.value(QLatin1String("IpProtocol")).toString(), QStringLiteral("ALL"));
    QCOMPARE(rule.value(QLatin1String("Description")).toString(), QStringLiteral("ClassicLink to staging"));

    const Run dry = run({QStringLiteral("--dry-run"), QStringLiteral("instances")});
    QVERIFY2(dry.out.contains(QLatin1String("DescribeSecurityGroupAttribute")), qPrintable(dry.out));
}

void TestCommands::allowAndRevokeTraffic()
{
    const auto json = [](const QString &out) {
        return QJsonDocument::fromJson(out.toUtf8()).array();
    };
    QCOMPARE(run({QStringLiteral("attach"), QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01"),
                  QStringLiteral("i-running03")})
                 .exitCode,
             0);
    const QStringList allow{QStringLiteral("--output"),
                            QStringLiteral("json"),
                            QStringLiteral("allow-traffic"),
                            QStringLiteral("--vpc"),
                            QStringLiteral("vpc-classiclink01"),
                            QStringLiteral("--vpc-group"),
                            QStringLiteral("sg-prod-app"),
                            QStringLiteral("--ports"),
                            QStringLiteral("443"),
                            QStringLiteral("--description"),
                            QStringLiteral("web tier"),
                            QStringLiteral("i-running03")};

    // --dry-run says every request, and sends none.
    const Run dry = run(QStringList{QStringLiteral("--dry-run")} + allow);
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains(QLatin1String("DescribeSecurityGroupAttribute")) &&
                 dry.out.contains(QLatin1String("AuthorizeSecurityGroup")),
             qPrintable(dry.out));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("AuthorizeSecurityGroup")), 0);

    // Both ways: one rule in the VPC group, one in the instance's classic group.
    const Run added = run(allow);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QJsonArray rows = json(added.out);
    QCOMPARE(rows.size(), 2);
    QSet<QString> groups;
    for (const QJsonValue &row : rows) {
        QCOMPARE(row[QLatin1String("Result")].toString(), QStringLiteral("Succeeded"));
        QCOMPARE(row[QLatin1String("PortRange")].toString(), QStringLiteral("443/443"));
        groups.insert(row[QLatin1String("SecurityGroupId")].toString());
    }
    QCOMPARE(groups,
             (QSet<QString>{QStringLiteral("sg-prod-app"), QStringLiteral("sg-cn-hangzhou-default")}));
    for (const sandbox::SecurityGroup &group : m_sandbox->state().securityGroups) {
        if (group.id == QLatin1String("sg-prod-app")) {
            QCOMPARE(group.rules.size(), 1);
            QCOMPARE(group.rules.first().description, QStringLiteral("ClassicLink Manager: web tier"));
            QCOMPARE(group.rules.first().nicType, QStringLiteral("intranet"));
        }
    }
    // links and instances show the traffic state.
    const Run links = run({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("links"),
                           QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01")});
    QCOMPARE(json(links.out).first()[QLatin1String("Traffic")].toString(), QStringLiteral("Both"));
    // Again: every rule is there, nothing is sent.
    const Run again = run(allow);
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.err.contains(QLatin1String("Every rule is already there")));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("AuthorizeSecurityGroup")), 2);
    // security-groups --instance: the instance's classic group with the rule just added.
    const Run own =
        run({QStringLiteral("security-groups"), QStringLiteral("--instance"), QStringLiteral("i-running03")});
    QVERIFY2(own.out.contains(QRegularExpression(QStringLiteral("sg-cn-hangzhou-default .*sg-prod-app"))),
             qPrintable(own.out));

    // What cannot be sent is said before anything is.
    const Run badGroup =
        run({QStringLiteral("allow-traffic"), QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01"),
             QStringLiteral("--vpc-group"), QStringLiteral("sg-staging-app"), QStringLiteral("i-running03")});
    QCOMPARE(badGroup.exitCode, 1);
    QVERIFY2(
        badGroup.err.contains(QLatin1String("sg-staging-app is not a security group of vpc-classiclink01")),
        qPrintable(badGroup.err));
    const Run notLinked =
        run({QStringLiteral("allow-traffic"), QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01"),
             QStringLiteral("--vpc-group"), QStringLiteral("sg-prod-app"), QStringLiteral("i-running04")});
    QCOMPARE(notLinked.exitCode, 1);
    QVERIFY(notLinked.err.contains(QLatin1String("i-running04 is not linked to a VPC")));
    const Run badPorts =
        run({QStringLiteral("allow-traffic"), QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01"),
             QStringLiteral("--vpc-group"), QStringLiteral("sg-prod-app"), QStringLiteral("--ports"),
             QStringLiteral("0/70000"), QStringLiteral("i-running03")});
    QCOMPARE(badPorts.exitCode, 2);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("AuthorizeSecurityGroup")), 2);

    // revoke-traffic takes back what the app added, and only that.
    const Run revoked =
        run({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("revoke-traffic"),
             QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01"), QStringLiteral("i-running03")});
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
    QCOMPARE(json(revoked.out).size(), 2);
    const Run after = run({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("links"),
                           QStringLiteral("--instance"), QStringLiteral("i-running03")});
    QCOMPARE(json(after.out).first()[QLatin1String("Traffic")].toString(), QStringLiteral("None"));
    const Run nothing = run({QStringLiteral("revoke-traffic"), QStringLiteral("--vpc"),
                             QStringLiteral("vpc-classiclink02"), QStringLiteral("i-linked01")});
    QCOMPARE(nothing.exitCode, 0);
    QVERIFY2(nothing.err.contains(QLatin1String("There is no rule that ClassicLink Manager added for these "
                                                "instances.\nNothing was sent.")),
             qPrintable(nothing.err));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("RevokeSecurityGroup")), 2);
}

void TestCommands::partlyAppliedCallIsPrintedRuleByRule()
{
    // Two linked instances, each in a classic group of its own: one call adds both rules into the VPC's
    // group. The sandbox applies the first, then drops the connection.
    sandbox::GenerateSpec spec;
    spec.instances = 2;
    spec.vpcs = 1;
    spec.links = 2;
    spec.classicGroups = 2;
    m_sandbox->setGenerated(spec);
    m_sandbox->addFault(*sandbox::FaultRule::parse(QStringLiteral("partial:AuthorizeSecurityGroup#1")));
    const QStringList allow{
        QStringLiteral("--region"),    QStringLiteral("cn-hangzhou"),  QStringLiteral("allow-traffic"),
        QStringLiteral("--vpc"),       QStringLiteral("vpc-gen00000"), QStringLiteral("--vpc-group"),
        QStringLiteral("sg-gen00000"), QStringLiteral("--direction"),  QStringLiteral("to-vpc"),
        QStringLiteral("i-gen000000"), QStringLiteral("i-gen000001")};
    const Run partly = run(allow);
    QVERIFY2(partly.exitCode != 0, qPrintable(partly.out));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("AuthorizeSecurityGroup")), 1);
    // Rule by rule: the first took effect, the second did not.
    const QStringList rows = partly.out.split(u'\n').filter(QStringLiteral("sg-gen00000"));
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.at(0).contains(QLatin1String("sg-gen-classic0")) &&
                 rows.at(0).contains(QLatin1String(" Done")),
             qPrintable(partly.out));
    QVERIFY2(rows.at(1).contains(QLatin1String("sg-gen-classic1")) &&
                 rows.at(1).contains(QLatin1String("Not done")),
             qPrintable(partly.out));
    QVERIFY2(partly.err.contains(QLatin1String("Only 1 of 2 rules took effect")), qPrintable(partly.err));
    // Again: only the missing rule is sent.
    m_sandbox->clearFaults();
    m_sandbox->takeWrites();
    const Run rest = run(allow);
    QVERIFY2(rest.exitCode == 0, qPrintable(rest.err));
    const QStringList sent = m_sandbox->takeWrites();
    QCOMPARE(sent.size(), 1);
    QVERIFY2(sent.first().contains(QLatin1String("Permissions.1.SourceGroupId=sg-gen-classic1")) &&
                 !sent.first().contains(QLatin1String("Permissions.2.")),
             qPrintable(sent.first()));
}

void TestCommands::revokeKeepsWhatAnotherLinkedInstanceNeeds()
{
    // i-running01 and i-running03 share the classic group sg-cn-hangzhou-default: revoking for one must not
    // cut the other off (the rule is the core's, TrafficRules::removal, as in the window).
    const auto traffic = [this](const char *instance) {
        const Run links = run({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("links"),
                               QStringLiteral("--instance"), QLatin1String(instance)});
        return QJsonDocument::fromJson(links.out.toUtf8())
            .array()
            .first()[QLatin1String("Traffic")]
            .toString();
    };
    const QStringList both{QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01"),
                           QStringLiteral("i-running01"), QStringLiteral("i-running03")};
    QCOMPARE(run(QStringList{QStringLiteral("attach")} + both).exitCode, 0);
    QCOMPARE(run(QStringList{QStringLiteral("allow-traffic"), QStringLiteral("--vpc-group"),
                             QStringLiteral("sg-prod-app")} +
                 both)
                 .exitCode,
             0);
    QCOMPARE(traffic("i-running03"), QStringLiteral("Both"));
    const int revokesBefore = m_sandbox->requestCount(QStringLiteral("RevokeSecurityGroup"));

    const Run revoke = run({QStringLiteral("revoke-traffic"), QStringLiteral("--vpc"),
                            QStringLiteral("vpc-classiclink01"), QStringLiteral("i-running01")});
    QCOMPARE(revoke.exitCode, 1);
    QVERIFY2(
        revoke.err.contains(QLatin1String("Not sent: There is no rule that ClassicLink Manager added for "
                                          "these instances alone")),
        qPrintable(revoke.err));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("RevokeSecurityGroup")), revokesBefore);
    QCOMPARE(traffic("i-running03"), QStringLiteral("Both"));
    QCOMPARE(traffic("i-running01"), QStringLiteral("Both"));

    // Once the other one is unlinked, the rules may go.
    QCOMPARE(run({QStringLiteral("detach"), QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01"),
                  QStringLiteral("i-running03")})
                 .exitCode,
             0);
    const Run last = run({QStringLiteral("revoke-traffic"), QStringLiteral("--vpc"),
                          QStringLiteral("vpc-classiclink01"), QStringLiteral("i-running01")});
    QVERIFY2(last.exitCode == 0, qPrintable(last.err));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("RevokeSecurityGroup")), revokesBefore + 2);
    QCOMPARE(traffic("i-running01"), QStringLiteral("None"));
}

void TestCommands::disableRefusesAVpcWithLinks()
{
    // vpc-classiclink02 has linked instances: the window offers no Disable, and the CLI sends nothing.
    const Run refused = run({QStringLiteral("disable-classiclink"), QStringLiteral("vpc-classiclink02")});
    QCOMPARE(refused.exitCode, 1);
    // The window's sentence (Preflight::disableRefusal, its Disable action's tooltip) for the same VPC.
    Vpc linked;
    linked.id = QStringLiteral("vpc-classiclink02");
    linked.classicLinkEnabled = true;
    const QHash<QString, QString> &links = m_sandbox->state().links;
    linked.linkCount = int(std::count(links.cbegin(), links.cend(), linked.id));
    QVERIFY(linked.linkCount > 0);
    QVERIFY2(refused.err.contains(QStringLiteral("Not sent: %1").arg(Preflight::disableRefusal(linked))),
             qPrintable(refused.err));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("DisableVpcClassicLink")), 0);
    QVERIFY(m_sandbox->state().vpc(QStringLiteral("vpc-classiclink02"))->classicLinkEnabled);

    // Without links it is sent.
    const Run off = run({QStringLiteral("disable-classiclink"), QStringLiteral("vpc-classiclink01")});
    QVERIFY2(off.exitCode == 0, qPrintable(off.err));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("DisableVpcClassicLink")), 1);
}

// The move planner through the CLI on the built-in fixture: staging's only vSwitch (zone b) has two free
// addresses, and the web and database groups reference each other and a partner account's group.
void TestCommands::readinessSaysWhatEachInstanceNeeds()
{
    const QStringList ask{QStringLiteral("--output"),          QStringLiteral("json"),
                          QStringLiteral("readiness"),         QStringLiteral("--vpc"),
                          QStringLiteral("vpc-classiclink02"), QStringLiteral("i-running08"),
                          QStringLiteral("i-stopped05"),       QStringLiteral("i-locked01"),
                          QStringLiteral("i-linked01")};
    Run r = run(ask);
    QCOMPARE(r.exitCode, 0);
    QHash<QString, QJsonObject> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(r.out.toUtf8()).array())
        rows.insert(row[QLatin1String("InstanceId")].toString(), row.toObject());
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[QStringLiteral("i-locked01")][QLatin1String("Readiness")].toString(),
             QStringLiteral("Blocked"));
    // Zone g has no vSwitch; zone b has room for the two unblocked instances there, counted together.
    QCOMPARE(rows[QStringLiteral("i-running08")][QLatin1String("VSwitchId")], QJsonValue());
    QVERIFY(rows[QStringLiteral("i-running08")][QLatin1String("Needs")].toArray().contains(
        QStringLiteral("A vSwitch in zone cn-hangzhou-g with enough free addresses")));
    QCOMPARE(rows[QStringLiteral("i-running08")][QLatin1String("DiskGiB")].toInt(), 240);
    QCOMPARE(rows[QStringLiteral("i-stopped05")][QLatin1String("VSwitchId")].toString(),
             QStringLiteral("vsw-staging-b"));
    QCOMPARE(rows[QStringLiteral("i-stopped05")][QLatin1String("Readiness")].toString(),
             QStringLiteral("NeedsPreparation"));
    // i-linked01 is already linked to staging: it needs no link, only its group's copy.
    const QJsonArray linkedNeeds = rows[QStringLiteral("i-linked01")][QLatin1String("Needs")].toArray();
    QVERIFY(!linkedNeeds.contains(QStringLiteral("A ClassicLink link to vpc-classiclink02")));
    QVERIFY(linkedNeeds.contains(QStringLiteral("A copy of security group sg-classic-linked in the VPC")));
    // Nothing dropped silently: the partner account's rule is named with the instance whose group has it.
    const QJsonArray cannotCarry =
        rows[QStringLiteral("i-running08")][QLatin1String("CannotCarry")].toArray();
    QCOMPARE(cannotCarry.size(), 1);
    QVERIFY2(cannotCarry.first().toString().contains(
                 QLatin1String("sg-partner-monitor of account 1234567890123456")),
             qPrintable(cannotCarry.first().toString()));
    QVERIFY(
        rows[QStringLiteral("i-running08")][QLatin1String("Changes")].toArray().first().toString().contains(
            QLatin1String("15 minutes")));

    // A third instance in zone b: two free addresses are no longer enough for any of them.
    r = run(QStringList(ask) << QStringLiteral("i-stopped01"));
    QCOMPARE(r.exitCode, 0);
    rows.clear();
    for (const QJsonValue &row : QJsonDocument::fromJson(r.out.toUtf8()).array())
        rows.insert(row[QLatin1String("InstanceId")].toString(), row.toObject());
    QCOMPARE(rows.size(), 5);
    for (const QString &id :
         {QStringLiteral("i-stopped05"), QStringLiteral("i-linked01"), QStringLiteral("i-stopped01")}) {
        QVERIFY2(rows[id][QLatin1String("VSwitchId")].isNull(), qPrintable(id));
        QVERIFY2(rows[id][QLatin1String("Needs")].toArray().contains(
                     QStringLiteral("A vSwitch in zone cn-hangzhou-b with enough free addresses")),
                 qPrintable(id));
    }
    QVERIFY(m_sandbox->state().appliedWrites.isEmpty()); // reading only

    const Run dry = run({QStringLiteral("--dry-run"), QStringLiteral("readiness"), QStringLiteral("--vpc"),
                         QStringLiteral("vpc-classiclink02")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains(QLatin1String("DescribeDisks")), qPrintable(dry.out));
    const Run unknown = run({QStringLiteral("readiness"), QStringLiteral("--vpc"),
                             QStringLiteral("vpc-classiclink02"), QStringLiteral("i-nosuch")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QLatin1String("i-nosuch is not a classic instance of cn-hangzhou")),
             qPrintable(unknown.err));

    // The hand-off for the console, in the view's Markdown and CSV forms (both from MoveHandOff).
    const QStringList handoff{QStringLiteral("readiness"), QStringLiteral("--vpc"),
                              QStringLiteral("vpc-classiclink02"), QStringLiteral("i-running08"),
                              QStringLiteral("--handoff")};
    const Run markdown = run(QStringList(handoff) << QStringLiteral("markdown"));
    QCOMPARE(markdown.exitCode, 0);
    QVERIFY2(markdown.out.startsWith(QLatin1String("# Move to vpc-classiclink02 (cn-hangzhou)")),
             qPrintable(markdown.out));
    QVERIFY(markdown.out.contains(QLatin1String("| i-running08 | cn-hangzhou-g |")));
    const Run csv = run(QStringList(handoff) << QStringLiteral("csv"));
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.first().startsWith(QLatin1String("Region,VpcId,InstanceId,ZoneId,Readiness,")));
    QVERIFY(
        lines.last().startsWith(QLatin1String("cn-hangzhou,vpc-classiclink02,i-running08,cn-hangzhou-g,")));
    QCOMPARE(run(QStringList(handoff) << QStringLiteral("pdf")).exitCode, 2);
}

void TestCommands::prepareMoveMakesWhatIsMissingOnce()
{
    const QStringList prepare{QStringLiteral("--output"),          QStringLiteral("json"),
                              QStringLiteral("prepare-move"),      QStringLiteral("--vpc"),
                              QStringLiteral("vpc-classiclink02"), QStringLiteral("i-running08"),
                              QStringLiteral("i-stopped05"),       QStringLiteral("i-stopped01"),
                              QStringLiteral("i-linked01")};
    // --dry-run reads, and names every call it would make; it writes nothing.
    const Run dry = run(QStringList{QStringLiteral("--dry-run")} + prepare);
    QCOMPARE(dry.exitCode, 0);
    for (const char *call :
         {"CreateVSwitch 192.168.1.0/28 in cn-hangzhou-b", "CreateVSwitch 192.168.1.16/28 in cn-hangzhou-g",
          "CreateSecurityGroup copy of sg-classic-web in vpc-classiclink02",
          "CreateSecurityGroup copy of sg-classic-db", "AttachClassicLinkVpc i-running08",
          "AuthorizeSecurityGroup sg-classic-web ← <copy of sg-classic-web> · all traffic"})
        QVERIFY2(dry.out.contains(QString::fromUtf8(call)),
                 qPrintable(QString::fromUtf8(call) + u'\n' + dry.out));
    QVERIFY2(!dry.out.contains(QLatin1String("AttachClassicLinkVpc i-linked01")), qPrintable(dry.out));
    QVERIFY(m_sandbox->state().appliedWrites.isEmpty());
    // A block of the user's that overlaps a vSwitch is refused before it is sent, with why; the other zone
    // gets its vSwitch.
    const Run overlap =
        run(QStringList(prepare) << QStringLiteral("--vswitches") << QStringLiteral("--vswitch-cidr")
                                 << QStringLiteral("cn-hangzhou-b=192.168.0.128/25"));
    QCOMPARE(overlap.exitCode, 1);
    QVERIFY2(overlap.err.contains(QLatin1String("192.168.0.128/25 overlaps the block 192.168.0.0/24")),
             qPrintable(overlap.err));
    QCOMPARE(m_sandbox->state().appliedWrites.value(QStringLiteral("CreateVSwitch vpc-classiclink02")), 1);

    const Run r = run(prepare);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QHash<QString, int> calls;
    QHash<QString, QString> copies; // classic group -> its copy
    for (const QJsonValue &row : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        QCOMPARE(row[QLatin1String("Result")].toString(), QStringLiteral("succeeded"));
        ++calls[row[QLatin1String("Action")].toString()];
        const QString target = row[QLatin1String("Target")].toString();
        if (target.startsWith(QLatin1String("copy of ")))
            copies.insert(target.section(u' ', 2, 2), row[QLatin1String("Created")].toString());
    }
    QCOMPARE(calls.value(QStringLiteral("CreateVSwitch")), 1); // zone g's came with the run before
    QCOMPARE(calls.value(QStringLiteral("CreateSecurityGroup")), 4);
    QCOMPARE(calls.value(QStringLiteral("AuthorizeSecurityGroupEgress")), 1);
    QCOMPARE(calls.value(QStringLiteral("AttachClassicLinkVpc")), 3); // i-linked01 already is
    // The web group's rule letting the db group in now lets the db group's copy into the web group's copy,
    // and each classic group and its copy let each other in.
    const sandbox::SecurityGroup *webCopy =
        m_sandbox->state().securityGroup(copies.value(QStringLiteral("sg-classic-web")));
    QVERIFY(webCopy);
    QCOMPARE(webCopy->vpcId, QStringLiteral("vpc-classiclink02"));
    const auto lets = [](const sandbox::SecurityGroup *group, const QString &peer) {
        return std::any_of(
            group->rules.cbegin(), group->rules.cend(), [&peer](const sandbox::SecurityRule &rule) {
                return rule.direction == QLatin1String("ingress") && rule.sourceGroupId == peer;
            });
    };
    QVERIFY(lets(webCopy, copies.value(QStringLiteral("sg-classic-db"))));
    QVERIFY(lets(webCopy, QStringLiteral("sg-classic-web")));
    QVERIFY(lets(m_sandbox->state().securityGroup(QStringLiteral("sg-classic-web")), webCopy->id));

    // Every instance is now ready; a rerun finds everything by its mark and block and sends nothing.
    const Run ready =
        run({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("readiness"),
             QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink02"), QStringLiteral("i-running08"),
             QStringLiteral("i-stopped05"), QStringLiteral("i-stopped01"), QStringLiteral("i-linked01")});
    QCOMPARE(ready.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(ready.out.toUtf8()).array().size(), 4);
    for (const QJsonValue &row : QJsonDocument::fromJson(ready.out.toUtf8()).array())
        QVERIFY2(row[QLatin1String("Readiness")].toString() == QLatin1String("Ready"),
                 QJsonDocument(row.toObject()).toJson().constData());
    const QHash<QString, int> applied = m_sandbox->state().appliedWrites;
    const Run again = run(prepare);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).array().size(), 0);
    QCOMPARE(m_sandbox->state().appliedWrites, applied);
    // An instance the link preflight refuses is named, with why, and the run says it did not do all.
    const Run locked =
        run({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("prepare-move"),
             QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink02"), QStringLiteral("--traffic"),
             QStringLiteral("i-locked01")});
    QCOMPARE(locked.exitCode, 1);
    const QJsonArray lockedRows = QJsonDocument::fromJson(locked.out.toUtf8()).array();
    QVERIFY2(lockedRows.size() >= 1 && lockedRows.first()[QLatin1String("Result")].toString().startsWith(
                                           QLatin1String("Not sent: ")),
             qPrintable(locked.out));
    // The overview counts them as ready, each for the VPC it is linked to.
    const Run scan = run({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("scan"),
                          QStringLiteral("--regions"), QStringLiteral("cn-hangzhou")});
    QCOMPARE(QJsonDocument::fromJson(scan.out.toUtf8()).array().first()[QLatin1String("ReadyToMove")],
             QJsonValue(4));
}

void TestCommands::scanCostsOneRequestPerEmptyRegion()
{
    const Run scan = run({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("scan")});
    QVERIFY2(scan.exitCode == 0, qPrintable(scan.err));
    QHash<QString, QJsonObject> byRegion;
    for (const QJsonValue &row : QJsonDocument::fromJson(scan.out.toUtf8()).array())
        byRegion.insert(row[QLatin1String("Region")].toString(), row.toObject());
    // Every region of DescribeRegions, and the account's total.
    QCOMPARE(byRegion.size(), 6);
    QCOMPARE(byRegion.value(QStringLiteral("cn-hangzhou")).value(QLatin1String("Classic")), QJsonValue(21));
    QCOMPARE(byRegion.value(QStringLiteral("cn-hangzhou")).value(QLatin1String("Linked")), QJsonValue(2));
    QCOMPARE(byRegion.value(QStringLiteral("cn-hangzhou")).value(QLatin1String("TrafficBothWays")),
             QJsonValue(1));
    // Readiness for the VPC each is linked to: the unlinked ones need a link at least; three are blocked.
    QCOMPARE(byRegion.value(QStringLiteral("cn-hangzhou")).value(QLatin1String("ReadyToMove")),
             QJsonValue(0));
    QCOMPARE(byRegion.value(QStringLiteral("cn-hangzhou")).value(QLatin1String("NeedPreparation")),
             QJsonValue(18));
    QCOMPARE(byRegion.value(QStringLiteral("cn-hangzhou")).value(QLatin1String("BlockedFromMoving")),
             QJsonValue(3));
    // None is an explicit zero, read.
    QCOMPARE(byRegion.value(QStringLiteral("ap-southeast-1")).value(QLatin1String("Classic")), QJsonValue(0));
    QCOMPARE(byRegion.value(QStringLiteral("ap-southeast-1")).value(QLatin1String("Read")), QJsonValue(true));
    QCOMPARE(byRegion.value(QStringLiteral("*")).value(QLatin1String("Classic")), QJsonValue(24));
    // One request for each of the five regions, a DryRun for each of the two without classic instances
    // (an empty list may only mean "not allowed to see"), then the pages of the three that have some; only
    // those are loaded in full.
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("DescribeInstances")), 5 + 2 + 3);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("DescribeVpcs")), 3);

    // CSV: one row per classic instance.
    const Run csv = run({QStringLiteral("--output"), QStringLiteral("csv"), QStringLiteral("scan"),
                         QStringLiteral("--regions"), QStringLiteral("cn-hangzhou")});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 21);
    QCOMPARE(lines.first(),
             QStringLiteral("Account,Region,Zone,InstanceId,Name,Status,PrivateIp,LinkedVpc,Locks,Traffic"));
    QVERIFY(lines.contains(QStringLiteral("sandbox-admin,cn-hangzhou,cn-hangzhou-b,i-linked01,already-linked,"
                                          "Running,10.80.3.13,vpc-classiclink02,,both")));
}

void TestCommands::trafficThatCannotBeReadIsNotKnown()
{
    // The security groups cannot be read (past every retry): instances, links and scan still show what
    // they read, and the traffic as not known (null in JSON), say why, and exit non-zero. One policy, in
    // the core (Traffic::settled), as in the window.
    m_sandbox->state().links.insert(QStringLiteral("i-running01"), QStringLiteral("vpc-classiclink01"));
    m_sandbox->addFault(*sandbox::FaultRule::parse(QStringLiteral("internal-error:DescribeSecurityGroups")));
    const auto trafficOf = [](const QString &out, const QString &instance) {
        for (const QJsonValue &row : QJsonDocument::fromJson(out.toUtf8()).array()) {
            if (row[QLatin1String("InstanceId")].toString() == instance)
                return row[QLatin1String("Traffic")];
        }
        return QJsonValue(QJsonValue::Undefined);
    };
    const Run instances =
        run({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("instances")});
    QCOMPARE(instances.exitCode, int(ExitServiceError));
    QCOMPARE(trafficOf(instances.out, QStringLiteral("i-running01")), QJsonValue(QJsonValue::Null));
    QVERIFY2(QJsonDocument::fromJson(instances.out.toUtf8()).array().size() > 10, qPrintable(instances.out));
    QVERIFY2(instances.err.contains(QLatin1String("InternalError")), qPrintable(instances.err));
    const Run text =
        run({QStringLiteral("links"), QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01")});
    QVERIFY(text.exitCode != 0);
    QVERIFY2(
        text.out.contains(QRegularExpression(QStringLiteral("i-running01 +vpc-classiclink01 +Not known"))),
        qPrintable(text.out));
    const Run scan = run({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("scan"),
                          QStringLiteral("--regions"), QStringLiteral("cn-hangzhou")});
    QCOMPARE(scan.exitCode, int(ExitIncomplete));
    const QJsonArray rows = QJsonDocument::fromJson(scan.out.toUtf8()).array();
    QVERIFY(!rows.isEmpty());
    const QJsonValue region = rows.first();
    QVERIFY(region[QLatin1String("Read")].toBool());
    QVERIFY(region[QLatin1String("Linked")].toInt() >= 1);
    QCOMPARE(region[QLatin1String("TrafficBothWays")], QJsonValue(QJsonValue::Null));
    QVERIFY2(scan.err.contains(QLatin1String("cn-hangzhou: traffic not known")), qPrintable(scan.err));
}

void TestCommands::scanSaysWhatItCouldNotRead()
{
    // Throttled in one region past every retry, an internal error in another: exactly those are unread.
    m_sandbox->addFault(*sandbox::FaultRule::parse(QStringLiteral("throttle:DescribeInstances/cn-beijing")));
    m_sandbox->addFault(
        *sandbox::FaultRule::parse(QStringLiteral("internal-error:DescribeVpcs/cn-shanghai")));
    const Run scan = run({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("scan")});
    QCOMPARE(scan.exitCode, int(ExitIncomplete));
    QSet<QString> unread;
    for (const QJsonValue &row : QJsonDocument::fromJson(scan.out.toUtf8()).array()) {
        const QString region = row[QLatin1String("Region")].toString();
        QVERIFY(row[QLatin1String("Read")].isBool());
        if (region != QLatin1String("*") && !row[QLatin1String("Read")].toBool()) {
            unread.insert(region);
            // No figure for a region that was not read: never a zero that reads as "none".
            QCOMPARE(row[QLatin1String("Classic")], QJsonValue(QJsonValue::Null));
        }
    }
    QCOMPARE(unread, (QSet<QString>{QStringLiteral("cn-beijing"), QStringLiteral("cn-shanghai")}));
    QVERIFY2(scan.err.contains(
                 QLatin1String("sandbox-admin cn-beijing: not read: Too many requests (Throttling)")),
             qPrintable(scan.err));
    QVERIFY(scan.err.contains(QLatin1String("cn-shanghai: not read")));
    QVERIFY(!scan.err.contains(QLatin1String("cn-hangzhou: not read")));
    m_sandbox->clearFaults();

    // Several saved accounts at once, each with its own key: the sandbox's three accounts, and one whose
    // secret the cloud refuses (it says so for each of its regions).
    MemorySecretStore secrets;
    for (const auto &[name, key, secret] :
         {std::tuple{"ops", "sandbox-admin", "sandbox-admin-secret"},
          std::tuple{"staging", "staging-admin", "staging-admin-secret"},
          std::tuple{"branch", "branch-ops", "branch-ops-secret"},
          std::tuple{"audit", "sandbox-admin", "a-secret-that-was-rotated"}}) {
        const Run added = run({QStringLiteral("profiles"), QStringLiteral("add"), QLatin1String(name),
                               QStringLiteral("--access-key-id"), QLatin1String(key),
                               QStringLiteral("--endpoint"), m_sandbox->baseUrl().toString()},
                              QLatin1String(secret) + QStringLiteral("\n"), &secrets);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
    const Run all = run({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("scan"),
                         QStringLiteral("--all-profiles"), QStringLiteral("--regions"),
                         QStringLiteral("cn-hangzhou,cn-shanghai,cn-beijing")},
                        {}, &secrets);
    QCOMPARE(all.exitCode, int(ExitIncomplete));
    QHash<QString, QJsonValue> read, classic;
    for (const QJsonValue &row : QJsonDocument::fromJson(all.out.toUtf8()).array()) {
        const QString cell =
            row[QLatin1String("Account")].toString() + u' ' + row[QLatin1String("Region")].toString();
        read.insert(cell, row[QLatin1String("Read")]);
        classic.insert(cell, row[QLatin1String("Classic")]);
    }
    QCOMPARE(read.value(QStringLiteral("ops cn-hangzhou")), QJsonValue(true));
    QCOMPARE(read.value(QStringLiteral("ops cn-shanghai")), QJsonValue(true));
    QCOMPARE(classic.value(QStringLiteral("ops cn-beijing")), QJsonValue(0));
    // An account without classic instances: explicit zeros, all read.
    for (const char *region : {"cn-hangzhou", "cn-shanghai", "cn-beijing"})
        QCOMPARE(classic.value(QStringLiteral("staging ") + QLatin1String(region)), QJsonValue(0));
    QCOMPARE(read.value(QStringLiteral("staging *")), QJsonValue(true));
    // The branch key may not list cn-beijing: the cloud answers an empty list, the scan does not call it 0.
    QCOMPARE(classic.value(QStringLiteral("branch cn-hangzhou")), QJsonValue(2));
    QCOMPARE(classic.value(QStringLiteral("branch cn-shanghai")), QJsonValue(1));
    QCOMPARE(classic.value(QStringLiteral("branch cn-beijing")), QJsonValue(QJsonValue::Null));
    QVERIFY2(all.err.contains(QLatin1String("branch cn-beijing: not read: ")) &&
                 all.err.contains(QLatin1String("(Forbidden.RAM)")),
             qPrintable(all.err));
    QCOMPARE(read.value(QStringLiteral("audit cn-hangzhou")), QJsonValue(false));
    QVERIFY2(all.err.contains(QLatin1String("audit cn-shanghai: not read")), qPrintable(all.err));
    QVERIFY(!all.err.contains(QLatin1String("ops ")) && !all.err.contains(QLatin1String("staging ")));
    QCOMPARE(all.err.count(QLatin1String(": not read")), 1 + 3);
}

void TestCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("links without a filter")
        << QStringList{QStringLiteral("links")} << "links needs --vpc or --instance.";
    QTest::newRow("attach without a VPC")
        << QStringList{QStringLiteral("attach"), QStringLiteral("i-1")} << "attach needs --vpc ID";
    QTest::newRow("switch without a VPC")
        << QStringList{QStringLiteral("enable-classiclink")} << "Give exactly one VPC ID.";
    QTest::newRow("call without an action")
        << QStringList{QStringLiteral("call")} << "call needs an action name.";
    QTest::newRow("call with a bad pair")
        << QStringList{QStringLiteral("call"), QStringLiteral("DescribeRegions"), QStringLiteral("oops")}
        << "\"oops\" is not Key=Value.";
    QTest::newRow("resume with a short ID")
        << QStringList{QStringLiteral("resume"), QStringLiteral("abc")} << "at least its first 8 characters";
    QTest::newRow("option of another command")
        << QStringList{QStringLiteral("vpcs"), QStringLiteral("--status"), QStringLiteral("Running")}
        << "Unknown option 'status'.";
}

void TestCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, int(ExitUsage));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(m_sandbox->state().appliedWrites.isEmpty());
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
