#include "accountdirectory.h"

#include <QSettings>

namespace clm {

AccountDirectory::AccountDirectory(SecretStore *secrets, std::unique_ptr<QSettings> settings, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_settings(std::move(settings))
{}

AccountDirectory::~AccountDirectory() = default;

QList<Profile> AccountDirectory::profiles() const
{
    m_settings->sync();
    return ProfileStore::load(*m_settings);
}

void AccountDirectory::storeFields(const Profile &profile)
{
    QList<Profile> all = profiles();
    const auto it =
        std::find_if(all.begin(), all.end(), [&profile](const Profile &p) { return p.id == profile.id; });
    if (it == all.end())
        all.append(profile);
    else
        *it = profile;
    ProfileStore::save(*m_settings, all);
    emit profilesChanged();
}

void AccountDirectory::save(const Profile &profile, const QString &secret, const QString &securityToken,
                            const QObject *context, Done done)
{
    done = whileAlive(context, std::move(done));
    if (secret.isEmpty()) {
        storeFields(profile);
        return done(SecretStore::Status::Ok, {});
    }
    Profile stored = profile;
    stored.hasSecurityToken = !securityToken.isEmpty();
    m_secrets->write(
        stored.secretKey(), secret, [this, stored, securityToken, done](const SecretStore::Result &written) {
            if (written.status != SecretStore::Status::Ok)
                return done(written.status, written.error);
            auto finish = [this, stored, done](const SecretStore::Result &token) {
                if (token.status != SecretStore::Status::Ok && token.status != SecretStore::Status::NotFound)
                    return done(token.status, token.error);
                storeFields(stored);
                done(SecretStore::Status::Ok, {});
            };
            if (securityToken.isEmpty())
                m_secrets->remove(stored.tokenKey(), finish);
            else
                m_secrets->write(stored.tokenKey(), securityToken, finish);
        });
}

void AccountDirectory::remove(const Profile &profile, const QObject *context, Done done)
{
    done = whileAlive(context, std::move(done));
    m_secrets->remove(profile.secretKey(), [this, profile, done](const SecretStore::Result &secret) {
        if (secret.status != SecretStore::Status::Ok && secret.status != SecretStore::Status::NotFound)
            return done(secret.status, secret.error);
        m_secrets->remove(profile.tokenKey(), [this, profile, done](const SecretStore::Result &) {
            QList<Profile> all = profiles();
            all.removeIf([&profile](const Profile &p) { return p.id == profile.id; });
            ProfileStore::save(*m_settings, all);
            emit profilesChanged();
            done(SecretStore::Status::Ok, {});
        });
    });
}

void AccountDirectory::duplicate(const Profile &profile, const QString &newName, const QObject *context,
                                 Done done)
{
    done = whileAlive(context, std::move(done));
    resolve(
        profile, this, [this, profile, newName, done](SecretStore::Status status, const Account &account) {
            if (status != SecretStore::Status::Ok)
                return done(status, {});
            Profile copy = profile;
            copy.id = ProfileStore::create(newName).id;
            copy.name = newName;
            save(copy, account.credentials.accessKeySecret, account.credentials.securityToken, this, done);
        });
}

Account AccountDirectory::accountFor(const Profile &profile, const QString &secret, const QString &token)
{
    Account account;
    account.name = profile.name;
    account.source = Account::Source::Saved;
    account.profileId = profile.id;
    account.colour = profile.colour;
    account.credentials = Credentials{profile.accessKeyId, secret, token};
    account.defaultRegion = profile.defaultRegion;
    account.endpointOverride = profile.endpoint;
    account.signatureVersion = profile.signatureVersion;
    return account;
}

void AccountDirectory::resolve(const Profile &profile, const QObject *context, Resolved done)
{
    done = whileAlive(context, std::move(done));
    m_secrets->read(profile.secretKey(), [this, profile, done](const SecretStore::Result &secret) {
        if (secret.status != SecretStore::Status::Ok)
            return done(secret.status, accountFor(profile, {}, {}));
        if (!profile.hasSecurityToken)
            return done(SecretStore::Status::Ok, accountFor(profile, secret.secret, {}));
        m_secrets->read(profile.tokenKey(),
                        [profile, done, key = secret.secret](const SecretStore::Result &token) {
                            done(token.status, accountFor(profile, key, token.secret));
                        });
    });
}

} // namespace clm
