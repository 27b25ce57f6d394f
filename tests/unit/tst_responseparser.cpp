// JSON and XML bodies, success and error, any root element; and what must be refused.
#include "api/apijob.h"
#include "api/responseparser.h"
#include "cloud/cloudclient.h"

#include <QTest>

using namespace clm;

class TestResponseParser final : public QObject
{
    Q_OBJECT

private slots:
    void jsonSuccess();
    void xmlSuccessLikeTheSeed();
    void xmlListsWithOneAndManyItems();
    void errorBodies_data();
    void errorBodies();
    void successStatusWithErrorCode();
    void malformedAndHostileBodies_data();
    void malformedAndHostileBodies();
    void writeOutcomeUnknownOn5xx();
    void manyXmlSiblingsParseInOnePass();
};

void TestResponseParser::jsonSuccess()
{
    const ParsedBody parsed = parseResponseBody(R"({"RequestId":"C0003E8B-B930-4F59-ADC0-0E209A9012A8"})");
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.object.value(QLatin1String("RequestId")).toString(),
             QStringLiteral("C0003E8B-B930-4F59-ADC0-0E209A9012A8"));
}

void TestResponseParser::xmlSuccessLikeTheSeed()
{
    const ParsedBody parsed =
        parseResponseBody("<AttachClassicLinkVpcResponse>\n  <RequestId>C0003E8B-B930-4F59-ADC0-"
                          "0E209A9012A8</RequestId>\n</AttachClassicLinkVpcResponse>\n");
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(parsed.object.value(QLatin1String("RequestId")).toString(),
             QStringLiteral("C0003E8B-B930-4F59-ADC0-0E209A9012A8"));
}

void TestResponseParser::xmlListsWithOneAndManyItems()
{
    const QByteArray one =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><DescribeInstancesResponse><TotalCount>1</TotalCount>"
        "<Instances><Instance><InstanceId>i-1</InstanceId><InnerIpAddress><IpAddress>10.0.0.1"
        "</IpAddress></InnerIpAddress><OperationLocks/></Instance></Instances></DescribeInstancesResponse>";
    ParsedBody parsed = parseResponseBody(one);
    QVERIFY(parsed.ok);
    QJsonArray instances = jsonList(parsed.object, QStringLiteral("Instances"), QStringLiteral("Instance"));
    QCOMPARE(instances.size(), 1);
    const ClassicInstance instance = CloudClient::instanceFromJson(instances.first().toObject());
    QCOMPARE(instance.id, QStringLiteral("i-1"));
    QCOMPARE(instance.innerIpAddresses, QStringList{QStringLiteral("10.0.0.1")});
    QVERIFY(instance.lockReasons.isEmpty());
    QCOMPARE(jsonInt(parsed.object.value(QLatin1String("TotalCount"))), 1);

    parsed = parseResponseBody(
        "<R><Instances><Instance><InstanceId>i-1</InstanceId></Instance><Instance><InstanceId>i-2"
        "</InstanceId></Instance></Instances></R>");
    instances = jsonList(parsed.object, QStringLiteral("Instances"), QStringLiteral("Instance"));
    QCOMPARE(instances.size(), 2);
    QCOMPARE(instances.at(1).toObject().value(QLatin1String("InstanceId")).toString(), QStringLiteral("i-2"));

    parsed = parseResponseBody(R"({"Links":{"Link":[]},"TotalCount":0})");
    QCOMPARE(jsonList(parsed.object, QStringLiteral("Links"), QStringLiteral("Link")).size(), 0);
}

void TestResponseParser::errorBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("json") << QByteArray(
        R"({"RequestId":"R1","HostId":"ecs.aliyuncs.com","Code":"QuotaExceeded",)"
        R"("Message":"The link quota exceeded in this vpc.","Recommend":"https://x/y"})");
    QTest::newRow("xml Error root") << QByteArray(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><RequestId>R1</RequestId>"
        "<HostId>ecs.aliyuncs.com</HostId><Code>QuotaExceeded</Code><Message>The link "
        "quota exceeded in this vpc.</Message><Recommend><![CDATA[https://x/y]]>"
        "</Recommend></Error>");
    QTest::newRow("xml action root") << QByteArray(
        "<AttachClassicLinkVpcResponse><RequestId>R1</RequestId><HostId>ecs.aliyuncs.com"
        "</HostId><Code>QuotaExceeded</Code><Message>The link quota exceeded in this "
        "vpc.</Message><Recommend>https://x/y</Recommend></AttachClassicLinkVpcResponse>");
    QTest::newRow("lowercase fields")
        << QByteArray(R"({"requestId":"R1","hostId":"ecs.aliyuncs.com","code":"QuotaExceeded",)"
                      R"("message":"The link quota exceeded in this vpc.","recommend":"https://x/y"})");
}

void TestResponseParser::errorBodies()
{
    QFETCH(QByteArray, body);
    ApiResult result;
    result.httpStatus = 403;
    interpretHttpAnswer(result, body, true);
    QCOMPARE(result.errorKind, ErrorKind::Service);
    QCOMPARE(result.requestId, QStringLiteral("R1"));
    QCOMPARE(result.code, QStringLiteral("QuotaExceeded"));
    QCOMPARE(result.message, QStringLiteral("The link quota exceeded in this vpc."));
    QCOMPARE(result.hostId, QStringLiteral("ecs.aliyuncs.com"));
    QCOMPARE(result.recommend, QStringLiteral("https://x/y"));
    QVERIFY(!result.outcomeUnknown); // a refusal the cloud explained settles a write
}

void TestResponseParser::successStatusWithErrorCode()
{
    ApiResult result;
    result.httpStatus = 200;
    interpretHttpAnswer(result, R"({"RequestId":"R","Code":"Throttling","Message":"slow down"})", false);
    QCOMPARE(result.errorKind, ErrorKind::Service);
    QVERIFY(result.isThrottling());
    result = {};
    result.httpStatus = 200;
    interpretHttpAnswer(result, R"({"RequestId":"R","Code":"200"})", false);
    QCOMPARE(result.errorKind, ErrorKind::None);
}

void TestResponseParser::malformedAndHostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated json") << QByteArray(R"({"RequestId":"R1","Instances":{"Inst)");
    QTest::newRow("truncated xml") << QByteArray("<R><RequestId>R1</RequestId><Instances><Instance>");
    QTest::newRow("json array") << QByteArray("[1,2,3]");
    QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body>");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("invalid utf-8 json") << QByteArray("{\"RequestId\":\"\xff\xfe\"}");
    QTest::newRow("deep json") << (QByteArray(5000, '[') + QByteArray(5000, ']'));
    QByteArray deepXml;
    for (int i = 0; i < 1000; ++i)
        deepXml += "<a>";
    QTest::newRow("deep xml") << deepXml;
    QTest::newRow("too large") << (QByteArray("{\"A\":\"") + QByteArray(kMaxResponseBytes, 'x') + "\"}");
}

void TestResponseParser::malformedAndHostileBodies()
{
    QFETCH(QByteArray, body);
    const ParsedBody parsed = parseResponseBody(body);
    QVERIFY(!parsed.ok);
    QVERIFY(!parsed.error.isEmpty());
    ApiResult result;
    result.httpStatus = 200;
    interpretHttpAnswer(result, body, false);
    QCOMPARE(result.errorKind, ErrorKind::MalformedBody);
    result = {};
    result.httpStatus = 502;
    interpretHttpAnswer(result, body, false);
    QCOMPARE(result.errorKind, ErrorKind::HttpStatus);
}

void TestResponseParser::writeOutcomeUnknownOn5xx()
{
    ApiResult result;
    result.httpStatus = 500;
    interpretHttpAnswer(result, R"({"RequestId":"R","Code":"InternalError","Message":"x"})", true);
    QCOMPARE(result.errorKind, ErrorKind::Service);
    QVERIFY(result.outcomeUnknown);
    result = {};
    result.httpStatus = 200;
    interpretHttpAnswer(result, "{\"RequestId\":", true);
    QVERIFY(result.outcomeUnknown);
}

void TestResponseParser::manyXmlSiblingsParseInOnePass()
{
    // 200,000 repeated siblings (about 5 MB): each repeat used to copy the array so far, which made a
    // hostile reply of this kind take minutes. Now it is one pass (well under a second in a release build).
    QByteArray body = "<DescribeInstancesResponse><Instances>";
    for (int i = 0; i < 200000; ++i)
        body += "<Instance><InstanceId>i-" + QByteArray::number(i) + "</InstanceId></Instance>";
    body += "</Instances><RequestId>r</RequestId></DescribeInstancesResponse>";
    const ParsedBody parsed = parseResponseBody(body);
    QVERIFY(parsed.ok);
    const QJsonArray items = jsonList(parsed.object, QStringLiteral("Instances"), QStringLiteral("Instance"));
    QCOMPARE(items.size(), 200000);
    QCOMPARE(items.at(199999).toObject().value(QLatin1String("InstanceId")).toString(),
             QStringLiteral("i-199999"));
    QCOMPARE(parsed.object.value(QLatin1String("RequestId")).toString(), QStringLiteral("r"));
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
