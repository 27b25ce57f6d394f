#include "operationtext.h"

#include "cloud/trafficrules.h"

namespace clm {

QString OperationText::action(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Attach:
        return tr("Link");
    case OperationKind::Detach:
        return tr("Unlink");
    case OperationKind::EnableClassicLink:
        return tr("Enable ClassicLink");
    case OperationKind::DisableClassicLink:
        return tr("Disable ClassicLink");
    case OperationKind::AuthorizeRules:
        return tr("Allow traffic");
    case OperationKind::RevokeRules:
        return tr("Remove rule");
    case OperationKind::CreateVSwitch:
        return tr("Create vSwitch");
    case OperationKind::CreateSecurityGroup:
        return tr("Copy security group");
    case OperationKind::AuthorizeEgressRules:
        return tr("Add outbound rules");
    case OperationKind::Unknown:
        break;
    }
    return tr("Unknown action");
}

QString OperationText::state(OperationState state)
{
    switch (state) {
    case OperationState::Planned:
        return tr("Waiting");
    case OperationState::Sent:
        return tr("Sending");
    case OperationState::Verifying:
        return tr("Checking");
    case OperationState::Succeeded:
        return tr("Succeeded");
    case OperationState::Failed:
        return tr("Failed");
    case OperationState::Unknown:
        return tr("Outcome unknown");
    case OperationState::Cancelled:
        return tr("Not sent");
    case OperationState::PartlyApplied:
        return tr("Partly done");
    }
    return {};
}

QString OperationText::ruleState(const Operation &operation, qsizetype rule)
{
    if (!operation.showsRulesApart())
        return state(operation.state);
    return operation.rules.at(rule).done ? tr("Done") : tr("Not done");
}

QStringList OperationText::ruleLines(const Operation &operation)
{
    QStringList lines;
    for (qsizetype i = 0; i < operation.rules.size(); ++i)
        lines.append(tr("%1: %2", "a rule's outcome, then the rule")
                         .arg(ruleState(operation, i), ruleText(operation, i)));
    return lines;
}

QString OperationText::ruleText(const Operation &operation, qsizetype rule)
{
    if (operation.kind != OperationKind::AuthorizeEgressRules)
        return TrafficRules::text(operation.groupRule(rule));
    const SecurityRule &outbound = operation.rules.at(rule).rule;
    const QString protocol = outbound.ipProtocol.toUpper();
    const QString what = outbound.portRange == QLatin1String("-1/-1")
                             ? protocol
                             : QStringLiteral("%1 %2").arg(protocol, outbound.portRange);
    return tr("%1 → %2 · %3 · priority %4", "an outbound rule: group, destination, traffic")
        .arg(operation.groupId,
             outbound.sourceGroupId.isEmpty() ? outbound.sourceCidrIp : outbound.sourceGroupId, what)
        .arg(outbound.priority);
}

QString OperationText::partlyDone(const Operation &operation)
{
    return tr("Only %1 of %Ln rules took effect; the details list which. Running it again sends the rest.",
              nullptr, int(operation.rules.size()))
        .arg(operation.doneRuleCount());
}

QString OperationText::target(const Operation &operation)
{
    if (operation.kind == OperationKind::CreateVSwitch)
        return tr("%1 in %2 (%3)", "a new vSwitch: CIDR block, zone, VPC")
            .arg(operation.cidrBlock, operation.zoneId, operation.vpcId);
    if (operation.kind == OperationKind::CreateSecurityGroup)
        return tr("copy of %1 in %2", "a security group copy: the classic group, the VPC")
            .arg(operation.copyOf, operation.vpcId);
    if (!operation.changesRules())
        return operation.instanceId.isEmpty() ? operation.vpcId : operation.instanceId;
    if (operation.rules.size() == 1)
        return ruleText(operation, 0);
    return tr("%1: %Ln rules", nullptr, int(operation.rules.size())).arg(operation.groupId);
}

} // namespace clm
