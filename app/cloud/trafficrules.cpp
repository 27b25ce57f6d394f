#include "trafficrules.h"

#include <QRegularExpression>
#include <QSet>

namespace clm {

namespace {

bool hasPorts(const QString &protocol)
{
    return protocol == QLatin1String("tcp") || protocol == QLatin1String("udp");
}

SecurityRule inbound(const QString &sourceGroupId, const RuleSpec &spec)
{
    SecurityRule rule;
    rule.ipProtocol = spec.protocol.toLower();
    rule.portRange = TrafficRules::normalizedPorts(rule.ipProtocol, spec.ports);
    rule.sourceGroupId = sourceGroupId;
    rule.policy = QStringLiteral("accept");
    rule.priority = spec.priority;
    rule.nicType = QStringLiteral("intranet"); // required for a rule between groups
    rule.description = TrafficRules::description(spec);
    return rule;
}

} // namespace

const QStringList &TrafficRules::protocols()
{
    static const QStringList names{QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp"),
                                   QStringLiteral("gre"), QStringLiteral("all")};
    return names;
}

QString TrafficRules::normalizedPorts(const QString &protocol, const QString &ports)
{
    if (!hasPorts(protocol.toLower()))
        return QStringLiteral("-1/-1");
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,5})\\s*(?:[/-]\\s*(\\d{1,5})\\s*)?$"));
    const QRegularExpressionMatch match = pattern.match(ports);
    if (!match.hasMatch())
        return {};
    const int from = match.captured(1).toInt();
    const int to = match.hasCaptured(2) ? match.captured(2).toInt() : from;
    if (from < 1 || to > 65535 || from > to)
        return {};
    return QStringLiteral("%1/%2").arg(from).arg(to);
}

QString TrafficRules::description(const RuleSpec &spec)
{
    const QString text = spec.description.trimmed();
    const QLatin1String mark(kDescription);
    if (text.startsWith(mark))
        return text;
    return text.isEmpty() ? QString(mark) : mark + QStringLiteral(": ") + text;
}

QStringList TrafficRules::problems(const RuleSpec &spec, int vpcGroupCount)
{
    QStringList problems;
    if (vpcGroupCount < 1 || vpcGroupCount > kMaxVpcGroups)
        problems.append(tr("Choose from one to %Ln security groups of the VPC.", nullptr, kMaxVpcGroups));
    if (!protocols().contains(spec.protocol.toLower()))
        problems.append(tr("The protocol must be TCP, UDP, ICMP, GRE or All."));
    else if (normalizedPorts(spec.protocol, spec.ports).isEmpty())
        problems.append(tr("The port range must be one port (22) or a range such as 8000/8080, between 1 "
                           "and 65535."));
    if (spec.priority < 1 || spec.priority > 100)
        problems.append(tr("The priority must be between 1 (applied first) and 100."));
    if (description(spec).size() > 512)
        problems.append(tr("The description can have at most %1 characters.")
                            .arg(512 - (description(spec).size() - spec.description.trimmed().size())));
    return problems;
}

QList<GroupRule> TrafficRules::rules(const QStringList &classicGroups, const QStringList &vpcGroups,
                                     const RuleSpec &spec)
{
    QList<GroupRule> rules;
    for (const QString &classic : classicGroups) {
        for (const QString &vpcGroup : vpcGroups) {
            if (spec.direction != TrafficDirection::FromVpc)
                rules.append({vpcGroup, inbound(classic, spec)});
            if (spec.direction != TrafficDirection::ToVpc)
                rules.append({classic, inbound(vpcGroup, spec)});
        }
    }
    return rules;
}

RulePlan TrafficRules::plan(const QList<GroupRule> &rules, const Traffic::Groups &groups)
{
    RulePlan plan;
    for (const GroupRule &rule : rules) {
        const SecurityGroup group = groups.value(rule.groupId);
        const bool exists = std::any_of(group.rules.cbegin(), group.rules.cend(),
                                        [&rule](const SecurityRule &r) { return r.sameAs(rule.rule); });
        (exists ? plan.existing : plan.toAdd).append(rule);
    }
    return plan;
}

QList<GroupRule> TrafficRules::addedByApp(const Traffic::Groups &groups, const QStringList &classicGroups,
                                          const QStringList &vpcGroups)
{
    QList<GroupRule> added;
    const auto collect = [&](const QStringList &targets, const QStringList &sources) {
        for (const QString &target : targets) {
            for (const SecurityRule &rule : groups.value(target).rules) {
                if (sources.contains(rule.sourceGroupId) &&
                    rule.description.startsWith(QLatin1String(kDescription)))
                    added.append({target, rule});
            }
        }
    };
    collect(vpcGroups, classicGroups);
    collect(classicGroups, vpcGroups);
    return added;
}

TrafficRules::Eligibility TrafficRules::eligibility(const QList<ClassicInstance> &instances, const Vpc &vpc,
                                                    const QString &regionId, const QStringList &unknownIds)
{
    Eligibility result;
    for (const QString &id : unknownIds)
        result.refused.append({id, Preflight::noClassicInstance(regionId)});
    for (const ClassicInstance &instance : instances) {
        if (const QString reason = refusal(instance, vpc); reason.isEmpty())
            result.eligible.append(instance);
        else
            result.refused.append({instance.id, reason});
    }
    return result;
}

QString TrafficRules::refusal(const ClassicInstance &instance, const Vpc &vpc)
{
    if (!vpc.classicLinkEnabled)
        return tr("ClassicLink is not enabled on %1, so its security groups cannot take rules for classic "
                  "instances.")
            .arg(vpc.id);
    if (instance.linkedVpcId != vpc.id)
        return instance.linkedVpcId.isEmpty()
                   ? tr("%1 is not linked to a VPC. Link it to %2 first.").arg(instance.id, vpc.id)
                   : tr("%1 is linked to %2, not to %3.").arg(instance.id, instance.linkedVpcId, vpc.id);
    if (instance.securityGroupIds.isEmpty())
        return tr("%1 is in no security group.").arg(instance.id);
    return {};
}

TrafficRules::Removal TrafficRules::removal(const QList<ClassicInstance> &instances,
                                            const QList<ClassicInstance> &region, const QString &vpcId)
{
    QSet<QString> ids;
    for (const ClassicInstance &instance : instances)
        ids.insert(instance.id);
    QSet<QString> stillNeeded;
    for (const ClassicInstance &other : region) {
        if (other.linkedVpcId == vpcId && !ids.contains(other.id))
            stillNeeded.unite(QSet<QString>(other.securityGroupIds.cbegin(), other.securityGroupIds.cend()));
    }
    Removal removal;
    for (const QString &group : classicGroups(instances))
        (stillNeeded.contains(group) ? removal.keptShared : removal.classicGroups).append(group);
    return removal;
}

QString TrafficRules::Removal::nothingToRemove() const
{
    return keptShared.isEmpty()
               ? TrafficRules::tr("There is no rule that ClassicLink Manager added for these instances.")
               : TrafficRules::tr("There is no rule that ClassicLink Manager added for these instances "
                                  "alone: their security groups are shared with other linked instances.");
}

QStringList TrafficRules::classicGroups(const QList<ClassicInstance> &instances)
{
    QStringList groups;
    for (const ClassicInstance &instance : instances) {
        for (const QString &group : instance.securityGroupIds) {
            if (!groups.contains(group))
                groups.append(group);
        }
    }
    return groups;
}

QList<SecurityGroup> TrafficRules::vpcGroups(const Traffic::Groups &groups, const QString &vpcId)
{
    QList<SecurityGroup> inVpc;
    for (const SecurityGroup &group : groups) {
        if (group.vpcId == vpcId)
            inVpc.append(group);
    }
    std::sort(inVpc.begin(), inVpc.end(), [](const SecurityGroup &a, const SecurityGroup &b) {
        return std::pair(a.name, a.id) < std::pair(b.name, b.id);
    });
    return inVpc;
}

QString TrafficRules::text(const GroupRule &rule)
{
    const QString protocol = rule.rule.ipProtocol.toUpper();
    const QString what = rule.rule.portRange == QLatin1String("-1/-1")
                             ? (protocol == QLatin1String("ALL") ? tr("all traffic") : protocol)
                             : QStringLiteral("%1 %2").arg(protocol, rule.rule.portRange);
    return tr("%1 ← %2 · %3 · priority %4")
        .arg(rule.groupId,
             rule.rule.sourceGroupId.isEmpty() ? rule.rule.sourceCidrIp : rule.rule.sourceGroupId, what)
        .arg(rule.rule.priority);
}

QStringList TrafficRules::sends(bool allow, const QString &vpcId)
{
    return {
        tr("DescribeSecurityGroups, then DescribeSecurityGroupAttribute for the instances' groups and those "
           "of %1.")
            .arg(vpcId),
        allow ? tr("AuthorizeSecurityGroup: one call per security group (up to 100 rules in each, as "
                   "Permissions.N), with the rules not there yet between the instances' classic groups and "
                   "the VPC groups.")
              : tr("RevokeSecurityGroup: one call per security group (up to 100 rules in each, as "
                   "Permissions.N), with the rules this application added between them that no other linked "
                   "instance still needs.")};
}

} // namespace clm
