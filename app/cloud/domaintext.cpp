#include "domaintext.h"

namespace clm {

InstanceStatus instanceStatusFromString(QStringView status)
{
    if (status == u"Running")
        return InstanceStatus::Running;
    if (status == u"Stopped")
        return InstanceStatus::Stopped;
    if (status == u"Pending")
        return InstanceStatus::Pending;
    if (status == u"Starting")
        return InstanceStatus::Starting;
    if (status == u"Stopping")
        return InstanceStatus::Stopping;
    return InstanceStatus::Other;
}

QString DomainText::status(const QString &status)
{
    switch (instanceStatusFromString(status)) {
    case InstanceStatus::Running:
        return tr("Running");
    case InstanceStatus::Stopped:
        return tr("Stopped");
    case InstanceStatus::Pending:
        return tr("Pending");
    case InstanceStatus::Starting:
        return tr("Starting");
    case InstanceStatus::Stopping:
        return tr("Stopping");
    case InstanceStatus::Other:
        break;
    }
    return status;
}

QString DomainText::lockReason(const QString &reason)
{
    if (reason == QLatin1String("financial"))
        return tr("Overdue payment");
    if (reason == QLatin1String("security"))
        return tr("Security lock");
    if (reason == QLatin1String("recycling"))
        return tr("Being released");
    if (reason == QLatin1String("dedicatedhostfinancial"))
        return tr("Dedicated host payment");
    if (reason == QLatin1String("refunded"))
        return tr("Refunded");
    return reason;
}

QString DomainText::locks(const ClassicInstance &instance)
{
    QStringList reasons;
    for (const QString &reason : instance.lockReasons)
        reasons.append(lockReason(reason));
    return list(reasons);
}

QString DomainText::list(const QStringList &items)
{
    return items.join(tr(", ", "between the items of a list"));
}

QString DomainText::clauses(const QStringList &items)
{
    return items.join(tr("; ", "between clauses, each with its own subject"));
}

QString DomainText::sentences(const QStringList &sentences)
{
    QString text = sentences.value(0);
    for (qsizetype i = 1; i < sentences.size(); ++i)
        text = tr("%1 %2", "two sentences, one after the other").arg(text, sentences.at(i));
    return text;
}

QString DomainText::withDetail(const QString &name, const QString &detail)
{
    return tr("%1 (%2)", "a name and, in brackets, its ID or a detail").arg(name, detail);
}

QString DomainText::titled(const QString &title, const QString &text)
{
    return tr("%1: %2", "a title or subject, then what is said of it").arg(title, text);
}

QString DomainText::sentence(const QString &text)
{
    return tr("%1.", "a phrase ended as a sentence").arg(text);
}

} // namespace clm
