// One account the sandbox pretends to be: regions, access keys, instances, VPCs and links, loaded from a
// fixture (see sandbox/README.md for the format) or generated for load tests. A fixture may hold further
// accounts, each with its own keys and resources (`loadAccounts`).
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace clm::sandbox {

struct Region
{
    QString id;
    QString localNameZh;
    QString localNameEn;
    QString endpoint;
    bool classicLinkSupported = true; // false: attach answers InvalidInstanceId.LimitedRegion
};

enum class Permission
{
    Full,
    None
};

struct AccessKey
{
    QString id;
    QString secret;
    Permission permission = Permission::Full;
    QString securityToken; // non-empty: an STS credential that must send this token
    QDateTime tokenExpiry;
    QStringList deniedRegions; // a RAM policy that leaves these regions out: no permission there

    Permission permissionIn(const QString &regionId) const
    {
        return deniedRegions.contains(regionId) ? Permission::None : permission;
    }
};

struct Disk
{
    QString id;
    int sizeGiB = 40;
    QString category = QStringLiteral("cloud_efficiency");
    QString type = QStringLiteral("system"); // system or data
};

struct Instance
{
    QString id;
    QString name;
    QString regionId;
    QString zoneId;
    QString status = QStringLiteral("Running");
    QString networkType = QStringLiteral("classic");
    QString instanceType = QStringLiteral("ecs.n4.small");
    QString privateIp;
    QStringList locks;
    bool linkAllowed = true; // false: attach answers OperationDenied (the instance does not allow link)
    QStringList securityGroupIds;
    QList<Disk> disks; // in the instance's zone

    void addSystemDiskIfNone(); // 40 GiB, when a fixture names no disk
};

// A rule as AuthorizeSecurityGroup (inbound) or AuthorizeSecurityGroupEgress (outbound) adds it. The peer
// is the source of an inbound rule and the destination of an outbound one.
struct SecurityRule
{
    QString direction = QStringLiteral("ingress"); // or egress
    QString ipProtocol = QStringLiteral("all");    // tcp, udp, icmp, gre, all
    QString portRange = QStringLiteral("-1/-1");
    QString sourceGroupId;
    QString sourceCidrIp;
    QString destGroupId;
    QString destCidrIp;
    QString peerOwnerAccount; // a referenced group of another account: its owner's account ID
    QString policy = QStringLiteral("accept");
    int priority = 1;
    QString nicType = QStringLiteral("intranet");
    QString description;

    // The cloud treats a rule with the same direction, protocol, ports, peer, policy, NIC type and priority
    // as the same rule: authorizing it again adds nothing, revoking removes it.
    bool sameAs(const SecurityRule &other) const;
};

struct SecurityGroup
{
    QString id;
    QString name;
    QString regionId;
    QString vpcId; // empty: a classic network group
    QList<SecurityRule> rules;
    QString type = QStringLiteral("normal"); // or enterprise (an advanced group: no group references)
    QString description;

    static constexpr int kRuleLimit = 200;
};

struct VSwitch
{
    QString id;
    QString cidrBlock;
    QString zoneId;
    int usedAddresses = 0; // addresses taken by resources the sandbox does not model

    // What DescribeVSwitches answers: the block's addresses less the first and last three, which the cloud
    // reserves, and those in use.
    int availableAddresses() const;
    static constexpr int kPerVpc = 150;
};

struct Vpc
{
    QString id;
    QString name;
    QString regionId;
    QString cidrBlock = QStringLiteral("172.16.0.0/12");
    bool classicLinkEnabled = false;
    int linkQuota = 1000;
    bool isDefault = false;
    QList<VSwitch> vswitches;
    QStringList customRoutes; // destination CIDR blocks of custom route entries

    // One vSwitch with the first /24 of the VPC's block, when a fixture names none.
    void addDefaultVSwitch();
};

struct GenerateSpec
{
    int instances = 1000;
    int vpcs = 100;
    int links = 200;
    quint32 seed = 1;
    int regions = 1;        // instances and VPCs are spread over the first `regions` regions
    int listedRegions = 0;  // regions DescribeRegions lists (at least the fixture's and `regions`)
    int accounts = 1;       // ... and over this many accounts, each with its own key
    int classicGroups = 10; // classic security groups per region; the n-th instance is in group n modulo this
};

class SandboxState
{
public:
    // Returns an empty string on success, else what is wrong with the fixture. Only the fixture's own
    // account; loadAccounts() reads the others too.
    QString loadFixture(const QByteArray &json);
    QString loadFixture(const QJsonObject &root);
    // The fixture's own account first, then those of its "accounts" list (which share its regions).
    static QString loadAccounts(const QByteArray &json, QList<SandboxState> &accounts);
    static QByteArray defaultFixture();
    // The default fixture's regions (and more when asked) and keys, and a large deterministic fleet.
    static QList<SandboxState> generate(const GenerateSpec &spec);
    static bool parseGenerateSpec(const QString &text, GenerateSpec &spec, QString *error);
    static int maxRegions(); // how many regions a generated sandbox can list

    QJsonObject toJson() const; // the whole state, for the control path and tests

    QString accountId = QStringLiteral("sandbox");
    QString accountName;
    QList<Region> regions;
    QList<AccessKey> keys;
    QList<Instance> instances; // in creation order, which is the listing order
    QList<Vpc> vpcs;
    QList<SecurityGroup> securityGroups;
    QHash<QString, QString> links;     // instance id -> vpc id
    QHash<QString, int> appliedWrites; // "Action InstanceId" -> times the change was applied
    // Zones DescribeZones leaves out although instances remain in them, as the cloud does with zones that no
    // longer sell (set by tests; a reset clears it).
    QSet<QString> retiredZones;

    const Region *region(const QString &id) const;
    const AccessKey *key(const QString &id) const;
    Instance *instance(const QString &id);
    Vpc *vpc(const QString &id);
    SecurityGroup *securityGroup(const QString &id);
    int linkCount(const QString &vpcId) const;

private:
    void reindex(); // after instances or VPCs were added or removed

    QHash<QString, qsizetype> m_instanceIndex;
    QHash<QString, qsizetype> m_vpcIndex;
};

} // namespace clm::sandbox
