// "Test connection": one signed DescribeRegions, and its outcome in plain words: fine, wrong key or
// secret, signature mismatch, the clock off by N minutes (from the server's Date header), network,
// proxy or TLS.
#pragma once

#include "api/apiclient.h"

#include <QCoreApplication>

class QNetworkAccessManager;

namespace clm {

struct ConnectionReport
{
    Q_DECLARE_TR_FUNCTIONS(clm::ConnectionReport)

public:
    enum class Verdict
    {
        Ok,
        WrongKey,
        SignatureMismatch,
        ClockSkew,
        Network,
        Proxy,
        Tls,
        Permission,
        Other
    };

    Verdict verdict = Verdict::Other;
    qint64 clockSkewMinutes = 0; // server minus local, when the server sent a Date
    ApiResult result;

    // viaProxy: the request went to a proxy, so a refused or broken connection is the proxy's.
    static ConnectionReport classify(const ApiResult &result, const QDateTime &localNowUtc,
                                     bool viaProxy = false);
    QString text() const;
};

// Sends the probe with `client`; calls back once.
void testConnection(ApiClient *client, QNetworkAccessManager *network, QObject *context,
                    std::function<void(const ConnectionReport &)> done);

} // namespace clm
