#include "selftest.h"

#include "api/apirequest.h"
#include "credentials/secretstore.h"
#include "i18n/translations.h"
#include "signing/requestsigner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLibraryInfo>
#include <QSslSocket>
#include <QTimer>
#include <QTranslator>

namespace clm {

void SelfTest::check(const char *what, bool ok, const QString &detail)
{
    m_out << (ok ? "ok    " : "FAIL  ") << what
          << (detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail)) << '\n';
    m_failures += ok ? 0 : 1;
}

void SelfTest::note(const char *what, const QString &detail)
{
    m_out << "note  " << what << " (" << detail << ")\n";
}

void SelfTest::checkCore()
{
    m_out << "version " << QCoreApplication::applicationVersion() << '\n';
    const QStringList languages = availableLanguages();
    check("translations",
          languages.contains(QLatin1String("en")) && languages.contains(QLatin1String("zh_CN")),
          languages.join(QLatin1String(", ")));
    QTranslator qtChinese;
    if (qtChinese.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        note("Qt's own Chinese translation", QStringLiteral("installed"));
    else
        note("Qt's own Chinese translation",
             QStringLiteral("not installed; standard buttons stay in English"));
    check("TLS backend", QSslSocket::supportsSsl(),
          QSslSocket::activeBackend() + u' ' + QSslSocket::sslLibraryVersionString());

    const Credentials probe{QStringLiteral("testid"), QStringLiteral("testsecret"), {}};
    const SignedRequest signedRequest =
        signRequest(ApiRequest{Product::Ecs,
                               QStringLiteral("DescribeRegions"),
                               {},
                               {{QStringLiteral("Format"), QStringLiteral("XML")}},
                               false},
                    QUrl(QStringLiteral("https://ecs.aliyuncs.com")), probe,
                    SigningOptions{SignatureVersion::V2, HttpMethod::Get,
                                   QDateTime::fromString(QStringLiteral("2016-02-23T12:46:24Z"), Qt::ISODate),
                                   QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf")});
    check("request signing",
          signedRequest.url.toEncoded().contains("Signature=OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D"));
    checkKeychain();
}

void SelfTest::checkKeychain()
{
    // Reading a key that is never written asks the backend a question without touching any secret.
    KeychainSecretStore store;
    QEventLoop loop;
    std::optional<SecretStore::Result> answer;
    store.read(QStringLiteral("self-test probe"), [&](const SecretStore::Result &result) {
        answer = result;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!answer)
        loop.exec();
    if (!answer) {
        note("system keychain",
             QStringLiteral("no answer within 10 s; secrets would be kept for the session only"));
        return;
    }
    switch (answer->status) {
    case SecretStore::Status::Ok:
    case SecretStore::Status::NotFound:
        check("system keychain", true, QStringLiteral("answers"));
        break;
    case SecretStore::Status::Unavailable:
        note("system keychain",
             QStringLiteral("missing (%1); secrets would be kept for the session only").arg(answer->error));
        break;
    case SecretStore::Status::Denied:
    case SecretStore::Status::Failed:
        check("system keychain", false, answer->error);
        break;
    }
}

int SelfTest::finish()
{
    m_out << (m_failures == 0 ? "self-test passed" : "self-test failed") << Qt::endl;
    return m_failures == 0 ? 0 : 1;
}

} // namespace clm
