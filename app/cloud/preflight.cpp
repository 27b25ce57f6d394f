#include "preflight.h"

#include "models/instancetablemodel.h"

namespace clm {

QList<PreflightVerdict> Preflight::check(Operation operation, const QList<ClassicInstance> &instances,
                                         const Vpc &vpc, const QString &regionId, int quota)
{
    QList<PreflightVerdict> verdicts;
    int links = vpc.linkCount;
    for (const ClassicInstance &instance : instances) {
        PreflightVerdict verdict{instance.id, PreflightIssue::None};
        const bool stable =
            instance.status == QLatin1String("Running") || instance.status == QLatin1String("Stopped");
        if (instance.networkType != QLatin1String("classic"))
            verdict.issue = PreflightIssue::NotClassic;
        else if (instance.regionId != regionId || vpc.regionId != regionId)
            verdict.issue = PreflightIssue::OtherRegion;
        else if (operation == Operation::Attach && !vpc.classicLinkEnabled)
            verdict.issue = PreflightIssue::VpcClassicLinkDisabled;
        else if (operation == Operation::Attach && !instance.linkedVpcId.isEmpty())
            verdict.issue = PreflightIssue::AlreadyLinked;
        else if (operation == Operation::Detach && instance.linkedVpcId != vpc.id)
            verdict.issue = PreflightIssue::NotLinkedHere;
        else if (!stable)
            verdict.issue = PreflightIssue::InstanceStatus;
        else if (instance.isLocked())
            verdict.issue = PreflightIssue::Locked;
        else if (operation == Operation::Attach && links >= quota)
            verdict.issue = PreflightIssue::QuotaExceeded;
        if (operation == Operation::Attach && verdict.isReady())
            ++links; // the ready ones use up the quota in order
        verdicts.append(verdict);
    }
    return verdicts;
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
            .arg(InstanceTableModel::statusText(instance.status));
    case PreflightIssue::Locked:
        return tr("The instance is locked (%1).").arg(InstanceTableModel::lockText(instance));
    case PreflightIssue::QuotaExceeded:
        return tr("%1 would exceed its quota of %Ln linked instances.", nullptr, kClassicLinkQuotaPerVpc)
            .arg(vpc.id);
    }
    return {};
}

} // namespace clm
