#include "operation.h"

namespace clm {

namespace {

template<typename Enum, typename NameOf>
Enum fromName(QStringView name, std::initializer_list<Enum> values, NameOf nameOf, Enum unknown)
{
    for (Enum value : values) {
        if (!name.isEmpty() && name == nameOf(value))
            return value;
    }
    return unknown;
}

} // namespace

QString apiAction(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Attach:
        return QStringLiteral("AttachClassicLinkVpc");
    case OperationKind::Detach:
        return QStringLiteral("DetachClassicLinkVpc");
    case OperationKind::EnableClassicLink:
        return QStringLiteral("EnableVpcClassicLink");
    case OperationKind::DisableClassicLink:
        return QStringLiteral("DisableVpcClassicLink");
    case OperationKind::AuthorizeRules:
        return QStringLiteral("AuthorizeSecurityGroup");
    case OperationKind::RevokeRules:
        return QStringLiteral("RevokeSecurityGroup");
    case OperationKind::CreateVSwitch:
        return QStringLiteral("CreateVSwitch");
    case OperationKind::CreateSecurityGroup:
        return QStringLiteral("CreateSecurityGroup");
    case OperationKind::AuthorizeEgressRules:
        return QStringLiteral("AuthorizeSecurityGroupEgress");
    case OperationKind::Unknown:
        break;
    }
    return {};
}

OperationKind operationKindFromAction(QStringView action)
{
    return fromName(action,
                    {OperationKind::Attach, OperationKind::Detach, OperationKind::EnableClassicLink,
                     OperationKind::DisableClassicLink, OperationKind::AuthorizeRules,
                     OperationKind::RevokeRules, OperationKind::CreateVSwitch,
                     OperationKind::CreateSecurityGroup, OperationKind::AuthorizeEgressRules},
                    apiAction, OperationKind::Unknown);
}

bool isVpcProductAction(OperationKind kind)
{
    return kind == OperationKind::EnableClassicLink || kind == OperationKind::DisableClassicLink ||
           kind == OperationKind::CreateVSwitch;
}

bool changesRules(OperationKind kind)
{
    return kind == OperationKind::AuthorizeRules || kind == OperationKind::RevokeRules ||
           kind == OperationKind::AuthorizeEgressRules;
}

QString stateName(OperationState state)
{
    switch (state) {
    case OperationState::Planned:
        return QStringLiteral("planned");
    case OperationState::Sent:
        return QStringLiteral("sent");
    case OperationState::Verifying:
        return QStringLiteral("verifying");
    case OperationState::Succeeded:
        return QStringLiteral("succeeded");
    case OperationState::Failed:
        return QStringLiteral("failed");
    case OperationState::Unknown:
        return QStringLiteral("unknown");
    case OperationState::Cancelled:
        return QStringLiteral("cancelled");
    case OperationState::PartlyApplied:
        return QStringLiteral("partlyApplied");
    }
    return {};
}

OperationState stateFromName(QStringView name)
{
    return fromName(name,
                    {OperationState::Planned, OperationState::Sent, OperationState::Verifying,
                     OperationState::Succeeded, OperationState::Failed, OperationState::Cancelled,
                     OperationState::PartlyApplied},
                    stateName, OperationState::Unknown);
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Tls:
        return QStringLiteral("tls");
    case ErrorKind::HttpStatus:
        return QStringLiteral("httpStatus");
    case ErrorKind::Service:
        return QStringLiteral("service");
    case ErrorKind::MalformedBody:
        return QStringLiteral("malformedBody");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

ErrorKind errorKindFromName(QStringView name)
{
    return fromName(name,
                    {ErrorKind::None, ErrorKind::Network, ErrorKind::Timeout, ErrorKind::Tls,
                     ErrorKind::HttpStatus, ErrorKind::Service, ErrorKind::MalformedBody,
                     ErrorKind::Cancelled},
                    errorKindName, ErrorKind::Unknown);
}

} // namespace clm
