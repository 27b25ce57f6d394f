#include "secretstore.h"

#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "clm.secrets", QtInfoMsg)

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#endif

namespace clm {

namespace {

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::Unavailable;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Status::Denied;
    default:
        return SecretStore::Status::Failed;
    }
}

template<typename Job>
void run(Job *job, const QString &key, std::function<void(Job *)> prepare, SecretStore::Callback done,
         std::function<QString(Job *)> secretOf)
{
    job->setAutoDelete(true);
    // A plaintext file is never an acceptable place for a secret.
    job->setInsecureFallback(false);
    job->setKey(key);
    if (prepare)
        prepare(job);
    QObject::connect(job, &QKeychain::Job::finished, job, [done, secretOf, key](QKeychain::Job *finished) {
        SecretStore::Result result;
        result.status = statusOf(finished->error());
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        // Secret Service and KWallet are reached over the session bus; without one there is no keychain.
        if (result.status == SecretStore::Status::Failed && !QDBusConnection::sessionBus().isConnected())
            result.status = SecretStore::Status::Unavailable;
#endif
        if (result.status != SecretStore::Status::Ok) {
            result.error = finished->errorString();
            qCInfo(lcSecrets) << "keychain" << key << "failed:" << result.error;
        } else if (secretOf) {
            result.secret = secretOf(static_cast<Job *>(finished));
        }
        done(result);
    });
    job->start();
}

} // namespace

QString SecretStore::statusText(Status status)
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return tr("The keychain has no secret for this account.");
    case Status::Unavailable:
        return tr("No system keychain is available (no Secret Service or KWallet is running).");
    case Status::Denied:
        return tr("Access to the keychain was denied.");
    case Status::Failed:
        break;
    }
    return tr("The keychain reported an error.");
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

void KeychainSecretStore::read(const QString &key, Callback done)
{
    run<QKeychain::ReadPasswordJob>(new QKeychain::ReadPasswordJob(m_service, this), key, {}, std::move(done),
                                    [](QKeychain::ReadPasswordJob *job) { return job->textData(); });
}

void KeychainSecretStore::write(const QString &key, const QString &secret, Callback done)
{
    run<QKeychain::WritePasswordJob>(new QKeychain::WritePasswordJob(m_service, this), key,
                                     [secret](QKeychain::WritePasswordJob *job) { job->setTextData(secret); },
                                     std::move(done), {});
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    run<QKeychain::DeletePasswordJob>(new QKeychain::DeletePasswordJob(m_service, this), key, {},
                                      std::move(done), {});
}

void MemorySecretStore::read(const QString &key, Callback done)
{
    const auto it = m_secrets.constFind(key);
    const Result result =
        it == m_secrets.constEnd() ? Result{Status::NotFound, {}, {}} : Result{Status::Ok, *it, {}};
    QTimer::singleShot(0, this, [done, result] { done(result); });
}

void MemorySecretStore::write(const QString &key, const QString &secret, Callback done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [done] { done({}); });
}

void MemorySecretStore::remove(const QString &key, Callback done)
{
    const bool existed = m_secrets.remove(key) > 0;
    QTimer::singleShot(0, this, [done, existed] {
        done(Result{existed ? Status::Ok : Status::NotFound, {}, {}});
    });
}

} // namespace clm
