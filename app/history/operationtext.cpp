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
                         .arg(ruleState(operation, i), TrafficRules::text(operation.groupRule(i))));
    return lines;
}

QString OperationText::partlyDone(const Operation &operation)
{
    return tr("Only %1 of %Ln rules took effect; the details list which. Running it again sends the rest.",
              nullptr, int(operation.rules.size()))
        .arg(operation.doneRuleCount());
}

QString OperationText::target(const Operation &operation)
{
    if (!operation.changesRules())
        return operation.instanceId.isEmpty() ? operation.vpcId : operation.instanceId;
    if (operation.rules.size() == 1)
        return TrafficRules::text(operation.groupRule(0));
    return tr("%1: %Ln rules", nullptr, int(operation.rules.size())).arg(operation.groupId);
}

} // namespace clm
