// Loads, saves and applies the network settings for either front end: the settings file holds the
// settings, the keychain the proxy password, and the QNetworkAccessManager gets the proxy. The desktop
// app and `classiclink` both go through it, so a proxy behaves the same in both.
#pragma once

#include "credentials/secretstore.h"
#include "networksettings.h"

#include <QObject>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace clm {

class NetworkSettingsService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkSettingsService)

public:
    NetworkSettingsService(QNetworkAccessManager *network, SecretStore *secrets, QObject *parent = nullptr);

    // The saved settings (defaults where nothing is saved).
    static NetworkSettings load();

    // What `apply` hands on: the client settings, or why the CA bundle could not be read.
    using Applied = std::function<void(const ClientSettings &settings, const QString &caError)>;
    // Puts `settings` in effect. When the proxy has a user, its password is read from the keychain
    // first, so `applied` may come later; it comes once while `context` lives.
    void apply(const NetworkSettings &settings, const QObject *context, Applied applied);
    // Saves `settings`, keeps a non-empty `proxyPassword` in the keychain (an empty one keeps the stored
    // password), and applies them. `stored` tells whether the keychain took the password (Ok when none
    // was given). Both come only while `context` lives.
    void save(const NetworkSettings &settings, const QString &proxyPassword, const QObject *context,
              std::function<void(SecretStore::Status stored)> stored, Applied applied);

private:
    void applyNow(const NetworkSettings &settings, const QString &proxyPassword, const Applied &applied);

    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
};

} // namespace clm
