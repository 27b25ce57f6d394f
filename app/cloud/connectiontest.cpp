#include "connectiontest.h"

#include "domaintext.h"
#include "errors/errorcatalog.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>

namespace clm {

ConnectionReport ConnectionReport::classify(const ApiResult &result, const QDateTime &localNowUtc,
                                            bool viaProxy)
{
    ConnectionReport report;
    report.result = result;
    if (result.serverDate.isValid())
        report.clockSkewMinutes = localNowUtc.secsTo(result.serverDate) / 60;
    const QString &code = result.code;
    switch (result.errorKind) {
    case ErrorKind::None:
        report.verdict = Verdict::Ok;
        break;
    case ErrorKind::Tls:
        report.verdict = Verdict::Tls;
        break;
    case ErrorKind::Network:
    case ErrorKind::Timeout:
        report.verdict = (result.networkError >= QNetworkReply::ProxyConnectionRefusedError &&
                          result.networkError <= QNetworkReply::UnknownProxyError) ||
                                 (viaProxy && result.errorKind == ErrorKind::Network)
                             ? Verdict::Proxy
                             : Verdict::Network;
        break;
    default:
        if (code == QLatin1String("InvalidAccessKeyId.NotFound") ||
            code == QLatin1String("InvalidAccessKeyId.Inactive") ||
            code == QLatin1String("Forbidden.AccessKeyDisabled"))
            report.verdict = Verdict::WrongKey;
        else if (code == QLatin1String("SignatureDoesNotMatch") ||
                 code == QLatin1String("IncompleteSignature"))
            report.verdict = Verdict::SignatureMismatch;
        else if (code.startsWith(QLatin1String("InvalidTimeStamp")))
            report.verdict = Verdict::ClockSkew;
        else if (code.startsWith(QLatin1String("Forbidden")))
            report.verdict = Verdict::Permission;
        else
            report.verdict = Verdict::Other;
    }
    return report;
}

QString ConnectionReport::text() const
{
    switch (verdict) {
    case Verdict::Ok:
        if (qAbs(clockSkewMinutes) >= 5)
            return tr(
                "The connection works, but this computer's clock is off by %Ln minute(s); fix it before it "
                "reaches 15 minutes.",
                nullptr, int(qAbs(clockSkewMinutes)));
        return tr("The connection works: the AccessKey was accepted.");
    case Verdict::WrongKey:
        return tr("The AccessKey ID is unknown or disabled. Check the ID in the account settings.");
    case Verdict::SignatureMismatch:
        return tr("The AccessKey secret does not match the ID (the cloud rejected the signature). Enter the "
                  "secret again.");
    case Verdict::ClockSkew:
        return clockSkewMinutes == 0
                   ? tr("This computer's clock is off by more than 15 minutes. Correct the time and try "
                        "again.")
                   : tr("This computer's clock is off by %Ln minute(s). Correct the time and try again.",
                        nullptr, int(qAbs(clockSkewMinutes)));
    case Verdict::Network:
        return tr("The endpoint could not be reached: %1")
            .arg(ErrorCatalog::networkErrorText(result.networkError));
    case Verdict::Proxy:
        return tr("The proxy did not let the request through: %1")
            .arg(ErrorCatalog::networkErrorText(result.networkError));
    case Verdict::Tls:
        return tr("The secure connection failed: the server's certificate is not trusted. On a network that "
                  "inspects TLS, "
                  "add its CA bundle in the network settings.");
    case Verdict::Permission:
    case Verdict::Other:
        break;
    }
    const ErrorText error = ErrorCatalog::describe(result);
    return DomainText::titled(error.title, error.explanation);
}

void testConnection(ApiClient *client, QNetworkAccessManager *network, QObject *context,
                    std::function<void(const ConnectionReport &)> done)
{
    const QUrl endpoint = client->endpoints().endpointFor(Product::Ecs, {});
    const QNetworkProxyQuery query(endpoint);
    const QList<QNetworkProxy> proxies = network->proxyFactory() ? network->proxyFactory()->queryProxy(query)
                                         : network->proxy().type() == QNetworkProxy::DefaultProxy
                                             ? QNetworkProxyFactory::proxyForQuery(query)
                                             : QList<QNetworkProxy>{network->proxy()};
    const bool viaProxy = !proxies.isEmpty() && proxies.first().type() != QNetworkProxy::NoProxy &&
                          proxies.first().type() != QNetworkProxy::DefaultProxy;
    ApiCall *call = client->send(ApiRequest{Product::Ecs, QStringLiteral("DescribeRegions"), {}, {}, false});
    QObject::connect(call, &ApiCall::finished, context, [done, viaProxy](const ApiResult &result) {
        done(ConnectionReport::classify(result, QDateTime::currentDateTimeUtc(), viaProxy));
    });
}

} // namespace clm
