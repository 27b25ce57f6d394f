// Where AccessKey secrets, STS tokens and proxy passwords live between runs: the OS keychain through
// QtKeychain (Secret Service or KWallet, macOS Keychain, Windows Credential Manager), never a file.
// MemorySecretStore serves unit tests and the "this session only" choice when no keychain answers.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace clm {

// `done`, called only while `context` lives (a null context: always). An answer that arrives after its
// receiver is gone, such as a dialog closed while the keychain prompt was open, is dropped.
template<typename Callable>
auto whileAlive(const QObject *context, Callable done)
{
    return [guard = QPointer<const QObject>(context), bound = context != nullptr,
            done = std::move(done)](const auto &...arguments) {
        if (!bound || guard)
            done(arguments...);
    };
}

class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound,    // nothing stored under this key: ask the user
        Unavailable, // no keychain backend (no Secret Service, no D-Bus session)
        Denied,      // the user or the system refused access
        Failed,      // anything else; nothing was stored
    };
    struct Result
    {
        Status status = Status::Ok;
        QString secret; // for reads
        QString error;  // technical detail for logs; never contains the secret
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    // What went wrong, in one sentence a person can act on (empty for Ok); each front end adds what
    // happens next.
    static QString statusText(Status status);

    // Each calls back exactly once, later (never before returning).
    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
};

class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("ClassicLink Manager"),
                                 QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QString m_service;
};

class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace clm
