#include "faults.h"

#include <QRegularExpression>

#include <cmath>

namespace clm::sandbox {

namespace {

const QList<QPair<QString, FaultKind>> &kindNames()
{
    static const QList<QPair<QString, FaultKind>> names{
        {QStringLiteral("internal-error"), FaultKind::InternalError},
        {QStringLiteral("unavailable"), FaultKind::Unavailable},
        {QStringLiteral("throttle"), FaultKind::Throttle},
        {QStringLiteral("drop-before"), FaultKind::DropBefore},
        {QStringLiteral("drop-after"), FaultKind::DropAfter},
        {QStringLiteral("truncate"), FaultKind::Truncate},
        {QStringLiteral("malformed"), FaultKind::Malformed},
        {QStringLiteral("slow"), FaultKind::Slow},
        {QStringLiteral("partial"), FaultKind::Partial}};
    return names;
}

} // namespace

std::optional<FaultRule> FaultRule::parse(const QString &spec, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^([a-z-]+)(?::([A-Za-z]+))?(?:/([a-z0-9-]+))?(?:@([0-9]*\\.?[0-9]+))?(?:#([0-9]+))?$"));
    const QRegularExpressionMatch match = pattern.match(spec.trimmed());
    auto fail = [error, &spec](const QString &why) -> std::optional<FaultRule> {
        if (error)
            *error = QStringLiteral("bad fault \"%1\": %2").arg(spec, why);
        return std::nullopt;
    };
    if (!match.hasMatch())
        return fail(QStringLiteral("expected KIND[:ACTION][/REGION][@PROBABILITY][#COUNT]"));
    FaultRule rule;
    bool known = false;
    for (const auto &[name, value] : kindNames()) {
        if (name == match.captured(1)) {
            rule.kind = value;
            known = true;
        }
    }
    if (!known) {
        QStringList names;
        for (const auto &entry : kindNames())
            names.append(entry.first);
        return fail(QStringLiteral("unknown kind; use one of ") + names.join(QStringLiteral(", ")));
    }
    rule.action = match.captured(2);
    rule.region = match.captured(3);
    if (!match.captured(4).isEmpty()) {
        rule.probability = match.captured(4).toDouble();
        if (rule.probability < 0 || rule.probability > 1)
            return fail(QStringLiteral("the probability must be between 0 and 1"));
    }
    if (!match.captured(5).isEmpty())
        rule.remaining = match.captured(5).toInt();
    return rule;
}

std::optional<FaultKind> FaultPlan::pick(const QString &action, const QString &region)
{
    for (FaultRule &rule : m_rules) {
        if (rule.remaining == 0 || (!rule.action.isEmpty() && rule.action != action) ||
            (!rule.region.isEmpty() && rule.region != region))
            continue;
        if (rule.probability < 1.0 && m_random.generateDouble() >= rule.probability)
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        return rule.kind;
    }
    return std::nullopt;
}

void RateLimiter::setRate(double perSecond)
{
    m_rate = std::max(0.0, perSecond);
    m_tokens = m_rate;
    m_clock.start();
    m_lastNs = 0;
}

int RateLimiter::admit()
{
    if (m_rate <= 0)
        return -1;
    const qint64 nowNs = m_clock.nsecsElapsed();
    m_tokens = std::min(std::max(1.0, m_rate), m_tokens + (nowNs - m_lastNs) / 1e9 * m_rate);
    m_lastNs = nowNs;
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return -1;
    }
    return int(std::ceil((1.0 - m_tokens) / m_rate * 1000.0));
}

} // namespace clm::sandbox
