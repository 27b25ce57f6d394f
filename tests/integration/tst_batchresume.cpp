// Batches against the sandbox with its faults: a 500-instance batch ends with the sandbox and the
// operation log in agreement and no instance attached twice, and a batch cut short is resumed from its
// log without sending anything that already took effect.
#include "cloud/classiclinkbatch.h"
#include "cloud/trafficrules.h"
#include "crashedlog.h"
#include "history/operationtext.h"
#include "integration/sandboxharness.h"
#include "models/operationtablemodel.h"
#include "testseed.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <csignal>

#include <sys/resource.h>

using namespace clm;
using namespace clm::test;

namespace {

const QString kRegion = QStringLiteral("cn-hangzhou");
const QString kVpc = QStringLiteral("vpc-gen00000"); // ClassicLink enabled in the generated account

QStringList generatedInstances(int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(QStringLiteral("i-gen%1").arg(i, 6, 10, QLatin1Char('0')));
    return ids;
}

} // namespace

namespace {

// Makes every write past `bytes` fail with EFBIG for as long as it lives, like a full disk.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = rlim_t(bytes);
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)

private:
    rlimit m_saved{};
};

} // namespace

class TestBatchResume final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fiveHundredInstancesUnderFaults();
    void resumeSendsOnlyWhatIsNotDone();
    void settleWithoutSendingSendsNothing();
    void failedReadBackKeepsTheBatchOpen();
    void resumedEnableReadsTheVpcBack();
    void liveBatchWithALostAnswerStaysOpen();
    void alreadyEnabledIsReadBack();
    void whatTheLogCannotRecordIsNotSent();
    void crashedRuleBatchIsReadBackThenSent();
    void partlyAppliedCallIsShownRuleByRule();
    void lostAnswersOfTheMoveAreReadBack();
    void crashedCopiesAreReadBackThenSent();

private:
    // A log as a crash would leave it: the plan, and every operation recorded as sent.
    QString crashedLog(const QStringList &instanceIds);
    [[nodiscard]] bool attachDirectly(const QStringList &instanceIds);
    int attachesApplied(const QString &instanceId) const
    {
        return m_sandbox->server.state().appliedWrites.value(QStringLiteral("AttachClassicLinkVpc ") +
                                                             instanceId);
    }
    bool isLinked(const QString &instanceId) const
    {
        return m_sandbox->server.state().links.value(instanceId) == kVpc;
    }
    static QList<GroupRule> threeRulesIntoTheVpc();
    static bool waitFinished(ClassicLinkBatch &batch, int timeoutMs = 60000)
    {
        return QTest::qWaitFor([&batch] { return batch.isFinished(); }, timeoutMs);
    }

    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_logs;
};

void TestBatchResume::init()
{
    m_sandbox = std::make_unique<SandboxHarness>();
    m_sandbox->server.setGenerated(sandbox::GenerateSpec{600, 4, 0, 7});
    m_sandbox->server.reset();
    m_logs = std::make_unique<QTemporaryDir>();
    QVERIFY(m_logs->isValid());
}

QString TestBatchResume::crashedLog(const QStringList &instanceIds)
{
    return writeCrashedLog(m_logs->path(),
                           attachPlan(instanceIds, kVpc, kAdmin.accessKeyId,
                                      LoggedBatch::endpointText(m_sandbox->server.baseUrl())));
}

bool TestBatchResume::attachDirectly(const QStringList &instanceIds)
{
    int remaining = int(instanceIds.size());
    for (const QString &id : instanceIds)
        m_sandbox->cloud.attachClassicLink(kRegion, id, kVpc,
                                           [&remaining](const ApiResult &) { --remaining; });
    return QTest::qWaitFor([&remaining] { return remaining == 0; }, 30000);
}

void TestBatchResume::fiveHundredInstancesUnderFaults()
{
    sandbox::SandboxServer &server = m_sandbox->server;
    server.setLatency(2, 3, test::testSeed()); // the answers' order varies with the jitter
    server.setSlowBodyMs(300);
    server.setRate(150); // bursts above it are answered with Throttling
    // Faults that change nothing, on every call (reads are retried through them) ...
    for (const char *spec : {"throttle@0.05", "internal-error@0.03", "unavailable@0.03"})
        server.addFault(*sandbox::FaultRule::parse(QLatin1String(spec)));
    // ... and the ones that lose the answer to a write, before or after the change.
    for (const char *spec : {"drop-before", "drop-after", "truncate", "malformed", "slow"})
        server.addFault(
            *sandbox::FaultRule::parse(QLatin1String(spec) + QLatin1String(":AttachClassicLinkVpc@0.03")));

    const QStringList ids = generatedInstances(500);
    ClassicLinkBatch batch(&m_sandbox->cloud, ClassicLinkBatch::Kind::Attach, kRegion, kVpc, ids);
    QString error;
    QVERIFY2(batch.createLog(m_logs->path(), QStringLiteral("test"), kAdmin.accessKeyId,
                             LoggedBatch::endpointText(server.baseUrl()), &error),
             qPrintable(error));
    batch.start();
    QVERIFY(waitFinished(batch, 180000));

    const std::optional<LoggedBatch> logged = OperationLog::read(batch.logPath());
    QVERIFY(logged);
    QVERIFY(!logged->isInterrupted());
    int succeeded = 0, readBack = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Operation &operation = batch.operations().at(i);
        const QString &id = ids.at(i);
        QVERIFY2(operation.isFinal() && operation.state != OperationState::Unknown, qPrintable(id));
        // The log says what the batch says, and the sandbox agrees with both.
        QCOMPARE(logged->operations.at(i).state, operation.state);
        QCOMPARE(operation.state == OperationState::Succeeded, isLinked(id));
        QVERIFY2(attachesApplied(id) <= 1, qPrintable(id));
        QCOMPARE(attachesApplied(id), isLinked(id) ? 1 : 0);
        succeeded += operation.state == OperationState::Succeeded ? 1 : 0;
        readBack += operation.settledByReadBack ? 1 : 0;
    }
    // The faults did strike, and most writes still went through.
    QVERIFY2(readBack > 0, "no answer was lost; the faults did not apply");
    QVERIFY2(succeeded > 400, qPrintable(QString::number(succeeded)));
}

void TestBatchResume::resumeSendsOnlyWhatIsNotDone()
{
    const QStringList ids = generatedInstances(40);
    const QString path = crashedLog(ids);
    // Fifteen of them took effect before the crash; their answers never reached the log.
    QVERIFY(attachDirectly(ids.first(15)));
    const int attachesBefore = m_sandbox->server.requestCount(QStringLiteral("AttachClassicLinkVpc"));

    QString error;
    std::unique_ptr<ClassicLinkBatch> batch(ClassicLinkBatch::fromLog(&m_sandbox->cloud, path, &error));
    QVERIFY2(batch, qPrintable(error));
    batch->resume(true);
    QVERIFY(waitFinished(*batch));

    QCOMPARE(m_sandbox->server.requestCount(QStringLiteral("AttachClassicLinkVpc")) - attachesBefore, 25);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Operation &operation = batch->operations().at(i);
        QCOMPARE(operation.state, OperationState::Succeeded);
        QCOMPARE(operation.settledByReadBack, i < 15);
        QVERIFY(isLinked(ids.at(i)));
        QCOMPARE(attachesApplied(ids.at(i)), 1);
    }
    const std::optional<LoggedBatch> logged = OperationLog::read(path);
    QVERIFY(logged && !logged->isInterrupted());
    QVERIFY(OperationLog::interrupted(m_logs->path()).isEmpty());
}

void TestBatchResume::settleWithoutSendingSendsNothing()
{
    const QStringList ids = generatedInstances(20);
    const QString path = crashedLog(ids);
    QVERIFY(attachDirectly(ids.first(5)));
    const int attachesBefore = m_sandbox->server.requestCount(QStringLiteral("AttachClassicLinkVpc"));

    QString error;
    std::unique_ptr<ClassicLinkBatch> batch(ClassicLinkBatch::fromLog(&m_sandbox->cloud, path, &error));
    QVERIFY2(batch, qPrintable(error));
    batch->resume(false);
    QVERIFY(waitFinished(*batch));

    QCOMPARE(m_sandbox->server.requestCount(QStringLiteral("AttachClassicLinkVpc")), attachesBefore);
    for (qsizetype i = 0; i < ids.size(); ++i)
        QCOMPARE(batch->operations().at(i).state,
                 i < 5 ? OperationState::Succeeded : OperationState::Cancelled);
    const std::optional<LoggedBatch> logged = OperationLog::read(path);
    QVERIFY(logged && !logged->isInterrupted());
    QCOMPARE(logged->operations.at(7).state, OperationState::Cancelled);
}

void TestBatchResume::failedReadBackKeepsTheBatchOpen()
{
    const QStringList ids = generatedInstances(10);
    const QString path = crashedLog(ids);
    m_sandbox->server.addFault(
        *sandbox::FaultRule::parse(QStringLiteral("internal-error:DescribeClassicLinkInstances")));

    QString error;
    std::unique_ptr<ClassicLinkBatch> batch(ClassicLinkBatch::fromLog(&m_sandbox->cloud, path, &error));
    QVERIFY2(batch, qPrintable(error));
    batch->resume(true);
    QVERIFY(waitFinished(*batch));
    // Nothing known, nothing sent, nothing claimed; the log still holds the batch open.
    QCOMPARE(m_sandbox->server.requestCount(QStringLiteral("AttachClassicLinkVpc")), 0);
    for (const Operation &operation : batch->operations())
        QCOMPARE(operation.state, OperationState::Unknown);
    batch.reset();
    QCOMPARE(OperationLog::interrupted(m_logs->path()).size(), 1);

    // With the cloud answering again, the same log finishes.
    m_sandbox->server.clearFaults();
    batch.reset(ClassicLinkBatch::fromLog(&m_sandbox->cloud, path, &error));
    QVERIFY2(batch, qPrintable(error));
    batch->resume(true);
    QVERIFY(waitFinished(*batch));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QCOMPARE(batch->operations().at(i).state, OperationState::Succeeded);
        QCOMPARE(attachesApplied(ids.at(i)), 1);
    }
    QVERIFY(OperationLog::interrupted(m_logs->path()).isEmpty());
}

void TestBatchResume::resumedEnableReadsTheVpcBack()
{
    // Two crashed "enable ClassicLink" batches on VPCs without it: the first one's call took effect.
    const QString applied = QStringLiteral("vpc-gen00001");
    const QString notApplied = QStringLiteral("vpc-gen00003");
    QStringList paths;
    for (const QString &vpc : {applied, notApplied}) {
        LoggedBatch plan = attachPlan({QString()}, vpc, kAdmin.accessKeyId,
                                      LoggedBatch::endpointText(m_sandbox->server.baseUrl()));
        plan.kind = OperationKind::EnableClassicLink;
        paths.append(writeCrashedLog(m_logs->path(), plan));
    }
    bool enabled = false;
    m_sandbox->cloud.enableVpcClassicLink(kRegion, applied, QStringLiteral("token-1"),
                                          [&enabled](const ApiResult &result) { enabled = result.ok(); });
    QVERIFY(QTest::qWaitFor([&enabled] { return enabled; }, 10000));
    const int enablesBefore = m_sandbox->server.requestCount(QStringLiteral("EnableVpcClassicLink"));

    for (const QString &path : std::as_const(paths)) {
        QString error;
        std::unique_ptr<ClassicLinkBatch> batch(ClassicLinkBatch::fromLog(&m_sandbox->cloud, path, &error));
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(batch->kind(), ClassicLinkBatch::Kind::EnableClassicLink);
        batch->resume(true);
        QVERIFY(waitFinished(*batch));
        QCOMPARE(batch->operations().first().state, OperationState::Succeeded);
        QCOMPARE(batch->operations().first().settledByReadBack, path == paths.first());
    }
    // Only the VPC whose call had not taken effect was sent an enable.
    QCOMPARE(m_sandbox->server.requestCount(QStringLiteral("EnableVpcClassicLink")) - enablesBefore, 1);
    QVERIFY(OperationLog::interrupted(m_logs->path()).isEmpty());
}

void TestBatchResume::liveBatchWithALostAnswerStaysOpen()
{
    // The attach takes effect but its answer is lost, and the read-back fails too: the outcome is
    // unknown, and the batch stays open in its log to be settled on the next start.
    const QStringList ids = generatedInstances(1);
    m_sandbox->server.addFault(
        *sandbox::FaultRule::parse(QStringLiteral("drop-after:AttachClassicLinkVpc#1")));
    m_sandbox->server.addFault(
        *sandbox::FaultRule::parse(QStringLiteral("internal-error:DescribeClassicLinkInstances")));
    ClassicLinkBatch batch(&m_sandbox->cloud, ClassicLinkBatch::Kind::Attach, kRegion, kVpc, ids);
    QString error;
    QVERIFY2(batch.createLog(m_logs->path(), QStringLiteral("admin"), kAdmin.accessKeyId,
                             LoggedBatch::endpointText(m_sandbox->server.baseUrl()), &error),
             qPrintable(error));
    batch.start();
    QVERIFY(waitFinished(batch));
    QCOMPARE(batch.operations().first().state, OperationState::Unknown);
    const QString path = batch.logPath();
    QVERIFY(OperationLog::read(path)->isInterrupted());
}

void TestBatchResume::alreadyEnabledIsReadBack()
{
    // Enabling twice: the second call answers IncorrectClassicLinkStatus, and the VPC is read back.
    const QString vpc = QStringLiteral("vpc-gen00001");
    for (int round = 0; round < 2; ++round) {
        ClassicLinkBatch batch(&m_sandbox->cloud, ClassicLinkBatch::Kind::EnableClassicLink, kRegion, vpc,
                               {});
        batch.start();
        QVERIFY(waitFinished(batch));
        QCOMPARE(batch.operations().first().state, OperationState::Succeeded);
        QCOMPARE(batch.operations().first().settledByReadBack, round == 1);
    }
    QCOMPARE(m_sandbox->server.requestCount(QStringLiteral("DescribeVpcAttribute")), 1);
}

void TestBatchResume::whatTheLogCannotRecordIsNotSent()
{
    const QStringList ids = generatedInstances(20);
    ClassicLinkBatch batch(&m_sandbox->cloud, ClassicLinkBatch::Kind::Attach, kRegion, kVpc, ids);
    QString error;
    QVERIFY2(batch.createLog(m_logs->path(), QStringLiteral("admin"), kAdmin.accessKeyId,
                             LoggedBatch::endpointText(m_sandbox->server.baseUrl()), &error),
             qPrintable(error));
    QSignalSpy logFailed(&batch, &ClassicLinkBatch::logFailed);
    {
        // The disk is full from here on (a file size limit holds even for root): nothing more fits.
        const FileSizeLimit full(QFileInfo(batch.logPath()).size());
        batch.start();
        QVERIFY(waitFinished(batch));
    }
    QVERIFY(!logFailed.isEmpty());
    QCOMPARE(m_sandbox->server.requestCount(QStringLiteral("AttachClassicLinkVpc")), 0);
    for (const Operation &operation : batch.operations())
        QCOMPARE(operation.state, OperationState::Cancelled);
    // The log still lists every operation as planned: the batch is offered again.
    const auto logged = OperationLog::read(batch.logPath());
    QVERIFY(logged && logged->isInterrupted());
}

QTEST_GUILESS_MAIN(TestBatchResume)
QList<GroupRule> TestBatchResume::threeRulesIntoTheVpc()
{
    // Three rules into the generated VPC's group, from one classic group: one call.
    QList<GroupRule> rules;
    for (const char *ports : {"22", "80", "443"}) {
        RuleSpec spec;
        spec.direction = TrafficDirection::ToVpc;
        spec.ports = QLatin1String(ports);
        rules +=
            TrafficRules::rules({QStringLiteral("sg-gen-classic0")}, {QStringLiteral("sg-gen00000")}, spec);
    }
    return rules;
}

void TestBatchResume::crashedRuleBatchIsReadBackThenSent()
{
    // A crashed Allow Traffic call of three rules: the first had taken effect, the others had not.
    const QList<GroupRule> rules = threeRulesIntoTheVpc();
    std::unique_ptr<ClassicLinkBatch> planned =
        ClassicLinkBatch::forRules(&m_sandbox->cloud, OperationKind::AuthorizeRules, kRegion, kVpc, rules);
    QCOMPARE(planned->operations().size(), 1);
    LoggedBatch plan =
        attachPlan({}, kVpc, kAdmin.accessKeyId, LoggedBatch::endpointText(m_sandbox->server.baseUrl()));
    plan.kind = OperationKind::AuthorizeRules;
    plan.operations = planned->operations();
    const QString path = writeCrashedLog(m_logs->path(), plan);
    bool added = false;
    m_sandbox->cloud.changeSecurityRules(OperationKind::AuthorizeRules, kRegion, rules.first().groupId,
                                         {rules.first().rule}, {},
                                         [&added](const ApiResult &result) { added = result.ok(); });
    QVERIFY(QTest::qWaitFor([&added] { return added; }, 10000));
    m_sandbox->server.takeWrites();

    QString error;
    std::unique_ptr<ClassicLinkBatch> batch(ClassicLinkBatch::fromLog(&m_sandbox->cloud, path, &error));
    QVERIFY2(batch, qPrintable(error));
    QVERIFY(batch->changesRules());
    batch->resume(true);
    QVERIFY(waitFinished(*batch));
    const Operation &call = batch->operations().at(0);
    QCOMPARE(call.state, OperationState::Succeeded);
    QCOMPARE(call.doneRuleCount(), 3);
    // Only the two missing rules went out, together, as Permissions.1 and .2.
    const QStringList sent = m_sandbox->server.takeWrites();
    QCOMPARE(sent.size(), 1);
    QVERIFY2(sent.first().contains(QLatin1String("Permissions.2.PortRange=443/443")) &&
                 sent.first().contains(QLatin1String("Permissions.1.PortRange=80/80")) &&
                 !sent.first().contains(QLatin1String("Permissions.3.")),
             qPrintable(sent.first()));
    QCOMPARE(
        m_sandbox->server.state().appliedWrites.value(QStringLiteral("AuthorizeSecurityGroup sg-gen00000")),
        3);
    QVERIFY(OperationLog::interrupted(m_logs->path()).isEmpty());
}

void TestBatchResume::partlyAppliedCallIsShownRuleByRule()
{
    // The sandbox applies the first of the three rules, then drops the connection: the read-back finds one
    // rule there, and the call ends partly applied, rule by rule, in the log too.
    m_sandbox->server.addFault(
        *sandbox::FaultRule::parse(QStringLiteral("partial:AuthorizeSecurityGroup#1")));
    std::unique_ptr<ClassicLinkBatch> batch = ClassicLinkBatch::forRules(
        &m_sandbox->cloud, OperationKind::AuthorizeRules, kRegion, kVpc, threeRulesIntoTheVpc());
    QString error;
    QVERIFY2(batch->createLog(m_logs->path(), QStringLiteral("Production"), kAdmin.accessKeyId, {}, &error),
             qPrintable(error));
    const QString path = batch->logPath();
    batch->start();
    QVERIFY(waitFinished(*batch));
    const Operation &call = batch->operations().at(0);
    QCOMPARE(call.state, OperationState::PartlyApplied);
    QVERIFY(call.settledByReadBack);
    QCOMPARE(call.doneRuleCount(), 1);
    QVERIFY(call.rules.at(0).done);
    QCOMPARE(OperationText::ruleState(call, 0), OperationText::tr("Done"));
    QCOMPARE(OperationText::ruleState(call, 1), OperationText::tr("Not done"));
    QVERIFY2(OperationText::partlyDone(call).contains(QLatin1String("Only 1 of 3 rules")),
             qPrintable(OperationText::partlyDone(call)));
    // The operations table: one row for the call, "Partly done", each rule's outcome in its tooltip.
    OperationTableModel table;
    table.append(call);
    QCOMPARE(table.index(0, OperationTableModel::OutcomeColumn).data().toString(),
             QStringLiteral("Partly done"));
    const QString rules =
        table.index(0, OperationTableModel::InstanceColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(rules.startsWith(QStringLiteral("Done: sg-gen00000 ← sg-gen-classic0 · TCP 22/22")) &&
                 rules.contains(QStringLiteral("\nNot done: sg-gen00000 ← sg-gen-classic0 · TCP 80/80")),
             qPrintable(rules));
    const std::optional<LoggedBatch> logged = OperationLog::read(path);
    QVERIFY(logged);
    QCOMPARE(logged->operations.at(0).state, OperationState::PartlyApplied);
    QVERIFY(logged->operations.at(0).rules.at(0).done && !logged->operations.at(0).rules.at(2).done);
    QCOMPARE(
        m_sandbox->server.state().appliedWrites.value(QStringLiteral("AuthorizeSecurityGroup sg-gen00000")),
        1);

    // The batch stays open: resuming it finishes only the two missing rules, in one call.
    QCOMPARE(OperationLog::interrupted(m_logs->path()).size(), 1);
    batch.reset();
    m_sandbox->server.takeWrites();
    std::unique_ptr<ClassicLinkBatch> resumed(ClassicLinkBatch::fromLog(&m_sandbox->cloud, path, &error));
    QVERIFY2(resumed, qPrintable(error));
    resumed->resume(true);
    QVERIFY(waitFinished(*resumed));
    QCOMPARE(resumed->operations().at(0).state, OperationState::Succeeded);
    QCOMPARE(resumed->operations().at(0).doneRuleCount(), 3);
    const QStringList sent = m_sandbox->server.takeWrites();
    QCOMPARE(sent.size(), 1);
    QVERIFY2(sent.first().contains(QLatin1String("Permissions.1.PortRange=80/80")) &&
                 sent.first().contains(QLatin1String("Permissions.2.PortRange=443/443")) &&
                 !sent.first().contains(QLatin1String("Permissions.3.")),
             qPrintable(sent.first()));
    QVERIFY(OperationLog::interrupted(m_logs->path()).isEmpty());
}

void TestBatchResume::lostAnswersOfTheMoveAreReadBack()
{
    // Each call is carried out, then its connection dropped: the vSwitch is found by its block, the copy by
    // its mark, the outbound rule among the copy's rules; each ends succeeded, with what it made in the log.
    for (const char *spec : {"drop-after:CreateVSwitch#1", "drop-after:CreateSecurityGroup#1",
                             "drop-after:AuthorizeSecurityGroupEgress#1"})
        m_sandbox->server.addFault(*sandbox::FaultRule::parse(QLatin1String(spec)));
    Operation vswitch;
    vswitch.kind = OperationKind::CreateVSwitch;
    vswitch.regionId = kRegion;
    vswitch.vpcId = kVpc;
    vswitch.zoneId = QStringLiteral("cn-hangzhou-b");
    vswitch.cidrBlock = QStringLiteral("172.16.200.0/28"); // inside the generated VPC's 172.16.0.0/16
    vswitch.name = QStringLiteral("classiclink-move-cn-hangzhou-b");
    Operation copy = vswitch;
    copy.id = QUuid::createUuid();
    copy.kind = OperationKind::CreateSecurityGroup;
    copy.zoneId.clear();
    copy.cidrBlock.clear();
    copy.name = QStringLiteral("classic0-vpc");
    copy.copyOf = QStringLiteral("sg-gen-classic0");
    QStringList created;
    for (const Operation &operation : {vswitch, copy}) {
        std::unique_ptr<ClassicLinkBatch> batch =
            ClassicLinkBatch::fromOperations(&m_sandbox->cloud, {operation});
        QString error;
        QVERIFY2(
            batch->createLog(m_logs->path(), QStringLiteral("Production"), kAdmin.accessKeyId, {}, &error),
            qPrintable(error));
        batch->start();
        QVERIFY(waitFinished(*batch));
        const Operation &done = batch->operations().first();
        QVERIFY2(done.state == OperationState::Succeeded,
                 qPrintable(done.result.code + u' ' + done.result.message + u' ' + done.result.diagnostic));
        QVERIFY2(done.settledByReadBack, qPrintable(apiAction(done.kind)));
        QVERIFY(!done.createdId.isEmpty());
        created.append(done.createdId);
        const std::optional<LoggedBatch> logged = OperationLog::read(batch->logPath());
        QVERIFY(logged);
        QCOMPARE(logged->kind, operation.kind);
        QCOMPARE(logged->operations.first().createdId, done.createdId);
        QCOMPARE(logged->operations.first().cidrBlock, operation.cidrBlock);
        QCOMPARE(logged->operations.first().copyOf, operation.copyOf);
    }
    QCOMPARE(m_sandbox->server.state().appliedWrites.value(QStringLiteral("CreateVSwitch ") + kVpc), 1);
    const sandbox::SecurityGroup *made = m_sandbox->server.state().securityGroup(created.last());
    QVERIFY(made && made->description.contains(groupCopyMark(QStringLiteral("sg-gen-classic0"))));

    SecurityRule outbound;
    outbound.ipProtocol = QStringLiteral("TCP");
    outbound.portRange = QStringLiteral("443/443");
    outbound.sourceCidrIp = QStringLiteral("10.0.0.0/8"); // the destination, for an outbound rule
    outbound.policy = QStringLiteral("Accept");
    outbound.nicType = QStringLiteral("intranet");
    std::unique_ptr<ClassicLinkBatch> rules = ClassicLinkBatch::forRules(
        &m_sandbox->cloud, OperationKind::AuthorizeEgressRules, kRegion, kVpc, {{created.last(), outbound}});
    rules->start();
    QVERIFY(waitFinished(*rules));
    QCOMPARE(rules->operations().first().state, OperationState::Succeeded);
    QVERIFY(rules->operations().first().settledByReadBack);
    QCOMPARE(made->rules.size(), 1);
    QCOMPARE(made->rules.first().direction, QStringLiteral("egress"));
    QCOMPARE(made->rules.first().destCidrIp, QStringLiteral("10.0.0.0/8"));
}

void TestBatchResume::crashedCopiesAreReadBackThenSent()
{
    // A crash while two copies were being made: the first had been made, the second had not. Resumed, the
    // log's plan (the group each copies, its name) is read back: the first is found by its mark and not
    // made again, the second is made.
    QList<Operation> copies;
    for (const char *classic : {"sg-gen-classic0", "sg-gen-classic1"}) {
        Operation copy;
        copy.kind = OperationKind::CreateSecurityGroup;
        copy.regionId = kRegion;
        copy.vpcId = kVpc;
        copy.copyOf = QLatin1String(classic);
        copy.name = copy.copyOf + QStringLiteral("-vpc");
        copies.append(copy);
    }
    LoggedBatch plan =
        attachPlan({}, kVpc, kAdmin.accessKeyId, LoggedBatch::endpointText(m_sandbox->server.baseUrl()));
    plan.kind = OperationKind::CreateSecurityGroup;
    plan.operations = copies;
    const QString path = writeCrashedLog(m_logs->path(), plan);
    bool made = false;
    m_sandbox->cloud.send(copies.first(), copies.first().id.toString(QUuid::WithoutBraces),
                          [&made](const ApiResult &result) { made = result.ok(); });
    QVERIFY(QTest::qWaitFor([&made] { return made; }, 10000));
    m_sandbox->server.takeWrites();

    QString error;
    std::unique_ptr<ClassicLinkBatch> batch(ClassicLinkBatch::fromLog(&m_sandbox->cloud, path, &error));
    QVERIFY2(batch, qPrintable(error));
    QCOMPARE(batch->operations().at(1).copyOf, QStringLiteral("sg-gen-classic1"));
    batch->resume(true);
    QVERIFY(waitFinished(*batch));
    QCOMPARE(batch->operations().at(0).state, OperationState::Succeeded);
    QVERIFY(batch->operations().at(0).settledByReadBack);
    QCOMPARE(batch->operations().at(1).state, OperationState::Succeeded);
    QVERIFY(!batch->operations().at(1).settledByReadBack);
    const QStringList writes = m_sandbox->server.takeWrites();
    QCOMPARE(writes.size(), 1);
    QVERIFY2(writes.first().contains(QLatin1String("[classiclink-move:sg-gen-classic1]")),
             qPrintable(writes.first()));
    QVERIFY(OperationLog::interrupted(m_logs->path()).isEmpty());
}

#include "tst_batchresume.moc"
