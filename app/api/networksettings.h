// How requests reach the cloud behind corporate networks: the proxy (system, manual HTTP or SOCKS5, or
// none), an extra CA bundle for TLS-inspecting networks (verification stays on), timeouts, parallelism,
// a client-side rate limit and the default signature version. Shared by the desktop app and the CLI.
#pragma once

#include "apiclient.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

class QNetworkAccessManager;
class QSettings;

namespace clm {

struct NetworkSettings
{
    Q_DECLARE_TR_FUNCTIONS(clm::NetworkSettings)

public:
    enum class ProxyMode
    {
        System,
        Http,
        Socks5,
        None
    };

    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    int proxyPort = 0;
    QString proxyUser; // the password is in the keychain under kProxyPasswordKey
    QString caBundlePath;
    int timeoutSeconds = 30;
    int maxParallel = 6;
    double rateLimit = 0; // requests per second; 0: no limit
    SignatureVersion defaultSignatureVersion = SignatureVersion::V3;

    static constexpr char kProxyPasswordKey[] = "network/proxy-password";

    static NetworkSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    // Empty when usable, else a localized sentence saying what to fix.
    QString validate() const;
    // The client settings these stand for; the CA bundle is read here. `error` says why it could not be.
    ClientSettings clientSettings(QString *error = nullptr) const;
    // Sets the proxy on `network` (connections already open keep theirs; NetworkSettingsService clears
    // them when the proxy really changes).
    void applyProxy(QNetworkAccessManager *network, const QString &proxyPassword) const;
    // Gives `to` the proxy applyProxy() gave `from`.
    static void copyProxy(const QNetworkAccessManager *from, QNetworkAccessManager *to);
};

// "System" proxy: HTTPS_PROXY / https_proxy / ALL_PROXY and NO_PROXY first, then the platform's settings.
class EnvironmentProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;
    static bool bypassed(const QString &host, const QByteArray &noProxy);
};

} // namespace clm
