// One attach, detach, enable, disable or security group rule change the user asked for, and what became of
// it. Holds Codes and results, never sentences, so it renders in whatever language is current.
#pragma once

#include "api/apiresult.h"
#include "cloud/domain.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace clm {

// What an operation does. Unknown: read from a log that names an action this version does not know.
enum class OperationKind
{
    Attach,             // AttachClassicLinkVpc
    Detach,             // DetachClassicLinkVpc
    EnableClassicLink,  // EnableVpcClassicLink
    DisableClassicLink, // DisableVpcClassicLink
    AuthorizeRules,     // AuthorizeSecurityGroup, one operation per rule
    RevokeRules,        // RevokeSecurityGroup
    Unknown,
};

// The one table of API action names: what is sent, logged and exported for each kind (empty for Unknown).
QString apiAction(OperationKind kind);
// The kind an API action name stands for; Unknown for any other name, never another kind.
OperationKind operationKindFromAction(QStringView action);
bool isVpcProductAction(OperationKind kind); // sent to the VPC API rather than ECS
bool changesRules(OperationKind kind);

enum class OperationState
{
    Planned,   // in the batch, not sent yet
    Sent,      // on the wire
    Verifying, // the answer was lost; reading the state back
    Succeeded,
    Failed,
    Unknown, // could not be settled, even by reading back
    Cancelled,
};

// The stable names files store for states and error kinds (never their numbers, which change when a value
// is inserted); a missing or unknown name reads as Unknown, never as another value.
QString stateName(OperationState state);
OperationState stateFromName(QStringView name);
QString errorKindName(ErrorKind kind);
ErrorKind errorKindFromName(QStringView name);

struct Operation
{
    QUuid id = QUuid::createUuid();
    QDateTime time = QDateTime::currentDateTime();
    OperationKind kind = OperationKind::Unknown;
    QString regionId;
    QString instanceId; // empty for VPC-wide actions
    QString vpcId;
    GroupRule groupRule; // AuthorizeSecurityGroup and RevokeSecurityGroup: the rule and its group
    OperationState state = OperationState::Planned;
    ApiResult result;
    bool settledByReadBack = false; // the outcome was established with DescribeClassicLinkInstances

    bool isFinal() const
    {
        return state == OperationState::Succeeded || state == OperationState::Failed ||
               state == OperationState::Unknown || state == OperationState::Cancelled;
    }
};

} // namespace clm
