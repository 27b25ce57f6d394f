// Scripted and random misbehaviour of the sandbox: error answers, dropped connections, broken and slow
// bodies, and a request rate above which it throttles. Spec syntax:
// KIND[:ACTION][/REGION][@PROBABILITY][#COUNT], e.g. "drop-after:AttachClassicLinkVpc@0.2", "unavailable#3"
// or "throttle:DescribeInstances/cn-beijing" (every DescribeInstances in cn-beijing is throttled).
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace clm::sandbox {

enum class FaultKind
{
    InternalError, // 500 InternalError, nothing applied
    Unavailable,   // 503 ServiceUnavailable, nothing applied
    Throttle,      // 400 Throttling with x-acs-retry-after, nothing applied
    DropBefore,    // connection closed, nothing applied
    DropAfter,     // change applied, then the connection closed without an answer
    Truncate,      // change applied, half the body sent, then closed
    Malformed,     // change applied, a 200 with a body that is not JSON/XML
    Slow,          // change applied, the body trickles out over a few seconds
    Partial,       // a security group call applies only the first half of its rules (rounded down), then
                   // the connection is closed without an answer; other actions: as DropAfter
};

struct FaultRule
{
    FaultKind kind = FaultKind::InternalError;
    QString action;           // empty: any action
    QString region;           // empty: any region (RegionId)
    double probability = 1.0; // per matching request
    int remaining = -1;       // -1: unlimited

    static std::optional<FaultRule> parse(const QString &spec, QString *error = nullptr);
};

class FaultPlan
{
public:
    explicit FaultPlan(quint32 seed = 7)
        : m_random(seed)
    {}
    void add(const FaultRule &rule) { m_rules.append(rule); }
    void clear() { m_rules.clear(); }
    bool isEmpty() const { return m_rules.isEmpty(); }
    // The fault to apply to one request of this action, if any; counts it down.
    std::optional<FaultKind> pick(const QString &action, const QString &region);

private:
    QList<FaultRule> m_rules;
    QRandomGenerator m_random;
};

// Token bucket: `rate` requests per second with one second of burst.
class RateLimiter
{
public:
    void setRate(double perSecond);
    double rate() const { return m_rate; }
    // -1 when the request may pass, else milliseconds until it would.
    int admit();

private:
    double m_rate = 0;
    double m_tokens = 0;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
};

} // namespace clm::sandbox
