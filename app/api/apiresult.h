// What one call came back with, success or not. RequestId is kept whenever the cloud sent one.
#pragma once

#include "signing/requestsigner.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace clm {

enum class ErrorKind
{
    None,
    Network,       // refused, reset, host not found, proxy
    Timeout,       // no complete answer within the transfer timeout
    Tls,           // handshake or certificate failure
    HttpStatus,    // an HTTP error status without a body we could read
    Service,       // the cloud answered with a Code
    MalformedBody, // a success status with a body we cannot parse, or a body too large
    Cancelled,
    Unknown, // read from a log that names a kind this version does not know
};

struct ApiResult
{
    ErrorKind errorKind = ErrorKind::None;
    int httpStatus = 0;
    QString requestId;
    QString code;
    QString message;
    QString recommend;
    QString hostId;
    QJsonObject body;
    // The answer's bytes as received, kept only until ApiClient has looked in them for secrets: it is
    // empty in every result a caller sees.
    QByteArray rawBody;
    int networkError = 0; // QNetworkReply::NetworkError when errorKind is Network, Tls or Timeout
    QString diagnostic;   // technical detail for logs and the details pane (never shown as the message)
    bool outcomeUnknown = false; // a write that may or may not have been applied
    int attempts = 0;
    int retryAfterMs = -1; // from x-acs-retry-after, -1 when absent
    QDateTime serverDate;  // from the Date header, for clock-skew diagnosis
    SignedRequest request; // the last attempt as sent

    bool ok() const { return errorKind == ErrorKind::None; }
    bool isThrottling() const { return code.startsWith(QLatin1String("Throttling")) || httpStatus == 429; }
};

} // namespace clm

Q_DECLARE_METATYPE(clm::ApiResult)
