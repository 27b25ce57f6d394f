#include "movereadiness.h"

#include "cloud/domaintext.h"
#include "cloud/enablecheck.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace clm {

namespace {

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// The ClassicLink rule that lets `peer` into `group`, whatever its protocol and ports.
bool letsIn(const MoveGroup &group, const QString &peer)
{
    return std::any_of(group.rules.cbegin(), group.rules.cend(), [&peer](const MoveRule &rule) {
        return !rule.egress && rule.peerGroupId == peer && !same(rule.policy, QStringLiteral("drop"));
    });
}

} // namespace

bool MoveRule::sameAs(const MoveRule &other) const
{
    return egress == other.egress && same(ipProtocol, other.ipProtocol) && portRange == other.portRange &&
           peerGroupId == other.peerGroupId && peerCidr == other.peerCidr && peerCopyOf == other.peerCopyOf &&
           same(policy, other.policy) && priority == other.priority;
}

MoveCounts MoveCounts::of(const QList<InstanceReadiness> &instances)
{
    MoveCounts counts;
    for (const InstanceReadiness &instance : instances) {
        (instance.readiness == Readiness::Ready              ? counts.ready
         : instance.readiness == Readiness::NeedsPreparation ? counts.needsPreparation
                                                             : counts.blocked)++;
    }
    return counts;
}

const GroupCopyPlan *MovePlan::copyOf(const QString &classicGroupId) const
{
    const auto found = std::find_if(copies.cbegin(), copies.cend(), [&](const GroupCopyPlan &copy) {
        return copy.classicGroupId == classicGroupId;
    });
    return found == copies.cend() ? nullptr : &*found;
}

QString MoveReadiness::copyDescription(const QString &classicGroupId)
{
    // Sent as it is, never translated: the mark is how a rerun finds the copy.
    return QStringLiteral("Copy of classic security group %1 for the move to a VPC %2")
        .arg(classicGroupId, groupCopyMark(classicGroupId));
}

QString MoveReadiness::copyName(const QString &classicGroupId, const QString &classicGroupName)
{
    // 2 to 128 characters, starting with an English letter or a Chinese character; letters, digits, ".",
    // ":", "_" and "-". The classic group's name with a suffix, its other characters as "-"; its ID where
    // the name starts otherwise.
    const auto startsWell = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c.script() == QChar::Script_Han;
    };
    QString base = classicGroupName.left(120);
    if (base.isEmpty() || !startsWell(base.front()) ||
        base.startsWith(QLatin1String("http"), Qt::CaseInsensitive))
        base = classicGroupId.left(120);
    for (QChar &c : base) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u':' && c != u'_' && c != u'-')
            c = u'-';
    }
    return base + QStringLiteral("-vpc");
}

MovePlan MoveReadiness::plan(const MoveFacts &facts)
{
    MovePlan plan;
    plan.vpcId = facts.target.id;
    QHash<QString, const MoveGroup *> groups;
    for (const MoveGroup &group : facts.groups)
        groups.insert(group.id, &group);
    // The existing copies, found by their mark among the target VPC's groups.
    QHash<QString, const MoveGroup *> copies;
    for (const MoveGroup &group : facts.groups) {
        if (group.vpcId != facts.target.id)
            continue;
        for (const MoveGroup &classic : facts.groups) {
            if (classic.vpcId.isEmpty() && group.description.contains(groupCopyMark(classic.id)))
                copies.insert(classic.id, &group);
        }
    }
    // Every classic group of the instances moves along as a copy.
    QStringList classicIds;
    for (const MoveInstance &moving : facts.instances) {
        for (const QString &id : moving.instance.securityGroupIds) {
            if (!classicIds.contains(id) && groups.contains(id) && groups.value(id)->vpcId.isEmpty())
                classicIds.append(id);
        }
    }
    for (const QString &classicId : std::as_const(classicIds)) {
        const MoveGroup &classic = *groups.value(classicId);
        const MoveGroup *copy = copies.value(classicId);
        GroupCopyPlan copyPlan;
        copyPlan.classicGroupId = classic.id;
        copyPlan.classicGroupName = classic.name;
        copyPlan.copyId = copy ? copy->id : QString();
        // The groups the copy references, at most kGroupReferenceLimit: the classic group itself first,
        // which the ClassicLink rule between the two names.
        QSet<QString> referenced{classic.id};
        for (const MoveRule &rule : classic.rules) {
            MoveRule translated = rule;
            translated.nicType = QStringLiteral("intranet"); // a VPC group has no other
            std::optional<UntranslatableRule::Reason> refused;
            if (copy && rule.peerGroupId == copy->id && !rule.egress &&
                !same(rule.policy, QStringLiteral("drop")))
                continue; // the ClassicLink rule that lets the copy in: the traffic rules, counted apart
            if (same(rule.nicType, QStringLiteral("internet")) && same(rule.policy, QStringLiteral("drop")))
                refused = UntranslatableRule::Reason::InternetDrop;
            if (!refused && !rule.peerGroupId.isEmpty()) {
                const MoveGroup *peer = groups.value(rule.peerGroupId);
                // The account's own groups are those it lists; one it cannot list, named with an owner, is
                // another account's.
                if (!peer && !rule.peerOwnerAccount.isEmpty()) {
                    refused = UntranslatableRule::Reason::OtherAccount;
                } else if (peer && peer->vpcId == facts.target.id) {
                    translated.peerOwnerAccount.clear(); // a group of the target VPC, as it is
                } else if (peer && peer->vpcId.isEmpty() &&
                           (classicIds.contains(peer->id) || copies.contains(peer->id))) {
                    translated.peerOwnerAccount.clear();
                    translated.peerGroupId.clear();
                    if (const MoveGroup *peerCopy = copies.value(peer->id))
                        translated.peerGroupId = peerCopy->id;
                    else
                        translated.peerCopyOf = peer->id;
                } else if (peer && !peer->vpcId.isEmpty()) {
                    refused = UntranslatableRule::Reason::OtherVpc;
                } else {
                    refused = UntranslatableRule::Reason::NoCopy;
                }
                if (!refused && copy && copy->advanced)
                    refused = UntranslatableRule::Reason::AdvancedGroup;
                const QString peerId =
                    translated.peerGroupId.isEmpty() ? translated.peerCopyOf : translated.peerGroupId;
                if (!refused && !referenced.contains(peerId)) {
                    if (referenced.size() >= MoveGroup::kGroupReferenceLimit)
                        refused = UntranslatableRule::Reason::ReferenceLimit;
                    else
                        referenced.insert(peerId);
                }
            }
            // The same rule on both NICs (or read twice) becomes one rule of the copy.
            if (!refused && std::any_of(copyPlan.rules.cbegin(), copyPlan.rules.cend(),
                                        [&](const MoveRule &have) { return have.sameAs(translated); }))
                continue;
            if (refused) {
                copyPlan.untranslatable.append({rule, *refused});
                continue;
            }
            copyPlan.rules.append(translated);
            const bool there =
                copy && std::any_of(copy->rules.cbegin(), copy->rules.cend(),
                                    [&](const MoveRule &have) { return have.sameAs(translated); });
            if (!there)
                copyPlan.missingRules.append(translated);
        }
        copyPlan.copyAdvanced = copy && copy->advanced;
        copyPlan.trafficRulesThere =
            copy && (copy->advanced || letsIn(*copy, classic.id)) && letsIn(classic, copy->id);
        if (copyPlan.copyAdvanced) { // the copy cannot let the classic group in by name
            MoveRule classicLink;
            classicLink.ipProtocol = QStringLiteral("ALL");
            classicLink.portRange = QStringLiteral("-1/-1");
            classicLink.peerGroupId = classic.id;
            classicLink.policy = QStringLiteral("accept");
            copyPlan.untranslatable.append({classicLink, UntranslatableRule::Reason::AdvancedGroup});
        }
        plan.copies.append(copyPlan);
    }

    // Blocked instances first: they take no address in any zone.
    QHash<QString, int> movingPerZone;
    for (const MoveInstance &moving : facts.instances) {
        const ClassicInstance &instance = moving.instance;
        InstanceReadiness row;
        row.instanceId = instance.id;
        row.zoneId = instance.zoneId;
        row.diskGiB = moving.diskGiB;
        row.publicIp = instance.publicIp;
        if (instance.isLocked())
            row.blockers << tr("Locked (%1): a locked instance cannot be stopped.")
                                .arg(instance.lockReasons.join(QStringLiteral(", ")));
        if (!instance.isStable())
            row.blockers << tr("Its status is %1: only a Running or Stopped instance can move.")
                                .arg(DomainText::status(instance.status));
        if (row.blockers.isEmpty())
            ++movingPerZone[instance.zoneId];
        plan.instances.append(row);
    }
    QStringList zones = movingPerZone.keys();
    zones.sort();
    for (const QString &zoneId : std::as_const(zones)) {
        ZoneNeed need;
        need.zoneId = zoneId;
        need.instances = movingPerZone.value(zoneId);
        for (const VSwitch &vswitch : facts.vswitches) {
            // Only a vSwitch that reaches the classic network: moved and waiting instances keep talking.
            if (vswitch.zoneId == zoneId &&
                EnableCheck::reachesClassic(facts.target.cidrBlock, vswitch.cidrBlock) &&
                (need.vswitchId.isEmpty() || vswitch.availableAddresses > need.availableAddresses)) {
                need.vswitchId = vswitch.id;
                need.availableAddresses = vswitch.availableAddresses;
            }
        }
        plan.zones.append(need);
    }

    for (qsizetype i = 0; i < plan.instances.size(); ++i) {
        InstanceReadiness &row = plan.instances[i];
        const ClassicInstance &instance = facts.instances.at(i).instance;
        if (!row.blockers.isEmpty()) {
            row.readiness = Readiness::Blocked;
            continue;
        }
        const auto zone = std::find_if(plan.zones.cbegin(), plan.zones.cend(),
                                       [&row](const ZoneNeed &need) { return need.zoneId == row.zoneId; });
        if (zone->enough())
            row.vswitchId = zone->vswitchId;
        else
            row.missing.append({MissingPiece::Kind::VSwitch, row.zoneId});
        for (const QString &groupId : instance.securityGroupIds) {
            const GroupCopyPlan *copy = plan.copyOf(groupId);
            if (!copy)
                continue;
            for (const UntranslatableRule &rule : copy->untranslatable)
                row.cannotCarry << tr("%1: %2 (%3)").arg(groupId, ruleText(rule.rule), text(rule.reason));
            if (copy->copyId.isEmpty()) {
                row.missing.append({MissingPiece::Kind::GroupCopy, groupId});
                row.missing.append({MissingPiece::Kind::TrafficRules, groupId});
                continue;
            }
            row.copyGroupIds.append(copy->copyId);
            if (!copy->missingRules.isEmpty())
                row.missing.append({MissingPiece::Kind::CopyRules, groupId});
            if (!copy->trafficRulesThere)
                row.missing.append({MissingPiece::Kind::TrafficRules, groupId});
        }
        if (instance.linkedVpcId != facts.target.id)
            row.missing.append({MissingPiece::Kind::Link, facts.target.id});
        row.readiness = row.missing.isEmpty() ? Readiness::Ready : Readiness::NeedsPreparation;
    }
    return plan;
}

QString MoveReadiness::defaultTarget(const QList<ClassicInstance> &instances, const QList<Vpc> &vpcs)
{
    QString target;
    qsizetype most = 0;
    for (const Vpc &vpc : vpcs) {
        const qsizetype linked =
            std::count_if(instances.cbegin(), instances.cend(),
                          [&vpc](const ClassicInstance &i) { return i.linkedVpcId == vpc.id; });
        if (linked > most) {
            most = linked;
            target = vpc.id;
        }
    }
    const auto enabled =
        std::find_if(vpcs.cbegin(), vpcs.cend(), [](const Vpc &vpc) { return vpc.classicLinkEnabled; });
    if (target.isEmpty() && enabled != vpcs.cend())
        target = enabled->id;
    return target.isEmpty() && !vpcs.isEmpty() ? vpcs.first().id : target;
}

QString MoveReadiness::text(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready:
        return tr("Ready to move");
    case Readiness::NeedsPreparation:
        return tr("Needs preparation");
    case Readiness::Blocked:
        return tr("Blocked");
    }
    return {};
}

QString MoveReadiness::code(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready:
        return QStringLiteral("Ready");
    case Readiness::NeedsPreparation:
        return QStringLiteral("NeedsPreparation");
    case Readiness::Blocked:
        return QStringLiteral("Blocked");
    }
    return {};
}

QString MoveReadiness::text(const MissingPiece &piece)
{
    switch (piece.kind) {
    case MissingPiece::Kind::VSwitch:
        return tr("A vSwitch in zone %1 with enough free addresses").arg(piece.subject);
    case MissingPiece::Kind::GroupCopy:
        return tr("A copy of security group %1 in the VPC").arg(piece.subject);
    case MissingPiece::Kind::CopyRules:
        return tr("Rules of security group %1 missing from its copy").arg(piece.subject);
    case MissingPiece::Kind::TrafficRules:
        return tr("Rules between security group %1 and its copy, so moved and unmoved instances keep talking")
            .arg(piece.subject);
    case MissingPiece::Kind::Link:
        return tr("A ClassicLink link to %1").arg(piece.subject);
    }
    return {};
}

QStringList MoveReadiness::reasons(const InstanceReadiness &instance)
{
    QStringList why = instance.blockers;
    for (const MissingPiece &piece : instance.missing)
        why << text(piece);
    return why;
}

QString MoveReadiness::text(UntranslatableRule::Reason reason)
{
    switch (reason) {
    case UntranslatableRule::Reason::OtherAccount:
        return tr("it references a security group of another account");
    case UntranslatableRule::Reason::NoCopy:
        return tr("it references a security group that has no copy in the VPC");
    case UntranslatableRule::Reason::OtherVpc:
        return tr("it references a security group of another VPC");
    case UntranslatableRule::Reason::InternetDrop:
        return tr("it drops public traffic, and a VPC security group would drop internal traffic with it");
    case UntranslatableRule::Reason::AdvancedGroup:
        return tr("the copy is an advanced security group, which cannot reference security groups");
    case UntranslatableRule::Reason::ReferenceLimit:
        return tr("a basic security group references at most %n security groups", nullptr,
                  MoveGroup::kGroupReferenceLimit);
    }
    return {};
}

QString MoveReadiness::ruleText(const MoveRule &rule)
{
    const QString peer = !rule.peerCidr.isEmpty()     ? rule.peerCidr
                         : !rule.peerCopyOf.isEmpty() ? tr("the copy of %1").arg(rule.peerCopyOf)
                         : rule.peerOwnerAccount.isEmpty()
                             ? rule.peerGroupId
                             : tr("%1 of account %2").arg(rule.peerGroupId, rule.peerOwnerAccount);
    return rule.egress ? tr("outbound %1 %2 to %3").arg(rule.ipProtocol, rule.portRange, peer)
                       : tr("inbound %1 %2 from %3").arg(rule.ipProtocol, rule.portRange, peer);
}

QStringList MoveReadiness::changes(const InstanceReadiness &instance)
{
    QStringList changes{
        tr("The instance is stopped and started again in the VPC: about %n minutes; plan it off-peak.",
           nullptr, kDowntimeMinutes),
        tr("The move is one-way: the instance cannot return to the classic network."),
        tr("Software licences bound to the MAC address may need authorizing again.")};
    if (!instance.publicIp.isEmpty())
        changes << tr("Check what happens to its public address %1 in the migration plan.")
                       .arg(instance.publicIp);
    if (instance.diskGiB > 0)
        changes
            << tr("If it moves to another zone, its %n GiB of disk data keep migrating for about %1 hours "
                  "after it starts, with slower disk I/O and no snapshots meanwhile.",
                  nullptr, instance.diskGiB)
                   .arg(diskDataHours(instance.diskGiB), 0, 'f', 1);
    return changes;
}

} // namespace clm
