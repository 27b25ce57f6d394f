// Network settings for real: requests pass through a real proxy (tinyproxy, started here) to the sandbox,
// the system mode honours HTTPS_PROXY and NO_PROXY, a self-signed CA fails with a clear TLS message
// until it is configured as the extra CA bundle, and "Test connection" reads a clock skew from Date.
#include "api/apiclient.h"
#include "api/networksettings.h"
#include "cloud/connectiontest.h"
#include "i18n/translations.h"
#include "sandboxserver.h"
#include "testca.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace clm;

namespace {

// Answers every request `server` gets with the raw HTTP `answer`, then closes the connection.
void answerWith(QTcpServer &server, const QByteArray &answer)
{
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, answer] {
        QTcpSocket *socket = server.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, answer] {
            socket->readAll();
            socket->write(answer);
            socket->disconnectFromHost();
        });
    });
}

// One DescribeRegions through a client of its own to `server`, without retries; its result.
ApiResult askOnce(const QTcpServer &server)
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setCredentials(
        Credentials{QStringLiteral("sandbox-admin"), QStringLiteral("sandbox-admin-secret"), {}});
    ClientSettings settings;
    settings.endpointOverride = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()));
    settings.retry.maxRetries = 0;
    client.setSettings(settings);
    ApiCall *call = client.send(ApiRequest{Product::Ecs, QStringLiteral("DescribeRegions"), {}, {}, false});
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<ApiResult>();
}

} // namespace

class TestNetwork final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void manualHttpProxyCarriesTheRequests();
    void systemModeHonoursHttpsProxyAndNoProxy();
    void deadProxyIsReportedAsProxy();
    void extraCaBundleMakesTlsWork();
    void testConnectionReportsClockSkew();
    void redirectsAreNotFollowed();
    void answersEchoingTheSecretAreRedacted_data();
    void answersEchoingTheSecretAreRedacted();
    void anotherClientDoesNotDisturbRequestsInFlight();

private:
    ConnectionReport probe(const NetworkSettings &settings, const QUrl &endpoint,
                           const QString &proxyPassword = {});
    static quint16 freePort();
    // Sends one request through the proxy to "localhost" and waits for the proxy to log it: the proxy logs
    // in order, so every connection it made for an earlier, finished request is in the log by then.
    [[nodiscard]] bool proxyBarrier();

    sandbox::SandboxServer m_sandbox;
    QTemporaryDir m_dir;
    QProcess m_proxy;
    quint16 m_proxyPort = 0;
    QByteArray m_proxyLog;
};

quint16 TestNetwork::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool TestNetwork::proxyBarrier()
{
    const qsizetype logBefore = m_proxyLog.size();
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxyPort));
    QUrl url = m_sandbox.baseUrl();
    url.setHost(QStringLiteral("localhost"));
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    return QTest::qWaitFor(
        [&] { return m_proxyLog.mid(logBefore).contains("Established connection to host \"localhost\""); },
        10000);
}

void TestNetwork::initTestCase()
{
    installTranslations(QStringLiteral("en")); // plural forms
    QVERIFY(m_sandbox.start());
    const QString tinyproxy = QStandardPaths::findExecutable(
        QStringLiteral("tinyproxy"), {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
    if (tinyproxy.isEmpty())
        QFAIL("tinyproxy is needed (scripts/install-deps.sh installs it)");
    m_proxyPort = freePort();
    QFile config(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("Port " + QByteArray::number(m_proxyPort) +
                 "\nListen 127.0.0.1\nAllow 127.0.0.1\nTimeout 30\nLogLevel Info\n"
                 "MaxClients 50\nConnectPort 443\n");
    config.close();
    m_proxy.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_proxy, &QProcess::readyRead, this, [this] { m_proxyLog += m_proxy.readAll(); });
    m_proxy.start(tinyproxy, {QStringLiteral("-d"), QStringLiteral("-c"), config.fileName()});
    QVERIFY(m_proxy.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_proxyLog.contains("listening on fd"), 10000);
}

void TestNetwork::cleanupTestCase()
{
    m_proxy.terminate();
    m_proxy.waitForFinished(5000);
}

ConnectionReport TestNetwork::probe(const NetworkSettings &settings, const QUrl &endpoint,
                                    const QString &proxyPassword)
{
    QNetworkAccessManager network;
    settings.applyProxy(&network, proxyPassword);
    ApiClient client(&network);
    client.setCredentials({QStringLiteral("sandbox-admin"), QStringLiteral("sandbox-admin-secret"), {}});
    ClientSettings clientSettings = settings.clientSettings();
    clientSettings.endpointOverride = endpoint;
    clientSettings.retry.maxRetries = 0;
    client.setSettings(clientSettings);
    std::optional<ConnectionReport> report;
    testConnection(&client, &network, this, [&report](const ConnectionReport &r) { report = r; });
    if (!QTest::qWaitFor([&report] { return report.has_value(); }, 20000))
        return {};
    return *report;
}

void TestNetwork::manualHttpProxyCarriesTheRequests()
{
    NetworkSettings settings;
    settings.proxyMode = NetworkSettings::ProxyMode::Http;
    settings.proxyHost = QStringLiteral("127.0.0.1");
    settings.proxyPort = m_proxyPort;
    const qsizetype logBefore = m_proxyLog.size();
    const int before = m_sandbox.requestCount(QStringLiteral("DescribeRegions"));
    const ConnectionReport report = probe(settings, m_sandbox.baseUrl());
    QCOMPARE(report.verdict, ConnectionReport::Verdict::Ok);
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("DescribeRegions")), before + 1);
    QTRY_VERIFY(m_proxyLog.mid(logBefore).contains("Established connection to host \"127.0.0.1\""));
}

void TestNetwork::systemModeHonoursHttpsProxyAndNoProxy()
{
    NetworkSettings settings; // system
    const QByteArray proxy = "http://127.0.0.1:" + QByteArray::number(m_proxyPort);
    qputenv("HTTP_PROXY", proxy);
    qputenv("HTTPS_PROXY", proxy);
    qputenv("NO_PROXY", "example.invalid");
    EnvironmentProxyFactory factory;
    const QNetworkProxyQuery cloud(QUrl(QStringLiteral("https://ecs.aliyuncs.com/")));
    QList<QNetworkProxy> chosen = factory.queryProxy(cloud);
    QCOMPARE(chosen.first().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(chosen.first().port(), m_proxyPort);
    qputenv("NO_PROXY", "localhost,.aliyuncs.com");
    QCOMPARE(factory.queryProxy(cloud).first().type(), QNetworkProxy::NoProxy);

    // Loopback (the sandbox) never goes through the proxy, whatever the environment says.
    qputenv("NO_PROXY", "example.invalid");
    QCOMPARE(factory.queryProxy(QNetworkProxyQuery(m_sandbox.baseUrl())).first().type(),
             QNetworkProxy::NoProxy);
    const qsizetype logBefore = m_proxyLog.size();
    QCOMPARE(probe(settings, m_sandbox.baseUrl()).verdict, ConnectionReport::Verdict::Ok);
    QVERIFY(proxyBarrier());
    QVERIFY(!m_proxyLog.mid(logBefore).contains("Established connection to host \"127.0.0.1\""));
    qunsetenv("HTTP_PROXY");
    qunsetenv("HTTPS_PROXY");
    qunsetenv("NO_PROXY");
}

void TestNetwork::deadProxyIsReportedAsProxy()
{
    NetworkSettings settings;
    settings.proxyMode = NetworkSettings::ProxyMode::Http;
    settings.proxyHost = QStringLiteral("127.0.0.1");
    settings.proxyPort = freePort(); // nothing listens there
    const ConnectionReport report = probe(settings, m_sandbox.baseUrl());
    QVERIFY2(report.verdict == ConnectionReport::Verdict::Proxy,
             qPrintable(QString::number(report.result.networkError) + u' ' + report.result.diagnostic));
    QVERIFY(report.text().contains(QLatin1String("proxy")));
}

void TestNetwork::extraCaBundleMakesTlsWork()
{
    test::TestCa ca;
    const QString caError = ca.make();
    QVERIFY2(caError.isEmpty(), qPrintable(caError));
    auto read = [&ca](const char *name) {
        return ca.read(name);
    };
    sandbox::SandboxServer tls;
    QVERIFY(tls.enableTls(QSslCertificate(read("server.pem")), QSslKey(read("server.key"), QSsl::Rsa)));
    QVERIFY(tls.start());

    NetworkSettings settings;
    settings.proxyMode = NetworkSettings::ProxyMode::None;
    ConnectionReport report = probe(settings, tls.baseUrl());
    QCOMPARE(report.verdict, ConnectionReport::Verdict::Tls);
    QVERIFY(report.text().contains(QLatin1String("certificate is not trusted")));
    QCOMPARE(tls.requestCount(), 0);

    settings.caBundlePath = ca.path("ca.pem");
    QVERIFY(settings.validate().isEmpty());
    report = probe(settings, tls.baseUrl());
    QCOMPARE(report.verdict, ConnectionReport::Verdict::Ok);
    QCOMPARE(tls.requestCount(QStringLiteral("DescribeRegions")), 1);
}

void TestNetwork::testConnectionReportsClockSkew()
{
    m_sandbox.setClockOffsetSecs(-42 * 60);
    NetworkSettings settings;
    settings.proxyMode = NetworkSettings::ProxyMode::None;
    const ConnectionReport report = probe(settings, m_sandbox.baseUrl());
    m_sandbox.setClockOffsetSecs(0);
    QCOMPARE(report.verdict, ConnectionReport::Verdict::ClockSkew);
    QVERIFY(qAbs(report.clockSkewMinutes + 42) <= 1);
    QVERIFY2(report.text().contains(QLatin1String("42 minutes")) ||
                 report.text().contains(QLatin1String("41 minutes")),
             qPrintable(report.text()));
}

QTEST_GUILESS_MAIN(TestNetwork)
void TestNetwork::redirectsAreNotFollowed()
{
    // The endpoint answers 302 to another host: the signed headers must not travel there.
    QTcpServer elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress::LocalHost, 0));
    QTcpServer redirecting;
    QVERIFY(redirecting.listen(QHostAddress::LocalHost, 0));
    answerWith(redirecting, "HTTP/1.1 302 Found\r\nLocation: http://localhost:" +
                                QByteArray::number(elsewhere.serverPort()) +
                                "/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    const ApiResult result = askOnce(redirecting);
    QCOMPARE(result.httpStatus, 302);
    QCOMPARE(int(result.errorKind), int(ErrorKind::HttpStatus));
    // A followed redirect would have connected there before its answer could be the result.
    QVERIFY(!elsewhere.hasPendingConnections());
    QVERIFY(!elsewhere.waitForNewConnection(0));
}

void TestNetwork::answersEchoingTheSecretAreRedacted_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("holdsSecret");
    // The secret as it is, written with a JSON escape, with an XML character reference, split by a CDATA
    // section or a comment, and absent.
    QTest::newRow("plain") << QByteArray(R"({"RequestId":"r1","Echo":{"List":["x sandbox-admin-secret y"]}})")
                           << true;
    QTest::newRow("json escape") << QByteArray(R"({"RequestId":"r1","Echo":"sandbox\u002dadmin-secret"})")
                                 << true;
    QTest::newRow("xml entity")
        << QByteArray("<R><RequestId>r1</RequestId><Echo>sandbox&#45;admin-secret</Echo></R>") << true;
    QTest::newRow("xml cdata")
        << QByteArray("<R><RequestId>r1</RequestId><Echo>sandbox-admin-<![CDATA[secret]]></Echo></R>")
        << true;
    QTest::newRow("xml comment")
        << QByteArray("<R><RequestId>r1</RequestId><Echo>sandbox-admin<!-- -->-secret</Echo></R>") << true;
    QTest::newRow("absent") << QByteArray(R"({"RequestId":"r1","Echo":"sandbox-admin"})") << false;
}

void TestNetwork::answersEchoingTheSecretAreRedacted()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, holdsSecret);
    QTcpServer echoing;
    QVERIFY(echoing.listen(QHostAddress::LocalHost, 0));
    const QByteArray type = answer.startsWith('<') ? "text/xml" : "application/json";
    answerWith(echoing, "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " +
                            QByteArray::number(answer.size()) + "\r\nConnection: close\r\n\r\n" + answer);
    const ApiResult result = askOnce(echoing);
    QVERIFY2(result.ok(), qPrintable(result.diagnostic));
    QVERIFY(result.rawBody.isEmpty()); // the answer's bytes never leave the client
    const QString echo = QString::fromUtf8(QJsonDocument(result.body).toJson());
    QVERIFY2(!echo.contains(QLatin1String("admin-secret")), qPrintable(echo));
    QCOMPARE(echo.contains(QLatin1String("[redacted]")), holdsSecret);
    if (!holdsSecret)
        QVERIFY(echo.contains(QLatin1String("sandbox-admin")));
}

void TestNetwork::anotherClientDoesNotDisturbRequestsInFlight()
{
    // Test connection builds a client of its own on the shared manager while the window's requests run.
    m_sandbox.holdAnswers({QStringLiteral("DescribeRegions")}); // in flight until released below
    const int before = m_sandbox.requestCount(QStringLiteral("DescribeRegions"));
    QNetworkAccessManager network;
    ClientSettings settings;
    settings.endpointOverride = m_sandbox.baseUrl();
    settings.retry.maxRetries = 0;
    ApiClient client(&network);
    client.setCredentials(
        Credentials{QStringLiteral("sandbox-admin"), QStringLiteral("sandbox-admin-secret"), {}});
    client.setSettings(settings);
    ApiCall *call = client.send(ApiRequest{Product::Ecs, QStringLiteral("DescribeRegions"), {}, {}, false});
    QSignalSpy finished(call, &ApiCall::finished);
    // On the wire: the sandbox counts a request when it arrives.
    QTRY_COMPARE(m_sandbox.requestCount(QStringLiteral("DescribeRegions")), before + 1);
    {
        ApiClient probe(&network);
        probe.setSettings(settings);
    }
    QVERIFY(finished.isEmpty());
    m_sandbox.releaseHeld();
    QVERIFY(finished.wait(10000));
    const ApiResult result = finished.first().first().value<ApiResult>();
    QVERIFY2(result.ok(), qPrintable(result.diagnostic));
}

#include "tst_network.moc"
