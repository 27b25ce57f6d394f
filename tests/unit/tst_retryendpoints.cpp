// When a failed call is tried again and after how long, and where each product's calls go.
#include "api/apijob.h"
#include "api/endpoints.h"
#include "api/retrypolicy.h"

#include <QNetworkReply>
#include <QTest>

using namespace clm;

class TestRetryEndpoints final : public QObject
{
    Q_OBJECT

private slots:
    void readsRetry_data();
    void readsRetry();
    void writesRetryOnlyWhenNothingHappened_data();
    void writesRetryOnlyWhenNothingHappened();
    void writeAnswers_data();
    void writeAnswers();
    void attemptsAreCapped();
    void backoffGrowsWithJitterAndHonoursRetryAfter();
    void endpoints();
    void plainHttpOnlyToLoopback_data();
    void plainHttpOnlyToLoopback();
    void regionEndpointsOnlyUnderAliyuncs();
};

static ApiResult service(int status, const char *code)
{
    ApiResult result;
    result.errorKind = ErrorKind::Service;
    result.httpStatus = status;
    result.code = QLatin1String(code);
    return result;
}

static ApiResult transport(ErrorKind kind, QNetworkReply::NetworkError error, bool unknown)
{
    ApiResult result;
    result.errorKind = kind;
    result.networkError = error;
    result.outcomeUnknown = unknown;
    return result;
}

void TestRetryEndpoints::readsRetry_data()
{
    QTest::addColumn<ApiResult>("result");
    QTest::addColumn<bool>("retry");
    QTest::newRow("throttling") << service(400, "Throttling") << true;
    QTest::newRow("throttling.user") << service(400, "Throttling.User") << true;
    QTest::newRow("429") << service(429, "TooManyRequests") << true;
    QTest::newRow("503") << service(503, "ServiceUnavailable") << true;
    QTest::newRow("500") << service(500, "InternalError") << true;
    QTest::newRow("nonce reused") << service(400, "SignatureNonceUsed") << true;
    QTest::newRow("refused") << transport(ErrorKind::Network, QNetworkReply::ConnectionRefusedError, false)
                             << true;
    QTest::newRow("timeout") << transport(ErrorKind::Timeout, QNetworkReply::TimeoutError, false) << true;
    QTest::newRow("signature") << service(400, "SignatureDoesNotMatch") << false;
    QTest::newRow("forbidden") << service(403, "Forbidden.RAM") << false;
    QTest::newRow("tls") << transport(ErrorKind::Tls, QNetworkReply::SslHandshakeFailedError, false) << false;
    QTest::newRow("cancelled") << transport(ErrorKind::Cancelled, QNetworkReply::OperationCanceledError,
                                            false)
                               << false;
    QTest::newRow("ok") << ApiResult{} << false;
}

void TestRetryEndpoints::readsRetry()
{
    QFETCH(ApiResult, result);
    QFETCH(bool, retry);
    QCOMPARE(RetryPolicy{}.shouldRetry(result, false, 1), retry);
}

void TestRetryEndpoints::writesRetryOnlyWhenNothingHappened_data()
{
    QTest::addColumn<ApiResult>("result");
    QTest::addColumn<bool>("retry");
    QTest::newRow("throttled") << service(400, "Throttling") << true;
    QTest::newRow("nonce reused") << service(400, "SignatureNonceUsed") << false;
    QTest::newRow("refused before sending")
        << transport(ErrorKind::Network, QNetworkReply::ConnectionRefusedError, false) << true;
    QTest::newRow("host not found") << transport(ErrorKind::Network, QNetworkReply::HostNotFoundError, false)
                                    << true;
    QTest::newRow("dropped after sending")
        << transport(ErrorKind::Network, QNetworkReply::RemoteHostClosedError, true) << false;
    QTest::newRow("timeout") << transport(ErrorKind::Timeout, QNetworkReply::TimeoutError, true) << false;
    ApiResult internal = service(500, "InternalError");
    internal.outcomeUnknown = true;
    QTest::newRow("500") << internal << false;
    QTest::newRow("quota") << service(403, "QuotaExceeded") << false;
}

void TestRetryEndpoints::writesRetryOnlyWhenNothingHappened()
{
    QFETCH(ApiResult, result);
    QFETCH(bool, retry);
    QCOMPARE(RetryPolicy{}.shouldRetry(result, true, 1), retry);
}

void TestRetryEndpoints::writeAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("unknown");
    QTest::newRow("success") << 200 << QByteArray(R"({"RequestId":"r-1"})") << int(ErrorKind::None) << false;
    QTest::newRow("empty object") << 200 << QByteArray("{}") << int(ErrorKind::MalformedBody) << true;
    QTest::newRow("a proxy's page") << 200 << QByteArray("<html><body>Welcome</body></html>")
                                    << int(ErrorKind::MalformedBody) << true;
    QTest::newRow("nonce already seen")
        << 400 << QByteArray(R"({"RequestId":"r-2","Code":"SignatureNonceUsed","Message":"used"})")
        << int(ErrorKind::Service) << true;
    QTest::newRow("refused") << 403 << QByteArray(R"({"RequestId":"r-3","Code":"QuotaExceeded"})")
                             << int(ErrorKind::Service) << false;
    QTest::newRow("redirect") << 302 << QByteArray() << int(ErrorKind::HttpStatus) << false;
}

void TestRetryEndpoints::writeAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(bool, unknown);
    ApiResult result;
    result.httpStatus = status;
    interpretHttpAnswer(result, body, true);
    QCOMPARE(int(result.errorKind), kind);
    QCOMPARE(result.outcomeUnknown, unknown);
    // A read of the same answer is never "unknown".
    ApiResult read;
    read.httpStatus = status;
    interpretHttpAnswer(read, body, false);
    QVERIFY(!read.outcomeUnknown);
}

void TestRetryEndpoints::attemptsAreCapped()
{
    const RetryPolicy policy;
    const ApiResult throttled = service(400, "Throttling");
    QVERIFY(policy.shouldRetry(throttled, false, 3));
    QVERIFY(!policy.shouldRetry(throttled, false, 4)); // 1 attempt + 3 retries
}

void TestRetryEndpoints::backoffGrowsWithJitterAndHonoursRetryAfter()
{
    RetryPolicy policy;
    policy.baseDelayMs = 100;
    policy.maxDelayMs = 1000;
    ApiResult result = service(503, "ServiceUnavailable");
    for (int attempt = 1; attempt <= 6; ++attempt) {
        const int ceiling = std::min(1000, 100 << (attempt - 1));
        for (int i = 0; i < 50; ++i) {
            const int delay = policy.delayMs(result, attempt);
            QVERIFY2(delay >= ceiling / 2 && delay <= ceiling, qPrintable(QString::number(delay)));
        }
    }
    result.retryAfterMs = 5000;
    QCOMPARE(policy.delayMs(result, 1), 5000);
    result.retryAfterMs = 600000;
    QCOMPARE(policy.delayMs(result, 1), policy.maxRetryAfterMs);
}

void TestRetryEndpoints::endpoints()
{
    Endpoints endpoints;
    QCOMPARE(endpoints.endpointFor(Product::Ecs, QStringLiteral("cn-hangzhou")).toString(),
             QStringLiteral("https://ecs.aliyuncs.com/"));
    endpoints.setRegionEndpoint(QStringLiteral("cn-hangzhou"),
                                QStringLiteral("ecs.cn-hangzhou.aliyuncs.com"));
    QCOMPARE(endpoints.endpointFor(Product::Ecs, QStringLiteral("cn-hangzhou")).host(),
             QStringLiteral("ecs.cn-hangzhou.aliyuncs.com"));
    QCOMPARE(endpoints.endpointFor(Product::Vpc, QStringLiteral("cn-hangzhou")).host(),
             QStringLiteral("vpc.aliyuncs.com"));
    QCOMPARE(endpoints.endpointFor(Product::Vpc, QStringLiteral("cn-zhangjiakou")).host(),
             QStringLiteral("vpc.cn-zhangjiakou.aliyuncs.com"));
    const Endpoints sandbox(QUrl(QStringLiteral("http://127.0.0.1:8080/")));
    QCOMPARE(sandbox.endpointFor(Product::Vpc, QStringLiteral("cn-zhangjiakou")).toString(),
             QStringLiteral("http://127.0.0.1:8080/"));
    QCOMPARE(sandbox.endpointFor(Product::Ecs, {}).toString(), QStringLiteral("http://127.0.0.1:8080/"));
}

void TestRetryEndpoints::plainHttpOnlyToLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://ecs.aliyuncs.com/" << true;
    QTest::newRow("http loopback") << "http://127.0.0.1:9000/" << true;
    QTest::newRow("http localhost") << "http://localhost:9000/" << true;
    QTest::newRow("http ipv6 loopback") << "http://[::1]:9000/" << true;
    QTest::newRow("http remote") << "http://ecs.aliyuncs.com/" << false;
    QTest::newRow("http private") << "http://10.0.0.5/" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
    QTest::newRow("no host") << "https:///" << false;
    QTest::newRow("user and password") << "https://user:secret@ecs.aliyuncs.com/" << false;
    QTest::newRow("user on loopback") << "http://user@127.0.0.1:9000/" << false;
}

void TestRetryEndpoints::plainHttpOnlyToLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(Endpoints::isAllowedEndpoint(QUrl(url)), allowed);
    QString error;
    QCOMPARE(Endpoints::parseEndpoint(url, &error).isEmpty(), !allowed);
    QVERIFY(!error.contains(QLatin1String("secret"))); // never repeated back
}

void TestRetryEndpoints::regionEndpointsOnlyUnderAliyuncs()
{
    Endpoints endpoints;
    endpoints.setRegionEndpoint(QStringLiteral("cn-beijing"), QStringLiteral("ecs.cn-beijing.aliyuncs.com"));
    endpoints.setRegionEndpoint(QStringLiteral("cn-shanghai"), QStringLiteral("ecs.attacker.example"));
    endpoints.setRegionEndpoint(QStringLiteral("cn-shenzhen"), QStringLiteral("evil.com/ecs.aliyuncs.com"));
    endpoints.setRegionEndpoint(QStringLiteral("cn-qingdao"), QStringLiteral("aliyuncs.com.evil.example"));
    QCOMPARE(endpoints.endpointFor(Product::Ecs, QStringLiteral("cn-beijing")).host(),
             QStringLiteral("ecs.cn-beijing.aliyuncs.com"));
    for (const char *region : {"cn-shanghai", "cn-shenzhen", "cn-qingdao"})
        QCOMPARE(endpoints.endpointFor(Product::Ecs, QLatin1String(region)).host(),
                 QStringLiteral("ecs.aliyuncs.com"));
    QVERIFY(Endpoints::isAlibabaCloudHost(QStringLiteral("ECS.cn-hangzhou.aliyuncs.com")));
    QVERIFY(!Endpoints::isAlibabaCloudHost(QStringLiteral("aliyuncs.com.example")));
}

QTEST_GUILESS_MAIN(TestRetryEndpoints)
#include "tst_retryendpoints.moc"
