// Readiness of classic instances for their move into a VPC: the planner of the move job. From what was read
// (the instances, the target VPC's vSwitches, the classic groups' rules in both directions and the VPC's
// groups) it decides, per instance, Ready, Needs preparation (each missing piece named) or Blocked (why),
// and what preparing would create. Both front ends ask it; neither decides.
#pragma once

#include "cloud/domain.h"

#include <QCoreApplication>
#include <QHash>

namespace clm {

struct MoveGroup
{
    QString id;
    QString name;
    QString vpcId; // empty: a classic group
    bool advanced = false;
    QString description;
    QList<MoveRule> rules;

    static constexpr int kGroupReferenceLimit = 20; // rules referencing groups, in a basic group
};

struct MoveInstance
{
    ClassicInstance instance;
    int diskGiB = 0; // every disk, from DescribeDisks
};

// Everything the planner needs, as read from the cloud (MoveReader).
struct MoveFacts
{
    Vpc target;
    QList<VSwitch> vswitches;      // the target VPC's
    QStringList customRoutes;      // ClassicLink off: the VPC's custom route destinations
    QList<MoveGroup> groups;       // the account's; rules of the instances' and the VPC's
    QList<MoveInstance> instances; // the classic instances to move
};

enum class Readiness
{
    Ready,
    NeedsPreparation,
    Blocked,
};

// A piece an instance still lacks before it can move; `subject` names what it is about.
struct MissingPiece
{
    enum class Kind
    {
        VSwitch,      // subject: the zone
        GroupCopy,    // subject: the classic group (no copy in the target VPC yet)
        CopyRules,    // subject: the classic group (its copy lacks some translated rules)
        TrafficRules, // subject: the classic group (no ClassicLink rules between it and its copy)
        Link,         // subject: the target VPC
    };
    Kind kind;
    QString subject;
};

// A rule of a classic group that no copy can carry, and why.
struct UntranslatableRule
{
    enum class Reason
    {
        OtherAccount,   // it references another account's group
        NoCopy,         // it references a classic group that is not copied
        OtherVpc,       // it references a group of another VPC
        InternetDrop,   // a Drop rule of a classic group's internet NIC: a VPC group has no such NIC
        AdvancedGroup,  // the copy is an advanced group, which references no group
        ReferenceLimit, // a basic group references at most 20 groups (distinct ones)
    };
    MoveRule rule;
    Reason reason;
};

// The copy of one classic group in the target VPC.
struct GroupCopyPlan
{
    QString classicGroupId;
    QString classicGroupName;
    QString copyId;               // empty: no copy yet
    QList<MoveRule> rules;        // the classic group's rules, translated for the copy
    QList<MoveRule> missingRules; // those the existing copy (or a new one) still needs
    QList<UntranslatableRule> untranslatable;
    // ClassicLink rules both ways between the classic group and the copy (into the classic group only, when
    // the copy is advanced: an advanced group references no group)
    bool trafficRulesThere = false;
    bool copyAdvanced = false;
};

// What one zone of the target VPC must hold for the instances moving there, counted together.
struct ZoneNeed
{
    QString zoneId;
    int instances = 0;
    QString vswitchId; // the vSwitch with the most free addresses in the zone; empty: none
    int availableAddresses = 0;
    bool enough() const { return !vswitchId.isEmpty() && availableAddresses >= instances; }
};

struct InstanceReadiness
{
    QString instanceId;
    QString zoneId;
    Readiness readiness = Readiness::Ready;
    QStringList blockers; // why it cannot move, in words
    QList<MissingPiece> missing;
    QString vswitchId;        // where it would go; empty while the zone has no vSwitch with room
    QStringList copyGroupIds; // the copies of its classic groups that exist
    int diskGiB = 0;
    QString publicIp;
    QStringList cannotCarry; // the rules of its classic groups no copy can carry, each with why, in words
};

// How many instances are ready to move, need preparation, are blocked.
struct MoveCounts
{
    int ready = 0;
    int needsPreparation = 0;
    int blocked = 0;

    static MoveCounts of(const QList<InstanceReadiness> &instances);
    MoveCounts &operator+=(const MoveCounts &other)
    {
        ready += other.ready;
        needsPreparation += other.needsPreparation;
        blocked += other.blocked;
        return *this;
    }
};

struct MovePlan
{
    QString vpcId;
    QList<InstanceReadiness> instances;
    QList<ZoneNeed> zones;
    QList<GroupCopyPlan> copies;

    const GroupCopyPlan *copyOf(const QString &classicGroupId) const;
};

class MoveReadiness
{
    Q_DECLARE_TR_FUNCTIONS(clm::MoveReadiness)

public:
    static MovePlan plan(const MoveFacts &facts);
    // The VPC to move `instances` into when none is named: the one most of them are linked to (the first of
    // `vpcs` among equals), else the first with ClassicLink enabled, else the first.
    static QString defaultTarget(const QList<ClassicInstance> &instances, const QList<Vpc> &vpcs);

    // A copy's description, carrying groupCopyMark() by which a rerun finds it, and its name.
    static QString copyDescription(const QString &classicGroupId);
    static QString copyName(const QString &classicGroupId, const QString &classicGroupName);
    // About 15 minutes from the stop in the classic network to the start in the VPC.
    static constexpr int kDowntimeMinutes = 15;
    // Disk data keeps migrating after a move across zones: about 4 hours per 100 GiB.
    static double diskDataHours(int diskGiB) { return diskGiB * 4.0 / 100.0; }

    static QString text(Readiness readiness);
    static QString code(Readiness readiness); // stable, for scripts: Ready, NeedsPreparation, Blocked
    static QString text(const MissingPiece &piece);
    // Why it cannot move, or what it still needs, in words (empty when it is ready).
    static QStringList reasons(const InstanceReadiness &instance);
    static QString text(UntranslatableRule::Reason reason);
    static QString ruleText(const MoveRule &rule);
    // What will change when the instance moves: stop and restart, one-way, licences, its public address.
    static QStringList changes(const InstanceReadiness &instance);
};

} // namespace clm
