// The Accounts dialog on an in-memory secret store and the sandbox: test connection in plain words,
// import from an aliyun CLI config (and refuse a malformed one), duplicate and remove, and a keychain that
// answers after the dialog was closed.
#include "accountdialog.h"
#include "accountsdialog.h"
#include "i18n/translations.h"
#include "messages.h"
#include "networksettingsdialog.h"
#include "sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace clm;

namespace {

// A keychain whose prompt stays open: its answers wait until the test releases them.
class HeldSecretStore final : public SecretStore
{
public:
    void read(const QString &key, Callback done) override { m_memory.read(key, hold(std::move(done))); }
    void write(const QString &key, const QString &secret, Callback done) override
    {
        m_memory.write(key, secret, hold(std::move(done)));
    }
    void remove(const QString &key, Callback done) override { m_memory.remove(key, hold(std::move(done))); }

    qsizetype pending() const { return m_held.size(); }
    void release()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto &answer : held)
            answer();
    }

private:
    Callback hold(Callback done)
    {
        return [this, done = std::move(done)](const Result &result) {
            m_held.append([done, result] { done(result); });
        };
    }

    MemorySecretStore m_memory;
    QList<std::function<void()>> m_held;
};

} // namespace

class TestAccountsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testConnectionSaysWhatIsWrong();
    void importsFromTheAliyunCli();
    void malformedImportChangesNothing();
    void duplicateAndRemove();
    void keychainAnswersAfterTheDialogClosed();
    void screenshots();

private:
    [[nodiscard]] bool addProfile(const QString &name, const QString &keyId, const QString &secret);
    QString waitForResult(ui::AccountsDialog &dialog, const QString &ignore);

    sandbox::SandboxServer m_server;
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    std::unique_ptr<AccountDirectory> m_directory;
    QNetworkAccessManager m_network;
    std::unique_ptr<Workspace> m_workspace;
};

void TestAccountsDialog::initTestCase()
{
    installTranslations(QStringLiteral("en"));
    QVERIFY(m_server.start());
    m_directory = std::make_unique<AccountDirectory>(
        &m_secrets,
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    m_workspace = std::make_unique<Workspace>(&m_network);
    ui::Messages::queueAnswers({});
}

bool TestAccountsDialog::addProfile(const QString &name, const QString &keyId, const QString &secret)
{
    Profile profile = ProfileStore::create(name);
    profile.accessKeyId = keyId;
    profile.endpoint = m_server.baseUrl();
    bool done = false;
    m_directory->save(profile, secret, {}, nullptr,
                      [&done](SecretStore::Status, const QString &) { done = true; });
    return QTest::qWaitFor([&done] { return done; });
}

QString TestAccountsDialog::waitForResult(ui::AccountsDialog &dialog, const QString &ignore)
{
    if (!QTest::qWaitFor(
            [&] { return !dialog.resultText().isEmpty() && !dialog.resultText().startsWith(ignore); }, 15000))
        return {};
    return dialog.resultText();
}

void TestAccountsDialog::testConnectionSaysWhatIsWrong()
{
    QVERIFY(addProfile(QStringLiteral("Good"), QStringLiteral("sandbox-admin"),
                       QStringLiteral("sandbox-admin-secret")));
    QVERIFY(addProfile(QStringLiteral("Wrong secret"), QStringLiteral("sandbox-admin"),
                       QStringLiteral("not-the-secret")));
    QVERIFY(addProfile(QStringLiteral("Unknown key"), QStringLiteral("nobody-here"), QStringLiteral("x")));
    ui::AccountsDialog dialog(m_directory.get(), m_workspace.get());
    dialog.show();
    const QList<QPair<QString, QString>> expected{
        {QStringLiteral("Good"), QStringLiteral("Good: The connection works: the AccessKey was accepted.")},
        {QStringLiteral("Wrong secret"),
         QStringLiteral("Wrong secret: The AccessKey secret does not match the ID")},
        {QStringLiteral("Unknown key"),
         QStringLiteral("Unknown key: The AccessKey ID is unknown or disabled.")}};
    for (const auto &[name, text] : expected) {
        dialog.selectProfile(name);
        dialog.testSelected();
        const QString result = waitForResult(dialog, QStringLiteral("Testing"));
        QVERIFY2(result.startsWith(text), qPrintable(result));
    }
}

void TestAccountsDialog::importsFromTheAliyunCli()
{
    QFile config(m_dir.filePath(QStringLiteral("config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"current":"cli-ak","profiles":[
        {"name":"cli-ak","mode":"AK","access_key_id":"sandbox-admin","access_key_secret":"sandbox-admin-secret","region_id":"cn-shanghai"},
        {"name":"cli-role","mode":"RamRoleArn","access_key_id":"a","access_key_secret":"b"}]})");
    config.close();
    ui::AccountsDialog dialog(m_directory.get(), m_workspace.get());
    ui::Messages::queueAnswers({true});
    dialog.importFrom(config.fileName());
    QTRY_COMPARE(dialog.resultText(), QStringLiteral("Imported 1 account."));
    const auto imported = ProfileStore::find(m_directory->profiles(), QStringLiteral("cli-ak"));
    QVERIFY(imported);
    QCOMPARE(imported->defaultRegion, QStringLiteral("cn-shanghai"));
    QVERIFY(!ProfileStore::find(m_directory->profiles(), QStringLiteral("cli-role")));
    std::optional<Account> account;
    m_directory->resolve(*imported, nullptr,
                         [&account](SecretStore::Status, const Account &a) { account = a; });
    QTRY_VERIFY(account);
    QCOMPARE(account->credentials.accessKeySecret, QStringLiteral("sandbox-admin-secret"));
    // The settings file never holds the imported secret.
    QFile settings(m_dir.filePath(QStringLiteral("s.ini")));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("sandbox-admin-secret"));
}

void TestAccountsDialog::malformedImportChangesNothing()
{
    QFile config(m_dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("{\"profiles\": [ {\"name\": \"x\", ");
    config.close();
    const qsizetype before = m_directory->profiles().size();
    ui::AccountsDialog dialog(m_directory.get(), m_workspace.get());
    dialog.importFrom(config.fileName());
    QCOMPARE(dialog.resultText(),
             QStringLiteral("The aliyun CLI configuration is not valid JSON; nothing was imported."));
    QCOMPARE(m_directory->profiles().size(), before);
}

void TestAccountsDialog::duplicateAndRemove()
{
    ui::AccountsDialog dialog(m_directory.get(), m_workspace.get());
    dialog.selectProfile(QStringLiteral("Good"));
    dialog.findChild<QPushButton *>(QStringLiteral("duplicateButton"))->click();
    QTRY_VERIFY(ProfileStore::find(m_directory->profiles(), QStringLiteral("Good (copy)")));
    const qsizetype count = m_directory->profiles().size();
    dialog.selectProfile(QStringLiteral("Good (copy)"));
    ui::Messages::queueAnswers({true});
    dialog.findChild<QPushButton *>(QStringLiteral("removeButton"))->click();
    QTRY_COMPARE(m_directory->profiles().size(), count - 1);
    QVERIFY(!ProfileStore::find(m_directory->profiles(), QStringLiteral("Good (copy)")));
}

void TestAccountsDialog::keychainAnswersAfterTheDialogClosed()
{
    HeldSecretStore held;
    AccountDirectory directory(
        &held, std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("held.ini")), QSettings::IniFormat));
    Profile profile = ProfileStore::create(QStringLiteral("Held"));
    profile.accessKeyId = QStringLiteral("sandbox-admin");
    profile.endpoint = m_server.baseUrl();
    bool saved = false;
    directory.save(profile, QStringLiteral("sandbox-admin-secret"), {}, nullptr,
                   [&saved](SecretStore::Status, const QString &) { saved = true; });
    QVERIFY(QTest::qWaitFor([&] {
        held.release();
        return saved;
    }));

    // As the main window opens it: deleted on close.
    QPointer<ui::AccountsDialog> dialog = new ui::AccountsDialog(&directory, m_workspace.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->selectProfile(QStringLiteral("Held"));
    dialog->testSelected(); // reads the secret: the keychain prompt opens
    QTRY_COMPARE(held.pending(), 1);
    dialog->close();
    QTRY_VERIFY(dialog.isNull());
    // The user answers the prompt now. The dialog's callback must not run: under ASan a call into the
    // deleted dialog fails this test.
    held.release();
    QCOMPARE(held.pending(), 0);
}

void TestAccountsDialog::screenshots()
{
    const QString dir = QStringLiteral(SCREENSHOT_DIR);
    QDir().mkpath(dir);
    for (const char *language : {"en", "zh_CN"}) {
        installTranslations(QLatin1String(language));
        ui::AccountsDialog accounts(m_directory.get(), m_workspace.get());
        accounts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&accounts));
        QVERIFY(accounts.grab().save(dir + QStringLiteral("/accounts-%1.png").arg(QLatin1String(language))));
        ui::NetworkSettingsDialog network(NetworkSettings{});
        network.show();
        QVERIFY(QTest::qWaitForWindowExposed(&network));
        QVERIFY(network.grab().save(dir +
                                    QStringLiteral("/network-settings-%1.png").arg(QLatin1String(language))));
        ui::AccountDialog account(m_directory->profiles());
        account.show();
        QVERIFY(QTest::qWaitForWindowExposed(&account));
        QVERIFY(
            account.grab().save(dir + QStringLiteral("/add-account-%1.png").arg(QLatin1String(language))));
    }
    installTranslations(QStringLiteral("en"));
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
