#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace clm {

namespace {

bool isRetryableCode(const QString &code)
{
    static const QStringList codes{QStringLiteral("ServiceUnavailable"),  QStringLiteral("InternalError"),
                                   QStringLiteral("SignatureNonceUsed"),  QStringLiteral("OperationConflict"),
                                   QStringLiteral("LastTokenProcessing"), QStringLiteral("SystemBusy")};
    return code.contains(QLatin1String("Throttling")) || codes.contains(code) ||
           code.startsWith(QLatin1String("ServiceUnavailable")) ||
           code.startsWith(QLatin1String("InternalError"));
}

} // namespace

bool RetryPolicy::shouldRetry(const ApiResult &result, bool isWrite, int attemptsSoFar) const
{
    if (result.ok() || result.errorKind == ErrorKind::Cancelled || attemptsSoFar > maxRetries)
        return false;
    if (isWrite) {
        // Only what certainly never changed anything: the cloud said so, or nothing was sent.
        if (result.outcomeUnknown)
            return false;
        // SignatureNonceUsed means a copy of this very request reached the gateway: never re-sent.
        if (result.errorKind == ErrorKind::Service)
            return result.isThrottling();
        return result.errorKind == ErrorKind::Network;
    }
    switch (result.errorKind) {
    case ErrorKind::Network:
    case ErrorKind::Timeout:
        return true;
    case ErrorKind::Service:
        return result.isThrottling() || result.httpStatus >= 500 || isRetryableCode(result.code);
    case ErrorKind::HttpStatus:
        return result.httpStatus >= 500 || result.httpStatus == 429;
    case ErrorKind::MalformedBody:
        return result.httpStatus >= 500;
    default:
        return false;
    }
}

int RetryPolicy::delayMs(const ApiResult &result, int attemptsSoFar) const
{
    const qint64 exponential = qint64(baseDelayMs) << std::clamp(attemptsSoFar - 1, 0, 16);
    const int ceiling = int(std::min<qint64>(exponential, maxDelayMs));
    // "Equal jitter": at least half the backoff, so bursts spread without collapsing to zero.
    const int backoff = ceiling / 2 + int(QRandomGenerator::global()->bounded(ceiling / 2 + 1));
    // The server's x-acs-retry-after is the earliest moment worth trying; callers that were throttled
    // together still spread out by their backoff.
    return result.retryAfterMs >= 0 ? std::max(std::min(result.retryAfterMs, maxRetryAfterMs), backoff)
                                    : backoff;
}

} // namespace clm
