// One attach, detach, enable, disable or security group rule change the user asked for, and what became of
// it. Holds Codes and results, never sentences, so it renders in whatever language is current.
#pragma once

#include "api/apiresult.h"
#include "cloud/domain.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace clm {

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

struct Operation
{
    QUuid id = QUuid::createUuid();
    QDateTime time = QDateTime::currentDateTime();
    QString action; // the API action, e.g. AttachClassicLinkVpc
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
