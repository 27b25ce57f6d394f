// Plain domain values that come out of the typed cloud calls. No JSON past this point.
#pragma once

#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

namespace clm {

struct Region
{
    QString id;
    QString localName;
    QString endpoint;
    QString status;
};

// The lifecycle states of an ECS instance, as DescribeInstances spells them in Status.
enum class InstanceStatus
{
    Pending,
    Starting,
    Running,
    Stopping,
    Stopped,
    Other, // a state this version does not know; shown as the cloud spells it
};

InstanceStatus instanceStatusFromString(QStringView status);

struct ClassicInstance
{
    QString id;
    QString name;
    QString status; // Pending, Starting, Running, Stopping, Stopped
    QString regionId;
    QString zoneId;
    QString networkType; // classic or vpc
    QString instanceType;
    QStringList innerIpAddresses;
    QStringList lockReasons; // OperationLocks
    QString linkedVpcId;     // from DescribeClassicLinkInstances, empty when not linked
    QStringList securityGroupIds;
    QString publicIp; // its public IP address or EIP, if any

    bool isLocked() const { return !lockReasons.isEmpty(); }
    InstanceStatus statusKind() const { return instanceStatusFromString(status); }
    // ClassicLink can be attached or detached only in a stable state.
    bool isStable() const
    {
        const InstanceStatus kind = statusKind();
        return kind == InstanceStatus::Running || kind == InstanceStatus::Stopped;
    }
};

// Whose ClassicLinkEnabled a load reads: a load reads what its caller shows or decides with, and nothing
// else. A VPC with links has it enabled; the other wanted ones are asked, one DescribeVpcAttribute each, once
// the links are in.
struct ClassicLinkFlags
{
    static ClassicLinkFlags all() { return {true, {}}; }
    static ClassicLinkFlags none() { return {false, {}}; }
    static ClassicLinkFlags of(const QString &vpcId) { return {false, {vpcId}}; }
    bool wanted(const QString &vpcId) const { return every || vpcIds.contains(vpcId); }

    bool every = true;
    QSet<QString> vpcIds;
};

struct Vpc
{
    QString id;
    QString name;
    QString cidrBlock;
    QString status;
    QString regionId;
    bool isDefault = false;
    bool classicLinkEnabled = false; // asked, or known from a link (meaningful when classicLinkRead)
    bool classicLinkRead = false;    // the load knows this VPC's ClassicLinkEnabled (asked, or from a link)
    int linkCount = 0;               // classic instances linked to it
    bool quotaReached = false;       // the cloud answered QuotaExceeded for it since it was loaded
};

// An inbound security group rule (DescribeSecurityGroupAttribute's Permission).
struct SecurityRule
{
    QString ipProtocol; // TCP, UDP, ICMP, GRE, ALL
    QString portRange;  // "22/22"; "-1/-1" for every port
    QString sourceGroupId;
    QString sourceCidrIp;
    QString policy; // Accept or Drop
    int priority = 1;
    QString nicType;
    QString description;

    bool accepts() const { return policy.compare(QLatin1String("drop"), Qt::CaseInsensitive) != 0; }
    // The cloud's notion of the same rule (authorizing it again adds nothing; revoking it removes it):
    // protocol, ports, source, policy, NIC type and priority; the description does not count.
    bool sameAs(const SecurityRule &other) const
    {
        const auto same = [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) == 0;
        };
        return same(ipProtocol, other.ipProtocol) && portRange == other.portRange &&
               sourceGroupId == other.sourceGroupId && sourceCidrIp == other.sourceCidrIp &&
               same(policy, other.policy) && same(nicType, other.nicType) && priority == other.priority;
    }
};

// One inbound rule of one group: what AuthorizeSecurityGroup adds and RevokeSecurityGroup removes.
struct GroupRule
{
    QString groupId; // the group the rule belongs to (it lets `rule.sourceGroupId` in)
    SecurityRule rule;
};

struct SecurityGroup
{
    QString id;
    QString name;
    QString vpcId; // empty: a classic network group
    QList<SecurityRule> rules;
    bool rulesRead = false; // DescribeSecurityGroups lists groups; the rules come from their attribute
    bool advanced = false;  // SecurityGroupType enterprise
    QString description;
};

struct VSwitch
{
    QString id;
    QString zoneId;
    QString cidrBlock;
    int availableAddresses = 0;
};

// One rule of a group in either direction, for the move off the classic network; the peer is the source
// of an inbound rule and the destination of an outbound one.
struct MoveRule
{
    bool egress = false;
    QString ipProtocol = QStringLiteral("ALL");
    QString portRange = QStringLiteral("-1/-1");
    QString peerGroupId;
    QString peerCidr;
    QString peerOwnerAccount; // the owner of the peer group, as the cloud names it
    QString peerCopyOf;       // translated: the peer is the copy, not yet made, of this classic group
    QString policy = QStringLiteral("Accept");
    int priority = 1;
    QString nicType = QStringLiteral("intranet");
    QString description;

    // The cloud's notion of the same rule; the description does not count.
    bool sameAs(const MoveRule &other) const;
    // As a rule of an AuthorizeSecurityGroup call (inbound) or an AuthorizeSecurityGroupEgress call, whose
    // source fields then name the destination.
    SecurityRule asSecurityRule() const
    {
        return {ipProtocol, portRange, peerGroupId, peerCidr, policy, priority, nicType, description};
    }
};

// The mark a VPC copy of a classic group carries in its description, by which a rerun of the move's
// preparation finds it. Never translated.
inline QString groupCopyMark(const QString &classicGroupId)
{
    return QStringLiteral("[classiclink-move:%1]").arg(classicGroupId);
}

// Whether a linked classic instance and its VPC may talk, from their security groups' inbound rules.
enum class TrafficState
{
    NotLinked,
    Unknown, // not read (yet, or the reading failed)
    None,
    ToVpc,   // the VPC's groups let the instance in; nothing lets the VPC into the instance
    FromVpc, // the instance's groups let the VPC in; nothing the other way
    Both,
};

// How many of a VPC's linked instances may talk to it.
struct TrafficCounts
{
    int both = 0;
    int oneWay = 0;
    int none = 0;
};

// The documented limit of classic instances linked to one VPC.
inline constexpr int kClassicLinkQuotaPerVpc = 1000;

struct ClassicLink
{
    QString instanceId;
    QString vpcId;

    friend bool operator==(const ClassicLink &, const ClassicLink &) = default;
};

} // namespace clm
