#include "operationtext.h"

namespace clm {

QString OperationText::action(const QString &action)
{
    if (action == QLatin1String("AttachClassicLinkVpc"))
        return tr("Link");
    if (action == QLatin1String("DetachClassicLinkVpc"))
        return tr("Unlink");
    if (action == QLatin1String("EnableVpcClassicLink"))
        return tr("Enable ClassicLink");
    if (action == QLatin1String("DisableVpcClassicLink"))
        return tr("Disable ClassicLink");
    if (action == QLatin1String("AuthorizeSecurityGroup"))
        return tr("Allow traffic");
    if (action == QLatin1String("RevokeSecurityGroup"))
        return tr("Remove rule");
    return action;
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
