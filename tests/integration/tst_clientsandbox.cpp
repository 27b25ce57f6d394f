// The real client against the sandbox over HTTP and HTTPS: every action in every signing mode, paging,
// the default fixture's scenarios with their exact codes, faults, retries, limits and cancellation.
#include "cloud/classiclinkbatch.h"
#include "cloud/enablecheck.h"
#include "cloud/inventory.h"
#include "cloud/trafficrules.h"
#include "sandboxharness.h"
#include "session/fleetoverview.h"
#include "testca.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace clm;
using namespace clm::test;

namespace {
const QString kHangzhou = QStringLiteral("cn-hangzhou");

// A test's calls go to the shared sandbox over HTTP or, with `tls`, to a second one over HTTPS whose
// certificate comes from a CA of the test's own that the client is told to trust.
struct HttpOrHttps
{
    TestCa ca;
    sandbox::SandboxServer tlsServer;
    QNetworkAccessManager network;
    ApiClient tlsClient{&network};
    CloudClient tlsCloud{&tlsClient};
    CloudClient *cloud = nullptr;
    sandbox::SandboxServer *server = nullptr;

    // Empty when ready, else what went wrong.
    QString start(SandboxHarness &plain, bool tls)
    {
        cloud = &plain.cloud;
        server = &plain.server;
        if (!tls)
            return {};
        if (const QString error = ca.make(); !error.isEmpty())
            return error;
        if (!tlsServer.enableTls(QSslCertificate(ca.read("server.pem")),
                                 QSslKey(ca.read("server.key"), QSsl::Rsa)))
            return QStringLiteral("the HTTPS sandbox refused the test certificate");
        if (!tlsServer.start())
            return QStringLiteral("the HTTPS sandbox did not start");
        tlsClient.setCredentials(kAdmin);
        ClientSettings settings;
        settings.endpointOverride = tlsServer.baseUrl();
        settings.extraCaCertificates = QSslCertificate::fromData(ca.read("ca.pem"));
        tlsClient.setSettings(settings);
        cloud = &tlsCloud;
        server = &tlsServer;
        return {};
    }
};
} // namespace

class TestClientSandbox final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyActionInEverySigningMode_data();
    void everyActionInEverySigningMode();
    void xmlAnswersReadLikeJson();
    void pagingThroughThousands();
    void inventoryReadsLinksWhilePagesArrive();
    void attachScenarios_data();
    void attachScenarios();
    void readOnlyKeySeesNothingAndMayNotWrite();
    void detachAndDisableRules();
    void readsAreRetriedThroughFaults_data();
    void readsAreRetriedThroughFaults();
    void writesAreNeverResentWhenAmbiguous_data();
    void writesAreNeverResentWhenAmbiguous();
    void writesGoAsPostEvenWhenGetIsChosen();
    void slowReplyTimesOut();
    void serverThrottlingIsRetriedWithRetryAfter();
    void clientRateLimitAndConcurrency();
    void cancelQueuedAndRunningCalls();
    void cancellingAnOverviewStopsEveryRequest();
    void httpsNeedsTheConfiguredCa();
    void plainHttpToRemoteHostIsRefused();
    void cancelledBatchStillReadsBack();
    void enableCheckReadsTheVpc_data();
    void enableCheckReadsTheVpc();
    void trafficRulesAreAddedAndRemoved_data();
    void trafficRulesAreAddedAndRemoved();

private:
    SandboxHarness m_sandbox;
};

void TestClientSandbox::init()
{
    m_sandbox.server.clearFaults();
    m_sandbox.server.setRate(0);
    m_sandbox.server.setLatency(0, 0);
    m_sandbox.server.releaseHeld();
    m_sandbox.server.setFixture(sandbox::SandboxState::defaultFixture());
    m_sandbox.configure(SignatureVersion::V3, HttpMethod::Post);
    m_sandbox.client.setCredentials(kAdmin);
}

void TestClientSandbox::everyActionInEverySigningMode_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<HttpMethod>("method");
    QTest::newRow("v2 GET") << SignatureVersion::V2 << HttpMethod::Get;
    QTest::newRow("v2 POST") << SignatureVersion::V2 << HttpMethod::Post;
    QTest::newRow("v3 GET") << SignatureVersion::V3 << HttpMethod::Get;
    QTest::newRow("v3 POST") << SignatureVersion::V3 << HttpMethod::Post;
}

void TestClientSandbox::everyActionInEverySigningMode()
{
    QFETCH(SignatureVersion, version);
    QFETCH(HttpMethod, method);
    m_sandbox.configure(version, method);
    CloudClient &cloud = m_sandbox.cloud;

    auto regions = SandboxHarness::await<QList<Region>>(
        [&](auto done) { cloud.describeRegions(QStringLiteral("zh-CN"), done); });
    QVERIFY2(regions.ok(), qPrintable(regions.result.code + regions.result.diagnostic));
    QCOMPARE(regions.value.size(), 5);
    QCOMPARE(regions.value.first().localName, QStringLiteral("华东1（杭州）"));

    auto instances = SandboxHarness::await<QList<ClassicInstance>>(
        [&](auto done) { cloud.describeInstances(kHangzhou, {}, done); });
    QVERIFY(instances.ok());
    QCOMPARE(instances.value.size(), 21); // classic only: i-vpc01 is not listed
    const auto locked =
        std::find_if(instances.value.cbegin(), instances.value.cend(),
                     [](const ClassicInstance &i) { return i.id == QLatin1String("i-locked01"); });
    QVERIFY(locked != instances.value.cend());
    QCOMPARE(locked->lockReasons, QStringList{QStringLiteral("financial")});
    QCOMPARE(locked->innerIpAddresses, QStringList{QStringLiteral("10.80.3.12")});

    auto stopped = SandboxHarness::await<QList<ClassicInstance>>(
        [&](auto done) { cloud.describeInstances(kHangzhou, QStringLiteral("Stopped"), done); });
    QCOMPARE(stopped.value.size(), 5);

    auto vpcs = SandboxHarness::await<QList<Vpc>>([&](auto done) { cloud.describeVpcs(kHangzhou, done); });
    QVERIFY(vpcs.ok());
    QCOMPARE(vpcs.value.size(), 7);
    auto attribute = SandboxHarness::await<Vpc>(
        [&](auto done) { cloud.describeVpcAttribute(kHangzhou, QStringLiteral("vpc-classiclink02"), done); });
    QVERIFY(attribute.value.classicLinkEnabled);
    QCOMPARE(attribute.value.cidrBlock, QStringLiteral("192.168.0.0/16"));

    auto links = SandboxHarness::await<QList<ClassicLink>>([&](auto done) {
        cloud.describeClassicLinks(kHangzhou, QStringLiteral("vpc-classiclink02"), {}, done);
    });
    QCOMPARE(links.value,
             (QList<ClassicLink>{{QStringLiteral("i-linked01"), QStringLiteral("vpc-classiclink02")}}));

    QVERIFY(m_sandbox
                .write(CloudClient::attachRequest(kHangzhou, QStringLiteral("i-running01"),
                                                  QStringLiteral("vpc-classiclink01")))
                .ok());
    QVERIFY(m_sandbox
                .write(CloudClient::attachRequest(kHangzhou, QStringLiteral("i-stopped01"),
                                                  QStringLiteral("vpc-classiclink01")))
                .ok());
    links = SandboxHarness::await<QList<ClassicLink>>([&](auto done) {
        cloud.describeClassicLinks(
            kHangzhou, {},
            {QStringLiteral("i-running01"), QStringLiteral("i-stopped01"), QStringLiteral("i-running02")},
            done);
    });
    QCOMPARE(links.value.size(), 2);
    QVERIFY(m_sandbox
                .write(CloudClient::detachRequest(kHangzhou, QStringLiteral("i-running01"),
                                                  QStringLiteral("vpc-classiclink01")))
                .ok());
    QVERIFY(m_sandbox
                .write(CloudClient::detachRequest(kHangzhou, QStringLiteral("i-stopped01"),
                                                  QStringLiteral("vpc-classiclink01")))
                .ok());
    QVERIFY(m_sandbox.server.state().links.size() == 2);

    ApiResult enabled;
    bool done = false;
    cloud.enableVpcClassicLink(kHangzhou, QStringLiteral("vpc-noclassiclink01"), {}, [&](const ApiResult &r) {
        enabled = r;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(enabled.ok());
    QVERIFY(m_sandbox.server.state().vpc(QStringLiteral("vpc-noclassiclink01"))->classicLinkEnabled);
    done = false;
    cloud.disableVpcClassicLink(kHangzhou, QStringLiteral("vpc-noclassiclink01"), {},
                                [&](const ApiResult &r) {
                                    enabled = r;
                                    done = true;
                                });
    QTRY_VERIFY(done);
    QVERIFY(enabled.ok());
    QVERIFY(!m_sandbox.server.state().vpc(QStringLiteral("vpc-noclassiclink01"))->classicLinkEnabled);
}

void TestClientSandbox::xmlAnswersReadLikeJson()
{
    m_sandbox.configure(SignatureVersion::V2, HttpMethod::Get);
    struct Case
    {
        Product product;
        const char *action;
        QMap<QString, QString> params;
        const char *outer;
        const char *inner;
        int expected;
    };
    const QList<Case> cases{
        {Product::Ecs, "DescribeRegions", {}, "Regions", "Region", 5},
        {Product::Ecs,
         "DescribeInstances",
         {{QStringLiteral("RegionId"), kHangzhou},
          {QStringLiteral("InstanceNetworkType"), QStringLiteral("classic")},
          {QStringLiteral("PageSize"), QStringLiteral("100")}},
         "Instances",
         "Instance",
         21},
        {Product::Ecs,
         "DescribeInstances",
         {{QStringLiteral("RegionId"), kHangzhou},
          {QStringLiteral("InstanceIds"), QStringLiteral("[\"i-locked01\"]")}},
         "Instances",
         "Instance",
         1},
        {Product::Ecs, "DescribeVpcs", {{QStringLiteral("RegionId"), kHangzhou}}, "Vpcs", "Vpc", 7},
        {Product::Vpc, "DescribeVpcs", {{QStringLiteral("RegionId"), kHangzhou}}, "Vpcs", "Vpc", 7},
        {Product::Ecs,
         "DescribeClassicLinkInstances",
         {{QStringLiteral("RegionId"), kHangzhou},
          {QStringLiteral("VpcId"), QStringLiteral("vpc-classiclink02")}},
         "Links",
         "Link",
         1},
    };
    for (const Case &c : cases) {
        ApiRequest json{c.product, QLatin1String(c.action), {}, c.params, false};
        ApiRequest xml = json;
        xml.params.insert(QStringLiteral("Format"), QStringLiteral("XML"));
        const ApiResult fromJson = m_sandbox.call(json);
        const ApiResult fromXml = m_sandbox.call(xml);
        QVERIFY2(fromXml.ok(), c.action);
        QVERIFY(fromXml.request.url.toEncoded().contains("Format=XML"));
        const QJsonArray a = jsonList(fromJson.body, QLatin1String(c.outer), QLatin1String(c.inner));
        const QJsonArray b = jsonList(fromXml.body, QLatin1String(c.outer), QLatin1String(c.inner));
        QCOMPARE(b.size(), c.expected);
        QCOMPARE(a.size(), b.size());
        if (QByteArray(c.inner) == "Instance") {
            for (qsizetype i = 0; i < a.size(); ++i) {
                const ClassicInstance fromA = CloudClient::instanceFromJson(a.at(i).toObject());
                const ClassicInstance fromB = CloudClient::instanceFromJson(b.at(i).toObject());
                QCOMPARE(fromB.id, fromA.id);
                QCOMPARE(fromB.status, fromA.status);
                QCOMPARE(fromB.innerIpAddresses, fromA.innerIpAddresses);
                QCOMPARE(fromB.lockReasons, fromA.lockReasons);
            }
        }
    }
    ApiRequest attribute{Product::Vpc,
                         QStringLiteral("DescribeVpcAttribute"),
                         {},
                         {{QStringLiteral("RegionId"), kHangzhou},
                          {QStringLiteral("VpcId"), QStringLiteral("vpc-full01")},
                          {QStringLiteral("Format"), QStringLiteral("XML")}},
                         false};
    const ApiResult vpc = m_sandbox.call(attribute);
    QVERIFY(CloudClient::vpcFromJson(vpc.body).classicLinkEnabled);
}

void TestClientSandbox::pagingThroughThousands()
{
    m_sandbox.server.setGenerated({2500, 120, 1300, 42});
    const int before = m_sandbox.server.requestCount(QStringLiteral("DescribeInstances"));
    auto instances = SandboxHarness::await<QList<ClassicInstance>>(
        [&](auto done) { m_sandbox.cloud.describeInstances(kHangzhou, {}, done); });
    QVERIFY(instances.ok());
    QCOMPARE(instances.value.size(), 2500);
    // 25 pages are too many for one NextToken chain: the first page, then one chain per zone (the
    // generated instances use two), in parallel.
    QCOMPARE(m_sandbox.server.requestCount(QStringLiteral("DescribeInstances")) - before, 1 + 13 + 13);
    QCOMPARE(m_sandbox.server.requestCount(QStringLiteral("DescribeZones")), 1);
    QSet<QString> ids;
    for (const ClassicInstance &instance : instances.value)
        ids.insert(instance.id);
    QCOMPARE(ids.size(), 2500); // every page, none twice
    QVERIFY(ids.contains(QStringLiteral("i-gen000000")) && ids.contains(QStringLiteral("i-gen002499")));

    // Zone g has retired (DescribeZones no longer lists it) but still holds half the instances: after zone
    // b's chain falls short of TotalCount, one chain over the whole region brings the others, none twice.
    m_sandbox.server.state().retiredZones = {kHangzhou + QStringLiteral("-g")};
    const int sweepBefore = m_sandbox.server.requestCount(QStringLiteral("DescribeInstances"));
    auto swept = SandboxHarness::await<QList<ClassicInstance>>(
        [&](auto done) { m_sandbox.cloud.describeInstances(kHangzhou, {}, done); });
    QVERIFY(swept.ok());
    QCOMPARE(m_sandbox.server.requestCount(QStringLiteral("DescribeInstances")) - sweepBefore, 1 + 13 + 25);
    QSet<QString> sweptIds;
    for (const ClassicInstance &instance : swept.value)
        sweptIds.insert(instance.id);
    QCOMPARE(swept.value.size(), 2500);
    QCOMPARE(sweptIds, ids);
    m_sandbox.server.state().retiredZones.clear();

    auto vpcs =
        SandboxHarness::await<QList<Vpc>>([&](auto done) { m_sandbox.cloud.describeVpcs(kHangzhou, done); });
    QCOMPARE(vpcs.value.size(), 120);

    auto links = SandboxHarness::await<QList<ClassicLink>>([&](auto done) {
        m_sandbox.cloud.describeClassicLinks(kHangzhou, {}, QStringList(ids.cbegin(), ids.cend()), done);
    });
    QVERIFY(links.ok());
    QCOMPARE(links.value.size(), 1300);

    // An endpoint that has retired page numbers: the same listing, with tokens only.
    m_sandbox.server.setPageNumbers(false);
    const int tokensBefore = m_sandbox.server.requestCount(QStringLiteral("DescribeInstances"));
    auto tokensOnly = SandboxHarness::await<QList<ClassicInstance>>(
        [&](auto done) { m_sandbox.cloud.describeInstances(kHangzhou, {}, done); });
    QVERIFY(tokensOnly.ok());
    QCOMPARE(tokensOnly.value.size(), 2500);
    QCOMPARE(m_sandbox.server.requestCount(QStringLiteral("DescribeInstances")) - tokensBefore, 27);
    m_sandbox.server.setPageNumbers(true);

    // An endpoint that predates tokens (it ignores MaxResults and answers without NextToken): page
    // numbers, in parallel, after the one answer that showed it; this client keeps to them.
    m_sandbox.server.setTokenPaging(false);
    {
        ApiClient client(&m_sandbox.network);
        client.setCredentials(m_sandbox.client.credentials());
        client.setSettings(m_sandbox.client.settings());
        CloudClient cloud(&client);
        const int numbersBefore = m_sandbox.server.requestCount(QStringLiteral("DescribeInstances"));
        for (int round = 0; round < 2; ++round) {
            auto numbered = SandboxHarness::await<QList<ClassicInstance>>(
                [&](auto done) { cloud.describeInstances(kHangzhou, {}, done); });
            QVERIFY(numbered.ok());
            QCOMPARE(numbered.value.size(), 2500);
            QCOMPARE(numbered.value.first().id, QStringLiteral("i-gen000000"));
        }
        QCOMPARE(m_sandbox.server.requestCount(QStringLiteral("DescribeInstances")) - numbersBefore,
                 1 + 25 + 25);
    }
    m_sandbox.server.setTokenPaging(true);

    // NextToken paging as the cloud offers it.
    QString token;
    int seen = 0;
    do {
        QMap<QString, QString> params{{QStringLiteral("RegionId"), kHangzhou},
                                      {QStringLiteral("MaxResults"), QStringLiteral("100")}};
        if (!token.isEmpty())
            params.insert(QStringLiteral("NextToken"), token);
        const ApiResult page = m_sandbox.call(ecsRead("DescribeInstances", params));
        QVERIFY(page.ok());
        seen += int(jsonList(page.body, QStringLiteral("Instances"), QStringLiteral("Instance")).size());
        token = page.body.value(QLatin1String("NextToken")).toString();
    } while (!token.isEmpty());
    QCOMPARE(seen, 2500);
}

void TestClientSandbox::inventoryReadsLinksWhilePagesArrive()
{
    m_sandbox.server.setGenerated({2500, 120, 1300, 42});
    // One VPC with ClassicLink on and no link left: its flag is asked, and says so.
    auto &sandboxLinks = m_sandbox.server.state().links;
    const QString lonely = sandboxLinks.cbegin().value();
    for (auto it = sandboxLinks.begin(); it != sandboxLinks.end();)
        it = it.value() == lonely ? sandboxLinks.erase(it) : std::next(it);
    const qsizetype linkCount = sandboxLinks.size();
    QVERIFY(m_sandbox.server.state().vpc(lonely)->classicLinkEnabled);
    Inventory inventory(&m_sandbox.cloud);
    const QString links = QStringLiteral("DescribeClassicLinkInstances");
    const QString flags = QStringLiteral("DescribeVpcAttribute");
    const int linksBefore = m_sandbox.server.requestCount(links);
    const int flagsBefore = m_sandbox.server.requestCount(flags);
    int linkReadsBeforeLastPage = -1;
    int pages = 0;
    connect(&inventory, &Inventory::instancesArrived, this,
            [&](const QList<ClassicInstance> &, int loaded, int total) {
                ++pages;
                if (loaded == total)
                    linkReadsBeforeLastPage = m_sandbox.server.requestCount(links) - linksBefore;
            });
    QSignalSpy loaded(&inventory, &Inventory::loaded);
    inventory.load(kHangzhou);
    QVERIFY(loaded.wait(30000));
    // Every answer is in; none left to settle the load a second time.
    QTRY_COMPARE(m_sandbox.client.inFlightCount(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(inventory.instances().size(), 2500);
    // Each page's links were asked for as it arrived, not after the last page.
    QVERIFY2(linkReadsBeforeLastPage > 0, qPrintable(QString::number(linkReadsBeforeLastPage)));
    QCOMPARE(pages, 26); // a chain per zone, 13 pages each
    QCOMPARE(m_sandbox.server.requestCount(links) - linksBefore, pages);
    int linked = 0;
    int unlinked = 0;
    for (const Vpc &vpc : inventory.vpcs()) {
        linked += vpc.linkCount;
        unlinked += vpc.linkCount == 0;
        // Every flag is the cloud's: known from the links where there are some, asked for elsewhere.
        QVERIFY(vpc.classicLinkRead);
        QCOMPARE(vpc.classicLinkEnabled, m_sandbox.server.state().vpc(vpc.id)->classicLinkEnabled);
    }
    QCOMPARE(linked, linkCount);
    QVERIFY(unlinked > 1 && unlinked < 120);
    QVERIFY(inventory.vpc(lonely)->classicLinkEnabled);
    QCOMPARE(m_sandbox.server.requestCount(flags) - flagsBefore, unlinked);
}

void TestClientSandbox::attachScenarios_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("vpc");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    const QString cl1 = QStringLiteral("vpc-classiclink01");
    QTest::newRow("running") << kHangzhou << "i-running07" << cl1 << 200 << QString() << QString();
    QTest::newRow("stopped") << kHangzhou << "i-stopped05" << cl1 << 200 << QString() << QString();
    const QString statusMessage = QStringLiteral(
        "The specified instance status is not support this operation ,expect status is running or shutted.");
    QTest::newRow("pending") << kHangzhou << "i-pending01" << cl1 << 403 << "InvalidStatus.InstanceStatus"
                             << statusMessage;
    QTest::newRow("starting") << kHangzhou << "i-starting01" << cl1 << 403 << "InvalidStatus.InstanceStatus"
                              << statusMessage;
    QTest::newRow("locked") << kHangzhou << "i-locked01" << cl1 << 403 << "InvalidStatus.InstanceLocked"
                            << "The specified instance is locked,please wait more.";
    QTest::newRow("linked") << kHangzhou << "i-linked01" << cl1 << 403 << "Abs.InvalidInstanceId.MalFormed"
                            << "The instance has been linked to other vpc";
    QTest::newRow("denied") << kHangzhou << "i-denied01" << cl1 << 403 << "OperationDenied"
                            << "The instance does not allow link to vpc.";
    QTest::newRow("vpc instance") << kHangzhou << "i-vpc01" << cl1 << 403 << "InvalidInstanceId.MalFormed"
                                  << "The specified instance is not a classic network (type) instance.";
    QTest::newRow("limited region")
        << "cn-zhangjiakou"
        << "i-limited01" << cl1 << 403 << "InvalidInstanceId.LimitedRegion"
        << "The specified instance does not support this operation due to the limitation of its region.";
    QTest::newRow("classiclink off") << kHangzhou << "i-running01"
                                     << "vpc-noclassiclink01" << 403 << "OperationDenied"
                                     << "The specified vpc is disabled attach classic link.";
    QTest::newRow("quota") << kHangzhou << "i-running01"
                           << "vpc-full01" << 403 << "QuotaExceeded"
                           << "The link quota exceeded in this vpc.";
    QTest::newRow("malformed region") << "cn-hangzhou!"
                                      << "i-running01" << cl1 << 403 << "InvalidRegionId.Malformed"
                                      << "The specified parameter ?RegionId? is not valid.";
    QTest::newRow("other region") << QStringLiteral("cn-shanghai") << "i-running01"
                                  << "vpc-shanghai01" << 404 << "InvalidInstanceId.NotFound"
                                  << "The specified instance does not exist.";
    QTest::newRow("unknown vpc") << kHangzhou << "i-running01"
                                 << "vpc-nothere" << 404 << "InvalidVpcId.NotFound"
                                 << "Specified VPC does not exist.";
}

void TestClientSandbox::attachScenarios()
{
    QFETCH(QString, region);
    QFETCH(QString, instance);
    QFETCH(QString, vpc);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    for (const SignatureVersion version : {SignatureVersion::V2, SignatureVersion::V3}) {
        init();
        m_sandbox.configure(version, HttpMethod::Post);
        const ApiResult result = m_sandbox.write(CloudClient::attachRequest(region, instance, vpc));
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(result.code, code);
        QCOMPARE(result.message, message);
        QVERIFY(!result.requestId.isEmpty());
        QCOMPARE(result.attempts, 1);
        QVERIFY(!result.outcomeUnknown);
        QCOMPARE(m_sandbox.server.state().links.value(instance) == vpc, code.isEmpty());
    }
}

void TestClientSandbox::readOnlyKeySeesNothingAndMayNotWrite()
{
    m_sandbox.client.setCredentials(kReadOnly);
    auto instances = SandboxHarness::await<QList<ClassicInstance>>(
        [&](auto done) { m_sandbox.cloud.describeInstances(kHangzhou, {}, done); });
    QVERIFY(instances.ok());
    QVERIFY(instances.value.isEmpty());
    const ApiResult result = m_sandbox.write(CloudClient::attachRequest(
        kHangzhou, QStringLiteral("i-running01"), QStringLiteral("vpc-classiclink01")));
    QCOMPARE(result.httpStatus, 403);
    QCOMPARE(result.code, QStringLiteral("Forbidden.SubUser"));
    QCOMPARE(result.message, QStringLiteral("User not authorized to operate on the specified resource."));
}

void TestClientSandbox::detachAndDisableRules()
{
    ApiResult result = m_sandbox.write(CloudClient::detachRequest(kHangzhou, QStringLiteral("i-running01"),
                                                                  QStringLiteral("vpc-classiclink01")));
    QCOMPARE(result.code, QStringLiteral("OperationDenied"));
    QCOMPARE(result.message, QStringLiteral("The instances are not allowed to detach from the linked vpc."));
    bool done = false;
    m_sandbox.cloud.disableVpcClassicLink(kHangzhou, QStringLiteral("vpc-classiclink02"), {},
                                          [&](const ApiResult &r) {
                                              result = r;
                                              done = true;
                                          });
    QTRY_VERIFY(done);
    QCOMPARE(result.code, QStringLiteral("DependencyViolation.Instance"));
    done = false;
    m_sandbox.cloud.enableVpcClassicLink(kHangzhou, QStringLiteral("vpc-classiclink01"), {},
                                         [&](const ApiResult &r) {
                                             result = r;
                                             done = true;
                                         });
    QTRY_VERIFY(done);
    QCOMPARE(result.code, QStringLiteral("IncorrectClassicLinkStatus"));
    // The same ClientToken replays the first answer instead of acting twice.
    for (int i = 0; i < 2; ++i) {
        done = false;
        m_sandbox.cloud.enableVpcClassicLink(kHangzhou, QStringLiteral("vpc-noclassiclink01"),
                                             QStringLiteral("token-1"), [&](const ApiResult &r) {
                                                 result = r;
                                                 done = true;
                                             });
        QTRY_VERIFY(done);
        QVERIFY(result.ok());
    }
    QCOMPARE(m_sandbox.server.state().appliedWrites.value(
                 QStringLiteral("EnableVpcClassicLink vpc-noclassiclink01")),
             1);
}

void TestClientSandbox::readsAreRetriedThroughFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("500") << "internal-error:DescribeRegions#2";
    QTest::newRow("503") << "unavailable:DescribeRegions#2";
    QTest::newRow("throttle") << "throttle:DescribeRegions#2";
    QTest::newRow("drop") << "drop-before:DescribeRegions#2";
    QTest::newRow("truncated") << "truncate:DescribeRegions#2";
}

void TestClientSandbox::readsAreRetriedThroughFaults()
{
    QFETCH(QString, fault);
    m_sandbox.server.addFault(*sandbox::FaultRule::parse(fault));
    const ApiResult result = m_sandbox.call(ecsRead("DescribeRegions", {}));
    QVERIFY2(result.ok(), qPrintable(result.code + u' ' + result.diagnostic));
    if (fault.startsWith(QLatin1String("drop"))) {
        // Qt's HTTP stack itself re-sends a read whose connection closed early; reads may be repeated.
        QVERIFY(m_sandbox.server.requestCount(QStringLiteral("DescribeRegions")) >= 3);
    } else {
        QCOMPARE(result.attempts, 3);
        QCOMPARE(m_sandbox.server.requestCount(QStringLiteral("DescribeRegions")), 3);
    }
}

void TestClientSandbox::writesAreNeverResentWhenAmbiguous_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("applied");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("dropped before") << "drop-before" << false << ErrorKind::Network;
    QTest::newRow("dropped after") << "drop-after" << true << ErrorKind::Network;
    QTest::newRow("truncated") << "truncate" << true << ErrorKind::Network;
    QTest::newRow("malformed") << "malformed" << true << ErrorKind::MalformedBody;
    QTest::newRow("500") << "internal-error" << false << ErrorKind::Service;
}

void TestClientSandbox::writesAreNeverResentWhenAmbiguous()
{
    QFETCH(QString, fault);
    QFETCH(bool, applied);
    QFETCH(ErrorKind, kind);
    m_sandbox.server.addFault(*sandbox::FaultRule::parse(fault + QStringLiteral(":AttachClassicLinkVpc#1")));
    const ApiResult result = m_sandbox.write(CloudClient::attachRequest(
        kHangzhou, QStringLiteral("i-running03"), QStringLiteral("vpc-classiclink01")));
    QCOMPARE(result.errorKind, kind);
    QVERIFY(result.outcomeUnknown);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(m_sandbox.server.requestCount(QStringLiteral("AttachClassicLinkVpc")), 1);
    QCOMPARE(m_sandbox.server.state().links.contains(QStringLiteral("i-running03")), applied);
}

void TestClientSandbox::writesGoAsPostEvenWhenGetIsChosen()
{
    m_sandbox.configure(SignatureVersion::V2, HttpMethod::Get);
    m_sandbox.server.addFault(
        *sandbox::FaultRule::parse(QStringLiteral("drop-after:AttachClassicLinkVpc#1")));
    const ApiResult result = m_sandbox.write(CloudClient::attachRequest(
        kHangzhou, QStringLiteral("i-running08"), QStringLiteral("vpc-classiclink01")));
    QCOMPARE(result.request.method, QByteArray("POST"));
    QVERIFY(result.outcomeUnknown);
    QCOMPARE(m_sandbox.server.requestCount(QStringLiteral("AttachClassicLinkVpc")), 1);
    QCOMPARE(m_sandbox.server.state().appliedWrites.value(QStringLiteral("AttachClassicLinkVpc i-running08")),
             1);
}

void TestClientSandbox::slowReplyTimesOut()
{
    m_sandbox.server.setSlowBodyMs(3000);
    m_sandbox.server.addFault(*sandbox::FaultRule::parse(QStringLiteral("slow:AttachClassicLinkVpc#1")));
    m_sandbox.configure(SignatureVersion::V3, HttpMethod::Post, 500);
    // The client's 500 ms time-out ends the call, not the 3 s body (how long that takes is clm-bench's).
    const ApiResult result = m_sandbox.write(CloudClient::attachRequest(
        kHangzhou, QStringLiteral("i-running04"), QStringLiteral("vpc-classiclink01")));
    QCOMPARE(result.errorKind, ErrorKind::Timeout);
    QVERIFY(result.outcomeUnknown);
    QVERIFY(m_sandbox.server.state().links.contains(QStringLiteral("i-running04")));
}

void TestClientSandbox::serverThrottlingIsRetriedWithRetryAfter()
{
    // A bucket of 2 requests a second and 6 sent at once: some are throttled on any machine that sends
    // the six within half a second of each other.
    m_sandbox.server.setRate(2);
    ClientSettings settings = m_sandbox.client.settings();
    settings.maxInFlight = 6;
    settings.retry.maxRetries = 20;
    settings.retry.baseDelayMs = 100;
    m_sandbox.client.setSettings(settings);
    QList<ApiCall *> calls;
    int ok = 0, finished = 0, retried = 0;
    for (int i = 0; i < 8; ++i) {
        ApiCall *call = m_sandbox.client.send(ecsRead("DescribeRegions", {}));
        connect(call, &ApiCall::finished, this, [&](const ApiResult &r) {
            ++finished;
            ok += r.ok();
            retried += r.attempts > 1;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 8, 30000);
    QCOMPARE(ok, 8);
    QVERIFY(m_sandbox.server.throttledCount() > 0);
    QVERIFY(retried > 0);
}

void TestClientSandbox::clientRateLimitAndConcurrency()
{
    m_sandbox.server.setLatency(40, 0);
    ClientSettings settings = m_sandbox.client.settings();
    settings.maxInFlight = 3;
    settings.ratePerSecond = 50;
    m_sandbox.client.setSettings(settings);
    int finished = 0;
    int maxInFlight = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 30; ++i) {
        ApiCall *call = m_sandbox.client.send(ecsRead("DescribeRegions", {}));
        connect(call, &ApiCall::finished, this, [&](const ApiResult &r) {
            QVERIFY(r.ok());
            ++finished;
        });
    }
    // The count changes only when an event is handled (a timer sends, a reply arrives): it is read after
    // each one.
    QDeadlineTimer deadline(20000);
    while (finished < 30 && !deadline.hasExpired()) {
        maxInFlight = std::max(maxInFlight, m_sandbox.client.inFlightCount());
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::AllEvents, 100);
    }
    QCOMPARE(finished, 30);
    QVERIFY2(maxInFlight <= 3, qPrintable(QString::number(maxInFlight)));
    QVERIFY(maxInFlight >= 2);
    // 30 requests at 50/s cannot take less than 29 intervals of 20 ms: a lower bound the rate limit
    // guarantees, however slow the machine (how close to it the client gets is clm-bench's).
    QVERIFY2(timer.elapsed() >= 560, qPrintable(QString::number(timer.elapsed())));
}

void TestClientSandbox::cancellingAnOverviewStopsEveryRequest()
{
    // Three accounts of 25 regions, classic instances in 5 of each: the overview counts, loads and reads the
    // traffic of many regions at once. Rule reads are held unanswered, so the scan is surely inside its
    // traffic reads (with more queued behind the two each account may have in flight) when it is cancelled.
    sandbox::SandboxServer server;
    sandbox::GenerateSpec spec;
    spec.instances = 300;
    spec.vpcs = 30;
    spec.links = 90;
    spec.regions = 5;
    spec.listedRegions = 25;
    spec.accounts = 3;
    server.setGenerated(spec);
    QVERIFY(server.start());
    server.holdAnswers({QStringLiteral("DescribeSecurityGroupAttribute")});
    QNetworkAccessManager network;
    const auto settings = [&server] {
        ClientSettings settings;
        settings.endpointOverride = server.baseUrl();
        settings.maxInFlight = 2;
        return settings;
    };
    FleetOverview overview(&network, [&settings](const Account &) { return settings(); });
    QList<Account> accounts;
    for (const char *key : {"sandbox-admin", "sandbox-admin-2", "sandbox-admin-3"}) {
        Account account;
        account.name = QLatin1String(key);
        account.credentials = Credentials{account.name, account.name + QStringLiteral("-secret"), {}};
        accounts.append(account);
    }
    overview.start(accounts, {}, nullptr, {});
    QVERIFY(QTest::qWaitFor([&server] { return server.heldCount() >= 4; }, 30000));
    overview.cancel();

    // One round trip: another client's request is answered (and the held answers go out). What the scan
    // had on the wire has arrived by then; nothing may follow it.
    ApiClient barrier(&network);
    barrier.setCredentials(kAdmin);
    barrier.setSettings(settings());
    const auto roundTrip = [&] {
        server.releaseHeld();
        QSignalSpy answered(barrier.send(ecsRead("DescribeRegions", {})), &ApiCall::finished);
        return answered.wait(10000);
    };
    QVERIFY(roundTrip());
    const int afterOneRoundTrip = server.requestCount();
    for (int i = 0; i < 3; ++i)
        QVERIFY(roundTrip());
    QCOMPARE(server.requestCount(), afterOneRoundTrip + 3); // the three barriers alone
    QVERIFY(!overview.isComplete());
}

void TestClientSandbox::cancelQueuedAndRunningCalls()
{
    // The first attach's answer waits until released: it is on the wire when both are cancelled.
    m_sandbox.server.holdAnswers({QStringLiteral("AttachClassicLinkVpc")});
    const int attachesBefore = m_sandbox.server.requestCount(QStringLiteral("AttachClassicLinkVpc"));
    ClientSettings settings = m_sandbox.client.settings();
    settings.maxInFlight = 1;
    m_sandbox.client.setSettings(settings);
    ApiCall *running = m_sandbox.client.send(CloudClient::attachRequest(
        kHangzhou, QStringLiteral("i-running05"), QStringLiteral("vpc-classiclink01")));
    ApiCall *queued = m_sandbox.client.send(CloudClient::attachRequest(
        kHangzhou, QStringLiteral("i-running06"), QStringLiteral("vpc-classiclink01")));
    QSignalSpy runningSpy(running, &ApiCall::finished);
    QSignalSpy queuedSpy(queued, &ApiCall::finished);
    // The first is on the wire (the sandbox counts it when it arrives).
    QTRY_COMPARE(m_sandbox.server.requestCount(QStringLiteral("AttachClassicLinkVpc")), attachesBefore + 1);
    running->cancel();
    queued->cancel();
    QTRY_COMPARE(runningSpy.size(), 1);
    QTRY_COMPARE(queuedSpy.size(), 1);
    const ApiResult first = runningSpy.first().first().value<ApiResult>();
    const ApiResult second = queuedSpy.first().first().value<ApiResult>();
    QCOMPARE(first.errorKind, ErrorKind::Cancelled);
    QVERIFY(first.outcomeUnknown); // it was on the wire
    QCOMPARE(second.errorKind, ErrorKind::Cancelled);
    QVERIFY(!second.outcomeUnknown); // it never left the queue
    QCOMPARE(m_sandbox.server.requestCount(QStringLiteral("AttachClassicLinkVpc")), attachesBefore + 1);
    QCOMPARE(m_sandbox.client.queuedCount(), 0);
    m_sandbox.server.releaseHeld();
}

void TestClientSandbox::httpsNeedsTheConfiguredCa()
{
    TestCa ca;
    const QString caError = ca.make();
    QVERIFY2(caError.isEmpty(), qPrintable(caError));
    auto read = [&ca](const char *name) {
        return ca.read(name);
    };

    sandbox::SandboxServer tlsServer;
    QVERIFY(tlsServer.enableTls(QSslCertificate(read("server.pem")), QSslKey(read("server.key"), QSsl::Rsa)));
    QVERIFY(tlsServer.start());
    QCOMPARE(tlsServer.baseUrl().scheme(), QStringLiteral("https"));

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setCredentials(kAdmin);
    ClientSettings settings;
    settings.endpointOverride = tlsServer.baseUrl();
    client.setSettings(settings);
    ApiCall *call = client.send(ecsRead("DescribeRegions", {}));
    QSignalSpy spy(call, &ApiCall::finished);
    QVERIFY(spy.wait(15000));
    ApiResult result = spy.first().first().value<ApiResult>();
    QCOMPARE(result.errorKind, ErrorKind::Tls);
    QCOMPARE(result.attempts, 1); // a certificate problem is not retried
    QCOMPARE(tlsServer.requestCount(), 0);

    settings.extraCaCertificates = QSslCertificate::fromData(read("ca.pem"));
    client.setSettings(settings);
    call = client.send(ecsRead("DescribeRegions", {}));
    QSignalSpy trustedSpy(call, &ApiCall::finished);
    QVERIFY(trustedSpy.wait(15000));
    result = trustedSpy.first().first().value<ApiResult>();
    QVERIFY2(result.ok(), qPrintable(result.diagnostic));
    QCOMPARE(tlsServer.requestCount(QStringLiteral("DescribeRegions")), 1);
}

void TestClientSandbox::plainHttpToRemoteHostIsRefused()
{
    ClientSettings settings;
    settings.endpointOverride = QUrl(QStringLiteral("http://192.0.2.1/"));
    m_sandbox.client.setSettings(settings);
    const ApiResult result = m_sandbox.call(ecsRead("DescribeRegions", {}));
    QCOMPARE(result.errorKind, ErrorKind::Network);
    QCOMPARE(result.networkError, int(QNetworkReply::ProtocolUnknownError));
    QCOMPARE(result.attempts, 0);
}

// Cancelling a batch stops its writes; what was already sent is read back, even when cancel comes again
// (a second account switch) while the read-back is on its way.
void TestClientSandbox::cancelledBatchStillReadsBack()
{
    // The writes' and the read-back's answers wait until released: both cancels come while they are out.
    m_sandbox.server.holdAnswers(
        {QStringLiteral("AttachClassicLinkVpc"), QStringLiteral("DescribeClassicLinkInstances")});
    ClassicLinkBatch batch(&m_sandbox.cloud, ClassicLinkBatch::Kind::Attach, kHangzhou,
                           QStringLiteral("vpc-classiclink01"),
                           {QStringLiteral("i-running01"), QStringLiteral("i-running02")});
    batch.start();
    QTRY_COMPARE(m_sandbox.server.requestCount(QStringLiteral("AttachClassicLinkVpc")), 2);
    batch.cancel();
    QTRY_VERIFY(m_sandbox.server.requestCount(QStringLiteral("DescribeClassicLinkInstances")) >= 1);
    batch.cancel();
    QVERIFY(!batch.isFinished()); // the read-back is still out
    m_sandbox.server.releaseHeld();
    QTRY_VERIFY_WITH_TIMEOUT(batch.isFinished(), 10000);
    for (const Operation &operation : batch.operations()) {
        QVERIFY2(operation.settledByReadBack, qPrintable(operation.instanceId));
        QCOMPARE(operation.state, OperationState::Succeeded);
    }
}

void TestClientSandbox::enableCheckReadsTheVpc_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

// The check reads the facts the constraints need from the sandbox, and the sandbox refuses what breaks
// them with the documented codes: the check foresees exactly what the cloud would refuse.
void TestClientSandbox::enableCheckReadsTheVpc()
{
    QFETCH(bool, tls);
    HttpOrHttps endpoint;
    QCOMPARE(endpoint.start(m_sandbox, tls), QString());
    CloudClient *cloud = endpoint.cloud;
    sandbox::SandboxServer *server = endpoint.server;
    struct Case
    {
        const char *vpc;
        const char *problem; // empty: allowed
        const char *code;    // what EnableVpcClassicLink answers
        bool note;
    };
    const Case cases[] = {
        {"vpc-noclassiclink01", "", "", false},
        {"vpc-home01", "", "", true},
        {"vpc-routeconflict01", "custom route entry to 10.20.0.0/16", "RouteConflict.AlreadyExist", false},
        {"vpc-tennet01", "no vSwitch inside 10.111.0.0/16", "Forbidden.EnableClassicLink", false},
    };
    for (const Case &c : cases) {
        const QString vpcId = QLatin1String(c.vpc);
        std::optional<std::pair<EnableVerdict, ApiResult>> answer;
        QObject context;
        EnableCheck::run(cloud, kHangzhou, vpcId, &context,
                         [&answer](const EnableVerdict &verdict, const ApiResult &result) {
                             answer = std::make_pair(verdict, result);
                         });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        QVERIFY2(answer->second.ok(), qPrintable(answer->second.diagnostic));
        const EnableVerdict &verdict = answer->first;
        QCOMPARE(verdict.allowed(), QByteArray(c.problem).isEmpty());
        if (!verdict.allowed())
            QVERIFY2(verdict.problems.join(u' ').contains(QLatin1String(c.problem)),
                     qPrintable(verdict.problems.join(u' ')));
        QCOMPARE(!verdict.notes.isEmpty(), c.note);

        // What the cloud says when it is sent anyway.
        ApiResult sent;
        bool done = false;
        cloud->enableVpcClassicLink(kHangzhou, vpcId, {}, [&](const ApiResult &r) {
            sent = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(sent.code, QLatin1String(c.code));
        QCOMPARE(server->state().vpc(vpcId)->classicLinkEnabled, sent.ok());
    }
    QCOMPARE(server->requestCount(QStringLiteral("DescribeRouteEntryList")), 4);
}

void TestClientSandbox::trafficRulesAreAddedAndRemoved_data()
{
    enableCheckReadsTheVpc_data();
}

// The rules of Allow Traffic go out as a batch over HTTP and HTTPS, an answer lost on the way is settled by
// reading the group back (never by sending again), and the traffic state follows; removing them takes back
// exactly those. Across networks without ClassicLink the cloud refuses, with its documented code.
void TestClientSandbox::trafficRulesAreAddedAndRemoved()
{
    QFETCH(bool, tls);
    HttpOrHttps endpoint;
    QCOMPARE(endpoint.start(m_sandbox, tls), QString());
    CloudClient *cloud = endpoint.cloud;
    sandbox::SandboxServer *server = endpoint.server;
    server->reset();
    bool linked = false;
    cloud->attachClassicLink(kHangzhou, QStringLiteral("i-running05"), QStringLiteral("vpc-classiclink01"),
                             [&linked](const ApiResult &r) { linked = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(linked, 10000);

    const QStringList classic{QStringLiteral("sg-cn-hangzhou-default")};
    const QStringList vpcGroups{QStringLiteral("sg-prod-app")};
    const QList<GroupRule> rules = TrafficRules::rules(classic, vpcGroups, RuleSpec{});
    QCOMPARE(rules.size(), 2);
    // The first rule takes effect, but its answer is lost.
    server->addFault(*sandbox::FaultRule::parse(QStringLiteral("drop-after:AuthorizeSecurityGroup#1")));
    const auto runBatch = [cloud](ClassicLinkBatch::Kind kind, const QString &vpc,
                                  const QList<GroupRule> &r) {
        std::unique_ptr<ClassicLinkBatch> batch = ClassicLinkBatch::forRules(cloud, kind, kHangzhou, vpc, r);
        batch->start();
        return QTest::qWaitFor([&batch] { return batch->isFinished(); }, 15000) ? batch->operations()
                                                                                : QList<Operation>{};
    };
    const QList<Operation> added =
        runBatch(ClassicLinkBatch::Kind::AuthorizeRules, QStringLiteral("vpc-classiclink01"), rules);
    server->clearFaults();
    QCOMPARE(added.size(), 2);
    int readBack = 0;
    for (const Operation &operation : added) {
        QCOMPARE(operation.state, OperationState::Succeeded);
        readBack += operation.settledByReadBack ? 1 : 0;
    }
    QCOMPARE(readBack, 1);
    // Each rule was applied once; the lost answer was not answered by sending again.
    const auto applied = server->state().appliedWrites;
    QCOMPARE(applied.value(QStringLiteral("AuthorizeSecurityGroup sg-prod-app")), 1);
    QCOMPARE(applied.value(QStringLiteral("AuthorizeSecurityGroup sg-cn-hangzhou-default")), 1);
    QCOMPARE(server->requestCount(QStringLiteral("AuthorizeSecurityGroup")), 2);

    // The traffic state reads them back: both ways now.
    const auto trafficOf = [cloud](const ClassicInstance &instance, const Vpc &vpc) {
        std::optional<Traffic::States> states;
        QObject context;
        Traffic::read(cloud, kHangzhou, {instance}, {vpc}, &context,
                      [&states](const Traffic::States &read, const ApiResult &) { states = read; });
        return QTest::qWaitFor([&states] { return states.has_value(); }, 10000)
                   ? states->value(instance.id, TrafficState::Unknown)
                   : TrafficState::Unknown;
    };
    ClassicInstance instance;
    instance.id = QStringLiteral("i-running05");
    instance.linkedVpcId = QStringLiteral("vpc-classiclink01");
    instance.securityGroupIds = classic;
    instance.innerIpAddresses = {QStringLiteral("10.80.1.15")};
    Vpc vpc;
    vpc.id = instance.linkedVpcId;
    vpc.cidrBlock = QStringLiteral("172.16.0.0/12");
    QCOMPARE(trafficOf(instance, vpc), TrafficState::Both);

    // Removing: what the app added between the groups, found by its description, and nothing else.
    std::optional<Traffic::Groups> groups;
    QObject context;
    Traffic::readGroups(cloud, kHangzhou, {classic.first()}, {vpc.id}, &context,
                        [&groups](const Traffic::Groups &read, const ApiResult &) { groups = read; });
    QTRY_VERIFY_WITH_TIMEOUT(groups.has_value(), 10000);
    const QList<GroupRule> ours = TrafficRules::addedByApp(*groups, classic, vpcGroups);
    QCOMPARE(ours.size(), 2);
    for (const Operation &operation : runBatch(ClassicLinkBatch::Kind::RevokeRules, vpc.id, ours))
        QCOMPARE(operation.state, OperationState::Succeeded);
    QCOMPARE(trafficOf(instance, vpc), TrafficState::None);

    // Into a VPC without ClassicLink, the cloud refuses the rule across networks.
    const QList<GroupRule> refused = TrafficRules::rules(
        classic, {QStringLiteral("sg-noclassiclink-app")},
        RuleSpec{TrafficDirection::ToVpc, QStringLiteral("tcp"), QStringLiteral("22"), 1, {}});
    const QList<Operation> failed =
        runBatch(ClassicLinkBatch::Kind::AuthorizeRules, QStringLiteral("vpc-noclassiclink01"), refused);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().state, OperationState::Failed);
    QCOMPARE(failed.first().result.code, QStringLiteral("InvalidSecurityGroup.InvalidNetworkType"));
}

QTEST_GUILESS_MAIN(TestClientSandbox)
#include "tst_clientsandbox.moc"
