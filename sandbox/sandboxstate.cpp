#include "sandboxstate.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace clm::sandbox {

namespace {

QString text(const QJsonObject &object, const char *key, const QString &fallback = {})
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString() : fallback;
}

QStringList textList(const QJsonObject &object, const char *key)
{
    QStringList out;
    for (const QJsonValue &value : object.value(QLatin1String(key)).toArray())
        out.append(value.toString());
    return out;
}

} // namespace

QByteArray SandboxState::defaultFixture()
{
    QFile file(QStringLiteral(":/sandbox/fixtures/default.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString SandboxState::loadFixture(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("not valid JSON: %1 at offset %2")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    if (!document.isObject())
        return QStringLiteral("the fixture must be a JSON object");
    const QJsonObject root = document.object();

    SandboxState loaded;
    for (const QJsonValue &value : root.value(QLatin1String("regions")).toArray()) {
        const QJsonObject object = value.toObject();
        const QJsonObject names = object.value(QLatin1String("localName")).toObject();
        Region region{text(object, "id"), text(names, "zh-CN"), text(names, "en-US"),
                      text(object, "endpoint"), object.value(QLatin1String("classicLink")).toBool(true)};
        if (region.id.isEmpty())
            return QStringLiteral("a region has no id");
        if (region.endpoint.isEmpty())
            region.endpoint = QStringLiteral("ecs.%1.aliyuncs.com").arg(region.id);
        loaded.regions.append(region);
    }
    for (const QJsonValue &value : root.value(QLatin1String("accessKeys")).toArray()) {
        const QJsonObject object = value.toObject();
        AccessKey key{
            text(object, "id"), text(object, "secret"),
            text(object, "permission", QStringLiteral("full")) == QLatin1String("none") ? Permission::None
                                                                                        : Permission::Full,
            text(object, "securityToken"), QDateTime::fromString(text(object, "tokenExpires"), Qt::ISODate)};
        if (key.id.isEmpty() || key.secret.isEmpty())
            return QStringLiteral("an access key needs an id and a secret");
        loaded.keys.append(key);
    }
    for (const QJsonValue &value : root.value(QLatin1String("instances")).toArray()) {
        const QJsonObject object = value.toObject();
        Instance instance;
        instance.id = text(object, "id");
        instance.name = text(object, "name", instance.id);
        instance.regionId = text(object, "region", QStringLiteral("cn-hangzhou"));
        instance.zoneId = text(object, "zone", instance.regionId + QStringLiteral("-b"));
        instance.status = text(object, "status", QStringLiteral("Running"));
        instance.networkType = text(object, "networkType", QStringLiteral("classic"));
        instance.instanceType = text(object, "instanceType", QStringLiteral("ecs.n4.small"));
        instance.privateIp = text(object, "privateIp");
        instance.locks = textList(object, "locks");
        instance.securityGroupIds = textList(object, "securityGroups");
        instance.linkAllowed = object.value(QLatin1String("linkAllowed")).toBool(true);
        if (instance.id.isEmpty())
            return QStringLiteral("an instance has no id");
        if (!loaded.region(instance.regionId))
            return QStringLiteral("instance %1 is in unknown region %2").arg(instance.id, instance.regionId);
        loaded.instances.append(instance);
    }
    loaded.reindex();
    for (const QJsonValue &value : root.value(QLatin1String("vpcs")).toArray()) {
        const QJsonObject object = value.toObject();
        Vpc vpc;
        vpc.id = text(object, "id");
        vpc.name = text(object, "name", vpc.id);
        vpc.regionId = text(object, "region", QStringLiteral("cn-hangzhou"));
        vpc.cidrBlock = text(object, "cidr", QStringLiteral("172.16.0.0/12"));
        vpc.classicLinkEnabled = object.value(QLatin1String("classicLink")).toBool();
        vpc.linkQuota = object.value(QLatin1String("linkQuota")).toInt(1000);
        vpc.isDefault = object.value(QLatin1String("isDefault")).toBool();
        if (vpc.id.isEmpty())
            return QStringLiteral("a VPC has no id");
        for (const QJsonValue &vswitch : object.value(QLatin1String("vswitches")).toArray()) {
            const QJsonObject fields = vswitch.toObject();
            vpc.vswitches.append({text(fields, "id"), text(fields, "cidr"), text(fields, "zone")});
        }
        if (vpc.vswitches.isEmpty())
            vpc.addDefaultVSwitch();
        vpc.customRoutes = textList(object, "customRoutes");
        if (!loaded.region(vpc.regionId))
            return QStringLiteral("VPC %1 is in unknown region %2").arg(vpc.id, vpc.regionId);
        loaded.vpcs.append(vpc);
    }
    loaded.reindex();
    for (const QJsonValue &value : root.value(QLatin1String("links")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString instanceId = text(object, "instance");
        const QString vpcId = text(object, "vpc");
        if (!loaded.instance(instanceId) || !loaded.vpc(vpcId))
            return QStringLiteral("link %1 -> %2 names an unknown instance or VPC").arg(instanceId, vpcId);
        loaded.links.insert(instanceId, vpcId);
    }
    for (const QJsonValue &value : root.value(QLatin1String("securityGroups")).toArray()) {
        const QJsonObject object = value.toObject();
        SecurityGroup group;
        group.id = text(object, "id");
        group.name = text(object, "name", group.id);
        group.regionId = text(object, "region", QStringLiteral("cn-hangzhou"));
        group.vpcId = text(object, "vpc");
        if (group.id.isEmpty() || !loaded.region(group.regionId) ||
            (!group.vpcId.isEmpty() && !loaded.vpc(group.vpcId)))
            return QStringLiteral("security group \"%1\" needs an id, a known region and a known VPC or none")
                .arg(group.id);
        for (const QJsonValue &rule : object.value(QLatin1String("rules")).toArray()) {
            const QJsonObject fields = rule.toObject();
            SecurityRule added;
            added.ipProtocol = text(fields, "protocol", added.ipProtocol);
            added.portRange = text(fields, "ports", added.portRange);
            added.sourceGroupId = text(fields, "sourceGroup");
            added.sourceCidrIp = text(fields, "sourceCidr");
            added.policy = text(fields, "policy", added.policy);
            added.priority = fields.value(QLatin1String("priority")).toInt(1);
            added.nicType = text(fields, "nicType", added.nicType);
            added.description = text(fields, "description");
            group.rules.append(added);
        }
        // A group filled up to the limit with CIDR rules, for the "full group" scenario.
        const int fill =
            std::min(object.value(QLatin1String("fillRules")).toInt(), SecurityGroup::kRuleLimit);
        for (int n = int(group.rules.size()); n < fill; ++n) {
            SecurityRule filler;
            filler.ipProtocol = QStringLiteral("tcp");
            filler.portRange = QStringLiteral("%1/%1").arg(1000 + n);
            filler.sourceCidrIp = QStringLiteral("172.16.0.0/12");
            group.rules.append(filler);
        }
        loaded.securityGroups.append(group);
    }
    // Every classic instance is in a security group: one of its region's classic groups when none is named.
    for (Instance &instance : loaded.instances) {
        if (!instance.securityGroupIds.isEmpty())
            continue;
        const QString fallback = QStringLiteral("sg-") + instance.regionId + QStringLiteral("-default");
        if (!loaded.securityGroup(fallback))
            loaded.securityGroups.append({fallback, QStringLiteral("default"), instance.regionId, {}, {}});
        instance.securityGroupIds = {fallback};
    }
    for (const Instance &instance : std::as_const(loaded.instances)) {
        for (const QString &id : instance.securityGroupIds) {
            if (!loaded.securityGroup(id))
                return QStringLiteral("instance %1 is in unknown security group %2").arg(instance.id, id);
        }
    }
    if (loaded.regions.isEmpty() || loaded.keys.isEmpty())
        return QStringLiteral("the fixture needs at least one region and one access key");
    *this = loaded;
    return {};
}

bool SecurityRule::sameAs(const SecurityRule &other) const
{
    return ipProtocol.compare(other.ipProtocol, Qt::CaseInsensitive) == 0 && portRange == other.portRange &&
           sourceGroupId == other.sourceGroupId && sourceCidrIp == other.sourceCidrIp &&
           policy.compare(other.policy, Qt::CaseInsensitive) == 0 && priority == other.priority &&
           nicType == other.nicType;
}

SecurityGroup *SandboxState::securityGroup(const QString &id)
{
    for (SecurityGroup &group : securityGroups) {
        if (group.id == id)
            return &group;
    }
    return nullptr;
}

bool SandboxState::parseGenerateSpec(const QString &text, GenerateSpec &spec, QString *error)
{
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.section(u'=', 0, 0).trimmed();
        bool ok = false;
        const qint64 value = part.section(u'=', 1).trimmed().toLongLong(&ok);
        if (!ok || value < 0 || value > 10'000'000) {
            if (error)
                *error = QStringLiteral("bad value in \"%1\"").arg(part);
            return false;
        }
        if (name == QLatin1String("instances"))
            spec.instances = int(value);
        else if (name == QLatin1String("vpcs"))
            spec.vpcs = int(value);
        else if (name == QLatin1String("links"))
            spec.links = int(value);
        else if (name == QLatin1String("seed"))
            spec.seed = quint32(value);
        else {
            if (error)
                *error = QStringLiteral("unknown key \"%1\" (instances, vpcs, links, seed)").arg(name);
            return false;
        }
    }
    return true;
}

void SandboxState::generate(const GenerateSpec &spec)
{
    // Start from the default fixture's regions and keys, then a large deterministic account.
    loadFixture(defaultFixture());
    instances.clear();
    vpcs.clear();
    securityGroups.clear();
    links.clear();
    appliedWrites.clear();
    QRandomGenerator random(spec.seed);
    // Every instance in one of ten classic groups; every VPC with a group of its own (below).
    for (int g = 0; g < 10; ++g)
        securityGroups.append({QStringLiteral("sg-gen-classic%1").arg(g),
                               QStringLiteral("classic-%1").arg(g),
                               spec.regionId,
                               {},
                               {}});
    static const QStringList statuses{QStringLiteral("Running"), QStringLiteral("Running"),
                                      QStringLiteral("Running"), QStringLiteral("Stopped")};
    instances.reserve(spec.instances);
    for (int i = 0; i < spec.instances; ++i) {
        Instance instance;
        instance.id = QStringLiteral("i-gen%1").arg(i, 6, 10, QLatin1Char('0'));
        instance.name = QStringLiteral("node-%1").arg(i);
        instance.securityGroupIds = {QStringLiteral("sg-gen-classic%1").arg(i % 10)};
        instance.regionId = spec.regionId;
        instance.zoneId = spec.regionId + (i % 2 ? QStringLiteral("-b") : QStringLiteral("-g"));
        instance.status = statuses.at(int(random.bounded(statuses.size())));
        instance.privateIp =
            QStringLiteral("10.%1.%2.%3").arg(1 + i / 65536).arg((i / 256) % 256).arg(i % 256);
        instances.append(instance);
    }
    for (int v = 0; v < spec.vpcs; ++v) {
        Vpc vpc;
        vpc.id = QStringLiteral("vpc-gen%1").arg(v, 5, 10, QLatin1Char('0'));
        vpc.name = QStringLiteral("network-%1").arg(v);
        vpc.regionId = spec.regionId;
        vpc.cidrBlock = QStringLiteral("172.%1.0.0/16").arg(16 + v % 16);
        vpc.classicLinkEnabled = v % 2 == 0;
        vpc.addDefaultVSwitch();
        vpcs.append(vpc);
        securityGroups.append({QStringLiteral("sg-") + vpc.id.mid(4), vpc.name, vpc.regionId, vpc.id, {}});
    }
    reindex();
    const int enabledVpcs = (spec.vpcs + 1) / 2;
    const int linkCount = enabledVpcs == 0 ? 0 : std::min(spec.links, spec.instances);
    for (int i = 0; i < linkCount; ++i)
        links.insert(instances.at(i).id, vpcs.at(2 * (i % enabledVpcs)).id);
}

void Vpc::addDefaultVSwitch()
{
    const auto [network, prefix] = QHostAddress::parseSubnet(cidrBlock);
    const QString cidr = QStringLiteral("%1/%2").arg(network.toString()).arg(std::max(prefix, 24));
    vswitches.append({QStringLiteral("vsw-") + id.mid(4), cidr, regionId + QStringLiteral("-b")});
}

QJsonObject SandboxState::toJson() const
{
    QJsonArray instanceArray;
    for (const Instance &instance : instances) {
        instanceArray.append(
            QJsonObject{{QStringLiteral("id"), instance.id},
                        {QStringLiteral("region"), instance.regionId},
                        {QStringLiteral("status"), instance.status},
                        {QStringLiteral("networkType"), instance.networkType},
                        {QStringLiteral("locks"), QJsonArray::fromStringList(instance.locks)},
                        {QStringLiteral("linkedVpc"), links.value(instance.id)}});
    }
    QJsonArray vpcArray;
    for (const Vpc &vpc : vpcs) {
        vpcArray.append(QJsonObject{{QStringLiteral("id"), vpc.id},
                                    {QStringLiteral("region"), vpc.regionId},
                                    {QStringLiteral("classicLink"), vpc.classicLinkEnabled},
                                    {QStringLiteral("linkQuota"), vpc.linkQuota},
                                    {QStringLiteral("links"), linkCount(vpc.id)}});
    }
    QJsonArray linkArray;
    for (auto it = links.cbegin(); it != links.cend(); ++it)
        linkArray.append(
            QJsonObject{{QStringLiteral("instance"), it.key()}, {QStringLiteral("vpc"), it.value()}});
    QJsonObject writes;
    for (auto it = appliedWrites.cbegin(); it != appliedWrites.cend(); ++it)
        writes.insert(it.key(), it.value());
    return {{QStringLiteral("instances"), instanceArray},
            {QStringLiteral("vpcs"), vpcArray},
            {QStringLiteral("links"), linkArray},
            {QStringLiteral("appliedWrites"), writes}};
}

const Region *SandboxState::region(const QString &id) const
{
    for (const Region &region : regions) {
        if (region.id == id)
            return &region;
    }
    return nullptr;
}

const AccessKey *SandboxState::key(const QString &id) const
{
    for (const AccessKey &key : keys) {
        if (key.id == id)
            return &key;
    }
    return nullptr;
}

void SandboxState::reindex()
{
    m_instanceIndex.clear();
    for (qsizetype i = 0; i < instances.size(); ++i)
        m_instanceIndex.insert(instances.at(i).id, i);
    m_vpcIndex.clear();
    for (qsizetype i = 0; i < vpcs.size(); ++i)
        m_vpcIndex.insert(vpcs.at(i).id, i);
}

Instance *SandboxState::instance(const QString &id)
{
    const qsizetype at = m_instanceIndex.value(id, -1);
    return at < 0 ? nullptr : &instances[at];
}

Vpc *SandboxState::vpc(const QString &id)
{
    const qsizetype at = m_vpcIndex.value(id, -1);
    return at < 0 ? nullptr : &vpcs[at];
}

int SandboxState::linkCount(const QString &vpcId) const
{
    int count = 0;
    for (const QString &linked : links) {
        if (linked == vpcId)
            ++count;
    }
    return count;
}

} // namespace clm::sandbox
