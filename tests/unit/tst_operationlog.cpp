// The operation log: what is written reads back the same, a crash at any byte leaves a readable prefix,
// damage hides only what follows it, a reopened log continues on a clean line, logs written by release
// 0.1.0 (tests/unit/data) still read as they were meant, and names this version does not know read as
// Unknown.
#include "cloud/classiclinkbatch.h"
#include "crashedlog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace clm;

class TestOperationLog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rulesGoOutAHundredACallPerGroup();
    void writtenStatesReadBack();
    void everyTruncationLeavesAReadablePrefix();
    void damageHidesOnlyWhatFollows();
    void reopenCutsATornRecordAndAppends();
    void interruptedAndPrune();
    void unwritableDirectoryIsReported();
    void aBatchInUseIsNeitherOfferedNorPrunedNorReopened();
    void aLockLeftEmptyByAKillDoesNotHideTheBatch();
    void ruleChangesKeepTheirRule();
    void logsOfRelease010StillRead();
    void unknownNamesReadAsUnknown();

private:
    LoggedBatch plan(int operations) const;
    // A log with the plan, one "sent" record for all and a final state for each; returns its bytes.
    QByteArray writeTypicalLog(LoggedBatch &batch);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOperationLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

LoggedBatch TestOperationLog::plan(int operations) const
{
    QStringList ids;
    for (int i = 0; i < operations; ++i)
        ids.append(QStringLiteral("i-%1").arg(i));
    LoggedBatch batch = test::attachPlan(ids, QStringLiteral("vpc-1"), QStringLiteral("LTAI-id"),
                                         QStringLiteral("http://127.0.0.1:1"));
    batch.accountName = QStringLiteral("测试 account");
    return batch;
}

QByteArray TestOperationLog::writeTypicalLog(LoggedBatch &batch)
{
    QString error;
    auto log = OperationLog::create(m_dir->path(), batch, &error);
    if (!log)
        qFatal("%s", qPrintable(error));
    Operation sent = batch.operations.first();
    sent.state = OperationState::Sent;
    log->record({0, 1, 2}, sent);
    Operation done = batch.operations.at(0);
    done.state = OperationState::Succeeded;
    done.result.requestId = QStringLiteral("req-0");
    log->record(0, done);
    Operation failed = batch.operations.at(1);
    failed.state = OperationState::Failed;
    failed.result.errorKind = ErrorKind::Service;
    failed.result.httpStatus = 403;
    failed.result.code = QStringLiteral("InvalidInstanceId.NotFound");
    failed.result.message = QStringLiteral("The \"instance\"\nwas not found");
    log->record(1, failed);
    Operation verified = batch.operations.at(2);
    verified.state = OperationState::Succeeded;
    verified.settledByReadBack = true;
    log->record(2, verified);
    QFile file(batch.path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the log");
    return file.readAll();
}

void TestOperationLog::writtenStatesReadBack()
{
    LoggedBatch batch = plan(4);
    writeTypicalLog(batch);
    QVERIFY(batch.path.startsWith(m_dir->path()));
    QCOMPARE(QFile::permissions(batch.path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

    const std::optional<LoggedBatch> read = OperationLog::read(batch.path);
    QVERIFY(read);
    QCOMPARE(read->id, batch.id);
    QCOMPARE(read->kind, batch.kind);
    QCOMPARE(read->action, apiAction(batch.kind));
    QCOMPARE(read->accountName, batch.accountName);
    QCOMPARE(read->accessKeyId, batch.accessKeyId);
    QCOMPARE(read->endpoint, batch.endpoint);
    QCOMPARE(read->created, batch.created);
    QCOMPARE(read->operations.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(read->operations.at(i).id, batch.operations.at(i).id);
        QCOMPARE(read->operations.at(i).instanceId, QStringLiteral("i-%1").arg(i));
        QCOMPARE(read->operations.at(i).vpcId, QStringLiteral("vpc-1"));
    }
    QCOMPARE(read->operations.at(0).state, OperationState::Succeeded);
    QCOMPARE(read->operations.at(0).result.requestId, QStringLiteral("req-0"));
    QCOMPARE(read->operations.at(1).state, OperationState::Failed);
    QCOMPARE(read->operations.at(1).result.code, QStringLiteral("InvalidInstanceId.NotFound"));
    QCOMPARE(read->operations.at(1).result.message, QStringLiteral("The \"instance\"\nwas not found"));
    QCOMPARE(read->operations.at(1).result.httpStatus, 403);
    QCOMPARE(read->operations.at(1).result.errorKind, ErrorKind::Service);
    QVERIFY(read->operations.at(2).settledByReadBack);
    QCOMPARE(read->operations.at(3).state, OperationState::Planned);
    QCOMPARE(read->finishedCount(), 3);
    QVERIFY(read->isInterrupted());
    QVERIFY(read->belongsTo(QStringLiteral("LTAI-id"), QStringLiteral("http://127.0.0.1:1")));
    QVERIFY(!read->belongsTo(QStringLiteral("LTAI-other"), QStringLiteral("http://127.0.0.1:1")));
    // The app and the command line spell the same endpoint the same way.
    QCOMPARE(LoggedBatch::endpointText(QUrl(QStringLiteral("http://user:pw@127.0.0.1:1/"))),
             QStringLiteral("http://127.0.0.1:1"));
    QCOMPARE(LoggedBatch::endpointText(QUrl(QStringLiteral("http://127.0.0.1:1"))),
             QStringLiteral("http://127.0.0.1:1"));
    QCOMPARE(LoggedBatch::endpointText(QUrl()), QString());
}

void TestOperationLog::everyTruncationLeavesAReadablePrefix()
{
    LoggedBatch batch = plan(4);
    const QByteArray whole = writeTypicalLog(batch);
    const qsizetype planEnd = whole.indexOf('\n') + 1;
    int previousFinished = 0;
    for (qsizetype length = 0; length <= whole.size(); ++length) {
        qint64 valid = -1;
        const std::optional<LoggedBatch> read = OperationLog::parse(whole.first(length), &valid);
        if (length < planEnd) {
            // Without a whole plan nothing was sent, so there is nothing to resume.
            QVERIFY2(!read, qPrintable(QString::number(length)));
            QCOMPARE(valid, 0);
            continue;
        }
        QVERIFY2(read, qPrintable(QString::number(length)));
        QVERIFY(valid <= length && valid >= planEnd);
        QCOMPARE(whole.at(valid - 1), '\n');
        QCOMPARE(read->operations.size(), 4);
        // States only move forward as more of the file survives.
        QVERIFY(read->finishedCount() >= previousFinished);
        previousFinished = read->finishedCount();
    }
    QCOMPARE(previousFinished, 3);
}

void TestOperationLog::damageHidesOnlyWhatFollows()
{
    LoggedBatch batch = plan(4);
    const QByteArray whole = writeTypicalLog(batch);
    for (qsizetype at = 0; at < whole.size(); at += 7) {
        QByteArray damaged = whole;
        damaged[at] = char(damaged.at(at) ^ 0x20);
        qint64 valid = -1;
        const std::optional<LoggedBatch> read = OperationLog::parse(damaged, &valid);
        if (at < whole.indexOf('\n')) {
            QVERIFY(!read); // a damaged plan: the log is not trusted at all
            continue;
        }
        QVERIFY(read);
        // Everything before the damaged record is kept, nothing from it on.
        const qsizetype recordStart = whole.lastIndexOf('\n', at - 1) + 1;
        QCOMPARE(valid, qint64(recordStart));
        QCOMPARE(read->operations.size(), 4);
    }
}

void TestOperationLog::reopenCutsATornRecordAndAppends()
{
    LoggedBatch batch = plan(4);
    const QByteArray whole = writeTypicalLog(batch);
    // A crash in the middle of the last record.
    QFile file(batch.path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(whole.size() - 10));
    file.close();

    LoggedBatch reopened;
    QString error;
    auto log = OperationLog::reopen(batch.path, &reopened, &error);
    QVERIFY2(log, qPrintable(error));
    QCOMPARE(reopened.operations.at(2).state, OperationState::Sent); // its final record was torn
    Operation last = reopened.operations.at(3);
    last.state = OperationState::Succeeded;
    QVERIFY(log->record(3, last));
    log.reset();

    const std::optional<LoggedBatch> read = OperationLog::read(batch.path);
    QVERIFY(read);
    QCOMPARE(read->operations.at(2).state, OperationState::Sent);
    QCOMPARE(read->operations.at(3).state, OperationState::Succeeded);
}

void TestOperationLog::interruptedAndPrune()
{
    LoggedBatch finished = plan(3); // all three get a final state
    writeTypicalLog(finished);
    LoggedBatch open = plan(4); // the fourth never does
    writeTypicalLog(open);
    QFile garbage(m_dir->filePath(QStringLiteral("garbage.log")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a log\n");
    garbage.close();
    QFile torn(m_dir->filePath(QStringLiteral("torn.log"))); // killed while the plan was written
    QVERIFY(torn.open(QIODevice::WriteOnly));
    torn.write("0123456789abcdef {\"v\":1,\"ba");
    torn.close();

    const QList<LoggedBatch> interrupted = OperationLog::interrupted(m_dir->path());
    QCOMPARE(interrupted.size(), 1);
    QCOMPARE(interrupted.first().id, open.id);

    OperationLog::prune(m_dir->path(), 0);
    QVERIFY(!QFile::exists(finished.path));
    QVERIFY(QFile::exists(open.path)); // until it is settled
    QVERIFY(garbage.exists());         // for the user to look at
    QVERIFY(!torn.exists());
}

void TestOperationLog::unwritableDirectoryIsReported()
{
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    LoggedBatch batch = plan(1);
    QString error;
    QVERIFY(!OperationLog::create(blocker.fileName() + QLatin1String("/sub"), batch, &error));
    QVERIFY(error.contains(QLatin1String("operation log")));
}

void TestOperationLog::aBatchInUseIsNeitherOfferedNorPrunedNorReopened()
{
    LoggedBatch running = plan(2);
    QString error;
    std::unique_ptr<OperationLog> writer = OperationLog::create(m_dir->path(), running, &error);
    QVERIFY2(writer, qPrintable(error));
    Operation sent = running.operations.first();
    sent.state = OperationState::Sent;
    QVERIFY(writer->record({0, 1}, sent));

    // While the writer holds it, the batch is not interrupted, not pruned and cannot be continued.
    QVERIFY(OperationLog::isInUse(running.path));
    QVERIFY(OperationLog::interrupted(m_dir->path()).isEmpty());
    OperationLog::prune(m_dir->path(), 0);
    QVERIFY(QFile::exists(running.path));
    LoggedBatch second;
    QVERIFY(!OperationLog::reopen(running.path, &second, &error));
    QVERIFY2(error.contains(QLatin1String("being sent by another program")), qPrintable(error));

    // Once the writer is gone (finished, killed), the batch is offered again and can be resumed.
    writer.reset();
    QVERIFY(!OperationLog::isInUse(running.path));
    QCOMPARE(OperationLog::interrupted(m_dir->path()).size(), 1);
    std::unique_ptr<OperationLog> resumer = OperationLog::reopen(running.path, &second, &error);
    QVERIFY2(resumer, qPrintable(error));
    Operation done = second.operations.first();
    done.state = OperationState::Succeeded;
    QVERIFY(resumer->record(0, done));
    resumer.reset();
    const auto readBack = OperationLog::read(running.path);
    QVERIFY(readBack);
    QCOMPARE(readBack->operations.at(0).state, OperationState::Succeeded);
    QCOMPARE(readBack->operations.at(1).state, OperationState::Sent);
}

void TestOperationLog::aLockLeftEmptyByAKillDoesNotHideTheBatch()
{
    LoggedBatch batch = plan(2);
    QString error;
    QVERIFY2(OperationLog::create(m_dir->path(), batch, &error), qPrintable(error));

    // Killed after creating its lock file but before writing its name into it.
    QFile lock(batch.path + QLatin1String(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    // Just created: perhaps its owner is writing it right now.
    QVERIFY(OperationLog::isInUse(batch.path));
    QVERIFY(OperationLog::interrupted(m_dir->path()).isEmpty());

    // Seconds later it is a leftover: the batch is offered again and can be resumed.
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    lock.close();
    QVERIFY(!OperationLog::isInUse(batch.path));
    QCOMPARE(OperationLog::interrupted(m_dir->path()).size(), 1);
    LoggedBatch resumed;
    QVERIFY2(OperationLog::reopen(batch.path, &resumed, &error), qPrintable(error));
    QCOMPARE(resumed.operations.size(), 2);
}

void TestOperationLog::rulesGoOutAHundredACallPerGroup()
{
    // 101 rules for one group and one for another, interleaved: two calls for the first group (100 and 1
    // rules) and one for the second, each one operation carrying its rules.
    QList<GroupRule> rules;
    for (int port = 1; port <= 101; ++port) {
        rules.append({QStringLiteral("sg-a"),
                      {QStringLiteral("tcp"),
                       QStringLiteral("%1/%1").arg(port),
                       QStringLiteral("sg-c"),
                       {},
                       QStringLiteral("accept"),
                       1,
                       QStringLiteral("intranet"),
                       {}}});
        if (port == 50)
            rules.append({QStringLiteral("sg-b"), rules.last().rule});
    }
    const std::unique_ptr<ClassicLinkBatch> batch =
        ClassicLinkBatch::forRules(nullptr, OperationKind::AuthorizeRules, QStringLiteral("cn-hangzhou"),
                                   QStringLiteral("vpc-1"), rules);
    const QList<Operation> &calls = batch->operations();
    QCOMPARE(calls.size(), 3);
    QCOMPARE(calls.at(0).groupId, QStringLiteral("sg-a"));
    QCOMPARE(calls.at(0).rules.size(), 100);
    QCOMPARE(calls.at(1).groupId, QStringLiteral("sg-a"));
    QCOMPARE(calls.at(1).rules.size(), 1);
    QCOMPARE(calls.at(1).rules.first().rule.portRange, QStringLiteral("101/101"));
    QCOMPARE(calls.at(2).groupId, QStringLiteral("sg-b"));
    QCOMPARE(calls.at(2).rules.size(), 1);
    // Sent as Permissions.1 to Permissions.100, no top-level rule parameter.
    QList<SecurityRule> first;
    for (const RuleChange &change : calls.at(0).rules)
        first.append(change.rule);
    const ApiRequest request = CloudClient::securityRulesRequest(
        OperationKind::AuthorizeRules, QStringLiteral("cn-hangzhou"), QStringLiteral("sg-a"), first, {});
    QCOMPARE(request.params.value(QStringLiteral("Permissions.100.PortRange")), QStringLiteral("100/100"));
    QVERIFY(!request.params.contains(QStringLiteral("Permissions.101.PortRange")));
    for (const char *deprecated :
         {"IpProtocol", "PortRange", "SourceGroupId", "Policy", "NicType", "Priority"})
        QVERIFY(!request.params.contains(QLatin1String(deprecated)));
}

void TestOperationLog::ruleChangesKeepTheirRule()
{
    // One call with two rules of one group; it ends partly applied: only the second took effect.
    LoggedBatch batch = plan(2);
    batch.kind = OperationKind::AuthorizeRules;
    Operation &call = batch.operations[0];
    call.instanceId.clear();
    call.groupId = QStringLiteral("sg-vpc");
    const SecurityRule web{QStringLiteral("tcp"),        QStringLiteral("80/8080"),
                           QStringLiteral("sg-classic"), {},
                           QStringLiteral("accept"),     7,
                           QStringLiteral("intranet"),   QStringLiteral("ClassicLink Manager: web")};
    SecurityRule ssh = web;
    ssh.portRange = QStringLiteral("22/22");
    call.rules = {RuleChange{web}, RuleChange{ssh}};
    QString error;
    std::unique_ptr<OperationLog> log = OperationLog::create(m_dir->path(), batch, &error);
    QVERIFY2(log, qPrintable(error));
    call.state = OperationState::PartlyApplied;
    call.rules[1].done = true;
    QVERIFY(log->record(0, call));
    log.reset();
    const std::optional<LoggedBatch> read = OperationLog::read(batch.path);
    QVERIFY(read);
    const Operation &readCall = read->operations.at(0);
    QCOMPARE(readCall.groupId, QStringLiteral("sg-vpc"));
    QCOMPARE(readCall.rules.size(), 2);
    QVERIFY(readCall.rules.at(0).rule.sameAs(web));
    QVERIFY(readCall.rules.at(1).rule.sameAs(ssh));
    QCOMPARE(readCall.rules.at(0).rule.priority, 7);
    QCOMPARE(readCall.rules.at(0).rule.description, QStringLiteral("ClassicLink Manager: web"));
    QCOMPARE(readCall.state, OperationState::PartlyApplied);
    QVERIFY(!readCall.rules.at(0).done);
    QVERIFY(readCall.rules.at(1).done);
    QVERIFY(!read->operations.at(1).changesRules());
}

void TestOperationLog::logsOfRelease010StillRead()
{
    // Written by classiclink 0.1.0 against ecs-sandbox: attach of three instances (one answer dropped and
    // settled by reading back, one refused), then allow-traffic with two rules. That release stored error
    // kinds as numbers.
    const std::optional<LoggedBatch> attach =
        OperationLog::read(QStringLiteral(FIXTURE_DIR "/operationlog-0.1.0-attach.log"));
    QVERIFY(attach);
    QCOMPARE(attach->kind, OperationKind::Attach);
    QCOMPARE(attach->vpcId, QStringLiteral("vpc-classiclink01"));
    QCOMPARE(attach->operations.size(), 3);
    const Operation &readBack = attach->operations.at(0);
    QCOMPARE(readBack.instanceId, QStringLiteral("i-running01"));
    QCOMPARE(readBack.kind, OperationKind::Attach);
    QCOMPARE(readBack.state, OperationState::Succeeded);
    QVERIFY(readBack.settledByReadBack && readBack.result.outcomeUnknown);
    QCOMPARE(readBack.result.errorKind, ErrorKind::Network);
    const Operation &refused = attach->operations.at(1);
    QCOMPARE(refused.state, OperationState::Failed);
    QCOMPARE(refused.result.errorKind, ErrorKind::Service);
    QCOMPARE(refused.result.code, QStringLiteral("OperationDenied"));
    QCOMPARE(refused.result.httpStatus, 403);
    QCOMPARE(attach->operations.at(2).result.errorKind, ErrorKind::None);
    QCOMPARE(attach->finishedCount(), 3);

    const std::optional<LoggedBatch> rules =
        OperationLog::read(QStringLiteral(FIXTURE_DIR "/operationlog-0.1.0-rules.log"));
    QVERIFY(rules);
    QCOMPARE(rules->kind, OperationKind::AuthorizeRules);
    QCOMPARE(rules->operations.size(), 2);
    // That release sent one rule per call; each reads as a call with one rule.
    QCOMPARE(rules->operations.at(0).groupId, QStringLiteral("sg-prod-app"));
    QCOMPARE(rules->operations.at(0).rules.size(), 1);
    QCOMPARE(rules->operations.at(0).rules.at(0).rule.sourceGroupId,
             QStringLiteral("sg-cn-hangzhou-default"));
    QCOMPARE(rules->operations.at(1).state, OperationState::Succeeded);
    QVERIFY(rules->operations.at(1).rules.at(0).done);
}

void TestOperationLog::unknownNamesReadAsUnknown()
{
    const auto line = [](const QJsonObject &object) -> QByteArray {
        const QByteArray payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex().left(16) + ' ' +
               payload + '\n';
    };
    const auto write = [this, &line](const QString &action, const QJsonObject &finalRecord) {
        const QString path = m_dir->filePath(action + QStringLiteral(".log"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(line({{QStringLiteral("v"), 1},
                         {QStringLiteral("batch"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                         {QStringLiteral("action"), action},
                         {QStringLiteral("region"), QStringLiteral("cn-hangzhou")},
                         {QStringLiteral("vpc"), QStringLiteral("vpc-1")},
                         {QStringLiteral("created"), QStringLiteral("2026-12-04T18:40:14.839Z")},
                         {QStringLiteral("operations"),
                          QJsonArray{QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString()},
                                                 {QStringLiteral("instance"), QStringLiteral("i-1")}},
                                     QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString()},
                                                 {QStringLiteral("instance"), QStringLiteral("i-2")}}}}}));
        file.write(line(finalRecord));
        return path;
    };
    // A newer release's state and error kind, and an error number past those 0.1.0 knew.
    const QString newer = write(QStringLiteral("MoveInstanceToVpc"),
                                {{QStringLiteral("operations"), QJsonArray{0}},
                                 {QStringLiteral("state"), QStringLiteral("paused")},
                                 {QStringLiteral("error"), QStringLiteral("quotaExhausted")}});
    std::optional<LoggedBatch> read = OperationLog::read(newer);
    QVERIFY(read);
    QCOMPARE(read->kind, OperationKind::Unknown);
    QCOMPARE(read->action, QStringLiteral("MoveInstanceToVpc"));
    QCOMPARE(read->operations.at(0).kind, OperationKind::Unknown);
    QCOMPARE(read->operations.at(0).state, OperationState::Unknown);
    QCOMPARE(read->operations.at(0).result.errorKind, ErrorKind::Unknown);
    QCOMPARE(read->operations.at(1).state, OperationState::Planned);
    QString error;
    QVERIFY(!ClassicLinkBatch::fromLog(nullptr, newer, &error));
    QVERIFY2(error.contains(QLatin1String("MoveInstanceToVpc")), qPrintable(error));

    const QString numbered =
        write(QStringLiteral("DetachClassicLinkVpc"), {{QStringLiteral("operations"), QJsonArray{1}},
                                                       {QStringLiteral("state"), QStringLiteral("failed")},
                                                       {QStringLiteral("error"), 42}});
    read = OperationLog::read(numbered);
    QVERIFY(read);
    QCOMPARE(read->kind, OperationKind::Detach);
    QCOMPARE(read->operations.at(1).state, OperationState::Failed);
    QCOMPARE(read->operations.at(1).result.errorKind, ErrorKind::Unknown);
    // What this version writes names the kind, so inserting an enum value later changes nothing.
    LoggedBatch batch = plan(1);
    QString createError;
    auto log = OperationLog::create(m_dir->path(), batch, &createError);
    QVERIFY2(log, qPrintable(createError));
    Operation failed = batch.operations.first();
    failed.state = OperationState::Failed;
    failed.result.errorKind = ErrorKind::Timeout;
    QVERIFY(log->record({0}, failed));
    QFile file(log->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"error\":\"timeout\""));
}

QTEST_GUILESS_MAIN(TestOperationLog)
#include "tst_operationlog.moc"
