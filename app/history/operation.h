// One attach, detach, enable, disable or security group rule change the user asked for, and what became of
// it. Holds Codes and results, never sentences, so it renders in whatever language is current.
#pragma once

#include "api/apiresult.h"
#include "cloud/domain.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <algorithm>

namespace clm {

// What an operation does. Unknown: read from a log that names an action this version does not know.
enum class OperationKind
{
    Attach,             // AttachClassicLinkVpc
    Detach,             // DetachClassicLinkVpc
    EnableClassicLink,  // EnableVpcClassicLink
    DisableClassicLink, // DisableVpcClassicLink
    AuthorizeRules,     // AuthorizeSecurityGroup, one operation per call: up to 100 rules of one group
    RevokeRules,        // RevokeSecurityGroup
    // The move off the classic network: a vSwitch for a zone, a VPC copy of a classic group, and the
    // outbound rules of a copy (its inbound ones go as AuthorizeRules).
    CreateVSwitch,        // CreateVSwitch
    CreateSecurityGroup,  // CreateSecurityGroup
    AuthorizeEgressRules, // AuthorizeSecurityGroupEgress: the rules' source fields name the destination
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
    PartlyApplied, // a security group call of which some rules took effect and the others did not
};

// The stable names files store for states and error kinds (never their numbers, which change when a value
// is inserted); a missing or unknown name reads as Unknown, never as another value.
QString stateName(OperationState state);
OperationState stateFromName(QStringView name);
QString errorKindName(ErrorKind kind);
ErrorKind errorKindFromName(QStringView name);

// One rule of an AuthorizeSecurityGroup or RevokeSecurityGroup call.
struct RuleChange
{
    SecurityRule rule;
    bool done = false; // took effect (added; for a revoke, gone): the call succeeded or a read-back found it
};

struct Operation
{
    // Permissions: "Array length: 1 to 100" (the official SDK's AuthorizeSecurityGroupRequest).
    static constexpr int kRulesPerCall = 100;

    QUuid id = QUuid::createUuid();
    QDateTime time = QDateTime::currentDateTime();
    OperationKind kind = OperationKind::Unknown;
    QString regionId;
    QString instanceId; // empty for VPC-wide actions
    QString vpcId;
    QString groupId;         // AuthorizeSecurityGroup and RevokeSecurityGroup: the group whose rules change
    QList<RuleChange> rules; // ... and its rules, all sent in one call
    QString zoneId;          // CreateVSwitch: its zone
    QString cidrBlock;       // ... and block
    QString name;            // CreateVSwitch and CreateSecurityGroup: the new resource's name
    QString copyOf;          // CreateSecurityGroup: the classic group it copies
    QString createdId;       // the resource a Create call made, from its answer or a read-back
    OperationState state = OperationState::Planned;
    ApiResult result;
    bool settledByReadBack = false; // the outcome was established with DescribeClassicLinkInstances

    bool isFinal() const
    {
        return state == OperationState::Succeeded || state == OperationState::Failed ||
               state == OperationState::Unknown || state == OperationState::Cancelled ||
               state == OperationState::PartlyApplied;
    }
    // Whether a resume still has something to do: not final, or a call with rules that did not take effect
    // (it ended partly applied when its answer was lost; a resume sends only the missing rules).
    bool isOpen() const { return !isFinal() || state == OperationState::PartlyApplied; }
    bool changesRules() const { return !groupId.isEmpty(); }
    // A call that did not succeed but some of whose rules took effect: shown rule by rule.
    bool showsRulesApart() const { return state != OperationState::Succeeded && doneRuleCount() > 0; }
    GroupRule groupRule(qsizetype rule) const { return {groupId, rules.at(rule).rule}; }
    int doneRuleCount() const
    {
        return int(std::count_if(rules.cbegin(), rules.cend(), [](const RuleChange &r) { return r.done; }));
    }
};

} // namespace clm
