#include "preflight.h"

#include "domaintext.h"

#include <QSet>

namespace clm {

QList<PreflightVerdict> Preflight::check(LinkDirection direction, const QList<ClassicInstance> &instances,
                                         const Vpc &vpc, const QString &regionId, int quota)
{
    QList<PreflightVerdict> verdicts;
    int links = vpc.linkCount;
    for (const ClassicInstance &instance : instances) {
        PreflightVerdict verdict{instance.id, PreflightIssue::None};
        if (instance.networkType != QLatin1String("classic"))
            verdict.issue = PreflightIssue::NotClassic;
        else if (instance.regionId != regionId || vpc.regionId != regionId)
            verdict.issue = PreflightIssue::OtherRegion;
        else if (direction == LinkDirection::Attach && !vpc.classicLinkEnabled)
            verdict.issue = PreflightIssue::VpcClassicLinkDisabled;
        else if (direction == LinkDirection::Attach && !instance.linkedVpcId.isEmpty())
            verdict.issue = PreflightIssue::AlreadyLinked;
        else if (direction == LinkDirection::Detach && instance.linkedVpcId != vpc.id)
            verdict.issue = PreflightIssue::NotLinkedHere;
        else if (!instance.isStable())
            verdict.issue = PreflightIssue::InstanceStatus;
        else if (instance.isLocked())
            verdict.issue = PreflightIssue::Locked;
        else if (direction == LinkDirection::Attach && (links >= quota || vpc.quotaReached))
            verdict.issue = PreflightIssue::QuotaExceeded;
        if (direction == LinkDirection::Attach && verdict.isReady())
            ++links; // the ready ones use up the quota in order
        verdicts.append(verdict);
    }
    return verdicts;
}

ClassicLinkFlags Preflight::flags(LinkDirection direction, const QString &vpcId)
{
    return direction == LinkDirection::Attach ? ClassicLinkFlags::of(vpcId) : ClassicLinkFlags::none();
}

LinkPlan Preflight::plan(LinkDirection direction, const QList<ClassicInstance> &instances, const Vpc &vpc,
                         const QString &regionId, const QStringList &unknownIds)
{
    LinkPlan plan{instances, check(direction, instances, vpc, regionId), {}, {}};
    for (const QString &id : unknownIds)
        plan.refused.append({id, noClassicInstance(regionId)});
    for (qsizetype i = 0; i < plan.verdicts.size(); ++i) {
        const PreflightVerdict &verdict = plan.verdicts.at(i);
        if (verdict.isReady())
            plan.ready.append(verdict.instanceId);
        else
            plan.refused.append({verdict.instanceId, describe(verdict, instances.at(i), vpc)});
    }
    return plan;
}

QString Preflight::noClassicInstance(const QString &regionId)
{
    return tr("There is no classic instance with this ID in %1.").arg(regionId);
}

AvailableActions Preflight::availableActions(const QList<ClassicInstance> &selected, const Vpc *vpc)
{
    AvailableActions actions;
    actions.link = !selected.isEmpty() && vpc;
    actions.unlink = std::any_of(selected.cbegin(), selected.cend(), [](const ClassicInstance &instance) {
        return !instance.linkedVpcId.isEmpty();
    });
    // Rules are between a linked instance's classic groups and its VPC's group.
    actions.traffic = actions.unlink;
    actions.enable = vpc && !vpc->classicLinkEnabled;
    const QString refusal = vpc ? disableRefusal(*vpc) : QString();
    actions.disable = vpc && refusal.isEmpty();
    actions.disableRefusal = vpc && vpc->classicLinkEnabled ? refusal : QString();
    return actions;
}

QString Preflight::disableRefusal(const Vpc &vpc)
{
    if (!vpc.classicLinkEnabled)
        return tr("ClassicLink is already off for %1.").arg(vpc.id);
    if (vpc.linkCount > 0)
        return tr("%Ln classic instance(s) are still linked to %1; unlink them first.", nullptr,
                  vpc.linkCount)
            .arg(vpc.id);
    return {};
}

QString Preflight::sends(LinkDirection direction, const QStringList &instanceIds)
{
    return (direction == LinkDirection::Attach
                ? tr("Sends AttachClassicLinkVpc once for each instance that passes the checks: %1.")
                : tr("Sends DetachClassicLinkVpc once for each instance that passes the checks: %1."))
        .arg(DomainText::list(instanceIds));
}

QString Preflight::switchSends(bool enable, const QString &vpcId)
{
    return enable
               ? tr("Sends EnableVpcClassicLink for %1 when it meets the documented constraints.").arg(vpcId)
               : tr("Sends DisableVpcClassicLink for %1 when no instance is linked to it.").arg(vpcId);
}

QString Preflight::unlinkTarget(const QList<ClassicInstance> &selected, const Vpc *vpc)
{
    if (vpc)
        return vpc->id;
    QSet<QString> linkedTo;
    for (const ClassicInstance &instance : selected) {
        if (!instance.linkedVpcId.isEmpty())
            linkedTo.insert(instance.linkedVpcId);
    }
    return linkedTo.size() == 1 ? *linkedTo.cbegin() : QString();
}

QString Preflight::describe(const PreflightVerdict &verdict, const ClassicInstance &instance, const Vpc &vpc)
{
    switch (verdict.issue) {
    case PreflightIssue::None:
        return tr("Ready");
    case PreflightIssue::NotClassic:
        return tr("Not a classic network instance.");
    case PreflightIssue::OtherRegion:
        return tr("The instance and the VPC are not both in the selected region.");
    case PreflightIssue::VpcClassicLinkDisabled:
        return tr("ClassicLink is off for %1; enable it first.").arg(vpc.id);
    case PreflightIssue::AlreadyLinked:
        return tr("Already linked to %1.").arg(instance.linkedVpcId);
    case PreflightIssue::NotLinkedHere:
        return instance.linkedVpcId.isEmpty()
                   ? tr("Not linked to any VPC.")
                   : tr("Linked to %1, not to %2.").arg(instance.linkedVpcId, vpc.id);
    case PreflightIssue::InstanceStatus:
        return tr("The instance is %1; it must be Running or Stopped.")
            .arg(DomainText::status(instance.status));
    case PreflightIssue::Locked:
        return tr("The instance is locked (%1).").arg(DomainText::locks(instance));
    case PreflightIssue::QuotaExceeded:
        if (vpc.quotaReached)
            return tr("The cloud reports that %1 has no link quota left.").arg(vpc.id);
        return tr("%1 would exceed its quota of %Ln linked instances.", nullptr, kClassicLinkQuotaPerVpc)
            .arg(vpc.id);
    }
    return {};
}

} // namespace clm
