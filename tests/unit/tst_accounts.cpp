// Profiles, the aliyun CLI importer, network settings and the connection verdicts, without a keychain.
#include "api/networksettings.h"
#include "cloud/connectiontest.h"
#include "credentials/accountdirectory.h"
#include "credentials/aliyunconfig.h"
#include "credentials/rampolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace clm;

class TestAccounts final : public QObject
{
    Q_OBJECT

private slots:
    void importsAkAndStsProfiles();
    void explainsWhatIsNotImported();
    void malformedConfigsImportNothing_data();
    void malformedConfigsImportNothing();
    void profileValidation_data();
    void profileValidation();
    void profilesRoundTripThroughSettings();
    void sessionOnlySecretsStayInMemory();
    void networkSettingsValidation();
    void environmentProxyAndNoProxy();
    void connectionVerdicts();
    void ramPolicyListsExactlyTheActionsUsed();
};

void TestAccounts::importsAkAndStsProfiles()
{
    const QByteArray json = R"({"current":"prod","profiles":[
        {"name":"prod","mode":"AK","access_key_id":"LTAIexample1","access_key_secret":"s1","region_id":"cn-shanghai"},
        {"name":"temp","mode":"StsToken","access_key_id":"STS.x","access_key_secret":"s2","sts_token":"tok","region_id":"cn-beijing"}],
        "meta_path":""})";
    const AliyunCliConfig config = AliyunCliConfigReader::parse(json);
    QVERIFY(config.ok);
    QCOMPARE(config.current, QStringLiteral("prod"));
    QCOMPARE(config.profiles.size(), 2);
    QVERIFY(config.profiles.at(0).importable);
    QCOMPARE(config.profiles.at(0).regionId, QStringLiteral("cn-shanghai"));
    QVERIFY(config.profiles.at(1).importable);
    QCOMPARE(config.profiles.at(1).stsToken, QStringLiteral("tok"));
}

void TestAccounts::explainsWhatIsNotImported()
{
    const QByteArray json = R"({"profiles":[
        {"name":"role","mode":"RamRoleArn","access_key_id":"a","access_key_secret":"b","ram_role_arn":"acs:ram::1:role/x"},
        {"name":"sso","mode":"CloudSSO"},
        {"name":"half","mode":"AK","access_key_id":"a"},
        {"name":"sts-without-token","mode":"StsToken","access_key_id":"a","access_key_secret":"b"}]})";
    const AliyunCliConfig config = AliyunCliConfigReader::parse(json);
    QVERIFY(config.ok);
    QCOMPARE(config.profiles.size(), 4);
    for (const AliyunCliProfile &profile : config.profiles) {
        QVERIFY2(!profile.importable, qPrintable(profile.name));
        QVERIFY(!profile.reason.isEmpty());
    }
    QVERIFY(config.profiles.at(0).reason.contains(QLatin1String("RamRoleArn")));
}

void TestAccounts::malformedConfigsImportNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("profiles = [");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no profiles") << QByteArray(R"({"current":"x"})");
    QTest::newRow("profiles not a list") << QByteArray(R"({"profiles":{"name":"x"}})");
    QTest::newRow("empty") << QByteArray();
}

void TestAccounts::malformedConfigsImportNothing()
{
    QFETCH(QByteArray, json);
    const AliyunCliConfig config = AliyunCliConfigReader::parse(json);
    QVERIFY(!config.ok);
    QVERIFY(!config.error.isEmpty());
    QVERIFY(config.profiles.isEmpty());
    QVERIFY(!AliyunCliConfigReader::read(QStringLiteral("/nonexistent/config.json")).ok);
}

void TestAccounts::profileValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("colour");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ok") << "Prod"
                        << "LTAI5tExample"
                        << "cn-hangzhou"
                        << ""
                        << "#d32f2f" << true;
    QTest::newRow("duplicate name") << "existing"
                                    << "LTAI5tExample"
                                    << "cn-hangzhou"
                                    << ""
                                    << "" << false;
    QTest::newRow("empty name") << ""
                                << "LTAI5tExample"
                                << "cn-hangzhou"
                                << ""
                                << "" << false;
    QTest::newRow("bad key id") << "Prod"
                                << "LTAI 5t"
                                << "cn-hangzhou"
                                << ""
                                << "" << false;
    QTest::newRow("bad region") << "Prod"
                                << "LTAI5tExample"
                                << "Hangzhou"
                                << ""
                                << "" << false;
    QTest::newRow("remote http") << "Prod"
                                 << "LTAI5tExample"
                                 << "cn-hangzhou"
                                 << "http://ecs.example.com"
                                 << "" << false;
    QTest::newRow("loopback http") << "Prod"
                                   << "LTAI5tExample"
                                   << "cn-hangzhou"
                                   << "http://127.0.0.1:8080"
                                   << "" << true;
    QTest::newRow("https") << "Prod"
                           << "LTAI5tExample"
                           << "cn-hangzhou"
                           << "https://ecs.private.example"
                           << "" << true;
    QTest::newRow("bad colour") << "Prod"
                                << "LTAI5tExample"
                                << "cn-hangzhou"
                                << ""
                                << "red" << false;
}

void TestAccounts::profileValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, keyId);
    QFETCH(QString, region);
    QFETCH(QString, endpoint);
    QFETCH(QString, colour);
    QFETCH(bool, valid);
    Profile existing = ProfileStore::create(QStringLiteral("Existing"));
    Profile profile = ProfileStore::create(name);
    profile.accessKeyId = keyId;
    profile.defaultRegion = region;
    profile.endpoint = QUrl(endpoint);
    profile.colour = colour;
    QCOMPARE(ProfileStore::validate(profile, {existing}).isEmpty(), valid);
}

void TestAccounts::profilesRoundTripThroughSettings()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Profile a = ProfileStore::create(QStringLiteral("A"));
    a.accessKeyId = QStringLiteral("id-a");
    a.signatureVersion = SignatureVersion::V2;
    a.endpoint = QUrl(QStringLiteral("https://ecs.example"));
    Profile b = ProfileStore::create(QStringLiteral("B"));
    b.accessKeyId = QStringLiteral("id-b");
    ProfileStore::save(settings, {a, b});
    const QList<Profile> loaded = ProfileStore::load(settings);
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(0).id, a.id);
    QCOMPARE(loaded.at(0).signatureVersion, SignatureVersion::V2);
    QCOMPARE(loaded.at(0).endpoint, a.endpoint);
    QCOMPARE(ProfileStore::find(loaded, QStringLiteral("B"))->accessKeyId, QStringLiteral("id-b"));
    QVERIFY(a.secretKey() != b.secretKey());
}

void TestAccounts::sessionOnlySecretsStayInMemory()
{
    QTemporaryDir dir;
    MemorySecretStore memory;
    AccountDirectory directory(
        &memory, std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    Profile profile = ProfileStore::create(QStringLiteral("Mem"));
    profile.accessKeyId = QStringLiteral("id-mem");
    bool done = false;
    directory.save(profile, QStringLiteral("memory-secret"), {}, this,
                   [&](SecretStore::Status status, const QString &) {
                       QCOMPARE(status, SecretStore::Status::Ok);
                       done = true;
                   });
    QTRY_VERIFY(done);
    bool duplicated = false;
    directory.duplicate(directory.profiles().first(), QStringLiteral("Mem (copy)"), this,
                        [&](SecretStore::Status status, const QString &) {
                            QCOMPARE(status, SecretStore::Status::Ok);
                            duplicated = true;
                        });
    QTRY_VERIFY(duplicated);
    QCOMPARE(directory.profiles().size(), 2);
    std::optional<Account> copy;
    directory.resolve(*ProfileStore::find(directory.profiles(), QStringLiteral("Mem (copy)")), this,
                      [&](SecretStore::Status, const Account &account) { copy = account; });
    QTRY_VERIFY(copy.has_value());
    QCOMPARE(copy->credentials.accessKeySecret, QStringLiteral("memory-secret"));
    // An answer for a receiver that is gone is dropped; the others still come, in order.
    bool toTheGoneReceiver = false;
    bool toTheLiving = false;
    {
        QObject receiver;
        directory.resolve(profile, &receiver,
                          [&](SecretStore::Status, const Account &) { toTheGoneReceiver = true; });
    }
    directory.resolve(profile, this, [&](SecretStore::Status, const Account &) { toTheLiving = true; });
    QTRY_VERIFY(toTheLiving);
    QVERIFY(!toTheGoneReceiver);
    QFile file(dir.filePath(QStringLiteral("s.ini")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("memory-secret"));
}

void TestAccounts::networkSettingsValidation()
{
    NetworkSettings settings;
    QVERIFY(settings.validate().isEmpty());
    settings.proxyMode = NetworkSettings::ProxyMode::Http;
    QVERIFY(!settings.validate().isEmpty()); // no host
    settings.proxyHost = QStringLiteral("http://proxy:3128");
    settings.proxyPort = 3128;
    QVERIFY(!settings.validate().isEmpty()); // a URL is not a host
    settings.proxyHost = QStringLiteral("proxy.corp.example");
    QVERIFY(settings.validate().isEmpty());
    settings.caBundlePath = QStringLiteral("/nonexistent/ca.pem");
    QVERIFY(settings.validate().contains(QLatin1String("/nonexistent/ca.pem")));
    QTemporaryDir dir;
    QFile notPem(dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("not a certificate");
    notPem.close();
    settings.caBundlePath = notPem.fileName();
    QVERIFY(settings.validate().contains(QLatin1String("no PEM certificate")));
    settings.caBundlePath.clear();
    settings.timeoutSeconds = 0;
    QVERIFY(!settings.validate().isEmpty());

    QSettings stored(dir.filePath(QStringLiteral("n.ini")), QSettings::IniFormat);
    settings.timeoutSeconds = 12;
    settings.rateLimit = 50;
    settings.save(stored);
    const NetworkSettings loaded = NetworkSettings::load(stored);
    QCOMPARE(loaded.proxyMode, NetworkSettings::ProxyMode::Http);
    QCOMPARE(loaded.proxyHost, QStringLiteral("proxy.corp.example"));
    QCOMPARE(loaded.clientSettings().timeoutMs, 12000);
    QCOMPARE(loaded.clientSettings().ratePerSecond, 50.0);
}

void TestAccounts::environmentProxyAndNoProxy()
{
    QVERIFY(EnvironmentProxyFactory::bypassed(QStringLiteral("ecs.aliyuncs.com"), "localhost,.aliyuncs.com"));
    QVERIFY(EnvironmentProxyFactory::bypassed(QStringLiteral("aliyuncs.com"), ".aliyuncs.com"));
    QVERIFY(!EnvironmentProxyFactory::bypassed(QStringLiteral("evil-aliyuncs.com"), "aliyuncs.com"));
    QVERIFY(EnvironmentProxyFactory::bypassed(QStringLiteral("anything"), "*"));
    qputenv("HTTPS_PROXY", "http://user:pw@proxy.corp.example:3128");
    qputenv("NO_PROXY", "internal.example");
    EnvironmentProxyFactory factory;
    QList<QNetworkProxy> proxies =
        factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://ecs.aliyuncs.com/"))));
    QCOMPARE(proxies.first().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxies.first().hostName(), QStringLiteral("proxy.corp.example"));
    QCOMPARE(proxies.first().port(), quint16(3128));
    QCOMPARE(proxies.first().user(), QStringLiteral("user"));
    proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://api.internal.example/"))));
    QCOMPARE(proxies.first().type(), QNetworkProxy::NoProxy);
    qunsetenv("HTTPS_PROXY");
    qunsetenv("NO_PROXY");
}

void TestAccounts::connectionVerdicts()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ApiResult result;
    QCOMPARE(ConnectionReport::classify(result, now).verdict, ConnectionReport::Verdict::Ok);
    result.errorKind = ErrorKind::Service;
    result.code = QStringLiteral("InvalidAccessKeyId.NotFound");
    QCOMPARE(ConnectionReport::classify(result, now).verdict, ConnectionReport::Verdict::WrongKey);
    result.code = QStringLiteral("SignatureDoesNotMatch");
    QCOMPARE(ConnectionReport::classify(result, now).verdict, ConnectionReport::Verdict::SignatureMismatch);
    result.code = QStringLiteral("InvalidTimeStamp.Expired");
    result.serverDate = now.addSecs(-42 * 60);
    const ConnectionReport skew = ConnectionReport::classify(result, now);
    QCOMPARE(skew.verdict, ConnectionReport::Verdict::ClockSkew);
    QCOMPARE(skew.clockSkewMinutes, -42);
    QVERIFY(skew.text().contains(QLatin1String("42")));
    result = {};
    result.errorKind = ErrorKind::Network;
    result.networkError = QNetworkReply::ProxyConnectionRefusedError;
    QCOMPARE(ConnectionReport::classify(result, now).verdict, ConnectionReport::Verdict::Proxy);
    result.networkError = QNetworkReply::ConnectionRefusedError;
    QCOMPARE(ConnectionReport::classify(result, now).verdict, ConnectionReport::Verdict::Network);
    result.errorKind = ErrorKind::Tls;
    QCOMPARE(ConnectionReport::classify(result, now).verdict, ConnectionReport::Verdict::Tls);
}

void TestAccounts::ramPolicyListsExactlyTheActionsUsed()
{
    const QJsonObject policy = QJsonDocument::fromJson(requiredRamPolicy().toUtf8()).object();
    QCOMPARE(policy.value(QLatin1String("Version")).toString(), QStringLiteral("1"));
    QStringList actions;
    for (const QJsonValue &statement : policy.value(QLatin1String("Statement")).toArray()) {
        for (const QJsonValue &action : statement.toObject().value(QLatin1String("Action")).toArray())
            actions << action.toString();
    }
    QCOMPARE(actions, requiredRamActions());
    QVERIFY(actions.contains(QStringLiteral("ecs:AttachClassicLinkVpc")));
    QVERIFY(actions.contains(QStringLiteral("vpc:DescribeVpcAttribute")));
    QVERIFY(!actions.contains(QStringLiteral("*")));
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
