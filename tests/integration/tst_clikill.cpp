// `classiclink attach` killed with SIGKILL at random moments, then resumed, several times over: in the
// end every instance is linked exactly once, the log says so, and no secret reached the log.
#include "crashedlog.h"
#include "testseed.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace clm;

class TestCliKill final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedBatchResumesWithoutDoubleAttach();
    void resumeNeedsTheAccountThatStartedTheBatch();
    void failedReadBackIsReportedOnceAndKeepsTheBatch();
    void aRunningBatchIsNotOfferedToAnotherProcess();

private:
    QProcessEnvironment environment() const;
    QJsonObject sandboxState();
    void setFaults(const QByteArray &specs); // empty: clear them
    QString interruptedBatchId();

    QTemporaryDir m_home;
    QProcess m_sandbox;
    QString m_endpoint;
    QNetworkAccessManager m_network;
};

QProcessEnvironment TestCliKill::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("sandbox-admin"));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("sandbox-admin-secret"));
    env.insert(QStringLiteral("ALIBABA_CLOUD_REGION_ID"), QStringLiteral("cn-hangzhou"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    return env;
}

void TestCliKill::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_sandbox.start(QStringLiteral(ECS_SANDBOX_PATH),
                    {QStringLiteral("--generate"), QStringLiteral("instances=400,vpcs=4,links=0,seed=3"),
                     QStringLiteral("--latency-ms"), QStringLiteral("50,20")});
    QVERIFY(m_sandbox.waitForStarted());
    QVERIFY(QTest::qWaitFor([this] { return m_sandbox.canReadLine(); }, 10000));
    const QString first = QString::fromUtf8(m_sandbox.readLine()).trimmed();
    QVERIFY2(first.startsWith(QLatin1String("LISTENING http://127.0.0.1:")), qPrintable(first));
    m_endpoint = first.mid(10);
}

void TestCliKill::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

QJsonObject TestCliKill::sandboxState()
{
    QNetworkReply *reply =
        m_network.get(QNetworkRequest(QUrl(m_endpoint + QLatin1String("/_sandbox/state"))));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void TestCliKill::setFaults(const QByteArray &specs)
{
    QNetworkRequest request(QUrl(m_endpoint + QLatin1String("/_sandbox/faults")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkReply *reply =
        specs.isEmpty() ? m_network.deleteResource(request) : m_network.post(request, specs);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
}

QString TestCliKill::interruptedBatchId()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(CLASSICLINK_PATH),
                  {QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("batches")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("<batches failed>");
    const QJsonArray batches = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    return batches.isEmpty() ? QString()
                             : batches.first().toObject().value(QLatin1String("Batch")).toString();
}

void TestCliKill::killedBatchResumesWithoutDoubleAttach()
{
    QRandomGenerator random(test::testSeed()); // the kill times

    QStringList ids;
    for (int i = 0; i < 300; ++i)
        ids.append(QStringLiteral("i-gen%1").arg(i, 6, 10, QLatin1Char('0')));
    QStringList arguments{QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("attach"),
                          QStringLiteral("--vpc"), QStringLiteral("vpc-gen00000")};
    arguments += ids;

    // Each run is killed at a random moment once it is under way (an attach once its log is on disk, which
    // on a loaded machine can take longer than any fixed delay), until two kills left a batch to resume.
    const QString logs = m_home.filePath(QStringLiteral("data/classiclink-manager/batches"));
    int kills = 0;
    bool finished = false;
    QStringList transcript;
    for (int round = 0; round < 12 && kills < 3 && !finished; ++round) {
        const bool attach = arguments.contains(QLatin1String("attach"));
        const QStringList logsBefore = QDir(logs).entryList({QStringLiteral("*.log")}, QDir::Files);
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(CLASSICLINK_PATH), arguments);
        QVERIFY(process.waitForStarted());
        if (attach) {
            QVERIFY(QTest::qWaitFor(
                [&] {
                    const QStringList now = QDir(logs).entryList({QStringLiteral("*.log")}, QDir::Files);
                    return process.state() == QProcess::NotRunning ||
                           std::any_of(now.cbegin(), now.cend(),
                                       [&](const QString &name) { return !logsBefore.contains(name); });
                },
                60000));
        }
        const int killAfterMs = (attach ? 0 : 50) + int(random.bounded(550));
        if (!process.waitForFinished(killAfterMs)) {
            process.kill(); // SIGKILL: no handler runs, nothing is flushed on the way out
            QVERIFY(process.waitForFinished(10000));
        }
        const QString pending = interruptedBatchId();
        QVERIFY2(!pending.startsWith(QLatin1Char('<')), qPrintable(pending));
        transcript.append(QStringLiteral("%1 after %2 ms: %3, batch left: %4")
                              .arg(arguments.at(2))
                              .arg(killAfterMs)
                              .arg(process.exitStatus() == QProcess::CrashExit ? QStringLiteral("killed")
                                                                               : QStringLiteral("finished"))
                              .arg(pending.isEmpty() ? QStringLiteral("none") : pending));
        if (!pending.isEmpty()) {
            ++kills;
            arguments = {QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("resume"), pending};
        } else if (process.exitStatus() == QProcess::NormalExit || !attach ||
                   !sandboxState().value(QLatin1String("appliedWrites")).toObject().isEmpty()) {
            finished = true; // done before the kill, or killed after its last record
        } // else: killed while its plan was written, before anything was sent: start it again
    }
    QVERIFY2(kills >= 2, qPrintable(transcript.join(QLatin1Char('\n'))));

    // The last run finishes whatever is left.
    if (!finished) {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(CLASSICLINK_PATH), arguments);
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }
    QCOMPARE(interruptedBatchId(), QString());

    const QJsonObject state = sandboxState();
    const QJsonObject applied = state.value(QLatin1String("appliedWrites")).toObject();
    QHash<QString, QString> links;
    for (const QJsonValue &link : state.value(QLatin1String("links")).toArray())
        links.insert(link[QLatin1String("instance")].toString(), link[QLatin1String("vpc")].toString());
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(applied.value(QLatin1String("AttachClassicLinkVpc ") + id).toInt(), 1);
        QCOMPARE(links.value(id), QStringLiteral("vpc-gen00000"));
    }

    const QStringList files = QDir(logs).entryList({QStringLiteral("*.log")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    const std::optional<LoggedBatch> logged = OperationLog::read(QDir(logs).filePath(files.first()));
    QVERIFY(logged);
    QCOMPARE(logged->operations.size(), ids.size());
    for (const Operation &operation : logged->operations)
        QCOMPARE(operation.state, OperationState::Succeeded);
    QFile file(QDir(logs).filePath(files.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("sandbox-admin-secret"));
}

void TestCliKill::resumeNeedsTheAccountThatStartedTheBatch()
{
    const QString logs = m_home.filePath(QStringLiteral("data/classiclink-manager/batches"));
    const QString path = test::writeCrashedLog(
        logs, test::attachPlan({QStringLiteral("i-gen000390")}, QStringLiteral("vpc-gen00000"),
                               QStringLiteral("LTAI-someone-else"), m_endpoint));
    const QString id = interruptedBatchId();
    QVERIFY(path.contains(id));

    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(CLASSICLINK_PATH),
                  {QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("resume"), id.left(8)});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("was started with AccessKey ID LTAI-someone-else"));
    // Nothing was sent, and the batch is still there for its own account.
    QCOMPARE(interruptedBatchId(), id);
    const QJsonObject applied = sandboxState().value(QLatin1String("appliedWrites")).toObject();
    QVERIFY(!applied.contains(QLatin1String("AttachClassicLinkVpc i-gen000390")));
}

void TestCliKill::failedReadBackIsReportedOnceAndKeepsTheBatch()
{
    // Clear the batch of the previous test away: it belongs to another key.
    QDir(m_home.filePath(QStringLiteral("data/classiclink-manager/batches"))).removeRecursively();
    QStringList ids;
    for (int i = 350; i < 360; ++i)
        ids.append(QStringLiteral("i-gen%1").arg(i, 6, 10, QLatin1Char('0')));
    test::writeCrashedLog(m_home.filePath(QStringLiteral("data/classiclink-manager/batches")),
                          test::attachPlan(ids, QStringLiteral("vpc-gen00000"),
                                           QStringLiteral("sandbox-admin"),
                                           LoggedBatch::endpointText(QUrl(m_endpoint))));
    const QString id = interruptedBatchId();
    QVERIFY(!id.isEmpty());
    const QStringList arguments{QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("resume"), id};

    setFaults("internal-error:DescribeClassicLinkInstances");
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(CLASSICLINK_PATH), arguments);
    QVERIFY(process.waitForFinished(60000));
    setFaults({});
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(err.count(QLatin1String("Code: InternalError")), 1); // not once per operation
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).count(QLatin1String("Outcome unknown")), 10);
    QCOMPARE(interruptedBatchId(), id); // nothing was settled, nothing sent

    process.start(QStringLiteral(CLASSICLINK_PATH), arguments);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(interruptedBatchId(), QString());
    const QJsonObject applied = sandboxState().value(QLatin1String("appliedWrites")).toObject();
    for (const QString &instance : std::as_const(ids))
        QCOMPARE(applied.value(QLatin1String("AttachClassicLinkVpc ") + instance).toInt(), 1);
}

void TestCliKill::aRunningBatchIsNotOfferedToAnotherProcess()
{
    // Every attach answers slowly, so the batch is still being sent while a second classiclink looks.
    setFaults("slow:AttachClassicLinkVpc");
    QStringList arguments{QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("attach"),
                          QStringLiteral("--vpc"), QStringLiteral("vpc-gen00000")};
    for (int i = 300; i < 312; ++i)
        arguments.append(QStringLiteral("i-gen%1").arg(i, 6, 10, QLatin1Char('0')));
    QProcess running;
    running.setProcessEnvironment(environment());
    running.start(QStringLiteral(CLASSICLINK_PATH), arguments);
    QVERIFY(running.waitForStarted());
    const QDir batches(m_home.filePath(QStringLiteral("data/classiclink-manager/batches")));
    QString log;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QStringList names = batches.entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Time);
            for (const QString &name : names) {
                if (OperationLog::isInUse(batches.filePath(name)))
                    log = name;
            }
            return !log.isEmpty();
        },
        30000));
    const QString id = log.section(u'-', 2).chopped(4); // yyyyMMdd-HHmmsszzz-<uuid>.log
    QCOMPARE(running.state(), QProcess::Running);

    // A second process neither lists it as interrupted nor resumes it.
    QCOMPARE(interruptedBatchId(), QString());
    QProcess resume;
    resume.setProcessEnvironment(environment());
    resume.start(QStringLiteral(CLASSICLINK_PATH),
                 {QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("resume"), id});
    QVERIFY(resume.waitForFinished(30000));
    QCOMPARE(resume.exitCode(), 2);
    QVERIFY2(resume.readAllStandardError().contains("is being sent by another program right now"),
             qPrintable(id));
    QCOMPARE(running.state(), QProcess::Running);

    QVERIFY(running.waitForFinished(120000));
    QCOMPARE(running.exitCode(), 0);
    setFaults({});
    const QJsonObject applied = sandboxState().value(QLatin1String("appliedWrites")).toObject();
    for (int i = 300; i < 312; ++i)
        QCOMPARE(applied.value(QStringLiteral("AttachClassicLinkVpc i-gen%1").arg(i, 6, 10, QLatin1Char('0')))
                     .toInt(),
                 1);
}

QTEST_GUILESS_MAIN(TestCliKill)
#include "tst_clikill.moc"
