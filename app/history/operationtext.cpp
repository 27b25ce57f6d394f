#include "operationtext.h"

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
    }
    return {};
}

} // namespace clm
