// The signing module against the documented examples of the reference, and the edge cases of
// canonicalization.
#include "signing/requestsigner.h"
#include "signing/signature.h"

#include <QTest>
#include <QUrlQuery>

using namespace clm;
using namespace clm::signing;

class TestSignature final : public QObject
{
    Q_OBJECT

private slots:
    void percentEncode_data();
    void percentEncode();
    void canonicalQuerySortsByByteOrder();
    void canonicalQueryKeepsEmptyValuesAndLists();
    void v2DocumentedVectorA();
    void v2LegacyVectorWithTimeStampKey();
    void v2SignRequestGetMatchesVectorA();
    void v2PostPutsEverythingInTheBody();
    void v2SecurityToken();
    void v3DocumentedVector();
    void v3SignRequestMatchesDocumentedVector();
    void v3PostHashesTheFormBody();
    void v3SecurityTokenIsSigned();
    void freshNonceAndTimestampEachTime();
    void displayTextHidesTheSecurityToken();
};

void TestSignature::percentEncode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("java sdk vector") << QByteArray("123abc!@#$%^&*()-=_+ ~|\\/")
                                     << QByteArray(
                                            "123abc%21%40%23%24%25%5E%26%2A%28%29-%3D_%2B%20~%7C%5C%2F");
    QTest::newRow("reference with unicode")
        << QByteArray("123abc!@#$%^&*()-=_+ ~|\\/中")
        << QByteArray("123abc%21%40%23%24%25%5E%26%2A%28%29-%3D_%2B%20~%7C%5C%2F"
                      "%E4%B8%AD");
    QTest::newRow("unreserved stay") << QByteArray("AZaz09-_.~") << QByteArray("AZaz09-_.~");
    QTest::newRow("space is %20") << QByteArray("a b") << QByteArray("a%20b");
    QTest::newRow("timestamp") << QByteArray("2016-02-23T12:46:24Z")
                               << QByteArray("2016-02-23T12%3A46%3A24Z");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestSignature::percentEncode()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(signing::percentEncode(input), expected);
}

void TestSignature::canonicalQuerySortsByByteOrder()
{
    // Upper case sorts before lower case: AccessKeyId < Action because 'c' < 't'; 'Z' < 'a'.
    const ParamList params{{"action", "x"}, {"Action", "y"}, {"AccessKeyId", "k"}, {"Zeta", "z"}, {"B", "b"}};
    QCOMPARE(canonicalQuery(params), QByteArray("AccessKeyId=k&Action=y&B=b&Zeta=z&action=x"));
}

void TestSignature::canonicalQueryKeepsEmptyValuesAndLists()
{
    const ParamList params{
        {"Tag.2.Key", "b"}, {"Empty", ""}, {"Tag.1.Key", "a"}, {"Tag.10.Key", "c"}, {"Name", "中文 名"}};
    QCOMPARE(canonicalQuery(params),
             QByteArray("Empty=&Name=%E4%B8%AD%E6%96%87%20%E5%90%8D&Tag.1.Key=a&Tag.10.Key=c&Tag.2.Key=b"));
}

static ParamList vectorAParams(const QByteArray &timestampKey = "Timestamp")
{
    return {{"AccessKeyId", "testid"},
            {"Action", "DescribeRegions"},
            {"Format", "XML"},
            {"SignatureMethod", "HMAC-SHA1"},
            {"SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"},
            {"SignatureVersion", "1.0"},
            {timestampKey, "2016-02-23T12:46:24Z"},
            {"Version", "2014-05-26"}};
}

void TestSignature::v2DocumentedVectorA()
{
    const ParamList params = vectorAParams();
    QCOMPARE(canonicalQuery(params),
             QByteArray("AccessKeyId=testid&Action=DescribeRegions&Format=XML&SignatureMethod=HMAC-SHA1&"
                        "SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&"
                        "Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26"));
    const QByteArray stringToSign = v2StringToSign("GET", params);
    QCOMPARE(stringToSign,
             QByteArray(
                 "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26"
                 "SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26"
                 "SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26"));
    QCOMPARE(v2Signature(stringToSign, QStringLiteral("testsecret")),
             QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
}

void TestSignature::v2LegacyVectorWithTimeStampKey()
{
    const QByteArray stringToSign = v2StringToSign("GET", vectorAParams("TimeStamp"));
    QCOMPARE(v2Signature(stringToSign, QStringLiteral("testsecret")),
             QByteArray("CT9X0VtwR86fNWSnsc6v8YGOjuE="));
}

static ApiRequest describeRegionsXml()
{
    return ApiRequest{Product::Ecs,
                      QStringLiteral("DescribeRegions"),
                      {},
                      {{QStringLiteral("Format"), QStringLiteral("XML")}},
                      false};
}

static SigningOptions fixed(SignatureVersion version, HttpMethod method, const QString &timestamp,
                            const QString &nonce)
{
    return SigningOptions{version, method, QDateTime::fromString(timestamp, Qt::ISODate), nonce};
}

void TestSignature::v2SignRequestGetMatchesVectorA()
{
    const SignedRequest request =
        signRequest(describeRegionsXml(), QUrl(QStringLiteral("https://ecs.aliyuncs.com")),
                    Credentials{QStringLiteral("testid"), QStringLiteral("testsecret"), {}},
                    fixed(SignatureVersion::V2, HttpMethod::Get, QStringLiteral("2016-02-23T12:46:24Z"),
                          QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf")));
    QCOMPARE(request.method, QByteArray("GET"));
    QVERIFY(request.body.isEmpty());
    const QByteArray url = request.url.toEncoded();
    QVERIFY2(url.startsWith("https://ecs.aliyuncs.com/?AccessKeyId=testid&Action=DescribeRegions&"), url);
    QVERIFY2(url.contains("&Timestamp=2016-02-23T12%3A46%3A24Z&"), url); // not double-encoded
    QVERIFY2(url.contains("&Signature=OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D"), url);
}

void TestSignature::v2PostPutsEverythingInTheBody()
{
    const SignedRequest request =
        signRequest(describeRegionsXml(), QUrl(QStringLiteral("https://ecs.aliyuncs.com")),
                    Credentials{QStringLiteral("testid"), QStringLiteral("testsecret"), {}},
                    fixed(SignatureVersion::V2, HttpMethod::Post, QStringLiteral("2016-02-23T12:46:24Z"),
                          QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf")));
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url.toEncoded(), QByteArray("https://ecs.aliyuncs.com/"));
    QVERIFY(request.headers.contains({"content-type", "application/x-www-form-urlencoded"}));
    // Same parameters as vector A, signed with POST: recompute independently from the body.
    QUrlQuery body(QString::fromLatin1(request.body));
    ParamList params;
    QString signature;
    for (const auto &[name, value] : body.queryItems(QUrl::FullyDecoded)) {
        if (name == QLatin1String("Signature"))
            signature = value;
        else
            params.append({name.toUtf8(), value.toUtf8()});
    }
    QCOMPARE(params.size(), 8);
    QCOMPARE(signature.toLatin1(), v2Signature(v2StringToSign("POST", params), QStringLiteral("testsecret")));
    QVERIFY(signature.toLatin1() != QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
}

void TestSignature::v2SecurityToken()
{
    const SignedRequest request = signRequest(
        describeRegionsXml(), QUrl(QStringLiteral("https://ecs.aliyuncs.com")),
        Credentials{QStringLiteral("testid"), QStringLiteral("testsecret"), QStringLiteral("tok+en/=")},
        fixed(SignatureVersion::V2, HttpMethod::Get, QStringLiteral("2016-02-23T12:46:24Z"),
              QStringLiteral("n1")));
    QVERIFY(request.url.toEncoded().contains("&SecurityToken=tok%2Ben%2F%3D&"));
}

void TestSignature::v3DocumentedVector()
{
    const QByteArray emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QCOMPARE(sha256Hex({}), emptyHash);
    const V3CanonicalInput input{
        "POST",
        "/",
        {{"RegionId", "cn-shanghai"}, {"ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"}},
        {{"x-acs-version", "2014-05-26"},
         {"Host", "ecs.cn-shanghai.aliyuncs.com"},
         {"x-acs-action", "RunInstances"},
         {"x-acs-content-sha256", emptyHash},
         {"x-acs-date", "2023-10-26T10:22:32Z"},
         {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"}},
        emptyHash};
    const QByteArray canonical = v3CanonicalRequest(input);
    QCOMPARE(canonical,
             QByteArray(
                 "POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
                 "host:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\n"
                 "x-acs-content-sha256:" +
                 emptyHash +
                 "\nx-acs-date:2023-10-26T10:22:32Z\n"
                 "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\nx-acs-version:2014-05-26\n\n"
                 "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n" +
                 emptyHash));
    QCOMPARE(sha256Hex(canonical),
             QByteArray("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
    QCOMPARE(v3Signature(v3StringToSign(canonical), QStringLiteral("YourAccessKeySecret")),
             QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
}

void TestSignature::v3SignRequestMatchesDocumentedVector()
{
    ApiRequest request{
        Product::Ecs,
        QStringLiteral("RunInstances"),
        {},
        {{QStringLiteral("ImageId"), QStringLiteral("win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd")},
         {QStringLiteral("RegionId"), QStringLiteral("cn-shanghai")}},
        true};
    SigningOptions options =
        fixed(SignatureVersion::V3, HttpMethod::Post, QStringLiteral("2023-10-26T10:22:32Z"),
              QStringLiteral("3156853299f313e23d1673dc12e1703d"));
    options.postParamsInQuery = true;
    const SignedRequest signedRequest = signRequest(
        request, QUrl(QStringLiteral("https://ecs.cn-shanghai.aliyuncs.com")),
        Credentials{QStringLiteral("YourAccessKeyId"), QStringLiteral("YourAccessKeySecret"), {}}, options);
    QByteArray authorization;
    for (const auto &[name, value] : signedRequest.headers) {
        if (name == "authorization")
            authorization = value;
    }
    QCOMPARE(authorization,
             QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                        "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                        "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    QCOMPARE(
        signedRequest.url.toEncoded(),
        QByteArray("https://ecs.cn-shanghai.aliyuncs.com/?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_"
                   "20230811.vhd&RegionId=cn-shanghai"));
}

void TestSignature::v3PostHashesTheFormBody()
{
    ApiRequest request{Product::Vpc,
                       QStringLiteral("DescribeVpcs"),
                       {},
                       {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")}},
                       false};
    const SignedRequest signedRequest =
        signRequest(request, QUrl(QStringLiteral("http://127.0.0.1:8080")),
                    Credentials{QStringLiteral("id"), QStringLiteral("secret"), {}},
                    fixed(SignatureVersion::V3, HttpMethod::Post, QStringLiteral("2024-01-01T00:00:00Z"),
                          QStringLiteral("n")));
    QCOMPARE(signedRequest.body, QByteArray("RegionId=cn-hangzhou"));
    QCOMPARE(signedRequest.url.toEncoded(), QByteArray("http://127.0.0.1:8080/"));
    ParamList headers{{"host", "127.0.0.1:8080"}};
    QByteArray authorization;
    for (const auto &[name, value] : signedRequest.headers) {
        if (name == "authorization")
            authorization = value;
        else if (name.startsWith("x-acs-") || name == "content-type")
            headers.append({name, value});
    }
    QVERIFY(headers.contains({"x-acs-content-sha256", sha256Hex("RegionId=cn-hangzhou")}));
    QVERIFY(headers.contains({"x-acs-version", "2016-04-28"}));
    const QByteArray expected = v3Signature(
        v3StringToSign(v3CanonicalRequest({"POST", "/", {}, headers, sha256Hex(signedRequest.body)})),
        QStringLiteral("secret"));
    QVERIFY2(authorization.endsWith(QByteArray(",Signature=" + expected)), authorization);
    QVERIFY(authorization.contains("SignedHeaders=content-type;host;x-acs-action;"));
}

void TestSignature::v3SecurityTokenIsSigned()
{
    const SignedRequest signedRequest =
        signRequest(describeRegionsXml(), QUrl(QStringLiteral("https://ecs.aliyuncs.com")),
                    Credentials{QStringLiteral("id"), QStringLiteral("secret"), QStringLiteral("sts-token")},
                    SigningOptions{});
    QVERIFY(signedRequest.headers.contains({"x-acs-security-token", "sts-token"}));
    QVERIFY(signedRequest.headers.last().second.contains(";x-acs-security-token;"));
}

void TestSignature::freshNonceAndTimestampEachTime()
{
    const Credentials credentials{QStringLiteral("id"), QStringLiteral("secret"), {}};
    const QUrl endpoint(QStringLiteral("https://ecs.aliyuncs.com"));
    const SignedRequest a = signRequest(describeRegionsXml(), endpoint, credentials,
                                        {SignatureVersion::V2, HttpMethod::Get, {}, {}});
    const SignedRequest b = signRequest(describeRegionsXml(), endpoint, credentials,
                                        {SignatureVersion::V2, HttpMethod::Get, {}, {}});
    const QUrlQuery qa(a.url), qb(b.url);
    QVERIFY(qa.queryItemValue(QStringLiteral("SignatureNonce")) !=
            qb.queryItemValue(QStringLiteral("SignatureNonce")));
    const QDateTime stamp = QDateTime::fromString(
        qa.queryItemValue(QStringLiteral("Timestamp"), QUrl::FullyDecoded), Qt::ISODate);
    QVERIFY(stamp.isValid());
    QVERIFY(qAbs(stamp.secsTo(QDateTime::currentDateTimeUtc())) < 5);
}

void TestSignature::displayTextHidesTheSecurityToken()
{
    const Credentials credentials{QStringLiteral("id"), QStringLiteral("the-secret"),
                                  QStringLiteral("the-token")};
    const QUrl endpoint(QStringLiteral("https://ecs.aliyuncs.com"));
    for (const SignatureVersion version : {SignatureVersion::V2, SignatureVersion::V3}) {
        for (const HttpMethod method : {HttpMethod::Get, HttpMethod::Post}) {
            const QString text =
                signRequest(describeRegionsXml(), endpoint, credentials, {version, method, {}, {}})
                    .displayText();
            QVERIFY2(!text.contains(QLatin1String("the-token")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("the-secret")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("security-token")), qPrintable(text));
        }
    }
}

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
