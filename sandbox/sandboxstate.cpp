#include "sandboxstate.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <limits>

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

QString parseObject(const QByteArray &json, QJsonObject &root)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("not valid JSON: %1 at offset %2")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    if (!document.isObject())
        return QStringLiteral("the fixture must be a JSON object");
    root = document.object();
    return {};
}

} // namespace

QByteArray SandboxState::defaultFixture()
{
    QFile file(QStringLiteral(":/sandbox/fixtures/default.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString SandboxState::loadFixture(const QByteArray &json)
{
    QJsonObject root;
    const QString error = parseObject(json, root);
    return error.isEmpty() ? loadFixture(root) : error;
}

QString SandboxState::loadAccounts(const QByteArray &json, QList<SandboxState> &accounts)
{
    QJsonObject root;
    if (QString error = parseObject(json, root); !error.isEmpty())
        return error;
    QList<SandboxState> loaded(1);
    if (QString error = loaded.first().loadFixture(root); !error.isEmpty())
        return error;
    QSet<QString> keyIds;
    for (const AccessKey &key : std::as_const(loaded.first().keys))
        keyIds.insert(key.id);
    for (const QJsonValue &value : root.value(QLatin1String("accounts")).toArray()) {
        QJsonObject account = value.toObject();
        account.insert(QStringLiteral("regions"), root.value(QLatin1String("regions")));
        SandboxState state;
        if (QString error = state.loadFixture(account); !error.isEmpty())
            return QStringLiteral("account \"%1\": %2").arg(text(account, "id"), error);
        if (state.accountId.isEmpty() ||
            std::any_of(loaded.cbegin(), loaded.cend(),
                        [&state](const SandboxState &other) { return other.accountId == state.accountId; }))
            return QStringLiteral("every account needs an id of its own");
        for (const AccessKey &key : std::as_const(state.keys)) {
            if (keyIds.contains(key.id))
                return QStringLiteral("access key %1 belongs to two accounts").arg(key.id);
            keyIds.insert(key.id);
        }
        loaded.append(state);
    }
    accounts = loaded;
    return {};
}

QString SandboxState::loadFixture(const QJsonObject &root)
{
    SandboxState loaded;
    loaded.accountId = text(root, "id", QStringLiteral("sandbox"));
    loaded.accountName = text(root, "name", loaded.accountId);
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
        AccessKey key{text(object, "id"),
                      text(object, "secret"),
                      text(object, "permission", QStringLiteral("full")) == QLatin1String("none")
                          ? Permission::None
                          : Permission::Full,
                      text(object, "securityToken"),
                      QDateTime::fromString(text(object, "tokenExpires"), Qt::ISODate),
                      textList(object, "deniedRegions")};
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
        for (const QJsonValue &disk : object.value(QLatin1String("disks")).toArray()) {
            const QJsonObject fields = disk.toObject();
            Disk added;
            added.id = text(fields, "id",
                            QStringLiteral("d-%1-%2").arg(instance.id.mid(2)).arg(instance.disks.size()));
            added.sizeGiB = fields.value(QLatin1String("size")).toInt(added.sizeGiB);
            added.category = text(fields, "category", added.category);
            added.type = text(fields, "type", instance.disks.isEmpty() ? added.type : QStringLiteral("data"));
            instance.disks.append(added);
        }
        if (instance.id.isEmpty())
            return QStringLiteral("an instance has no id");
        if (!loaded.region(instance.regionId))
            return QStringLiteral("instance %1 is in unknown region %2").arg(instance.id, instance.regionId);
        instance.addSystemDiskIfNone();
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
            vpc.vswitches.append({text(fields, "id"), text(fields, "cidr"), text(fields, "zone"),
                                  fields.value(QLatin1String("usedAddresses")).toInt()});
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
        group.type = text(object, "type", group.type);
        group.description = text(object, "description");
        if (group.id.isEmpty() || !loaded.region(group.regionId) ||
            (!group.vpcId.isEmpty() && !loaded.vpc(group.vpcId)))
            return QStringLiteral("security group \"%1\" needs an id, a known region and a known VPC or none")
                .arg(group.id);
        for (const QJsonValue &rule : object.value(QLatin1String("rules")).toArray()) {
            const QJsonObject fields = rule.toObject();
            SecurityRule added;
            added.direction = text(fields, "direction", added.direction);
            added.ipProtocol = text(fields, "protocol", added.ipProtocol);
            added.portRange = text(fields, "ports", added.portRange);
            added.sourceGroupId = text(fields, "sourceGroup");
            added.sourceCidrIp = text(fields, "sourceCidr");
            added.destGroupId = text(fields, "destGroup");
            added.destCidrIp = text(fields, "destCidr");
            added.peerOwnerAccount = text(fields, "groupOwnerAccount");
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
            loaded.securityGroups.append({fallback,
                                          QStringLiteral("default"),
                                          instance.regionId,
                                          {},
                                          {},
                                          QStringLiteral("normal"),
                                          {}});
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
    return direction == other.direction && ipProtocol.compare(other.ipProtocol, Qt::CaseInsensitive) == 0 &&
           portRange == other.portRange && sourceGroupId == other.sourceGroupId &&
           sourceCidrIp == other.sourceCidrIp && destGroupId == other.destGroupId &&
           destCidrIp == other.destCidrIp && peerOwnerAccount == other.peerOwnerAccount &&
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
        if (!ok || value < 0 || value > 10'000'000 ||
            ((name == QLatin1String("regions") || name == QLatin1String("listed")) && value > maxRegions()) ||
            (name == QLatin1String("accounts") && (value < 1 || value > 100))) {
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
        else if (name == QLatin1String("regions"))
            spec.regions = int(value);
        else if (name == QLatin1String("listed"))
            spec.listedRegions = int(value);
        else if (name == QLatin1String("accounts"))
            spec.accounts = int(value);
        else {
            if (error)
                *error = QStringLiteral("unknown key \"%1\" (instances, vpcs, links, seed, regions, listed, "
                                        "accounts)")
                             .arg(name);
            return false;
        }
    }
    return true;
}

namespace {

// Regions a generated sandbox can list besides the default fixture's, with their console names.
struct ExtraRegion
{
    const char *id;
    const char *zh;
    const char *en;
};
constexpr ExtraRegion kExtraRegions[] = {
    {"cn-qingdao", "华北1（青岛）", "China (Qingdao)"},
    {"cn-huhehaote", "华北5（呼和浩特）", "China (Hohhot)"},
    {"cn-wulanchabu", "华北6（乌兰察布）", "China (Ulanqab)"},
    {"cn-shenzhen", "华南1（深圳）", "China (Shenzhen)"},
    {"cn-heyuan", "华南2（河源）", "China (Heyuan)"},
    {"cn-guangzhou", "华南3（广州）", "China (Guangzhou)"},
    {"cn-chengdu", "西南1（成都）", "China (Chengdu)"},
    {"cn-hongkong", "中国香港", "China (Hong Kong)"},
    {"cn-nanjing", "华东5（南京-本地地域）", "China (Nanjing - Local Region)"},
    {"cn-fuzhou", "华东6（福州-本地地域）", "China (Fuzhou - Local Region)"},
    {"ap-northeast-1", "日本（东京）", "Japan (Tokyo)"},
    {"ap-northeast-2", "韩国（首尔）", "South Korea (Seoul)"},
    {"ap-southeast-2", "澳大利亚（悉尼）", "Australia (Sydney)"},
    {"ap-southeast-3", "马来西亚（吉隆坡）", "Malaysia (Kuala Lumpur)"},
    {"ap-southeast-5", "印度尼西亚（雅加达）", "Indonesia (Jakarta)"},
    {"ap-southeast-6", "菲律宾（马尼拉）", "Philippines (Manila)"},
    {"ap-southeast-7", "泰国（曼谷）", "Thailand (Bangkok)"},
    {"ap-south-1", "印度（孟买）", "India (Mumbai)"},
    {"us-east-1", "美国（弗吉尼亚）", "US (Virginia)"},
    {"us-west-1", "美国（硅谷）", "US (Silicon Valley)"},
    {"eu-west-1", "英国（伦敦）", "UK (London)"},
    {"eu-central-1", "德国（法兰克福）", "Germany (Frankfurt)"},
    {"me-east-1", "阿联酋（迪拜）", "UAE (Dubai)"},
    {"me-central-1", "沙特（利雅得）", "Saudi Arabia (Riyadh)"},
};

QString numbered(const char *prefix, int n, int width)
{
    return QLatin1String(prefix) + QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
}

} // namespace

int SandboxState::maxRegions()
{
    SandboxState base;
    base.loadFixture(defaultFixture());
    return int(base.regions.size() + std::size(kExtraRegions));
}

QList<SandboxState> SandboxState::generate(const GenerateSpec &spec)
{
    // The default fixture's regions and keys for the first account; a key of its own for each other one.
    SandboxState base;
    base.loadFixture(defaultFixture());
    base.instances.clear();
    base.vpcs.clear();
    base.securityGroups.clear();
    base.links.clear();
    const int listed = std::max({spec.listedRegions, spec.regions, int(base.regions.size())});
    for (const ExtraRegion &extra : kExtraRegions) {
        if (base.regions.size() >= listed)
            break;
        const QString id = QString::fromLatin1(extra.id);
        base.regions.append({id, QString::fromUtf8(extra.zh), QString::fromUtf8(extra.en),
                             QStringLiteral("ecs.%1.aliyuncs.com").arg(id), true});
    }
    const int regionCount = std::clamp(spec.regions, 1, int(base.regions.size()));
    const int accountCount = std::max(1, spec.accounts);
    QList<SandboxState> accounts(accountCount, base);
    for (int a = 1; a < accountCount; ++a) {
        SandboxState &account = accounts[a];
        account.accountId = QStringLiteral("generated-%1").arg(a + 1);
        account.accountName = account.accountId;
        const QString keyId = QStringLiteral("sandbox-admin-%1").arg(a + 1);
        AccessKey key;
        key.id = keyId;
        key.secret = keyId + QStringLiteral("-secret");
        account.keys = {key};
    }
    // Where the n-th instance or VPC lives: accounts take turns, then regions.
    const auto placeOf = [&](int n) {
        return std::pair{n % accountCount, (n / accountCount) % regionCount};
    };
    // `classicGroups` classic groups in every region of every account; the first region keeps the old names.
    const int groupCount = std::max(1, spec.classicGroups);
    const auto classicGroup = [](int account, int region, int g) {
        return account == 0 && region == 0
                   ? numbered("sg-gen-classic", g, 1)
                   : QStringLiteral("sg-gen-a%1-r%2-classic%3").arg(account).arg(region).arg(g);
    };
    for (int a = 0; a < accountCount; ++a) {
        for (int r = 0; r < regionCount; ++r) {
            for (int g = 0; g < groupCount; ++g)
                accounts[a].securityGroups.append({classicGroup(a, r, g),
                                                   QStringLiteral("classic-%1").arg(g),
                                                   base.regions.at(r).id,
                                                   {},
                                                   {},
                                                   QStringLiteral("normal"),
                                                   {}});
        }
    }
    QRandomGenerator random(spec.seed);
    static const QStringList statuses{QStringLiteral("Running"), QStringLiteral("Running"),
                                      QStringLiteral("Running"), QStringLiteral("Stopped")};
    for (int i = 0; i < spec.instances; ++i) {
        const auto [a, r] = placeOf(i);
        const QString regionId = base.regions.at(r).id;
        Instance instance;
        instance.id = numbered("i-gen", i, 6);
        instance.name = QStringLiteral("node-%1").arg(i);
        instance.securityGroupIds = {classicGroup(a, r, i % groupCount)};
        instance.regionId = regionId;
        instance.zoneId = regionId + (i % 2 ? QStringLiteral("-b") : QStringLiteral("-g"));
        instance.status = statuses.at(int(random.bounded(statuses.size())));
        instance.privateIp =
            QStringLiteral("10.%1.%2.%3").arg(1 + i / 65536).arg((i / 256) % 256).arg(i % 256);
        instance.addSystemDiskIfNone();
        accounts[a].instances.append(instance);
    }
    for (int v = 0; v < spec.vpcs; ++v) {
        const auto [a, r] = placeOf(v);
        Vpc vpc;
        vpc.id = numbered("vpc-gen", v, 5);
        vpc.name = QStringLiteral("network-%1").arg(v);
        vpc.regionId = base.regions.at(r).id;
        vpc.cidrBlock = QStringLiteral("172.%1.0.0/16").arg(16 + v % 16);
        vpc.classicLinkEnabled = v % 2 == 0;
        vpc.addDefaultVSwitch();
        accounts[a].vpcs.append(vpc);
        accounts[a].securityGroups.append({QStringLiteral("sg-") + vpc.id.mid(4),
                                           vpc.name,
                                           vpc.regionId,
                                           vpc.id,
                                           {},
                                           QStringLiteral("normal"),
                                           {}});
    }
    // The first `links` instances linked, each to a ClassicLink VPC of its own account and region.
    for (SandboxState &account : accounts) {
        account.reindex();
        QHash<QString, QStringList> enabled; // region -> ClassicLink VPCs
        for (const Vpc &vpc : std::as_const(account.vpcs)) {
            if (vpc.classicLinkEnabled)
                enabled[vpc.regionId].append(vpc.id);
        }
        for (const Instance &instance : std::as_const(account.instances)) {
            const int n = instance.id.mid(5).toInt();
            const QStringList &choices = enabled.value(instance.regionId);
            if (n < spec.links && !choices.isEmpty())
                account.links.insert(instance.id,
                                     choices.at(n / (accountCount * regionCount) % choices.size()));
        }
    }
    return accounts;
}

void Vpc::addDefaultVSwitch()
{
    const auto [network, prefix] = QHostAddress::parseSubnet(cidrBlock);
    const QString cidr = QStringLiteral("%1/%2").arg(network.toString()).arg(std::max(prefix, 24));
    vswitches.append({QStringLiteral("vsw-") + id.mid(4), cidr, regionId + QStringLiteral("-b"), 0});
}

void Instance::addSystemDiskIfNone()
{
    if (disks.isEmpty())
        disks.append({QStringLiteral("d-") + id.mid(2), 40, QStringLiteral("cloud_efficiency"),
                      QStringLiteral("system")});
}

int VSwitch::availableAddresses() const
{
    const int prefix = QHostAddress::parseSubnet(cidrBlock).second;
    if (prefix < 0)
        return 0;
    const qint64 size = qint64(1) << (32 - prefix);
    return int(std::clamp<qint64>(size - 4 - usedAddresses, 0, std::numeric_limits<int>::max()));
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
