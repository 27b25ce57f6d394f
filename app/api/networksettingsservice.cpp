#include "networksettingsservice.h"

#include "credentials/profile.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QSettings>

namespace clm {

NetworkSettingsService::NetworkSettingsService(QNetworkAccessManager *network, SecretStore *secrets,
                                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
{}

NetworkSettings NetworkSettingsService::load()
{
    return NetworkSettings::load(*openSettings());
}

void NetworkSettingsService::apply(const NetworkSettings &settings, const QObject *context, Applied applied)
{
    applied = whileAlive(context, std::move(applied));
    const bool needsPassword = (settings.proxyMode == NetworkSettings::ProxyMode::Http ||
                                settings.proxyMode == NetworkSettings::ProxyMode::Socks5) &&
                               !settings.proxyUser.isEmpty();
    if (!needsPassword || !m_secrets)
        return applyNow(settings, {}, applied);
    m_secrets->read(
        QLatin1String(NetworkSettings::kProxyPasswordKey),
        [this, settings, applied](const SecretStore::Result &result) {
            applyNow(settings, result.status == SecretStore::Status::Ok ? result.secret : QString(), applied);
        });
}

void NetworkSettingsService::save(const NetworkSettings &settings, const QString &proxyPassword,
                                  const QObject *context, std::function<void(SecretStore::Status)> stored,
                                  Applied applied)
{
    stored = whileAlive(context, std::move(stored));
    applied = whileAlive(context, std::move(applied));
    settings.save(*openSettings());
    if (proxyPassword.isEmpty() || !m_secrets) {
        stored(proxyPassword.isEmpty() ? SecretStore::Status::Ok : SecretStore::Status::Unavailable);
        return apply(settings, nullptr, applied);
    }
    // The password typed now is used even when the keychain cannot keep it (until the app quits).
    applyNow(settings, proxyPassword, applied);
    m_secrets->write(QLatin1String(NetworkSettings::kProxyPasswordKey), proxyPassword,
                     [stored](const SecretStore::Result &result) { stored(result.status); });
}

void NetworkSettingsService::applyNow(const NetworkSettings &settings, const QString &proxyPassword,
                                      const Applied &applied)
{
    // What the manager's proxy is, as a digest (the password never stays in a property).
    const QByteArray proxy = QCryptographicHash::hash(
        QStringList{QString::number(int(settings.proxyMode)), settings.proxyHost,
                    QString::number(settings.proxyPort), settings.proxyUser, proxyPassword}
            .join(u'\n')
            .toUtf8(),
        QCryptographicHash::Sha256);
    const char *const proxyInUse = "clm.proxyDigest";
    const QByteArray before = m_network->property(proxyInUse).toByteArray();
    if (before != proxy) {
        settings.applyProxy(m_network, proxyPassword);
        m_network->setProperty(proxyInUse, proxy);
        // Connections opened through the old proxy are not reused; only on a real change, since clearing
        // disturbs the requests in flight on this manager.
        if (!before.isEmpty())
            m_network->clearConnectionCache();
    }
    QString caError;
    const ClientSettings client = settings.clientSettings(&caError);
    applied(client, caError);
}

} // namespace clm
