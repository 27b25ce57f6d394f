// The ECS (2014-05-26) and VPC (2016-04-28) actions the sandbox serves, with the cloud's rules, codes and
// messages, on a SandboxState. Signature checks happen before this; faults after.
#pragma once

#include <optional>

#include "history/operation.h"
#include "sandboxstate.h"

#include <QHash>
#include <QJsonObject>

namespace clm::sandbox {

inline constexpr char kEcsVersion[] = "2014-05-26";
inline constexpr char kVpcVersion[] = "2016-04-28";

struct ActionReply
{
    int httpStatus = 200;
    QJsonObject body; // success fields, without RequestId
    QString code;     // empty on success
    QString message;

    bool isError() const { return !code.isEmpty(); }
    static ActionReply error(int status, const QString &code, const QString &message)
    {
        return ActionReply{status, {}, code, message};
    }
    // The gateway's answer to a request without a required parameter.
    static ActionReply missingParameter(const QString &name)
    {
        return error(400, QStringLiteral("MissingParameter"),
                     QStringLiteral("The input parameter \"%1\" that is mandatory for processing this "
                                    "request is not supplied.")
                         .arg(name));
    }
    static ActionReply missingParameter(const char *name) { return missingParameter(QLatin1String(name)); }
};

struct ActionCall
{
    QString action;
    QString version;
    QHash<QString, QString> params;
    const AccessKey *key = nullptr;
    bool partial = false; // the "partial" fault: apply only the first half of a call's rules
};

class SandboxActions
{
public:
    static constexpr int kRulesPerCall = Operation::kRulesPerCall; // Permissions: "Array length: 1 to 100"

    explicit SandboxActions(SandboxState &state)
        : m_state(state)
    {}

    // Whether Version names a product we serve, and Action is one of its actions.
    static bool isKnownVersion(const QString &version);
    static bool isKnownAction(const QString &version, const QString &action);
    static bool isWrite(const QString &action);
    // Every action served, one "Action ecs" or "Action vpc" line per product that serves it (what
    // `ecs-sandbox --list-actions` prints, for the check against the official SDK's models).
    static QStringList served();

    ActionReply handle(const ActionCall &call);

private:
    // The one table of the actions served: where each is served, whether it writes, and who answers it.
    struct Action
    {
        const char *name;
        bool ecs; // served on the ECS API version
        bool vpc; // served on the VPC API version
        bool write;
        ActionReply (*answer)(SandboxActions &actions, const ActionCall &call);
    };
    static const QList<Action> &table();
    static const Action *find(const QString &name);

    ActionReply describeRegions(const ActionCall &call);
    ActionReply describeZones(const ActionCall &call);
    ActionReply describeInstances(const ActionCall &call);
    ActionReply describeVpcs(const ActionCall &call);
    ActionReply describeVpcAttribute(const ActionCall &call);
    ActionReply describeVSwitches(const ActionCall &call);
    ActionReply describeSecurityGroups(const ActionCall &call);
    ActionReply describeSecurityGroupAttribute(const ActionCall &call);
    ActionReply createSecurityGroup(const ActionCall &call);
    ActionReply createVSwitch(const ActionCall &call);
    ActionReply describeDisks(const ActionCall &call);
    // The zones of a region that DescribeZones lists.
    QStringList zonesOf(const QString &regionId) const;
    // AuthorizeSecurityGroup (add inbound), AuthorizeSecurityGroupEgress (add outbound) and
    // RevokeSecurityGroup (remove inbound) rules: Permissions.1 to
    // Permissions.100, or one rule in the deprecated top-level form. Every rule is checked before any is
    // applied; an error names the rule's parameter ("Permissions.2.PortRange").
    ActionReply changeSecurityRules(const ActionCall &call, bool add);
    // The rule whose parameters start with `prefix` ("Permissions.N." or "" for the top-level form), or
    // the error that refuses it.
    ActionReply parseRule(const ActionCall &call, const QString &prefix, const SecurityGroup &group,
                          SecurityRule *rule) const;
    ActionReply describeRouteTableList(const ActionCall &call);
    ActionReply describeRouteEntryList(const ActionCall &call);
    // Why the cloud would refuse ClassicLink on this VPC (its documented codes); an empty reply when not.
    static ActionReply classicLinkRefusal(const Vpc &vpc);
    ActionReply describeClassicLinkInstances(const ActionCall &call);
    ActionReply attach(const ActionCall &call);
    ActionReply detach(const ActionCall &call);
    ActionReply switchClassicLink(const ActionCall &call, bool enable);

    // RegionId, InstanceId, VpcId, permission, and a classic instance in that region.
    ActionReply linkedInstance(const ActionCall &call, Instance *&instance);
    // The first answer to a write with this ClientToken (at most 64 characters), which a repeat gets
    // instead of a second change; remember() keeps an answer for its token.
    std::optional<ActionReply> replayed(const ActionCall &call) const;
    void remember(const ActionCall &call, const ActionReply &reply);
    // Checks RegionId: present, well formed, known. Empty reply when fine.
    ActionReply checkRegion(const ActionCall &call) const;

    SandboxState &m_state;
    QHash<QString, ActionReply> m_clientTokens; // ClientToken -> the reply it got
    int m_created = 0;                          // resources created, for their IDs
};

} // namespace clm::sandbox
