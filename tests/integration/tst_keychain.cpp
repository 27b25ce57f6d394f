// The keychain store against a real Secret Service (gnome-keyring in the private D-Bus session that the
// test command starts): store, read, update, delete and "not found", and saved accounts on top of it.
#include "credentials/accountdirectory.h"
#include "credentials/secretstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace clm;

class TestKeychain final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeReadUpdateDeleteNotFound();
    void savedAccountRoundTrip();

private:
    SecretStore::Result wait(std::function<void(SecretStore::Callback)> start);
    KeychainSecretStore m_store{QStringLiteral("ClassicLink Manager tests")};
    QString m_key;
};

SecretStore::Result TestKeychain::wait(std::function<void(SecretStore::Callback)> start)
{
    SecretStore::Result out{SecretStore::Status::Failed, {}, QStringLiteral("no answer")};
    bool done = false;
    start([&](const SecretStore::Result &result) {
        out = result;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        qWarning("keychain did not answer in time");
    return out;
}

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the suite through scripts/run-tests.sh, which starts one with "
              "gnome-keyring.");
    m_key = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestKeychain::storeReadUpdateDeleteNotFound()
{
    SecretStore::Result result = wait([&](auto done) { m_store.read(m_key, done); });
    QCOMPARE(result.status, SecretStore::Status::NotFound);

    result = wait([&](auto done) { m_store.write(m_key, QStringLiteral("first-secret"), done); });
    QVERIFY2(result.status == SecretStore::Status::Ok, qPrintable(result.error));
    result = wait([&](auto done) { m_store.read(m_key, done); });
    QCOMPARE(result.status, SecretStore::Status::Ok);
    QCOMPARE(result.secret, QStringLiteral("first-secret"));

    result = wait([&](auto done) { m_store.write(m_key, QStringLiteral("second-秘密"), done); });
    QCOMPARE(result.status, SecretStore::Status::Ok);
    result = wait([&](auto done) { m_store.read(m_key, done); });
    QCOMPARE(result.secret, QStringLiteral("second-秘密"));

    result = wait([&](auto done) { m_store.remove(m_key, done); });
    QCOMPARE(result.status, SecretStore::Status::Ok);
    result = wait([&](auto done) { m_store.read(m_key, done); });
    QCOMPARE(result.status, SecretStore::Status::NotFound);
    QVERIFY(result.secret.isEmpty());
}

void TestKeychain::savedAccountRoundTrip()
{
    QTemporaryDir dir;
    AccountDirectory directory(
        &m_store,
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    Profile profile = ProfileStore::create(QStringLiteral("Production"));
    profile.accessKeyId = QStringLiteral("sandbox-sts");
    profile.colour = QStringLiteral("#d32f2f");
    bool saved = false;
    directory.save(profile, QStringLiteral("sandbox-sts-secret"), QStringLiteral("sandbox-sts-token"), this,
                   [&](SecretStore::Status status, const QString &) {
                       QCOMPARE(status, SecretStore::Status::Ok);
                       saved = true;
                   });
    QTRY_VERIFY_WITH_TIMEOUT(saved, 20000);
    QCOMPARE(directory.profiles().size(), 1);
    QVERIFY(directory.profiles().first().hasSecurityToken);

    std::optional<Account> resolved;
    directory.resolve(directory.profiles().first(), this,
                      [&](SecretStore::Status status, const Account &account) {
                          QCOMPARE(status, SecretStore::Status::Ok);
                          resolved = account;
                      });
    QTRY_VERIFY_WITH_TIMEOUT(resolved.has_value(), 20000);
    QCOMPARE(resolved->credentials.accessKeySecret, QStringLiteral("sandbox-sts-secret"));
    QCOMPARE(resolved->credentials.securityToken, QStringLiteral("sandbox-sts-token"));
    QCOMPARE(resolved->colour, QStringLiteral("#d32f2f"));

    // The settings file holds the fields, never a secret.
    QFile file(dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("sandbox-sts"));
    QVERIFY(!stored.contains("sandbox-sts-secret"));
    QVERIFY(!stored.contains("sandbox-sts-token"));

    bool removed = false;
    directory.remove(directory.profiles().first(), this, [&](SecretStore::Status status, const QString &) {
        QCOMPARE(status, SecretStore::Status::Ok);
        removed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    QVERIFY(directory.profiles().isEmpty());
    const SecretStore::Result gone = wait([&](auto done) { m_store.read(profile.secretKey(), done); });
    QCOMPARE(gone.status, SecretStore::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
