// The saved accounts: their fields in the shared settings, their secrets in the SecretStore. Turns a
// saved profile into a usable Account by reading its secret, and says plainly when it cannot.
#pragma once

#include "account.h"
#include "profile.h"
#include "secretstore.h"

#include <QObject>

#include <functional>
#include <memory>

class QSettings;

namespace clm {

class AccountDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDirectory)

public:
    AccountDirectory(SecretStore *secrets, std::unique_ptr<QSettings> settings, QObject *parent = nullptr);
    ~AccountDirectory() override;

    QList<Profile> profiles() const;
    SecretStore *secrets() const { return m_secrets; }

    // Each answers `done` once, later, and only while `context` lives: closing the window that asked
    // drops the answer (the keychain work itself still completes).
    using Done = std::function<void(SecretStore::Status status, const QString &detail)>;
    // Saves the fields and, when `secret` is not empty, the secret (and token) in the keychain. If the
    // keychain refuses, nothing is saved at all.
    void save(const Profile &profile, const QString &secret, const QString &securityToken,
              const QObject *context, Done done);
    void remove(const Profile &profile, const QObject *context, Done done);
    void duplicate(const Profile &profile, const QString &newName, const QObject *context, Done done);

    using Resolved = std::function<void(SecretStore::Status status, const Account &account)>;
    void resolve(const Profile &profile, const QObject *context, Resolved done);

    static Account accountFor(const Profile &profile, const QString &secret, const QString &token);

signals:
    void profilesChanged();

private:
    void storeFields(const Profile &profile);

    SecretStore *m_secrets;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace clm
