#include "endpoints.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace clm {

namespace {

QUrl httpsHost(const QString &host)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPath(QStringLiteral("/"));
    return url;
}

// Regions that the SDK endpoint maps send to the central VPC endpoint.
bool usesCentralVpcEndpoint(const QString &regionId)
{
    static const QStringList central{
        QStringLiteral("cn-qingdao"),     QStringLiteral("cn-beijing"),  QStringLiteral("cn-hangzhou"),
        QStringLiteral("cn-shanghai"),    QStringLiteral("cn-shenzhen"), QStringLiteral("cn-hongkong"),
        QStringLiteral("ap-southeast-1"), QStringLiteral("us-east-1"),   QStringLiteral("us-west-1")};
    return regionId.isEmpty() || central.contains(regionId);
}

} // namespace

QUrl Endpoints::endpointFor(Product product, const QString &regionId) const
{
    if (m_override.isValid() && !m_override.isEmpty())
        return m_override;
    if (product == Product::Vpc) {
        return httpsHost(usesCentralVpcEndpoint(regionId)
                             ? QStringLiteral("vpc.aliyuncs.com")
                             : QStringLiteral("vpc.%1.aliyuncs.com").arg(regionId));
    }
    const QString known = m_ecsRegionHosts.value(regionId);
    return httpsHost(known.isEmpty() ? QStringLiteral("ecs.aliyuncs.com") : known);
}

void Endpoints::setRegionEndpoint(const QString &regionId, const QString &host)
{
    static const QRegularExpression hostName(
        QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"));
    if (!regionId.isEmpty() && hostName.match(host).hasMatch() && isAlibabaCloudHost(host))
        m_ecsRegionHosts.insert(regionId, host);
}

bool Endpoints::isAlibabaCloudHost(const QString &host)
{
    const QString h = host.toLower();
    return h == QLatin1String("aliyuncs.com") || h.endsWith(QLatin1String(".aliyuncs.com"));
}

bool Endpoints::isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool Endpoints::isWellFormedRegionId(const QString &regionId)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2}(-[a-z0-9]+)+$"));
    return pattern.match(regionId).hasMatch();
}

bool Endpoints::isAllowedEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && isLoopback(url.host());
}

QString Endpoints::endpointProblem(const QUrl &url)
{
    if (isAllowedEndpoint(url))
        return {};
    if (!url.userInfo().isEmpty())
        return tr("The endpoint \"%1\" is not usable: a user name or password does not belong in it.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    return tr("The endpoint \"%1\" is not usable: give an https:// URL (plain http:// only for this "
              "computer's own addresses).")
        .arg(url.toDisplayString(QUrl::RemoveUserInfo));
}

QUrl Endpoints::parseEndpoint(const QString &text, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString problem = endpointProblem(url);
    if (problem.isEmpty())
        return url;
    if (error)
        *error = problem;
    return {};
}

} // namespace clm
