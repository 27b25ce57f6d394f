// The sandbox's gateway behaviour, driven with hand-made HTTP requests: what the cloud answers to bad
// signatures, stale timestamps, replayed nonces and malformed requests, and its answer formats.
#include "gatewaysignature.h"
#include "sandboxharness.h"
#include "signing/signature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QUuid>

using namespace clm;
using namespace clm::test;

class TestSandboxProtocol final : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_sandbox.server.reset(); }
    void gatewayRefusals_data();
    void gatewayRefusals();
    void signatureMismatchShowsTheServerStringToSign();
    void replayedNonceIsRefused();
    void expiredStsTokenIsRefused();
    void v3ChecksWhateverHeadersAreSigned();
    void unsignedAcsHeaderIsRefused();
    void gatewayReproducesTheDocumentedVectors();
    void xmlAnswerHasTheSeedShape();
    void jsonIsTheV3Default();
    void malformedEncodingAndDuplicates();
    void controlPathReadsAndResetsState();
    void securityGroupsAsTheCloudKeepsThem();
    void whatAMoveToAVpcNeeds();
    void accountsKeepTheirOwnResources();
    void regionWithoutPermissionListsNothingAndRefusesDryRun();
    void rateLimitIsPerAccount();
    void tokensOnlyRefusesPageNumbers();
    void generateSpreadsOverRegionsAndAccounts();

private:
    struct Raw
    {
        int status = 0;
        QByteArray body;
        QByteArray requestIdHeader;
    };
    Raw send(const QByteArray &method, const QByteArray &query, const QByteArray &body = {},
             const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // A V2 GET with all the common parameters, optionally changed.
    QByteArray v2Query(QMap<QByteArray, QByteArray> overrides,
                       const QString &secret = QStringLiteral("sandbox-admin-secret"),
                       const QByteArray &method = "GET");

    SandboxHarness m_sandbox;
    int m_nonce = 0;
};

TestSandboxProtocol::Raw TestSandboxProtocol::send(const QByteArray &method, const QByteArray &query,
                                                   const QByteArray &body,
                                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_sandbox.server.baseUrl();
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty() && request.rawHeader("content-type").isEmpty())
        request.setRawHeader("content-type", "application/x-www-form-urlencoded");
    QNetworkReply *reply = m_sandbox.network.sendCustomRequest(request, method, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!spy.wait(10000))
        return {};
    Raw raw{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->rawHeader("x-acs-request-id")};
    reply->deleteLater();
    return raw;
}

QByteArray TestSandboxProtocol::v2Query(QMap<QByteArray, QByteArray> overrides, const QString &secret,
                                        const QByteArray &method)
{
    QMap<QByteArray, QByteArray> params{
        {"AccessKeyId", "sandbox-admin"},
        {"Action", "DescribeRegions"},
        {"Format", "JSON"},
        {"SignatureMethod", "HMAC-SHA1"},
        {"SignatureNonce",
         "nonce-" + QByteArray::number(++m_nonce) + QByteArray::number(QDateTime::currentMSecsSinceEpoch())},
        {"SignatureVersion", "1.0"},
        {"Timestamp", formatTimestamp(QDateTime::currentDateTimeUtc()).toLatin1()},
        {"Version", "2014-05-26"}};
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (it.value().isNull())
            params.remove(it.key());
        else
            params.insert(it.key(), it.value());
    }
    signing::ParamList list;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        list.append({it.key(), it.value()});
    const QByteArray signature = signing::v2Signature(signing::v2StringToSign(method, list), secret);
    return signing::canonicalQuery(list) + "&Signature=" + signing::percentEncode(signature);
}

void TestSandboxProtocol::gatewayRefusals_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray old = formatTimestamp(QDateTime::currentDateTimeUtc().addSecs(-16 * 60)).toLatin1();
    const QByteArray future = formatTimestamp(QDateTime::currentDateTimeUtc().addSecs(16 * 60)).toLatin1();
    QTest::newRow("ok") << v2Query({}) << 200 << QString();
    QTest::newRow("wrong secret") << v2Query({}, QStringLiteral("nope")) << 400
                                  << QStringLiteral("SignatureDoesNotMatch");
    QTest::newRow("unknown key") << v2Query({{"AccessKeyId", "nobody"}}) << 404
                                 << QStringLiteral("InvalidAccessKeyId.NotFound");
    QTest::newRow("stale timestamp") << v2Query({{"Timestamp", old}}) << 400
                                     << QStringLiteral("InvalidTimeStamp.Expired");
    QTest::newRow("future timestamp")
        << v2Query({{"Timestamp", future}}) << 400 << QStringLiteral("InvalidTimeStamp.Expired");
    QTest::newRow("bad timestamp") << v2Query({{"Timestamp", "yesterday"}}) << 400
                                   << QStringLiteral("InvalidTimeStamp.Format");
    QTest::newRow("no nonce") << v2Query({{"SignatureNonce", QByteArray()}}) << 400
                              << QStringLiteral("MissingParameter");
    QTest::newRow("no signature") << v2Query({}).replace("&Signature=", "&Sig=") << 400
                                  << QStringLiteral("IncompleteSignature");
    QTest::newRow("bad method") << v2Query({{"SignatureMethod", "HMAC-MD5"}}) << 400
                                << QStringLiteral("InvalidSignatureMethod");
    QTest::newRow("unknown version") << v2Query({{"Version", "2099-01-01"}}) << 400
                                     << QStringLiteral("InvalidParameter");
    QTest::newRow("unknown action") << v2Query({{"Action", "RunInstances"}}) << 404
                                    << QStringLiteral("InvalidAction.NotFound");
    QTest::newRow("vpc action on ecs version")
        << v2Query({{"Action", "EnableVpcClassicLink"}}) << 404 << QStringLiteral("InvalidAction.NotFound");
    QTest::newRow("missing region") << v2Query({{"Action", "DescribeInstances"}}) << 400
                                    << QStringLiteral("MissingParameter");
    QTest::newRow("malformed region")
        << v2Query({{"Action", "DescribeInstances"}, {"RegionId", "cn-hangzhou!"}}) << 403
        << QStringLiteral("InvalidRegionId.Malformed");
    QTest::newRow("bad page size") << v2Query({{"Action", "DescribeInstances"},
                                               {"RegionId", "cn-hangzhou"},
                                               {"PageSize", "101"}})
                                   << 400 << QStringLiteral("InvalidParameter");
}

void TestSandboxProtocol::gatewayRefusals()
{
    QFETCH(QByteArray, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Raw raw = send("GET", query);
    QCOMPARE(raw.status, status);
    ApiResult result;
    result.httpStatus = raw.status;
    interpretHttpAnswer(result, raw.body, false);
    QCOMPARE(result.code, code);
    QVERIFY(!raw.requestIdHeader.isEmpty());
    QCOMPARE(result.requestId.toLatin1(), raw.requestIdHeader);
    if (!code.isEmpty())
        QCOMPARE(result.hostId, QStringLiteral("ecs.aliyuncs.com"));
}

void TestSandboxProtocol::signatureMismatchShowsTheServerStringToSign()
{
    const QByteArray query = v2Query({}, QStringLiteral("wrong"));
    const Raw raw = send("GET", query);
    ApiResult result;
    result.httpStatus = raw.status;
    interpretHttpAnswer(result, raw.body, false);
    QCOMPARE(result.code, QStringLiteral("SignatureDoesNotMatch"));
    QVERIFY2(result.message.contains(
                 QLatin1String("server string to sign is:GET&%2F&AccessKeyId%3Dsandbox-admin%26Action%3D")),
             qPrintable(result.message));
}

void TestSandboxProtocol::replayedNonceIsRefused()
{
    const QByteArray query = v2Query({});
    QCOMPARE(send("GET", query).status, 200);
    const Raw again = send("GET", query);
    QCOMPARE(again.status, 400);
    QVERIFY(again.body.contains("SignatureNonceUsed"));
}

void TestSandboxProtocol::expiredStsTokenIsRefused()
{
    m_sandbox.client.setCredentials({QStringLiteral("sandbox-sts-expired"),
                                     QStringLiteral("sandbox-sts-expired-secret"),
                                     QStringLiteral("sandbox-sts-expired-token")});
    ApiResult result = m_sandbox.call(ecsRead("DescribeRegions", {}));
    QCOMPARE(result.code, QStringLiteral("InvalidSecurityToken.Expired"));
    for (const SignatureVersion version : {SignatureVersion::V2, SignatureVersion::V3}) {
        m_sandbox.configure(version, HttpMethod::Post);
        m_sandbox.client.setCredentials({QStringLiteral("sandbox-sts"), QStringLiteral("sandbox-sts-secret"),
                                         QStringLiteral("sandbox-sts-token")});
        QVERIFY(m_sandbox.call(ecsRead("DescribeRegions", {})).ok());
        m_sandbox.client.setCredentials(
            {QStringLiteral("sandbox-sts"), QStringLiteral("sandbox-sts-secret"), {}});
        QCOMPARE(m_sandbox.call(ecsRead("DescribeRegions", {})).code,
                 QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"));
    }
    m_sandbox.configure(SignatureVersion::V3, HttpMethod::Post);
    m_sandbox.client.setCredentials(kAdmin);
}

void TestSandboxProtocol::v3ChecksWhateverHeadersAreSigned()
{
    const QByteArray host = hostHeaderFor(m_sandbox.server.baseUrl());
    const QByteArray date = formatTimestamp(QDateTime::currentDateTimeUtc()).toLatin1();
    auto signedHeaders = [&](const QByteArray &nonce, bool withExtra) {
        signing::ParamList headers{{"host", host},
                                   {"x-acs-action", "DescribeRegions"},
                                   {"x-acs-content-sha256", signing::sha256Hex({})},
                                   {"x-acs-date", date},
                                   {"x-acs-signature-nonce", nonce},
                                   {"x-acs-version", "2014-05-26"}};
        if (withExtra)
            headers.emplaceBack("x-acs-custom", "  padded value ");
        return headers;
    };
    for (const bool extra : {false, true}) {
        const QByteArray nonce =
            "v3-" + QByteArray::number(extra) + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const signing::ParamList headers = signedHeaders(nonce, extra);
        const QByteArray signature = signing::v3Signature(
            signing::v3StringToSign(signing::v3CanonicalRequest(
                {"GET", "/", {{"AcceptLanguage", "en-US"}}, headers, signing::sha256Hex({})})),
            QStringLiteral("sandbox-admin-secret"));
        QList<QPair<QByteArray, QByteArray>> sent;
        for (const auto &header : headers) {
            if (header.first != "host")
                sent.append(header);
        }
        sent.emplaceBack("authorization",
                         QByteArray("ACS3-HMAC-SHA256 Credential=sandbox-admin,SignedHeaders=" +
                                    signing::v3SignedHeaders(headers) + ",Signature=" + signature));
        const Raw raw = send("GET", "AcceptLanguage=en-US", {}, sent);
        QVERIFY2(raw.status == 200, raw.body);
        QVERIFY(raw.body.contains("China (Hangzhou)"));
        // Tampering with a signed header breaks the signature.
        sent[0].second = "DescribeInstances";
        const Raw tampered = send("GET", "AcceptLanguage=en-US", {}, sent);
        QCOMPARE(tampered.status, 400);
        QVERIFY(tampered.body.contains("SignatureDoesNotMatch"));
    }
}

void TestSandboxProtocol::unsignedAcsHeaderIsRefused()
{
    // An x-acs-* header outside SignedHeaders (here the STS token) could be swapped on the way.
    const QByteArray host = hostHeaderFor(m_sandbox.server.baseUrl());
    const signing::ParamList headers{
        {"host", host},
        {"x-acs-action", "DescribeRegions"},
        {"x-acs-content-sha256", signing::sha256Hex({})},
        {"x-acs-date", formatTimestamp(QDateTime::currentDateTimeUtc()).toLatin1()},
        {"x-acs-signature-nonce", QUuid::createUuid().toByteArray(QUuid::Id128)},
        {"x-acs-version", "2014-05-26"}};
    const QByteArray signature = signing::v3Signature(signing::v3StringToSign(signing::v3CanonicalRequest(
                                                          {"GET", "/", {}, headers, signing::sha256Hex({})})),
                                                      QStringLiteral("sandbox-admin-secret"));
    QList<QPair<QByteArray, QByteArray>> sent(headers.cbegin() + 1, headers.cend());
    sent.emplaceBack("x-acs-security-token", "not-signed");
    sent.emplaceBack("authorization", "ACS3-HMAC-SHA256 Credential=sandbox-admin,SignedHeaders=" +
                                          signing::v3SignedHeaders(headers) + ",Signature=" + signature);
    const Raw raw = send("GET", {}, {}, sent);
    QCOMPARE(raw.status, 400);
    QVERIFY2(raw.body.contains("IncompleteSignature"), raw.body);
    QVERIFY(raw.body.contains("x-acs-security-token"));
}

void TestSandboxProtocol::gatewayReproducesTheDocumentedVectors()
{
    // The sandbox's own canonicalization, against the documentation's examples (not the client's code).
    const QByteArray v2 =
        sandbox::gateway::v2StringToSign("GET", {{"Version", "2014-05-26"},
                                                 {"Timestamp", "2016-02-23T12:46:24Z"},
                                                 {"SignatureVersion", "1.0"},
                                                 {"SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"},
                                                 {"SignatureMethod", "HMAC-SHA1"},
                                                 {"Format", "XML"},
                                                 {"Action", "DescribeRegions"},
                                                 {"AccessKeyId", "testid"}});
    QCOMPARE(sandbox::gateway::v2Signature(v2, QStringLiteral("testsecret")),
             QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
    const QByteArray emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    const QByteArray v3 = sandbox::gateway::v3StringToSign(
        "POST", "/",
        {{"RegionId", "cn-shanghai"}, {"ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"}},
        {{"x-acs-version", "2014-05-26"},
         {"Host", "ecs.cn-shanghai.aliyuncs.com"},
         {"x-acs-action", "RunInstances"},
         {"x-acs-content-sha256", emptyHash},
         {"x-acs-date", "2023-10-26T10:22:32Z"},
         {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"}},
        {});
    QCOMPARE(sandbox::gateway::v3Signature(v3, QStringLiteral("YourAccessKeySecret")),
             QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    QVERIFY(sandbox::gateway::equalInConstantTime("abc", "abc"));
    QVERIFY(!sandbox::gateway::equalInConstantTime("abc", "abd"));
    QVERIFY(!sandbox::gateway::equalInConstantTime("abc", "abcd"));
}

void TestSandboxProtocol::xmlAnswerHasTheSeedShape()
{
    ApiRequest request = CloudClient::attachRequest(
        QStringLiteral("cn-hangzhou"), QStringLiteral("i-running01"), QStringLiteral("vpc-classiclink01"));
    request.params.insert(QStringLiteral("Format"), QStringLiteral("XML"));
    m_sandbox.configure(SignatureVersion::V2, HttpMethod::Post);
    const ApiResult ok = m_sandbox.call(request);
    QVERIFY(ok.ok());
    const QByteArray query = v2Query({{"Format", "XML"}});
    const Raw raw = send("GET", query);
    QVERIFY2(raw.body.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><DescribeRegionsResponse>"),
             raw.body);
    QVERIFY(raw.body.contains("<Regions><Region><LocalName>"));
    const ApiResult refused = m_sandbox.call(request);
    QCOMPARE(refused.code, QStringLiteral("Abs.InvalidInstanceId.MalFormed"));
    QCOMPARE(refused.message, QStringLiteral("The instance has been linked to other vpc"));
    QCOMPARE(refused.httpStatus, 403);
    QVERIFY(!refused.requestId.isEmpty());
    m_sandbox.configure(SignatureVersion::V3, HttpMethod::Post);
}

void TestSandboxProtocol::jsonIsTheV3Default()
{
    const ApiResult result = m_sandbox.call(ecsRead("DescribeRegions", {}));
    QVERIFY(result.ok());
    QVERIFY(result.body.value(QLatin1String("Regions")).toObject().value(QLatin1String("Region")).isArray());
}

void TestSandboxProtocol::malformedEncodingAndDuplicates()
{
    QByteArray query = v2Query({});
    // A broken escape in a form body. (In the query, the HTTP layer already reads a stray % literally.)
    Raw raw = send("POST", {}, v2Query({}, QStringLiteral("sandbox-admin-secret"), "POST") + "&Extra=%G1");
    QCOMPARE(raw.status, 400);
    QVERIFY2(raw.body.contains("malformed percent-encoded"), raw.body);

    raw = send("GET", query + "&Format=XML");
    QCOMPARE(raw.status, 400);
    QVERIFY(raw.body.contains("more than once"));
    raw = send("POST", {}, query + "&Pad=" + QByteArray(2 * 1024 * 1024, 'x'));
    QCOMPARE(raw.status, 400);
    // The server is still fine afterwards.
    QCOMPARE(send("GET", v2Query({})).status, 200);
}

void TestSandboxProtocol::controlPathReadsAndResetsState()
{
    QVERIFY(
        m_sandbox
            .write(CloudClient::attachRequest(QStringLiteral("cn-hangzhou"), QStringLiteral("i-running02"),
                                              QStringLiteral("vpc-classiclink01")))
            .ok());
    QCOMPARE(m_sandbox.server.state().links.value(QStringLiteral("i-running02")),
             QStringLiteral("vpc-classiclink01"));
    QNetworkRequest request(m_sandbox.server.baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/state"))));
    QNetworkReply *reply = m_sandbox.network.get(request);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    QVERIFY(spy.wait());
    QVERIFY(reply->readAll().contains("\"instance\":\"i-running02\",\"vpc\":\"vpc-classiclink01\""));
    reply->deleteLater();
    reply = m_sandbox.network.post(
        QNetworkRequest(m_sandbox.server.baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/reset")))),
        QByteArray());
    QSignalSpy resetSpy(reply, &QNetworkReply::finished);
    QVERIFY(resetSpy.wait());
    reply->deleteLater();
    QVERIFY(!m_sandbox.server.state().links.contains(QStringLiteral("i-running02")));
}

// Security groups and their inbound rules: listed, read (a classic group's intranet rules only when asked
// for), authorized once however often it is sent, revoked, refused with the documented codes.
void TestSandboxProtocol::securityGroupsAsTheCloudKeepsThem()
{
    const auto write = [this](const char *action, QMap<QString, QString> params) {
        params.insert(QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou"));
        return m_sandbox.write(ApiRequest{Product::Ecs, QLatin1String(action), {}, params, true});
    };
    const auto rules = [this](const QString &group, const QString &nicType) {
        QMap<QString, QString> params{{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                                      {QStringLiteral("SecurityGroupId"), group}};
        if (!nicType.isEmpty())
            params.insert(QStringLiteral("NicType"), nicType);
        const ApiResult result = m_sandbox.call(ecsRead("DescribeSecurityGroupAttribute", params));
        return result.body.value(QLatin1String("Permissions"))
            .toObject()
            .value(QLatin1String("Permission"))
            .toArray();
    };
    const ApiResult vpcGroups = m_sandbox.call(
        ecsRead("DescribeSecurityGroups", {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                                           {QStringLiteral("VpcId"), QStringLiteral("vpc-classiclink01")}}));
    QVERIFY(vpcGroups.ok());
    const QJsonArray listed = vpcGroups.body.value(QLatin1String("SecurityGroups"))
                                  .toObject()
                                  .value(QLatin1String("SecurityGroup"))
                                  .toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(QLatin1String("SecurityGroupId")).toString(),
             QStringLiteral("sg-prod-app"));
    const ApiResult homeGroups = m_sandbox.call(
        ecsRead("DescribeSecurityGroups", {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                                           {QStringLiteral("VpcId"), QStringLiteral("vpc-home01")}}));
    QCOMPARE(homeGroups
                 .body[QLatin1String("SecurityGroups")][QLatin1String("SecurityGroup")][0]
                      [QLatin1String("SecurityGroupType")]
                 .toString(),
             QStringLiteral("enterprise"));
    const ApiResult instances = m_sandbox.call(
        ecsRead("DescribeInstances", {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                                      {QStringLiteral("InstanceIds"), QStringLiteral("[\"i-linked01\"]")}}));
    QCOMPARE(instances.body.value(QLatin1String("Instances"))
                 .toObject()
                 .value(QLatin1String("Instance"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("SecurityGroupIds"))
                 .toObject()
                 .value(QLatin1String("SecurityGroupId"))
                 .toArray()
                 .first()
                 .toString(),
             QStringLiteral("sg-classic-linked"));
    QCOMPARE(rules(QStringLiteral("sg-classic-linked"), {}).size(), 0); // internet by default
    QCOMPARE(rules(QStringLiteral("sg-classic-linked"), QStringLiteral("intranet")).size(), 1);

    const QMap<QString, QString> rule{
        {QStringLiteral("SecurityGroupId"), QStringLiteral("sg-prod-app")},
        {QStringLiteral("IpProtocol"), QStringLiteral("tcp")},
        {QStringLiteral("PortRange"), QStringLiteral("22/22")},
        {QStringLiteral("SourceGroupId"), QStringLiteral("sg-cn-hangzhou-default")},
        {QStringLiteral("NicType"), QStringLiteral("intranet")},
        {QStringLiteral("Description"), QStringLiteral("classiclink-manager")}};
    QVERIFY(write("AuthorizeSecurityGroup", rule).ok());
    QVERIFY(write("AuthorizeSecurityGroup", rule).ok()); // the same rule again: success, nothing added
    QCOMPARE(rules(QStringLiteral("sg-prod-app"), {}).size(), 1);
    QVERIFY(write("RevokeSecurityGroup", rule).ok());
    QCOMPARE(rules(QStringLiteral("sg-prod-app"), {}).size(), 0);

    struct Refusal
    {
        const char *field;
        const char *value;
        const char *code;
    };
    for (const Refusal &refusal :
         {Refusal{"IpProtocol", "smtp", "InvalidIpProtocol.Malformed"},
          Refusal{"Priority", "101", "InvalidPriority.Malformed"},
          Refusal{"PortRange", "-1/-1", "InvalidPortRange.Malformed"},
          Refusal{"SecurityGroupId", "sg-missing", "InvalidSecurityGroupId.NotFound"},
          Refusal{"SourceGroupId", "sg-missing", "InvalidSourceGroupId.NotFound"},
          Refusal{"NicType", "internet", "InvalidSourceGroupId.Mismatch"},
          Refusal{"SecurityGroupId", "sg-noclassiclink-app", "InvalidSecurityGroup.InvalidNetworkType"},
          Refusal{"SourceGroupId", "sg-staging-app", "InvalidNetworkType.Mismatch"},
          Refusal{"SecurityGroupId", "sg-full-app", "AuthorizationLimitExceed"}}) {
        QMap<QString, QString> bad = rule;
        bad.insert(QLatin1String(refusal.field), QLatin1String(refusal.value));
        QCOMPARE(write("AuthorizeSecurityGroup", bad).code, QLatin1String(refusal.code));
    }
    QCOMPARE(rules(QStringLiteral("sg-full-app"), {}).size(), 200);

    // The documented form: Permissions.N. The same refusals, rule by rule; a bad second rule leaves the
    // first unapplied too, and the error names the rule.
    const auto permissions = [](const QList<QMap<QString, QString>> &list) {
        QMap<QString, QString> params{{QStringLiteral("SecurityGroupId"), QStringLiteral("sg-prod-app")}};
        for (qsizetype n = 0; n < list.size(); ++n) {
            for (auto it = list.at(n).cbegin(); it != list.at(n).cend(); ++it) {
                if (it.key() == QLatin1String("SecurityGroupId"))
                    params.insert(it.key(), it.value());
                else
                    params.insert(QStringLiteral("Permissions.%1.").arg(n + 1) + it.key(), it.value());
            }
        }
        return params;
    };
    QMap<QString, QString> web = rule;
    web.insert(QStringLiteral("PortRange"), QStringLiteral("80/80"));
    for (const Refusal &refusal :
         {Refusal{"IpProtocol", "smtp", "InvalidIpProtocol.Malformed"},
          Refusal{"Priority", "101", "InvalidPriority.Malformed"},
          Refusal{"PortRange", "-1/-1", "InvalidPortRange.Malformed"},
          Refusal{"SourceGroupId", "sg-missing", "InvalidSourceGroupId.NotFound"},
          Refusal{"NicType", "internet", "InvalidSourceGroupId.Mismatch"},
          Refusal{"SourceGroupId", "sg-staging-app", "InvalidNetworkType.Mismatch"}}) {
        QMap<QString, QString> bad = web;
        bad.insert(QLatin1String(refusal.field), QLatin1String(refusal.value));
        const ApiResult refused = write("AuthorizeSecurityGroup", permissions({rule, bad}));
        QCOMPARE(refused.code, QLatin1String(refusal.code));
        QVERIFY2(refused.message.contains(QLatin1String("Permissions.2.")), qPrintable(refused.message));
        QCOMPARE(rules(QStringLiteral("sg-prod-app"), {}).size(), 0); // not even the good first rule
    }
    QCOMPARE(write("AuthorizeSecurityGroup", permissions({rule, web})).code, QString());
    QCOMPARE(rules(QStringLiteral("sg-prod-app"), {}).size(), 2);
    // Some rules new, some there: success, nothing duplicated.
    QMap<QString, QString> https = rule;
    https.insert(QStringLiteral("PortRange"), QStringLiteral("443/443"));
    QCOMPARE(write("AuthorizeSecurityGroup", permissions({web, https, rule})).code, QString());
    QCOMPARE(rules(QStringLiteral("sg-prod-app"), {}).size(), 3);
    QCOMPARE(write("RevokeSecurityGroup", permissions({rule, web, https})).code, QString());
    QCOMPARE(rules(QStringLiteral("sg-prod-app"), {}).size(), 0);
    // At most 100 rules a call.
    QMap<QString, QString> tooMany = permissions({rule});
    tooMany.insert(QStringLiteral("Permissions.101.IpProtocol"), QStringLiteral("tcp"));
    QCOMPARE(write("AuthorizeSecurityGroup", tooMany).code, QStringLiteral("InvalidParameter"));
}

namespace {

QStringList instanceIds(const QByteArray &body)
{
    QStringList ids;
    const QJsonArray list = QJsonDocument::fromJson(body)
                                .object()
                                .value(QLatin1String("Instances"))
                                .toObject()
                                .value(QLatin1String("Instance"))
                                .toArray();
    for (const QJsonValue &instance : list)
        ids.append(instance.toObject().value(QLatin1String("InstanceId")).toString());
    return ids;
}

QByteArray codeOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("Code")).toString().toLatin1();
}

} // namespace

// The calls that prepare a move to a VPC: both directions of rules, new groups, new vSwitches with the
// documented refusals, free addresses, and disks.
void TestSandboxProtocol::whatAMoveToAVpcNeeds()
{
    const auto ask = [this](Product product, const char *action, QMap<QString, QString> params, bool write) {
        params.insert(QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou"));
        return m_sandbox.call(ApiRequest{product, QLatin1String(action), {}, params, write});
    };
    const auto list = [](const ApiResult &result, const char *outer, const char *inner) {
        return result.body.value(QLatin1String(outer)).toObject().value(QLatin1String(inner)).toArray();
    };
    const auto rules = [&](const QString &direction) {
        return list(ask(Product::Ecs, "DescribeSecurityGroupAttribute",
                        {{QStringLiteral("SecurityGroupId"), QStringLiteral("sg-classic-web")},
                         {QStringLiteral("NicType"), QStringLiteral("intranet")},
                         {QStringLiteral("Direction"), direction}},
                        false),
                    "Permissions", "Permission");
    };
    QCOMPARE(rules(QStringLiteral("all")).size(), 3);
    QCOMPARE(rules(QStringLiteral("ingress")).size(), 2);
    const QJsonArray egress = rules(QStringLiteral("egress"));
    QCOMPARE(egress.size(), 1);
    QCOMPARE(egress.first()[QLatin1String("DestGroupId")].toString(), QStringLiteral("sg-classic-db"));
    QCOMPARE(egress.first()[QLatin1String("DestGroupOwnerAccount")].toString(), QStringLiteral("sandbox"));
    const QJsonArray ingress = rules(QStringLiteral("ingress"));
    QCOMPARE(ingress.last()[QLatin1String("SourceGroupOwnerAccount")].toString(),
             QStringLiteral("1234567890123456"));
    QCOMPARE(ask(Product::Ecs, "DescribeSecurityGroupAttribute",
                 {{QStringLiteral("SecurityGroupId"), QStringLiteral("sg-classic-web")},
                  {QStringLiteral("Direction"), QStringLiteral("outbound")}},
                 false)
                 .code,
             QStringLiteral("InvalidParameter"));

    // An outbound rule is added once, and only to the outbound rules.
    const QMap<QString, QString> outbound{
        {QStringLiteral("SecurityGroupId"), QStringLiteral("sg-classic-web")},
        {QStringLiteral("Permissions.1.IpProtocol"), QStringLiteral("tcp")},
        {QStringLiteral("Permissions.1.PortRange"), QStringLiteral("6379/6379")},
        {QStringLiteral("Permissions.1.DestCidrIp"), QStringLiteral("10.0.0.0/8")},
        {QStringLiteral("Permissions.1.NicType"), QStringLiteral("intranet")}};
    QVERIFY(ask(Product::Ecs, "AuthorizeSecurityGroupEgress", outbound, true).ok());
    QVERIFY(ask(Product::Ecs, "AuthorizeSecurityGroupEgress", outbound, true).ok());
    QCOMPARE(rules(QStringLiteral("egress")).size(), 2);
    QCOMPARE(rules(QStringLiteral("ingress")).size(), 2);

    // A new group of the VPC; its ClientToken makes a repeat create nothing.
    const QMap<QString, QString> group{{QStringLiteral("VpcId"), QStringLiteral("vpc-classiclink01")},
                                       {QStringLiteral("SecurityGroupName"), QStringLiteral("web-copy")},
                                       {QStringLiteral("SecurityGroupType"), QStringLiteral("normal")},
                                       {QStringLiteral("ClientToken"), QStringLiteral("copy-web-1")}};
    const qsizetype groupsBefore = m_sandbox.server.state().securityGroups.size();
    const ApiResult created = ask(Product::Ecs, "CreateSecurityGroup", group, true);
    QVERIFY2(created.ok(), qPrintable(created.code));
    const QString groupId = created.body.value(QLatin1String("SecurityGroupId")).toString();
    QCOMPARE(
        ask(Product::Ecs, "CreateSecurityGroup", group, true).body.value(QLatin1String("SecurityGroupId")),
        groupId);
    QCOMPARE(m_sandbox.server.state().securityGroups.size(), groupsBefore + 1);
    QCOMPARE(m_sandbox.server.state().securityGroups.last().id, groupId);
    QCOMPARE(m_sandbox.server.state().securityGroups.last().vpcId, QStringLiteral("vpc-classiclink01"));
    QMap<QString, QString> wrongType = group;
    wrongType.insert(QStringLiteral("SecurityGroupType"), QStringLiteral("advanced"));
    wrongType.remove(QStringLiteral("ClientToken"));
    QCOMPARE(ask(Product::Ecs, "CreateSecurityGroup", wrongType, true).code,
             QStringLiteral("InvalidParams.GroupType"));
    // The documented errors of a malformed name or description, and of an advanced group outside a VPC.
    const auto refusal = [&](const char *name, const QString &value) {
        QMap<QString, QString> changed = wrongType;
        changed.insert(QStringLiteral("SecurityGroupType"), QStringLiteral("normal"));
        changed.insert(QLatin1String(name), value);
        return ask(Product::Ecs, "CreateSecurityGroup", changed, true).code;
    };
    for (const QString &name : {QStringLiteral("1web"), QStringLiteral("w"), QStringLiteral("web copy"),
                                QStringLiteral("http://web"), QString(129, u'w')})
        QCOMPARE(refusal("SecurityGroupName", name), QStringLiteral("InvalidSecurityGroupName.Malformed"));
    QCOMPARE(refusal("SecurityGroupName", QString::fromUtf8("网站-copy:1.a_b")), QString());
    QCOMPARE(refusal("Description", QStringLiteral("https://example.com")),
             QStringLiteral("InvalidDescription.Malformed"));
    QCOMPARE(refusal("Description", QString(257, u'd')), QStringLiteral("InvalidDescription.Malformed"));
    QMap<QString, QString> advancedClassic = wrongType;
    advancedClassic.insert(QStringLiteral("SecurityGroupType"), QStringLiteral("enterprise"));
    advancedClassic.remove(QStringLiteral("VpcId"));
    QCOMPARE(ask(Product::Ecs, "CreateSecurityGroup", advancedClassic, true).code,
             QStringLiteral("InvalidParams.VpcIdGroupType"));
    // An advanced group's rules name no other group.
    QMap<QString, QString> advanced = group;
    advanced.insert(QStringLiteral("SecurityGroupType"), QStringLiteral("enterprise"));
    advanced.insert(QStringLiteral("ClientToken"), QStringLiteral("copy-web-advanced"));
    const ApiResult advancedMade = ask(Product::Ecs, "CreateSecurityGroup", advanced, true);
    QVERIFY2(advancedMade.ok(), qPrintable(advancedMade.code));
    const QMap<QString, QString> groupRule{
        {QStringLiteral("SecurityGroupId"),
         advancedMade.body.value(QLatin1String("SecurityGroupId")).toString()},
        {QStringLiteral("Permissions.1.IpProtocol"), QStringLiteral("ALL")},
        {QStringLiteral("Permissions.1.PortRange"), QStringLiteral("-1/-1")},
        {QStringLiteral("Permissions.1.SourceGroupId"), groupId},
        {QStringLiteral("Permissions.1.NicType"), QStringLiteral("intranet")}};
    QCOMPARE(ask(Product::Ecs, "AuthorizeSecurityGroup", groupRule, true).code,
             QStringLiteral("InvalidGroupAuthParameter.OperationDenied"));

    // vSwitches: inside the VPC's block, overlapping nothing, in a zone of the region.
    const auto vswitch = [&](const QString &zone, const QString &cidr) {
        return ask(Product::Vpc, "CreateVSwitch",
                   {{QStringLiteral("VpcId"), QStringLiteral("vpc-classiclink02")},
                    {QStringLiteral("ZoneId"), zone},
                    {QStringLiteral("CidrBlock"), cidr}},
                   true);
    };
    QCOMPARE(vswitch(QStringLiteral("cn-hangzhou-g"), QStringLiteral("10.0.0.0/24")).message,
             QStringLiteral("Specified CIDR block is not valid in VPC.")); // outside 192.168.0.0/16
    QCOMPARE(vswitch(QStringLiteral("cn-hangzhou-g"), QStringLiteral("192.168.0.128/25")).code,
             QStringLiteral("InvalidCidrBlock.Overlapped"));
    QCOMPARE(vswitch(QStringLiteral("cn-hangzhou-z"), QStringLiteral("192.168.1.0/24")).code,
             QStringLiteral("ResourceNotAvailable"));
    QCOMPARE(vswitch(QStringLiteral("cn-hangzhou-g"), QStringLiteral("192.168.1.0/30")).message,
             QStringLiteral("Specified CIDR block is not valid in VPC.")); // smaller than /29
    QCOMPARE(vswitch(QStringLiteral("cn-hangzhou-g"), QStringLiteral("192.168.1.5/24")).message,
             QStringLiteral("Specified CIDR block is not valid in VPC.")); // not the block's network address
    const ApiResult made = vswitch(QStringLiteral("cn-hangzhou-g"), QStringLiteral("192.168.1.0/24"));
    QVERIFY2(made.ok(), qPrintable(made.code + made.message));
    const QJsonArray inG = list(ask(Product::Vpc, "DescribeVSwitches",
                                    {{QStringLiteral("VpcId"), QStringLiteral("vpc-classiclink02")},
                                     {QStringLiteral("ZoneId"), QStringLiteral("cn-hangzhou-g")}},
                                    false),
                                "VSwitches", "VSwitch");
    QCOMPARE(inG.size(), 1);
    QCOMPARE(inG.first()[QLatin1String("VSwitchId")], made.body.value(QLatin1String("VSwitchId")));
    QCOMPARE(inG.first()[QLatin1String("AvailableIpAddressCount")].toInt(), 252); // 256 less 4 reserved
    const QJsonArray inB = list(ask(Product::Vpc, "DescribeVSwitches",
                                    {{QStringLiteral("VpcId"), QStringLiteral("vpc-classiclink02")},
                                     {QStringLiteral("ZoneId"), QStringLiteral("cn-hangzhou-b")}},
                                    false),
                                "VSwitches", "VSwitch");
    QCOMPARE(inB.first()[QLatin1String("AvailableIpAddressCount")].toInt(), 2); // the nearly full one

    // Disks: a fixture's, and the system disk every other instance has.
    const auto disks = [&](const QString &instance) {
        return list(ask(Product::Ecs, "DescribeDisks", {{QStringLiteral("InstanceId"), instance}}, false),
                    "Disks", "Disk");
    };
    const QJsonArray cache = disks(QStringLiteral("i-running08"));
    QCOMPARE(cache.size(), 2);
    QCOMPARE(cache.last()[QLatin1String("Size")].toInt(), 200);
    QCOMPARE(cache.last()[QLatin1String("Type")].toString(), QStringLiteral("data"));
    QCOMPARE(cache.last()[QLatin1String("ZoneId")].toString(), QStringLiteral("cn-hangzhou-g"));
    const QJsonArray plain = disks(QStringLiteral("i-running01"));
    QCOMPARE(plain.size(), 1);
    QCOMPARE(plain.first()[QLatin1String("Size")].toInt(), 40);
}

void TestSandboxProtocol::accountsKeepTheirOwnResources()
{
    const auto list = [this](const QByteArray &key, const QString &secret, const QByteArray &region) {
        return send("GET", v2Query({{"AccessKeyId", key},
                                    {"Action", "DescribeInstances"},
                                    {"RegionId", region},
                                    {"InstanceNetworkType", "classic"},
                                    {"PageSize", "100"}},
                                   secret));
    };
    const Raw main = list("sandbox-admin", QStringLiteral("sandbox-admin-secret"), "cn-hangzhou");
    QCOMPARE(main.status, 200);
    QVERIFY(instanceIds(main.body).contains(QStringLiteral("i-running01")));
    QVERIFY(!instanceIds(main.body).contains(QStringLiteral("i-branch01")));
    const Raw branch = list("branch-ops", QStringLiteral("branch-ops-secret"), "cn-hangzhou");
    QCOMPARE(instanceIds(branch.body),
             (QStringList{QStringLiteral("i-branch01"), QStringLiteral("i-branch02")}));
    const Raw staging = list("staging-admin", QStringLiteral("staging-admin-secret"), "cn-hangzhou");
    QCOMPARE(staging.status, 200);
    QVERIFY(instanceIds(staging.body).isEmpty());
    // One account's key does not sign for another's.
    QCOMPARE(list("branch-ops", QStringLiteral("sandbox-admin-secret"), "cn-hangzhou").status, 400);
    // An account's write changes only that account.
    QVERIFY(m_sandbox.server.account(QStringLiteral("branch")));
    QCOMPARE(m_sandbox.server.account(QStringLiteral("branch"))->links.value(QStringLiteral("i-branch01")),
             QStringLiteral("vpc-branch01"));
    QCOMPARE(m_sandbox.server.accounts().size(), 3);
}

void TestSandboxProtocol::regionWithoutPermissionListsNothingAndRefusesDryRun()
{
    const auto call = [this](const QByteArray &region, const QByteArray &dryRun) {
        QMap<QByteArray, QByteArray> params{{"AccessKeyId", "branch-ops"},
                                            {"Action", "DescribeInstances"},
                                            {"RegionId", region},
                                            {"InstanceNetworkType", "classic"}};
        if (!dryRun.isEmpty())
            params.insert("DryRun", dryRun);
        return send("GET", v2Query(params, QStringLiteral("branch-ops-secret")));
    };
    // The RAM policy leaves cn-beijing out: an empty list, as the cloud gives, although i-branch04 is there.
    const Raw denied = call("cn-beijing", {});
    QCOMPARE(denied.status, 200);
    QVERIFY(instanceIds(denied.body).isEmpty());
    QVERIFY(m_sandbox.server.account(QStringLiteral("branch"))->instance(QStringLiteral("i-branch04")));
    // DryRun tells the two apart.
    const Raw deniedDry = call("cn-beijing", "true");
    QCOMPARE(deniedDry.status, 403);
    QCOMPARE(codeOf(deniedDry.body), QByteArray("Forbidden.RAM"));
    const Raw allowedDry = call("cn-shanghai", "true");
    QCOMPARE(allowedDry.status, 400);
    QCOMPARE(codeOf(allowedDry.body), QByteArray("DryRunOperation"));
    QCOMPARE(instanceIds(call("cn-shanghai", {}).body), QStringList{QStringLiteral("i-branch03")});
}

void TestSandboxProtocol::rateLimitIsPerAccount()
{
    m_sandbox.server.setRate(2);
    const auto regions = [this](const QByteArray &key, const QString &secret) {
        return send("GET", v2Query({{"AccessKeyId", key}}, secret)).status;
    };
    QCOMPARE(regions("sandbox-admin", QStringLiteral("sandbox-admin-secret")), 200);
    QCOMPARE(regions("sandbox-admin", QStringLiteral("sandbox-admin-secret")), 200);
    const int throttledBefore = m_sandbox.server.throttledCount();
    QCOMPARE(regions("sandbox-admin", QStringLiteral("sandbox-admin-secret")), 400);
    QCOMPARE(m_sandbox.server.throttledCount(), throttledBefore + 1);
    // The other accounts still have their whole budget.
    QCOMPARE(regions("branch-ops", QStringLiteral("branch-ops-secret")), 200);
    QCOMPARE(regions("staging-admin", QStringLiteral("staging-admin-secret")), 200);
    m_sandbox.server.setRate(0);
}

void TestSandboxProtocol::tokensOnlyRefusesPageNumbers()
{
    m_sandbox.server.setPageNumbers(false);
    const Raw numbered = send("GET", v2Query({{"Action", "DescribeInstances"},
                                              {"RegionId", "cn-hangzhou"},
                                              {"PageNumber", "1"},
                                              {"PageSize", "10"}}));
    QCOMPARE(numbered.status, 400);
    QCOMPARE(codeOf(numbered.body), QByteArray("InvalidParameter.Deprecated"));
    const Raw tokens = send(
        "GET", v2Query({{"Action", "DescribeInstances"}, {"RegionId", "cn-hangzhou"}, {"MaxResults", "5"}}));
    QCOMPARE(tokens.status, 200);
    QCOMPARE(instanceIds(tokens.body).size(), 5);
    QVERIFY(!QJsonDocument::fromJson(tokens.body)
                 .object()
                 .value(QLatin1String("NextToken"))
                 .toString()
                 .isEmpty());
    m_sandbox.server.setPageNumbers(true);
}

void TestSandboxProtocol::generateSpreadsOverRegionsAndAccounts()
{
    sandbox::GenerateSpec spec;
    QString error;
    QVERIFY(sandbox::SandboxState::parseGenerateSpec(
        QStringLiteral("instances=600,vpcs=30,links=120,regions=5,listed=25,accounts=3"), spec, &error));
    QVERIFY(!sandbox::SandboxState::parseGenerateSpec(QStringLiteral("listed=500"), spec, &error));
    QVERIFY(!sandbox::SandboxState::parseGenerateSpec(QStringLiteral("accounts=0"), spec, &error));
    QVERIFY(sandbox::SandboxState::parseGenerateSpec(
        QStringLiteral("instances=600,vpcs=30,links=120,regions=5,listed=25,accounts=3"), spec, &error));
    const QList<sandbox::SandboxState> accounts = sandbox::SandboxState::generate(spec);
    QCOMPARE(accounts.size(), 3);
    QSet<QString> keys;
    int total = 0;
    for (const sandbox::SandboxState &account : accounts) {
        QCOMPARE(account.regions.size(), 25);
        QCOMPARE(account.instances.size(), 200);
        QSet<QString> regions;
        for (const sandbox::Instance &instance : account.instances)
            regions.insert(instance.regionId);
        QCOMPARE(regions.size(), 5);
        for (auto it = account.links.cbegin(); it != account.links.cend(); ++it) {
            const sandbox::Vpc *vpc = nullptr;
            for (const sandbox::Vpc &candidate : account.vpcs) {
                if (candidate.id == it.value())
                    vpc = &candidate;
            }
            QVERIFY2(vpc, qPrintable(it.value()));
            QVERIFY(vpc->classicLinkEnabled);
            // A link stays within its account and region.
            const auto instance =
                std::find_if(account.instances.cbegin(), account.instances.cend(),
                             [&it](const sandbox::Instance &i) { return i.id == it.key(); });
            QCOMPARE(instance->regionId, vpc->regionId);
        }
        total += int(account.links.size());
        for (const sandbox::AccessKey &key : account.keys)
            keys.insert(key.id);
    }
    QCOMPARE(total, 120);
    QVERIFY(keys.contains(QStringLiteral("sandbox-admin-2")) &&
            keys.contains(QStringLiteral("sandbox-admin-3")));
}

QTEST_GUILESS_MAIN(TestSandboxProtocol)
#include "tst_sandboxprotocol.moc"
