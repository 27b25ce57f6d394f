// `classiclink` end to end, as a user runs it: real processes, the ecs-sandbox executable as the cloud.
#include "testca.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsRegionsInstancesAndVpcs();
    void attachReportsEachInstance();
    void exitCodes_data();
    void exitCodes();
    void dryRunReproducesTheDocumentedSignature();
    void secretFromStandardInput();
    void jsonOutputIsParseable();
    void callAnyAction();
    void noSecretLandsInAnyFile();
    void sandboxOverHttpsWithTheConfiguredCa();
    void chineseMessageForEveryScenario_data();
    void chineseMessageForEveryScenario();
    void desktopSandboxModeNeverOpensASavedAccount();
    void secretTypedAtATerminalIsNotEchoed();
    void scanAgreesAcrossAccounts();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &env = adminEnvironment(), const QString &outputFile = {});
    static QProcessEnvironment adminEnvironment();

    QProcess m_sandbox;
    QString m_endpoint;
};

QProcessEnvironment TestCli::adminEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("sandbox-admin"));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("sandbox-admin-secret"));
    env.insert(QStringLiteral("ALIBABA_CLOUD_REGION_ID"), QStringLiteral("cn-hangzhou"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    return env;
}

void TestCli::initTestCase()
{
    m_sandbox.start(QStringLiteral(ECS_SANDBOX_PATH),
                    {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(m_sandbox.waitForStarted());
    QVERIFY(QTest::qWaitFor([this] { return m_sandbox.canReadLine(); }, 10000));
    const QString first = QString::fromUtf8(m_sandbox.readLine()).trimmed();
    QVERIFY2(first.startsWith(QLatin1String("LISTENING http://127.0.0.1:")), qPrintable(first));
    m_endpoint = first.mid(10);
    QVERIFY(QTest::qWaitFor([this] { return m_sandbox.canReadLine(); }, 5000));
    QCOMPARE(QString::fromUtf8(m_sandbox.readLine()).trimmed(),
             QStringLiteral("ACCESS-KEY sandbox-admin full account=sandbox"));
}

void TestCli::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

TestCli::Run TestCli::run(const QStringList &arguments, const QByteArray &input,
                          const QProcessEnvironment &env, const QString &outputFile)
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile);
    process.start(QStringLiteral(CLASSICLINK_PATH), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

void TestCli::listsRegionsInstancesAndVpcs()
{
    Run r = run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("regions")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("cn-hangzhou")));
    QVERIFY(r.out.contains(QLatin1String("China (Hangzhou)")));
    r = run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("instances"),
             QStringLiteral("--status"), QStringLiteral("Stopped")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(QLatin1String("i-stopped")), 5);
    QVERIFY(!r.out.contains(QLatin1String("i-running")));
    r = run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("vpcs"),
             QStringLiteral("--classiclink-only")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("vpc-classiclink01")));
    QVERIFY(!r.out.contains(QLatin1String("vpc-noclassiclink01")));
}

void TestCli::attachReportsEachInstance()
{
    const Run r = run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("--signature-version"),
                       QStringLiteral("v2"), QStringLiteral("attach"), QStringLiteral("--vpc"),
                       QStringLiteral("vpc-classiclink01"), QStringLiteral("i-running09"),
                       QStringLiteral("i-locked01")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(
        r.out.contains(QRegularExpression(QStringLiteral("i-running09\\s+vpc-classiclink01\\s+Succeeded"))));
    // The preflight holds the locked instance back before anything is sent, as the desktop does.
    QVERIFY2(r.out.contains(QRegularExpression(
                 QStringLiteral("i-locked01\\s+vpc-classiclink01\\s+Not sent: The instance is locked"))),
             qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("i-locked01: Not sent: The instance is locked")),
             qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("InvalidStatus.InstanceLocked")));
    const Run links = run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("links"),
                           QStringLiteral("--instance"), QStringLiteral("i-running09")});
    QVERIFY(links.out.contains(QLatin1String("vpc-classiclink01")));
    // The third step as a process: the rules go out, and links says so.
    const Run allowed =
        run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("allow-traffic"),
             QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01"), QStringLiteral("--vpc-group"),
             QStringLiteral("sg-prod-app"), QStringLiteral("i-running09")});
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
    QVERIFY2(allowed.out.contains(
                 QRegularExpression(QStringLiteral("sg-prod-app\\s+\\S+\\s+TCP\\s+22/22\\s+1\\s+Succeeded"))),
             qPrintable(allowed.out));
    QVERIFY(run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("links"),
                 QStringLiteral("--instance"), QStringLiteral("i-running09")})
                .out.contains(QLatin1String("Both ways")));
    QCOMPARE(
        run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("revoke-traffic"),
             QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01"), QStringLiteral("i-running09")})
            .exitCode,
        0);
    QCOMPARE(run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("detach"), QStringLiteral("--vpc"),
                  QStringLiteral("vpc-classiclink01"), QStringLiteral("i-running09")})
                 .exitCode,
             0);
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrText");
    QTest::newRow("no command") << QStringList{} << 2 << "No command given";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << "Unknown command";
    QTest::newRow("bad region") << QStringList{QStringLiteral("--region"), QStringLiteral("Hangzhou!"),
                                               QStringLiteral("instances")}
                                << 2 << "is not a region ID";
    QTest::newRow("bad id") << QStringList{QStringLiteral("attach"), QStringLiteral("--vpc"),
                                           QStringLiteral("vpc 1"), QStringLiteral("i-1")}
                            << 2 << "is not a valid resource ID";
    QTest::newRow("remote http") << QStringList{QStringLiteral("--endpoint"),
                                                QStringLiteral("http://example.com"),
                                                QStringLiteral("regions")}
                                 << 2 << "is not usable";
    QTest::newRow("refused") << QStringList{QStringLiteral("--endpoint"),
                                            QStringLiteral("http://127.0.0.1:9"), QStringLiteral("regions")}
                             << 3 << "The server refused the connection.";
    QTest::newRow("service error") << QStringList{QStringLiteral("call"),
                                                  QStringLiteral("AttachClassicLinkVpc"),
                                                  QStringLiteral("InstanceId=i-locked01"),
                                                  QStringLiteral("VpcId=vpc-classiclink01")}
                                   << 1 << "Code: InvalidStatus.InstanceLocked";
    QTest::newRow("preflight") << QStringList{QStringLiteral("attach"), QStringLiteral("--vpc"),
                                              QStringLiteral("vpc-noclassiclink01"),
                                              QStringLiteral("i-running01")}
                               << 1 << "i-running01: Not sent: ClassicLink is off for vpc-noclassiclink01";
    QTest::newRow("unknown vpc") << QStringList{QStringLiteral("attach"), QStringLiteral("--vpc"),
                                                QStringLiteral("vpc-nowhere"), QStringLiteral("i-running01")}
                                 << 1 << "There is no VPC vpc-nowhere in cn-hangzhou.";
    QTest::newRow("global option after the command")
        << QStringList{QStringLiteral("regions"), QStringLiteral("--dry-run")} << 2
        << "The option --dry-run does not apply to \"regions\"";
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrText);
    if (!arguments.contains(QLatin1String("--endpoint")))
        arguments.prepend(m_endpoint), arguments.prepend(QStringLiteral("--endpoint"));
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(stderrText), qPrintable(r.err));
}

void TestCli::dryRunReproducesTheDocumentedSignature()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("testid"));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("testsecret"));
    const Run r =
        run({QStringLiteral("--dry-run"), QStringLiteral("--timestamp"),
             QStringLiteral("2016-02-23T12:46:24Z"), QStringLiteral("--nonce"),
             QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"), QStringLiteral("--signature-version"),
             QStringLiteral("v2"), QStringLiteral("--method"), QStringLiteral("GET"), QStringLiteral("call"),
             QStringLiteral("DescribeRegions"), QStringLiteral("Format=XML")},
            {}, env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(
        r.out.trimmed(),
        QStringLiteral("GET https://ecs.aliyuncs.com/?AccessKeyId=testid&Action=DescribeRegions&Format=XML&"
                       "Signature=OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D&SignatureMethod=HMAC-SHA1&SignatureNonce="
                       "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&"
                       "SignatureVersion=1.0&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26"));
    QVERIFY(!r.out.contains(QLatin1String("testsecret")));
}

void TestCli::secretFromStandardInput()
{
    QProcessEnvironment env = adminEnvironment();
    env.remove(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    Run r = run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("regions")}, {}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("No AccessKey secret")));
    r = run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("--secret-stdin"),
             QStringLiteral("regions")},
            "sandbox-admin-secret\n", env);
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("--secret-stdin"),
             QStringLiteral("regions")},
            "wrong\n", env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("Error: The signature was rejected")));
    QVERIFY(!r.err.contains(QLatin1String("wrong\n")));
}

void TestCli::jsonOutputIsParseable()
{
    const Run r = run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("--output"),
                       QStringLiteral("json"), QStringLiteral("instances")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 21);
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QLatin1String("InstanceId")).toString() == QLatin1String("i-linked01"))
            QCOMPARE(row.toObject().value(QLatin1String("LinkedVpc")).toString(),
                     QStringLiteral("vpc-classiclink02"));
    }
}

void TestCli::callAnyAction()
{
    const Run r = run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("call"),
                       QStringLiteral("DescribeVpcAttribute"), QStringLiteral("--product"),
                       QStringLiteral("vpc"), QStringLiteral("VpcId=vpc-full01")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("ClassicLinkEnabled")).toBool(),
        true);
}

void TestCli::noSecretLandsInAnyFile()
{
    // A whole scripted session under a fresh HOME: add an STS account, list and show it, link an
    // instance with it, export, preview a request. Then no file anywhere under HOME may hold the
    // secret or the token (they live in the keychain of the test's D-Bus session).
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_REGION_ID"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral(".local/state")));
    const QString secret = QStringLiteral("sandbox-sts-secret");
    const QString token = QStringLiteral("sandbox-sts-token");

    Run r = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("temporary"),
                 QStringLiteral("--access-key-id"), QStringLiteral("sandbox-sts"),
                 QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("--sts")},
                (secret + u'\n' + token + u'\n').toUtf8(), env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("profiles"), QStringLiteral("list")}, {}, env);
    QVERIFY(r.out.contains(QLatin1String("temporary")));
    r = run({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("temporary")}, {}, env);
    QVERIFY(r.out.contains(QLatin1String("stored in the keychain")));
    QVERIFY(!r.out.contains(secret) && !r.out.contains(token));
    r = run({QStringLiteral("--profile"), QStringLiteral("temporary"), QStringLiteral("attach"),
             QStringLiteral("--vpc"), QStringLiteral("vpc-classiclink01"), QStringLiteral("i-running10")},
            {}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("--profile"), QStringLiteral("temporary"), QStringLiteral("--output"),
             QStringLiteral("json"), QStringLiteral("instances")},
            {}, env, home.filePath(QStringLiteral("export.json")));
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("--profile"), QStringLiteral("temporary"), QStringLiteral("--dry-run"),
             QStringLiteral("regions")},
            {}, env, home.filePath(QStringLiteral("request.txt")));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("--profile"),
                  QStringLiteral("temporary"), QStringLiteral("detach"), QStringLiteral("--vpc"),
                  QStringLiteral("vpc-classiclink01"), QStringLiteral("i-running10")},
                 {}, env)
                 .exitCode,
             0);

    // An STS session with a wrong secret: the gateway echoes its string-to-sign, token included, in the
    // Message of SignatureDoesNotMatch. Neither the terminal nor the batch log may carry it.
    QProcessEnvironment sts = env;
    sts.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("sandbox-sts"));
    sts.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("not-the-secret"));
    sts.insert(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), token);
    for (const char *version : {"v2", "v3"}) {
        r = run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("--region"),
                 QStringLiteral("cn-hangzhou"), QStringLiteral("--signature-version"), QLatin1String(version),
                 QStringLiteral("enable-classiclink"), QStringLiteral("vpc-noclassiclink01")},
                {}, sts);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("SignatureDoesNotMatch")), qPrintable(r.err));
        QVERIFY2(!r.out.contains(token) && !r.err.contains(token), qPrintable(r.err));
    }

    int files = 0;
    bool sawSettings = false;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        sawSettings = sawSettings || content.contains("sandbox-sts"); // the AccessKey ID is fine to keep
        QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(token.toUtf8()), qPrintable(file.fileName()));
    }
    QVERIFY(files >= 3); // settings, export, request preview
    QVERIFY(sawSettings);
    // What the tools write is the owner's alone.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString &path : {home.filePath(QStringLiteral(".config/ClassicLink/ClassicLink Manager.conf")),
                                home.filePath(QStringLiteral(".config/ClassicLink")),
                                home.filePath(QStringLiteral(".local/share/classiclink-manager/batches"))}) {
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QVERIFY2(!(QFile::permissions(path) & others), qPrintable(path));
    }
    QVERIFY(run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("temporary")}, {}, env)
                .exitCode == 0);
}

void TestCli::sandboxOverHttpsWithTheConfiguredCa()
{
    QTemporaryDir dir;
    clm::test::TestCa ca;
    const QString caError = ca.make();
    QVERIFY2(caError.isEmpty(), qPrintable(caError));

    QProcess sandbox;
    sandbox.start(QStringLiteral(ECS_SANDBOX_PATH), {QStringLiteral("--tls-cert"), ca.path("server.pem"),
                                                     QStringLiteral("--tls-key"), ca.path("server.key")});
    QVERIFY(sandbox.waitForStarted());
    QVERIFY(QTest::qWaitFor([&sandbox] { return sandbox.canReadLine(); }, 10000));
    const QString first = QString::fromUtf8(sandbox.readLine()).trimmed();
    QVERIFY2(first.startsWith(QLatin1String("LISTENING https://localhost:")), qPrintable(first));
    const QString endpoint = first.mid(10);

    QProcessEnvironment env = adminEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    Run r = run({QStringLiteral("--endpoint"), endpoint, QStringLiteral("regions")}, {}, env);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("Secure connection failed")), qPrintable(r.err));

    // The CA goes into the network settings, as the Network settings dialog would store it.
    QDir().mkpath(dir.filePath(QStringLiteral("config/ClassicLink")));
    QFile settings(dir.filePath(QStringLiteral("config/ClassicLink/ClassicLink Manager.conf")));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[network]\ncaBundle=" + ca.path("ca.pem").toUtf8() + "\nproxyMode=none\n");
    settings.close();
    r = run({QStringLiteral("--endpoint"), endpoint, QStringLiteral("regions")}, {}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("cn-hangzhou")));
    sandbox.kill();
    sandbox.waitForFinished();
}

void TestCli::chineseMessageForEveryScenario_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("title");
    // Sent with "call", past the preflight, so each of the cloud's own answers is met.
    auto attach = [](const char *instance, const char *vpc, const char *region = "cn-hangzhou") {
        return QStringList{QStringLiteral("--region"),
                           QLatin1String(region),
                           QStringLiteral("call"),
                           QStringLiteral("AttachClassicLinkVpc"),
                           QStringLiteral("InstanceId=") + QLatin1String(instance),
                           QStringLiteral("VpcId=") + QLatin1String(vpc)};
    };
    QTest::newRow("pending") << attach("i-pending01", "vpc-classiclink01")
                             << QStringLiteral("错误：实例不处于运行中或已停止状态");
    QTest::newRow("starting") << attach("i-starting01", "vpc-classiclink01")
                              << QStringLiteral("错误：实例不处于运行中或已停止状态");
    QTest::newRow("locked") << attach("i-locked01", "vpc-classiclink01")
                            << QStringLiteral("错误：实例已被锁定");
    QTest::newRow("linked") << attach("i-linked01", "vpc-classiclink01")
                            << QStringLiteral("错误：已连接到其他 VPC");
    QTest::newRow("denied") << attach("i-denied01", "vpc-classiclink01")
                            << QStringLiteral("错误：无法连接此实例");
    QTest::newRow("vpc instance") << attach("i-vpc01", "vpc-classiclink01")
                                  << QStringLiteral("错误：不是经典网络实例");
    QTest::newRow("limited region") << attach("i-limited01", "vpc-zjk01", "cn-zhangjiakou")
                                    << QStringLiteral("错误：此地域不支持");
    QTest::newRow("classiclink off") << attach("i-running01", "vpc-noclassiclink01")
                                     << QStringLiteral("错误：此 VPC 未开启 ClassicLink");
    QTest::newRow("quota") << attach("i-running01", "vpc-full01")
                           << QStringLiteral("错误：该 VPC 的连接配额已用完");
    QTest::newRow("malformed region")
        << QStringList{QStringLiteral("call"), QStringLiteral("AttachClassicLinkVpc"),
                       QStringLiteral("RegionId=cn-hangzhou!"), QStringLiteral("InstanceId=i-running01"),
                       QStringLiteral("VpcId=vpc-classiclink01")}
        << QStringLiteral("错误：地域无效");
    QTest::newRow("read-only key") << (QStringList{QStringLiteral("--access-key-id"),
                                                   QStringLiteral("sandbox-readonly")} +
                                       attach("i-running01", "vpc-classiclink01"))
                                   << QStringLiteral("错误：没有权限");
}

void TestCli::chineseMessageForEveryScenario()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, title);
    QProcessEnvironment env = adminEnvironment();
    if (arguments.contains(QLatin1String("sandbox-readonly")))
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                   QStringLiteral("sandbox-readonly-secret"));
    const Run r = run(QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                  QStringLiteral("--endpoint"), m_endpoint} +
                          arguments,
                      {}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(title), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("RequestId：")));
}

void TestCli::desktopSandboxModeNeverOpensASavedAccount()
{
    // A saved account whose "cloud" is a listener here, used last time. `classiclink-manager --sandbox`
    // must open on the sandbox and never call that account's endpoint.
    QTcpServer cloud;
    QVERIFY(cloud.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run added =
        run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("prod"),
             QStringLiteral("--access-key-id"), QStringLiteral("sandbox-admin"), QStringLiteral("--endpoint"),
             QStringLiteral("http://127.0.0.1:%1/").arg(cloud.serverPort())},
            "sandbox-admin-secret\n", env);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    {
        QSettings settings(home.filePath(QStringLiteral(".config/ClassicLink/ClassicLink Manager.conf")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("session/account"), QStringLiteral("prod"));
    }
    // The app says when it has loaded a region (clm.session): by then it has chosen its account and read
    // from it, so a call to the saved account would have reached the listener.
    QProcessEnvironment appEnv = env;
    appEnv.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("clm.session.debug=true"));
    QProcess app;
    app.setProcessEnvironment(appEnv);
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(QStringLiteral(CLASSICLINK_MANAGER_PATH), {QStringLiteral("--sandbox")});
    QVERIFY(app.waitForStarted());
    QByteArray output;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     output += app.readAll();
                     return output.contains("loaded cn-hangzhou from") || app.state() != QProcess::Running;
                 },
                 30000),
             output.constData());
    QCOMPARE(app.state(), QProcess::Running);
    QVERIFY2(!output.contains(QByteArray::number(cloud.serverPort())), output.constData());
    app.kill();
    app.waitForFinished();
    QVERIFY(!cloud.hasPendingConnections());
    QVERIFY(!cloud.waitForNewConnection(0));
    QVERIFY(run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("prod")}, {}, env)
                .exitCode == 0);
}

void TestCli::secretTypedAtATerminalIsNotEchoed()
{
    // `script` gives classiclink a terminal; the secret is typed once the prompt is there.
    QProcessEnvironment env = adminEnvironment();
    env.remove(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    QProcess terminal;
    terminal.setProcessEnvironment(env);
    terminal.start(QStringLiteral("script"), {QStringLiteral("-qec"),
                                              QStringLiteral("%1 --endpoint %2 --secret-stdin regions")
                                                  .arg(QStringLiteral(CLASSICLINK_PATH), m_endpoint),
                                              QStringLiteral("/dev/null")});
    QVERIFY2(terminal.waitForStarted(), "the script command (util-linux) is needed");
    QByteArray screen;
    QVERIFY(QTest::qWaitFor(
        [&] {
            screen += terminal.readAllStandardOutput();
            return screen.contains("AccessKey secret:");
        },
        20000));
    terminal.write("sandbox-admin-secret\n");
    QVERIFY(terminal.waitForFinished(30000));
    screen += terminal.readAllStandardOutput();
    QCOMPARE(terminal.exitCode(), 0);
    QVERIFY2(screen.contains("cn-hangzhou"), screen.constData());
    QVERIFY2(!screen.contains("sandbox-admin-secret"), screen.constData());
}

void TestCli::scanAgreesAcrossAccounts()
{
    // The branch account's key may not list cn-beijing: the cloud answers with an empty list there, and the
    // scan says "not read" with the reason and exits 4 instead of reporting none.
    QProcessEnvironment branch = adminEnvironment();
    branch.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("branch-ops"));
    branch.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("branch-ops-secret"));
    Run r = run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("--output"), QStringLiteral("csv"),
                 QStringLiteral("scan")},
                {}, branch);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QLatin1String("branch-ops cn-beijing: not read: ")) &&
                 r.err.contains(QLatin1String("Forbidden.RAM")),
             qPrintable(r.err));
    const QStringList rows = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + 3); // i-branch01..03; i-branch04 is in the region it may not see
    QVERIFY(!r.out.contains(QLatin1String("i-branch04")));
    // Another account's key sees only its own: staging has no classic instance anywhere.
    QProcessEnvironment staging = adminEnvironment();
    staging.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("staging-admin"));
    staging.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("staging-admin-secret"));
    r = run({QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("--output"), QStringLiteral("json"),
             QStringLiteral("scan")},
            {}, staging);
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows2 = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows2.size(), 5 + 1);
    for (const QJsonValue &row : rows2)
        QCOMPARE(row[QLatin1String("Classic")], QJsonValue(0));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
