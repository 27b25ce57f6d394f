// The ClassicLink security group rules that let linked classic instances and their VPC talk, made the way
// the console's "Add ClassicLink security group rule" makes them: for each classic group of the instances
// and each chosen VPC group, an inbound rule in the VPC group whose source is the classic group (traffic to
// the VPC) and one in the classic group whose source is the VPC group (traffic from the VPC). The window
// and `classiclink` plan, add and remove them through this and ClassicLinkBatch.
#pragma once

#include "preflight.h"
#include "traffic.h"

#include <QCoreApplication>

namespace clm {

enum class TrafficDirection
{
    Both,
    ToVpc,   // the classic instances may reach the VPC
    FromVpc, // the VPC may reach the classic instances
};

// What the user asks for; the rules follow from it and the groups.
struct RuleSpec
{
    TrafficDirection direction = TrafficDirection::Both;
    QString protocol = QStringLiteral("tcp"); // tcp, udp, icmp, gre, all
    QString ports = QStringLiteral("22/22");  // tcp and udp only; the others are always -1/-1
    int priority = 1;                         // 1 (first) to 100
    QString description;                      // see TrafficRules::description()
};

// The rules a spec asks for, split by what the groups hold now.
struct RulePlan
{
    QList<GroupRule> toAdd;
    QList<GroupRule> existing;
};

class TrafficRules
{
    Q_DECLARE_TR_FUNCTIONS(clm::TrafficRules)

public:
    // How the rules this application adds are recognised later, to remove them: their description starts
    // with it. Not translated, so a rule added in one language is found in any other.
    static constexpr char kDescription[] = "ClassicLink Manager";
    static constexpr int kMaxVpcGroups = 5; // as the console allows
    static const QStringList &protocols();

    // The rules' description: the user's text, after kDescription unless it starts with it.
    static QString description(const RuleSpec &spec);
    // "22", "22/22", "1-1024" and "1/1024" for tcp and udp; -1/-1 for the others. Empty when malformed.
    static QString normalizedPorts(const QString &protocol, const QString &ports);
    // What is wrong with the spec, in sentences for the user; empty when it can be sent.
    static QStringList problems(const RuleSpec &spec, int vpcGroupCount);
    // Every rule the spec asks for between these classic and VPC groups (the spec must have no problems).
    static QList<GroupRule> rules(const QStringList &classicGroups, const QStringList &vpcGroups,
                                  const RuleSpec &spec);
    static RulePlan plan(const QList<GroupRule> &rules, const Traffic::Groups &groups);
    // The rules between these classic and VPC groups, either way, that this application added.
    static QList<GroupRule> addedByApp(const Traffic::Groups &groups, const QStringList &classicGroups,
                                       const QStringList &vpcGroups);

    // Why no rule is made for `instance` and `vpc` (empty when one can be): the instance must be linked
    // to the VPC, which needs ClassicLink enabled for rules across the two networks.
    static QString refusal(const ClassicInstance &instance, const Vpc &vpc);
    // Which of `instances` may have rules with `vpc`, and why the others (and `unknownIds`, which the
    // region has no classic instance for) may not: both front ends go on with the eligible ones.
    struct Eligibility
    {
        QList<ClassicInstance> eligible;
        QList<Refusal> refused;
    };
    static Eligibility eligibility(const QList<ClassicInstance> &instances, const Vpc &vpc,
                                   const QString &regionId, const QStringList &unknownIds = {});
    // The classic groups of the instances, in order, each once.
    static QStringList classicGroups(const QList<ClassicInstance> &instances);
    // What may be removed when `instances` no longer need to talk to `vpcId`: the rules of their classic
    // groups, except the groups that another instance of `region` still linked to the VPC is in (its
    // traffic would stop too). nothingToRemove() says why, when no group is left or no rule was found.
    struct Removal
    {
        QStringList classicGroups;
        QStringList keptShared; // groups kept for other linked instances
        QString nothingToRemove() const;
    };
    static Removal removal(const QList<ClassicInstance> &instances, const QList<ClassicInstance> &region,
                           const QString &vpcId);
    // The region's groups in the VPC, by name.
    static QList<SecurityGroup> vpcGroups(const Traffic::Groups &groups, const QString &vpcId);

    // "sg-vpc ← sg-classic · TCP 22/22 · priority 1": one rule on one line, for tables and `--dry-run`.
    static QString text(const GroupRule &rule);
    // What an allow (or revoke) run reads and sends once the inventory is loaded, in words: what
    // `--dry-run` prints (the window shows the rules themselves before it sends).
    static QStringList sends(bool allow, const QString &vpcId);
};

} // namespace clm
