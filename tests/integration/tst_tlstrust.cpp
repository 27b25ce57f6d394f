// Which certificates the client trusts once a CA bundle is set: the system's roots and the bundle, both;
// never a third CA. A test CA becomes a system root without touching the machine: the test command runs
// this in a private mount namespace (unshare -r -m: root there), and the test binds a copy of /etc/ssl/certs
// holding that CA over /etc/ssl/certs, before anything in the process reads the system's roots.
#include "api/apiclient.h"
#include "sandboxserver.h"
#include "testca.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace clm;

class TestTlsTrust final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void systemRootsAndTheBundleAreBothTrusted();

private:
    ApiResult call(const sandbox::SandboxServer &server, const QList<QSslCertificate> &bundle);
    static bool run(const QString &program, const QStringList &arguments);

    test::TestCa m_system;   // trusted as a system root
    test::TestCa m_bundle;   // trusted through the CA bundle setting
    test::TestCa m_stranger; // trusted by nobody
    QTemporaryDir m_certs;
};

bool TestTlsTrust::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

void TestTlsTrust::initTestCase()
{
    if (geteuid() != 0 || qEnvironmentVariableIsEmpty("CLM_PRIVATE_MOUNT_NAMESPACE"))
        QFAIL("run me in a private mount namespace, as ctest does: unshare -r -m --propagation private");
    for (test::TestCa *ca : {&m_system, &m_bundle, &m_stranger}) {
        const QString error = ca->make();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // A copy of the system's roots plus the test's "system" CA, hashed as OpenSSL looks them up.
    QVERIFY(run(QStringLiteral("cp"),
                {QStringLiteral("-rL"), QStringLiteral("/etc/ssl/certs/."), m_certs.path()}));
    QVERIFY(QFile::copy(m_system.path("ca.pem"), m_certs.filePath(QStringLiteral("clm-test-system-ca.pem"))));
    QVERIFY(run(QStringLiteral("openssl"), {QStringLiteral("rehash"), m_certs.path()}));
    QVERIFY(run(QStringLiteral("mount"),
                {QStringLiteral("--bind"), m_certs.path(), QStringLiteral("/etc/ssl/certs")}));
}

ApiResult TestTlsTrust::call(const sandbox::SandboxServer &server, const QList<QSslCertificate> &bundle)
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setCredentials(
        Credentials{QStringLiteral("sandbox-admin"), QStringLiteral("sandbox-admin-secret"), {}});
    ClientSettings settings;
    settings.endpointOverride = server.baseUrl();
    settings.extraCaCertificates = bundle;
    settings.retry.maxRetries = 0;
    client.setSettings(settings);
    ApiCall *call = client.send(ApiRequest{Product::Ecs, QStringLiteral("DescribeRegions"), {}, {}, false});
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<ApiResult>();
}

void TestTlsTrust::systemRootsAndTheBundleAreBothTrusted()
{
    std::vector<std::unique_ptr<sandbox::SandboxServer>> servers;
    for (test::TestCa *ca : {&m_system, &m_bundle, &m_stranger}) {
        auto server = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(server->enableTls(QSslCertificate(ca->read("server.pem")),
                                  QSslKey(ca->read("server.key"), QSsl::Rsa)));
        QVERIFY(server->start());
        servers.push_back(std::move(server));
    }
    const QList<QSslCertificate> bundle{QSslCertificate(m_bundle.read("ca.pem"))};

    // Without a bundle: the system's roots only.
    QVERIFY2(call(*servers[0], {}).ok(), "a server signed by a system root is trusted");
    QCOMPARE(int(call(*servers[1], {}).errorKind), int(ErrorKind::Tls));
    // With a bundle: the system's roots still, and the bundle.
    const ApiResult system = call(*servers[0], bundle);
    QVERIFY2(system.ok(), qPrintable(system.diagnostic));
    const ApiResult extra = call(*servers[1], bundle);
    QVERIFY2(extra.ok(), qPrintable(extra.diagnostic));
    // And never a CA that neither names.
    QCOMPARE(int(call(*servers[2], bundle).errorKind), int(ErrorKind::Tls));
}

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
