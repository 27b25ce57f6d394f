#include "networksettings.h"

#include "endpoints.h"

#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSettings>
#include <QSslCertificate>

namespace clm {

NetworkSettings NetworkSettings::load(QSettings &settings)
{
    NetworkSettings s;
    settings.beginGroup(QStringLiteral("network"));
    const QString mode = settings.value(QStringLiteral("proxyMode"), QStringLiteral("system")).toString();
    s.proxyMode = mode == QLatin1String("http")     ? ProxyMode::Http
                  : mode == QLatin1String("socks5") ? ProxyMode::Socks5
                  : mode == QLatin1String("none")   ? ProxyMode::None
                                                    : ProxyMode::System;
    s.proxyHost = settings.value(QStringLiteral("proxyHost")).toString();
    s.proxyPort = settings.value(QStringLiteral("proxyPort"), 0).toInt();
    s.proxyUser = settings.value(QStringLiteral("proxyUser")).toString();
    s.caBundlePath = settings.value(QStringLiteral("caBundle")).toString();
    s.timeoutSeconds = settings.value(QStringLiteral("timeoutSeconds"), 30).toInt();
    s.maxParallel = settings.value(QStringLiteral("maxParallel"), 6).toInt();
    s.rateLimit = settings.value(QStringLiteral("rateLimit"), 0).toDouble();
    s.defaultSignatureVersion =
        signatureVersionFromName(settings.value(QStringLiteral("signatureVersion")).toString())
            .value_or(SignatureVersion::V3);
    settings.endGroup();
    return s;
}

void NetworkSettings::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("network"));
    static const char *modes[] = {"system", "http", "socks5", "none"};
    settings.setValue(QStringLiteral("proxyMode"), QLatin1String(modes[int(proxyMode)]));
    settings.setValue(QStringLiteral("proxyHost"), proxyHost);
    settings.setValue(QStringLiteral("proxyPort"), proxyPort);
    settings.setValue(QStringLiteral("proxyUser"), proxyUser);
    settings.setValue(QStringLiteral("caBundle"), caBundlePath);
    settings.setValue(QStringLiteral("timeoutSeconds"), timeoutSeconds);
    settings.setValue(QStringLiteral("maxParallel"), maxParallel);
    settings.setValue(QStringLiteral("rateLimit"), rateLimit);
    settings.setValue(QStringLiteral("signatureVersion"), signatureVersionName(defaultSignatureVersion));
    settings.endGroup();
    settings.sync();
}

QString NetworkSettings::validate() const
{
    if (proxyMode == ProxyMode::Http || proxyMode == ProxyMode::Socks5) {
        static const QRegularExpression hostPattern(
            QStringLiteral("^[A-Za-z0-9.-]{1,253}$|^\\[?[0-9A-Fa-f:.]+\\]?$"));
        if (!hostPattern.match(proxyHost).hasMatch())
            return tr("Enter the proxy's host name or IP address, without http:// and without a port.");
        if (proxyPort < 1 || proxyPort > 65535)
            return tr("Enter the proxy's port, a number from 1 to 65535.");
    }
    if (!caBundlePath.isEmpty()) {
        QString error;
        clientSettings(&error);
        if (!error.isEmpty())
            return error;
    }
    if (timeoutSeconds < 1 || timeoutSeconds > 600)
        return tr("The timeout must be between 1 and 600 seconds.");
    if (maxParallel < 1 || maxParallel > 64)
        return tr("The number of parallel requests must be between 1 and 64.");
    if (rateLimit < 0 || rateLimit > 10000)
        return tr("The rate limit must be between 0 (no limit) and 10,000 requests per second.");
    return {};
}

ClientSettings NetworkSettings::clientSettings(QString *error) const
{
    ClientSettings settings;
    settings.timeoutMs = timeoutSeconds * 1000;
    settings.maxInFlight = maxParallel;
    settings.ratePerSecond = rateLimit;
    settings.signatureVersion = defaultSignatureVersion;
    if (!caBundlePath.isEmpty()) {
        QFile file(caBundlePath);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("The CA bundle %1 cannot be read: %2").arg(caBundlePath, file.errorString());
        } else {
            settings.extraCaCertificates = QSslCertificate::fromData(file.read(16 * 1024 * 1024), QSsl::Pem);
            if (settings.extraCaCertificates.isEmpty() && error)
                *error = tr("The file %1 contains no PEM certificate.").arg(caBundlePath);
        }
    }
    return settings;
}

void NetworkSettings::applyProxy(QNetworkAccessManager *network, const QString &proxyPassword) const
{
    switch (proxyMode) {
    case ProxyMode::System:
        // On this manager only (the application-wide factory would skip loopback endpoints).
        network->setProxyFactory(new EnvironmentProxyFactory);
        break;
    case ProxyMode::None:
        network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case ProxyMode::Http:
    case ProxyMode::Socks5:
        network->setProxy(QNetworkProxy(proxyMode == ProxyMode::Http ? QNetworkProxy::HttpProxy
                                                                     : QNetworkProxy::Socks5Proxy,
                                        proxyHost, quint16(proxyPort), proxyUser, proxyPassword));
        break;
    }
}

void NetworkSettings::copyProxy(const QNetworkAccessManager *from, QNetworkAccessManager *to)
{
    // A factory is only ever the "System" mode's, and belongs to its manager: `to` gets one of its own.
    if (from->proxyFactory())
        to->setProxyFactory(new EnvironmentProxyFactory);
    else
        to->setProxy(from->proxy());
}

bool EnvironmentProxyFactory::bypassed(const QString &host, const QByteArray &noProxy)
{
    for (QByteArray entry : noProxy.split(',')) {
        entry = entry.trimmed();
        if (entry.isEmpty())
            continue;
        if (entry == "*")
            return true;
        const QString pattern = QString::fromLatin1(entry.startsWith('.') ? entry.mid(1) : entry).toLower();
        const QString h = host.toLower();
        if (h == pattern || h.endsWith(u'.' + pattern))
            return true;
    }
    return false;
}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    // This computer's own addresses (the sandbox) are never reached through a proxy.
    if (Endpoints::isLoopback(query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    static const char *const httpsNames[] = {"HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"};
    static const char *const httpNames[] = {"HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"};
    const bool https = query.protocolTag() == QLatin1String("https");
    QByteArray proxy;
    for (const char *name : https ? httpsNames : httpNames) {
        proxy = qgetenv(name);
        if (!proxy.isEmpty())
            break;
    }
    QByteArray noProxy = qgetenv("NO_PROXY");
    if (noProxy.isEmpty())
        noProxy = qgetenv("no_proxy");
    if (proxy.isEmpty())
        return systemProxyForQuery(query);
    if (bypassed(query.peerHostName(), noProxy))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    const QUrl url = QUrl::fromUserInput(QString::fromLocal8Bit(proxy));
    const bool socks = url.scheme().startsWith(QLatin1String("socks"));
    return {QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
                          quint16(url.port(socks ? 1080 : 8080)), url.userName(), url.password())};
}

} // namespace clm
