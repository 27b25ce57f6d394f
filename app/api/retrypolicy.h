// When a failed call is tried again, and after how long. Reads retry on throttling, 5xx, network errors
// and timeouts; writes only when the cloud certainly did not act (throttled, refused before sending).
#pragma once

#include "apiresult.h"

namespace clm {

struct RetryPolicy
{
    int maxRetries = 3;
    int baseDelayMs = 250;
    int maxDelayMs = 20000;
    int maxRetryAfterMs = 60000;

    bool shouldRetry(const ApiResult &result, bool isWrite, int attemptsSoFar) const;
    // Exponential backoff with jitter; x-acs-retry-after wins when the server sent it.
    int delayMs(const ApiResult &result, int attemptsSoFar) const;
};

} // namespace clm
