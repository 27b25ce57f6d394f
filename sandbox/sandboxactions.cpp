#include "sandboxactions.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstring>
#include <optional>

namespace clm::sandbox {

namespace {

const QString kEcs = QLatin1String(kEcsVersion);
const QString kVpc = QLatin1String(kVpcVersion);

QString param(const ActionCall &call, const char *name)
{
    return call.params.value(QLatin1String(name));
}

ActionReply invalid(const char *name)
{
    return ActionReply::error(
        400, QStringLiteral("InvalidParameter"),
        QStringLiteral("The specified parameter \"%1\" is not valid.").arg(QLatin1String(name)));
}

ActionReply forbiddenRam()
{
    return ActionReply::error(
        403, QStringLiteral("Forbidden.RAM"),
        QStringLiteral("User not authorized to operate on the specified resource, or this API "
                       "doesn't support RAM."));
}

ActionReply forbiddenSubUser()
{
    return ActionReply::error(403, QStringLiteral("Forbidden.SubUser"),
                              QStringLiteral("User not authorized to operate on the specified resource."));
}

ActionReply instanceNotFound()
{
    return ActionReply::error(404, QStringLiteral("InvalidInstanceId.NotFound"),
                              QStringLiteral("The specified instance does not exist."));
}

ActionReply vpcNotFound()
{
    return ActionReply::error(404, QStringLiteral("InvalidVpcId.NotFound"),
                              QStringLiteral("Specified VPC does not exist."));
}

QJsonObject wrap(const char *inner, const QJsonArray &items)
{
    return QJsonObject{{QLatin1String(inner), items}};
}

struct Page
{
    qsizetype from = 0;
    qsizetype to = 0;
    int pageNumber = 1;
    int pageSize = 10;
    bool byToken = false;
};

// PageNumber/PageSize, or NextToken/MaxResults where allowed. Returns an error reply when invalid.
std::optional<ActionReply> readPage(const ActionCall &call, qsizetype total, int maxSize, bool allowNextToken,
                                    Page &page)
{
    auto readInt = [&call](const char *name, int fallback, bool &ok) {
        const QString text = param(call, name);
        if (text.isEmpty()) {
            ok = true;
            return fallback;
        }
        return text.toInt(&ok);
    };
    bool ok = true;
    const QString token = param(call, "NextToken");
    if (allowNextToken && (!token.isEmpty() || call.params.contains(QStringLiteral("MaxResults")))) {
        page.byToken = true;
        page.pageSize = readInt("MaxResults", 10, ok);
        if (!ok || page.pageSize < 1 || page.pageSize > maxSize)
            return invalid("MaxResults");
        qsizetype offset = 0;
        if (!token.isEmpty()) {
            const QByteArray decoded = QByteArray::fromBase64(token.toLatin1());
            offset = decoded.startsWith("offset:") ? decoded.mid(7).toLongLong(&ok) : -1;
            if (!ok || offset < 0 || offset > total)
                return invalid("NextToken");
        }
        page.from = offset;
    } else {
        page.pageNumber = readInt("PageNumber", 1, ok);
        if (!ok || page.pageNumber < 1)
            return invalid("PageNumber");
        page.pageSize = readInt("PageSize", 10, ok);
        if (!ok || page.pageSize < 1 || page.pageSize > maxSize)
            return invalid("PageSize");
        page.from = std::min<qsizetype>(total, qsizetype(page.pageNumber - 1) * page.pageSize);
    }
    page.to = std::min<qsizetype>(total, page.from + page.pageSize);
    return std::nullopt;
}

void addPaging(QJsonObject &body, const Page &page, qsizetype total)
{
    body.insert(QStringLiteral("TotalCount"), total);
    if (page.byToken) {
        body.insert(QStringLiteral("NextToken"),
                    page.to < total
                        ? QString::fromLatin1(QByteArray("offset:" + QByteArray::number(page.to)).toBase64())
                        : QString());
        body.insert(QStringLiteral("PageSize"), page.pageSize); // the answer has no MaxResults
    } else {
        body.insert(QStringLiteral("PageNumber"), page.pageNumber);
        body.insert(QStringLiteral("PageSize"), page.pageSize);
    }
}

QStringList jsonStringArray(const QString &text, bool &ok)
{
    QStringList out;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    ok = document.isArray();
    for (const QJsonValue &value : document.array())
        out.append(value.toString());
    return out;
}

// One page of `matches` as the cloud wraps it: {outer: {inner: [...]}, TotalCount, paging fields}.
template<typename T, typename ToJson>
ActionReply pagedList(const ActionCall &call, const QList<const T *> &matches, int maxPageSize,
                      bool allowNextToken, const char *outer, const char *inner, ToJson toJson)
{
    Page page;
    if (auto bad = readPage(call, matches.size(), maxPageSize, allowNextToken, page))
        return *bad;
    QJsonArray items;
    for (qsizetype i = page.from; i < page.to; ++i)
        items.append(toJson(*matches.at(i)));
    QJsonObject body{{QLatin1String(outer), wrap(inner, items)}};
    addPaging(body, page, matches.size());
    return ActionReply{200, body, {}, {}};
}

QJsonObject instanceJson(const Instance &instance)
{
    const bool classic = instance.networkType == QLatin1String("classic");
    QJsonArray locks;
    for (const QString &lock : instance.locks)
        locks.append(QJsonObject{{QStringLiteral("LockReason"), lock}});
    const QJsonArray ip{instance.privateIp};
    return QJsonObject{
        {QStringLiteral("InstanceId"), instance.id},
        {QStringLiteral("InstanceName"), instance.name},
        {QStringLiteral("RegionId"), instance.regionId},
        {QStringLiteral("ZoneId"), instance.zoneId},
        {QStringLiteral("Status"), instance.status},
        {QStringLiteral("InstanceNetworkType"), instance.networkType},
        {QStringLiteral("InstanceType"), instance.instanceType},
        {QStringLiteral("InstanceChargeType"), QStringLiteral("PostPaid")},
        {QStringLiteral("CreationTime"), QStringLiteral("2015-08-01T08:00Z")},
        {QStringLiteral("InnerIpAddress"), wrap("IpAddress", classic ? ip : QJsonArray{})},
        {QStringLiteral("PublicIpAddress"), wrap("IpAddress", QJsonArray{})},
        {QStringLiteral("SecurityGroupIds"),
         wrap("SecurityGroupId", QJsonArray::fromStringList(instance.securityGroupIds))},
        {QStringLiteral("VpcAttributes"),
         QJsonObject{{QStringLiteral("VpcId"), classic ? QString() : QStringLiteral("vpc-classiclink01")},
                     {QStringLiteral("VSwitchId"), QString()},
                     {QStringLiteral("NatIpAddress"), QString()},
                     {QStringLiteral("PrivateIpAddress"), wrap("IpAddress", classic ? QJsonArray{} : ip)}}},
        {QStringLiteral("OperationLocks"), wrap("LockReason", locks)},
    };
}

QJsonArray vswitchIds(const Vpc &vpc)
{
    QJsonArray ids;
    for (const VSwitch &vswitch : vpc.vswitches)
        ids.append(vswitch.id);
    return ids;
}

QString routeTableOf(const Vpc &vpc)
{
    return QStringLiteral("vtb-") + vpc.id.mid(4);
}

bool inside(const QString &inner, const QString &outer)
{
    const auto [address, prefix] = QHostAddress::parseSubnet(inner);
    const auto block = QHostAddress::parseSubnet(outer);
    return prefix >= block.second && address.isInSubnet(block);
}

QJsonObject vpcJson(const Vpc &vpc)
{
    return QJsonObject{
        {QStringLiteral("VpcId"), vpc.id},
        {QStringLiteral("VpcName"), vpc.name},
        {QStringLiteral("RegionId"), vpc.regionId},
        {QStringLiteral("CidrBlock"), vpc.cidrBlock},
        {QStringLiteral("Status"), QStringLiteral("Available")},
        {QStringLiteral("IsDefault"), vpc.isDefault},
        {QStringLiteral("VRouterId"), QString(QStringLiteral("vrt-") + vpc.id.mid(4))},
        {QStringLiteral("Description"), QString()},
        {QStringLiteral("CreationTime"), QStringLiteral("2016-03-01T08:00:00Z")},
        {QStringLiteral("VSwitchIds"), wrap("VSwitchId", vswitchIds(vpc))},
        {QStringLiteral("UserCidrs"), wrap("UserCidr", QJsonArray{})},
    };
}

bool isStableStatus(const QString &status)
{
    return status == QLatin1String("Running") || status == QLatin1String("Stopped");
}

} // namespace

bool SandboxActions::isKnownVersion(const QString &version)
{
    return version == kEcs || version == kVpc;
}

const QList<SandboxActions::Action> &SandboxActions::table()
{
    using A = SandboxActions;
    static const QList<Action> kActions{
        {"DescribeRegions", true, false, false,
         [](A &a, const ActionCall &c) {
             return a.describeRegions(c);
         }},
        {"DescribeZones", true, false, false,
         [](A &a, const ActionCall &c) {
             return a.describeZones(c);
         }},
        {"DescribeInstances", true, false, false,
         [](A &a, const ActionCall &c) {
             return a.describeInstances(c);
         }},
        {"DescribeVpcs", true, true, false,
         [](A &a, const ActionCall &c) {
             return a.describeVpcs(c);
         }},
        {"DescribeVpcAttribute", false, true, false,
         [](A &a, const ActionCall &c) {
             return a.describeVpcAttribute(c);
         }},
        {"DescribeSecurityGroups", true, false, false,
         [](A &a, const ActionCall &c) {
             return a.describeSecurityGroups(c);
         }},
        {"DescribeSecurityGroupAttribute", true, false, false,
         [](A &a, const ActionCall &c) {
             return a.describeSecurityGroupAttribute(c);
         }},
        {"AuthorizeSecurityGroup", true, false, true,
         [](A &a, const ActionCall &c) {
             return a.changeSecurityRules(c, true);
         }},
        {"RevokeSecurityGroup", true, false, true,
         [](A &a, const ActionCall &c) {
             return a.changeSecurityRules(c, false);
         }},
        {"AuthorizeSecurityGroupEgress", true, false, true,
         [](A &a, const ActionCall &c) {
             return a.changeSecurityRules(c, true);
         }},
        {"CreateSecurityGroup", true, false, true,
         [](A &a, const ActionCall &c) {
             return a.createSecurityGroup(c);
         }},
        {"DescribeDisks", true, false, false,
         [](A &a, const ActionCall &c) {
             return a.describeDisks(c);
         }},
        {"DescribeVSwitches", false, true, false,
         [](A &a, const ActionCall &c) {
             return a.describeVSwitches(c);
         }},
        {"CreateVSwitch", false, true, true,
         [](A &a, const ActionCall &c) {
             return a.createVSwitch(c);
         }},
        {"DescribeRouteTableList", false, true, false,
         [](A &a, const ActionCall &c) {
             return a.describeRouteTableList(c);
         }},
        {"DescribeRouteEntryList", false, true, false,
         [](A &a, const ActionCall &c) {
             return a.describeRouteEntryList(c);
         }},
        {"DescribeClassicLinkInstances", true, false, false,
         [](A &a, const ActionCall &c) {
             return a.describeClassicLinkInstances(c);
         }},
        {"AttachClassicLinkVpc", true, false, true,
         [](A &a, const ActionCall &c) {
             return a.attach(c);
         }},
        {"DetachClassicLinkVpc", true, false, true,
         [](A &a, const ActionCall &c) {
             return a.detach(c);
         }},
        {"EnableVpcClassicLink", false, true, true,
         [](A &a, const ActionCall &c) {
             return a.switchClassicLink(c, true);
         }},
        {"DisableVpcClassicLink", false, true, true,
         [](A &a, const ActionCall &c) {
             return a.switchClassicLink(c, false);
         }},
    };
    return kActions;
}

const SandboxActions::Action *SandboxActions::find(const QString &name)
{
    for (const Action &action : table()) {
        if (name == QLatin1String(action.name))
            return &action;
    }
    return nullptr;
}

QStringList SandboxActions::served()
{
    QStringList lines;
    for (const Action &action : table()) {
        if (action.ecs)
            lines.append(QLatin1String(action.name) + QLatin1String(" ecs"));
        if (action.vpc)
            lines.append(QLatin1String(action.name) + QLatin1String(" vpc"));
    }
    return lines;
}

bool SandboxActions::isKnownAction(const QString &version, const QString &action)
{
    const Action *known = find(action);
    return known && ((version == kEcs && known->ecs) || (version == kVpc && known->vpc));
}

bool SandboxActions::isWrite(const QString &action)
{
    const Action *known = find(action);
    return known && known->write;
}

ActionReply SandboxActions::handle(const ActionCall &incoming)
{
    const Action *action = find(incoming.action);
    if (!action)
        return ActionReply::error(
            404, QStringLiteral("InvalidAction.NotFound"),
            QStringLiteral("Specified api is not found, please check your url and method."));
    // A key whose RAM policy leaves this region out acts there as a key without permission.
    AccessKey regional = *incoming.key;
    regional.permission = incoming.key->permissionIn(param(incoming, "RegionId"));
    ActionCall call = incoming;
    call.key = &regional;
    return action->answer(*this, call);
}

std::optional<ActionReply> SandboxActions::replayed(const ActionCall &call) const
{
    const QString token = param(call, "ClientToken");
    if (token.size() > 64)
        return invalid("ClientToken");
    if (token.isEmpty() || !m_clientTokens.contains(call.action + u' ' + token))
        return std::nullopt;
    return m_clientTokens.value(call.action + u' ' + token);
}

void SandboxActions::remember(const ActionCall &call, const ActionReply &reply)
{
    if (const QString token = param(call, "ClientToken"); !token.isEmpty())
        m_clientTokens.insert(call.action + u' ' + token, reply);
}

ActionReply SandboxActions::checkRegion(const ActionCall &call) const
{
    static const QRegularExpression wellFormed(QStringLiteral("^[a-z]{2}(-[a-z0-9]+)+$"));
    const QString regionId = param(call, "RegionId");
    if (regionId.isEmpty())
        return ActionReply::missingParameter("RegionId");
    if (!wellFormed.match(regionId).hasMatch())
        return ActionReply::error(403, QStringLiteral("InvalidRegionId.Malformed"),
                                  QStringLiteral("The specified parameter ?RegionId? is not valid."));
    if (!m_state.region(regionId))
        return ActionReply::error(404, QStringLiteral("InvalidRegionId.NotFound"),
                                  QStringLiteral("The specified RegionId does not exist."));
    return {};
}

ActionReply SandboxActions::describeRegions(const ActionCall &call)
{
    const QString language = param(call, "AcceptLanguage");
    static const QStringList languages{QString(), QStringLiteral("zh-CN"), QStringLiteral("en-US"),
                                       QStringLiteral("ja")};
    if (!languages.contains(language))
        return ActionReply::error(404, QStringLiteral("InvalidAcceptLanguage.NotFound"),
                                  QStringLiteral("The specified AcceptLanguage is not found."));
    const bool chinese = language.isEmpty() || language == QLatin1String("zh-CN");
    QJsonArray regions;
    for (const Region &region : std::as_const(m_state.regions)) {
        regions.append(
            QJsonObject{{QStringLiteral("RegionId"), region.id},
                        {QStringLiteral("LocalName"), chinese ? region.localNameZh : region.localNameEn},
                        {QStringLiteral("RegionEndpoint"), region.endpoint},
                        {QStringLiteral("Status"), QStringLiteral("available")}});
    }
    return ActionReply{200, {{QStringLiteral("Regions"), wrap("Region", regions)}}, {}, {}};
}

QStringList SandboxActions::zonesOf(const QString &regionId) const
{
    // The zones the account's instances and vSwitches use in the region, and zone b in any case; not the
    // retired ones.
    QStringList ids{regionId + QStringLiteral("-b")};
    for (const Instance &instance : std::as_const(m_state.instances)) {
        if (instance.regionId == regionId)
            ids.append(instance.zoneId);
    }
    for (const Vpc &vpc : std::as_const(m_state.vpcs)) {
        for (const VSwitch &vswitch : vpc.vswitches) {
            if (vpc.regionId == regionId && !vswitch.zoneId.isEmpty())
                ids.append(vswitch.zoneId);
        }
    }
    ids.sort();
    ids.removeDuplicates();
    for (const QString &retired : std::as_const(m_state.retiredZones))
        ids.removeAll(retired);
    return ids;
}

ActionReply SandboxActions::describeZones(const ActionCall &call)
{
    if (ActionReply bad = checkRegion(call); bad.isError())
        return bad;
    QJsonArray zones;
    for (const QString &id : zonesOf(param(call, "RegionId")))
        zones.append(QJsonObject{{QStringLiteral("ZoneId"), id},
                                 {QStringLiteral("LocalName"), id},
                                 {QStringLiteral("ZoneType"), QStringLiteral("AvailabilityZone")}});
    return ActionReply{200, {{QStringLiteral("Zones"), wrap("Zone", zones)}}, {}, {}};
}

ActionReply SandboxActions::describeInstances(const ActionCall &call)
{
    const QString regionId = param(call, "RegionId"); // read once, not once per listed resource
    if (ActionReply bad = checkRegion(call); bad.isError())
        return bad;
    bool ok = true;
    QStringList ids;
    if (const QString text = param(call, "InstanceIds"); !text.isEmpty()) {
        ids = jsonStringArray(text, ok);
        if (!ok || ids.size() > 100)
            return invalid("InstanceIds");
    }
    QStringList ips;
    if (const QString text = param(call, "InnerIpAddresses"); !text.isEmpty()) {
        ips = jsonStringArray(text, ok);
        if (!ok)
            return invalid("InnerIpAddresses");
    }
    const QString networkType = param(call, "InstanceNetworkType");
    if (!networkType.isEmpty() && networkType != QLatin1String("classic") &&
        networkType != QLatin1String("vpc"))
        return invalid("InstanceNetworkType");
    // DryRun checks the request and the permission, and lists nothing.
    if (param(call, "DryRun") == QLatin1String("true")) {
        if (call.key->permission != Permission::Full)
            return forbiddenRam();
        return ActionReply::error(400, QStringLiteral("DryRunOperation"),
                                  QStringLiteral("Request validation has been passed with DryRun flag set."));
    }
    const QString status = param(call, "Status");
    const QString zone = param(call, "ZoneId");
    const QString name = param(call, "InstanceName");
    const QRegularExpression namePattern(QRegularExpression::wildcardToRegularExpression(name));

    QList<const Instance *> matches;
    // A RAM user without permission sees an empty list, not an error.
    if (call.key->permission == Permission::Full) {
        // Every page of a listing filters the whole fleet again, so the fields are compared as bytes: with
        // QString's == (a three-way comparison in Qt 6.4) this loop took a fifth of the sandbox's time.
        const auto differs = [](const QString &a, const QString &b) {
            return a.size() != b.size() ||
                   std::memcmp(a.constData(), b.constData(), a.size() * sizeof(QChar));
        };
        for (const Instance &instance : std::as_const(m_state.instances)) {
            if ((!zone.isEmpty() && differs(instance.zoneId, zone)) || differs(instance.regionId, regionId) ||
                (!networkType.isEmpty() && differs(instance.networkType, networkType)) ||
                (!status.isEmpty() && differs(instance.status, status)) ||
                (!ids.isEmpty() && !ids.contains(instance.id)) ||
                (!ips.isEmpty() && !ips.contains(instance.privateIp)) ||
                (!name.isEmpty() && !namePattern.match(instance.name).hasMatch()))
                continue;
            matches.append(&instance);
        }
    }
    return pagedList(call, matches, 100, true, "Instances", "Instance", instanceJson);
}

ActionReply SandboxActions::describeVpcs(const ActionCall &call)
{
    const QString regionId = param(call, "RegionId"); // read once, not once per listed resource
    if (ActionReply bad = checkRegion(call); bad.isError())
        return bad;
    if (call.key->permission != Permission::Full)
        return forbiddenRam();
    const QStringList ids = param(call, "VpcId").split(u',', Qt::SkipEmptyParts);
    if (ids.size() > 20)
        return invalid("VpcId");
    const QString isDefault = param(call, "IsDefault");
    QList<const Vpc *> matches;
    for (const Vpc &vpc : std::as_const(m_state.vpcs)) {
        if (vpc.regionId != regionId || (!ids.isEmpty() && !ids.contains(vpc.id)) ||
            (!isDefault.isEmpty() && vpc.isDefault != (isDefault == QLatin1String("true"))))
            continue;
        matches.append(&vpc);
    }
    return pagedList(call, matches, 50, false, "Vpcs", "Vpc", vpcJson);
}

ActionReply SandboxActions::describeVpcAttribute(const ActionCall &call)
{
    if (ActionReply bad = checkRegion(call); bad.isError())
        return bad;
    if (param(call, "VpcId").isEmpty())
        return ActionReply::missingParameter("VpcId");
    if (call.key->permission != Permission::Full)
        return forbiddenRam();
    const Vpc *vpc = m_state.vpc(param(call, "VpcId"));
    if (!vpc || vpc->regionId != param(call, "RegionId"))
        return vpcNotFound();
    QJsonObject body = vpcJson(*vpc);
    body.insert(QStringLiteral("ClassicLinkEnabled"), vpc->classicLinkEnabled);
    body.insert(QStringLiteral("CloudResources"), wrap("CloudResourceSetType", QJsonArray{}));
    return ActionReply{200, body, {}, {}};
}

ActionReply SandboxActions::describeVSwitches(const ActionCall &call)
{
    const QString regionId = param(call, "RegionId"); // read once, not once per listed resource
    if (ActionReply bad = checkRegion(call); bad.isError())
        return bad;
    if (call.key->permission != Permission::Full)
        return forbiddenRam();
    const QString vpcId = param(call, "VpcId");
    const QString zoneId = param(call, "ZoneId");
    QList<const VSwitch *> matches;
    QHash<const VSwitch *, QString> owner;
    for (const Vpc &vpc : std::as_const(m_state.vpcs)) {
        if (vpc.regionId != regionId || (!vpcId.isEmpty() && vpc.id != vpcId))
            continue;
        for (const VSwitch &vswitch : vpc.vswitches) {
            if (!zoneId.isEmpty() && vswitch.zoneId != zoneId)
                continue;
            matches.append(&vswitch);
            owner.insert(&vswitch, vpc.id);
        }
    }
    return pagedList(call, matches, 50, false, "VSwitches", "VSwitch", [&owner](const VSwitch &vswitch) {
        return QJsonObject{{QStringLiteral("VSwitchId"), vswitch.id},
                           {QStringLiteral("VpcId"), owner.value(&vswitch)},
                           {QStringLiteral("CidrBlock"), vswitch.cidrBlock},
                           {QStringLiteral("ZoneId"), vswitch.zoneId},
                           {QStringLiteral("AvailableIpAddressCount"), vswitch.availableAddresses()},
                           {QStringLiteral("Status"), QStringLiteral("Available")}};
    });
}

ActionReply SandboxActions::describeSecurityGroups(const ActionCall &call)
{
    const QString regionId = param(call, "RegionId"); // read once, not once per listed resource
    if (ActionReply bad = checkRegion(call); bad.isError())
        return bad;
    if (call.key->permission != Permission::Full)
        return forbiddenSubUser();
    const QString vpcId = param(call, "VpcId");
    const QString networkType = param(call, "NetworkType");
    if (!networkType.isEmpty() && networkType != QLatin1String("classic") &&
        networkType != QLatin1String("vpc"))
        return invalid("NetworkType");
    const QStringList ids =
        QJsonDocument::fromJson(param(call, "SecurityGroupIds").toUtf8()).toVariant().toStringList();
    QList<const SecurityGroup *> matches;
    for (const SecurityGroup &group : std::as_const(m_state.securityGroups)) {
        if (group.regionId != regionId || (!vpcId.isEmpty() && group.vpcId != vpcId) ||
            (networkType == QLatin1String("classic") && !group.vpcId.isEmpty()) ||
            (networkType == QLatin1String("vpc") && group.vpcId.isEmpty()) ||
            (!ids.isEmpty() && !ids.contains(group.id)))
            continue;
        matches.append(&group);
    }
    return pagedList(
        call, matches, 50, false, "SecurityGroups", "SecurityGroup", [](const SecurityGroup &group) {
            return QJsonObject{{QStringLiteral("SecurityGroupId"), group.id},
                               {QStringLiteral("SecurityGroupName"), group.name},
                               {QStringLiteral("VpcId"), group.vpcId},
                               {QStringLiteral("SecurityGroupType"), group.type},
                               {QStringLiteral("Description"), group.description},
                               {QStringLiteral("CreationTime"), QStringLiteral("2016-03-01T08:00:00Z")}};
        });
}

ActionReply SandboxActions::describeSecurityGroupAttribute(const ActionCall &call)
{
    if (ActionReply bad = checkRegion(call); bad.isError())
        return bad;
    if (param(call, "SecurityGroupId").isEmpty())
        return ActionReply::missingParameter("SecurityGroupId");
    if (call.key->permission != Permission::Full)
        return forbiddenSubUser();
    const SecurityGroup *group = m_state.securityGroup(param(call, "SecurityGroupId"));
    if (!group || group->regionId != param(call, "RegionId"))
        return ActionReply::error(404, QStringLiteral("InvalidSecurityGroupId.NotFound"),
                                  QStringLiteral("The specified security group does not exist."));
    // Like the cloud: a classic group lists its internet rules unless NicType=intranet is asked for; a
    // VPC group has only intranet rules.
    const QString nicType =
        group->vpcId.isEmpty()
            ? param(call, "NicType").isEmpty() ? QStringLiteral("internet") : param(call, "NicType")
            : QStringLiteral("intranet");
    const QString direction =
        param(call, "Direction").isEmpty() ? QStringLiteral("all") : param(call, "Direction");
    if (direction != QLatin1String("all") && direction != QLatin1String("ingress") &&
        direction != QLatin1String("egress"))
        return invalid("Direction");
    QJsonArray permissions;
    for (const SecurityRule &rule : group->rules) {
        if (rule.nicType != nicType || (direction != QLatin1String("all") && rule.direction != direction))
            continue;
        const bool egress = rule.direction == QLatin1String("egress");
        const QString peerGroup = egress ? rule.destGroupId : rule.sourceGroupId;
        const SecurityGroup *peer =
            rule.peerOwnerAccount.isEmpty() ? m_state.securityGroup(peerGroup) : nullptr;
        QJsonObject permission{{QStringLiteral("Direction"), rule.direction},
                               {QStringLiteral("IpProtocol"), rule.ipProtocol.toUpper()},
                               {QStringLiteral("PortRange"), rule.portRange},
                               {QStringLiteral("SourceGroupId"), rule.sourceGroupId},
                               {QStringLiteral("SourceCidrIp"), rule.sourceCidrIp},
                               {QStringLiteral("DestGroupId"), rule.destGroupId},
                               {QStringLiteral("DestCidrIp"), rule.destCidrIp},
                               {QStringLiteral("Policy"), rule.policy == QLatin1String("drop")
                                                              ? QStringLiteral("Drop")
                                                              : QStringLiteral("Accept")},
                               {QStringLiteral("Priority"), QString::number(rule.priority)},
                               {QStringLiteral("NicType"), rule.nicType},
                               {QStringLiteral("Description"), rule.description}};
        if (!peerGroup.isEmpty()) {
            const QString owner = rule.peerOwnerAccount.isEmpty() ? m_state.accountId : rule.peerOwnerAccount;
            permission.insert(egress ? QStringLiteral("DestGroupOwnerAccount")
                                     : QStringLiteral("SourceGroupOwnerAccount"),
                              owner);
            permission.insert(egress ? QStringLiteral("DestGroupName") : QStringLiteral("SourceGroupName"),
                              peer ? peer->name : QString());
        }
        permissions.append(permission);
    }
    return ActionReply{200,
                       {{QStringLiteral("SecurityGroupId"), group->id},
                        {QStringLiteral("SecurityGroupName"), group->name},
                        {QStringLiteral("RegionId"), group->regionId},
                        {QStringLiteral("VpcId"), group->vpcId},
                        {QStringLiteral("InnerAccessPolicy"), QStringLiteral("Accept")},
                        {QStringLiteral("Permissions"), wrap("Permission", permissions)}},
                       {},
                       {}};
}

ActionReply SandboxActions::parseRule(const ActionCall &call, const QString &prefix,
                                      const SecurityGroup &group, SecurityRule *rule) const
{
    auto named = [&](const char *name) -> QString {
        return prefix + QLatin1String(name);
    };
    auto value = [&](const char *name) {
        return call.params.value(named(name));
    };
    auto malformed = [&](const char *code, const char *name) {
        return ActionReply::error(
            400, QLatin1String(code),
            QStringLiteral("The specified parameter \"%1\" is not valid.").arg(named(name)));
    };
    if (value("IpProtocol").isEmpty())
        return ActionReply::missingParameter(named("IpProtocol"));
    if (value("PortRange").isEmpty())
        return ActionReply::missingParameter(named("PortRange"));
    rule->ipProtocol = value("IpProtocol").toLower();
    static const QStringList protocols{QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp"),
                                       QStringLiteral("gre"), QStringLiteral("all")};
    if (!protocols.contains(rule->ipProtocol))
        return malformed("InvalidIpProtocol.Malformed", "IpProtocol");
    rule->portRange = value("PortRange");
    static const QRegularExpression ports(QStringLiteral("^(-1/-1|(\\d{1,5})/(\\d{1,5}))$"));
    const QRegularExpressionMatch range = ports.match(rule->portRange);
    const bool anyPort = rule->portRange == QLatin1String("-1/-1");
    const bool portsFit =
        range.hasMatch() &&
        (rule->ipProtocol == QLatin1String("tcp") || rule->ipProtocol == QLatin1String("udp")
             ? !anyPort && range.captured(2).toInt() >= 1 && range.captured(3).toInt() <= 65535 &&
                   range.captured(2).toInt() <= range.captured(3).toInt()
             : anyPort);
    if (!portsFit)
        return malformed("InvalidPortRange.Malformed", "PortRange");
    const QString priority = value("Priority");
    rule->priority = priority.isEmpty() ? 1 : priority.toInt();
    if (rule->priority < 1 || rule->priority > 100)
        return malformed("InvalidPriority.Malformed", "Priority");
    rule->policy = value("Policy").isEmpty() ? QStringLiteral("accept") : value("Policy").toLower();
    if (rule->policy != QLatin1String("accept") && rule->policy != QLatin1String("drop"))
        return malformed("InvalidParameter", "Policy");
    rule->description = value("Description");
    if (rule->description.size() > 512)
        return malformed("InvalidParameter", "Description");
    // The peer: the source of an inbound rule, the destination of an outbound one.
    const bool egress = call.action == QLatin1String("AuthorizeSecurityGroupEgress");
    rule->direction = egress ? QStringLiteral("egress") : QStringLiteral("ingress");
    const char *groupParam = egress ? "DestGroupId" : "SourceGroupId";
    QString &peerGroup = egress ? rule->destGroupId : rule->sourceGroupId;
    QString &peerCidr = egress ? rule->destCidrIp : rule->sourceCidrIp;
    peerGroup = value(groupParam);
    peerCidr = value(egress ? "DestCidrIp" : "SourceCidrIp");
    rule->peerOwnerAccount = value(egress ? "DestGroupOwnerAccount" : "SourceGroupOwnerAccount");
    if (rule->peerOwnerAccount == m_state.accountId || peerGroup.isEmpty())
        rule->peerOwnerAccount.clear(); // an owner means something only for a group
    rule->nicType = value("NicType").isEmpty() ? QStringLiteral("internet") : value("NicType");
    if (peerGroup.isEmpty() == peerCidr.isEmpty())
        return ActionReply::missingParameter(named(groupParam));
    if (!peerGroup.isEmpty() && rule->nicType != QLatin1String("intranet"))
        return ActionReply::error(
            403,
            egress ? QStringLiteral("InvalidDestGroupId.Mismatch")
                   : QStringLiteral("InvalidSourceGroupId.Mismatch"),
            QStringLiteral("%1 is required or %1 expects intranet.").arg(named("NicType")));
    if (!group.vpcId.isEmpty())
        rule->nicType = QStringLiteral("intranet");                        // a VPC group has no other
    if (!peerGroup.isEmpty() && group.type == QLatin1String("enterprise")) // references no group
        return ActionReply::error(
            400, QStringLiteral("InvalidGroupAuthParameter.OperationDenied"),
            QStringLiteral("The security group can not authorize to enterprise level security group."));
    if (peerGroup.isEmpty() || !rule->peerOwnerAccount.isEmpty())
        return {}; // another account's group is that account's business
    const SecurityGroup *source = m_state.securityGroup(peerGroup);
    if (!source || source->regionId != group.regionId)
        return ActionReply::error(
            404,
            egress ? QStringLiteral("InvalidDestGroupId.NotFound")
                   : QStringLiteral("InvalidSourceGroupId.NotFound"),
            QStringLiteral("The specified %1 security group (%2) does not exist.")
                .arg(egress ? QStringLiteral("destination") : QStringLiteral("source"), named(groupParam)));
    // Across network types only through ClassicLink: the VPC side must have it enabled.
    if (source->vpcId.isEmpty() != group.vpcId.isEmpty()) {
        const Vpc *vpc = m_state.vpc(group.vpcId.isEmpty() ? source->vpcId : group.vpcId);
        if (!vpc || !vpc->classicLinkEnabled)
            return ActionReply::error(
                400, QStringLiteral("InvalidSecurityGroup.InvalidNetworkType"),
                QStringLiteral("The specified security group network type is not support this operation, "
                               "please check the security group network types. For VPC security groups, "
                               "ClassicLink must be enabled. (%1)")
                    .arg(named(groupParam)));
    } else if (source->vpcId != group.vpcId) {
        return ActionReply::error(
            403, QStringLiteral("InvalidNetworkType.Mismatch"),
            QStringLiteral("Specified security group and %1 group (%2) are not in "
                           "the same network.")
                .arg(egress ? QStringLiteral("destination") : QStringLiteral("source"), named(groupParam)));
    }
    return {};
}

ActionReply SandboxActions::changeSecurityRules(const ActionCall &call, bool add)
{
    if (ActionReply bad = checkRegion(call); bad.isError())
        return bad;
    if (param(call, "SecurityGroupId").isEmpty())
        return ActionReply::missingParameter("SecurityGroupId");
    // The rules: Permissions.N (1 to 100), or else one rule in the deprecated top-level parameters.
    static const QRegularExpression item(QStringLiteral("^Permissions\\.(\\d+)\\."));
    QList<int> numbers;
    for (auto it = call.params.cbegin(); it != call.params.cend(); ++it) {
        if (const QRegularExpressionMatch m = item.match(it.key()); m.hasMatch()) {
            const int n = m.captured(1).toInt();
            if (n < 1 || n > kRulesPerCall)
                return invalid("Permissions");
            if (!numbers.contains(n))
                numbers.append(n);
        }
    }
    std::sort(numbers.begin(), numbers.end());
    QStringList prefixes;
    for (int n : std::as_const(numbers))
        prefixes.append(QStringLiteral("Permissions.%1.").arg(n));
    if (prefixes.isEmpty())
        prefixes.append(QString());
    if (std::optional<ActionReply> first = replayed(call))
        return *first;
    if (call.key->permission != Permission::Full)
        return forbiddenSubUser();
    SecurityGroup *group = m_state.securityGroup(param(call, "SecurityGroupId"));
    if (!group || group->regionId != param(call, "RegionId"))
        return ActionReply::error(404, QStringLiteral("InvalidSecurityGroupId.NotFound"),
                                  QStringLiteral("The specified security group does not exist."));
    // Every rule is checked before any is applied: one bad rule and nothing changes.
    QList<SecurityRule> rules;
    for (const QString &prefix : std::as_const(prefixes)) {
        SecurityRule rule;
        if (ActionReply refused = parseRule(call, prefix, *group, &rule); refused.isError())
            return refused;
        rules.append(rule);
    }
    auto position = [group](const SecurityRule &rule) {
        return std::find_if(group->rules.begin(), group->rules.end(),
                            [&rule](const SecurityRule &existing) { return existing.sameAs(rule); });
    };
    ActionReply reply;
    if (add) {
        qsizetype fresh = 0;
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const bool repeated = std::any_of(rules.cbegin(), rules.cbegin() + i,
                                              [&](const SecurityRule &r) { return r.sameAs(rules.at(i)); });
            if (!repeated && position(rules.at(i)) == group->rules.end())
                ++fresh;
        }
        if (group->rules.size() + fresh > SecurityGroup::kRuleLimit)
            reply =
                ActionReply::error(403, QStringLiteral("AuthorizationLimitExceed"),
                                   QStringLiteral("The number of authorization rules exceeds the limit."));
    }
    // The "partial" fault: only the first half is applied (the connection is then dropped).
    const qsizetype applied = call.partial ? rules.size() / 2 : rules.size();
    for (qsizetype i = 0; !reply.isError() && i < applied; ++i) {
        // A rule already there (or, for revoke, already gone) is a success that changes nothing.
        const auto same = position(rules.at(i));
        if (add && same == group->rules.end())
            group->rules.append(rules.at(i));
        else if (!add && same != group->rules.end())
            group->rules.erase(same);
        else
            continue;
        ++m_state.appliedWrites[call.action + u' ' + group->id];
    }
    // A call cut short by the "partial" fault never completed: a repeat with its token is carried out.
    if (!call.partial)
        remember(call, reply);
    return reply;
}

ActionReply SandboxActions::createSecurityGroup(const ActionCall &call)
{
    if (ActionReply bad = checkRegion(call); bad.isError())
        return bad;
    if (std::optional<ActionReply> first = replayed(call))
        return *first;
    if (call.key->permission != Permission::Full)
        return forbiddenSubUser();
    SecurityGroup group;
    group.regionId = param(call, "RegionId");
    group.vpcId = param(call, "VpcId");
    if (!group.vpcId.isEmpty()) {
        const Vpc *vpc = m_state.vpc(group.vpcId);
        if (!vpc || vpc->regionId != group.regionId)
            return vpcNotFound();
    }
    // The documented rules: a name of 2 to 128 characters that starts with a letter or a Chinese character
    // and holds letters, digits, ".", ":", "_" and "-"; a description of 2 to 256; neither a web address.
    static const QRegularExpression nameRule(QStringLiteral("^[\\p{L}][\\p{L}\\p{N}.:_-]{1,127}$"));
    const auto webAddress = [](const QString &text) {
        return text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://"));
    };
    group.name = param(call, "SecurityGroupName");
    if (!group.name.isEmpty() && (!nameRule.match(group.name).hasMatch() || webAddress(group.name)))
        return ActionReply::error(400, QStringLiteral("InvalidSecurityGroupName.Malformed"),
                                  QStringLiteral("The specified parameter SecurityGroupName is not valid."));
    group.description = param(call, "Description");
    if (!group.description.isEmpty() &&
        (group.description.size() < 2 || group.description.size() > 256 || webAddress(group.description)))
        return ActionReply::error(400, QStringLiteral("InvalidDescription.Malformed"),
                                  QStringLiteral("The specified parameter \"Description\" is not valid."));
    group.type = param(call, "SecurityGroupType").isEmpty() ? QStringLiteral("normal")
                                                            : param(call, "SecurityGroupType");
    if (group.type != QLatin1String("normal") && group.type != QLatin1String("enterprise"))
        return ActionReply::error(400, QStringLiteral("InvalidParams.GroupType"),
                                  QStringLiteral("The specified security group type is not valid."));
    if (group.type == QLatin1String("enterprise") && group.vpcId.isEmpty())
        return ActionReply::error(
            400, QStringLiteral("InvalidParams.VpcIdGroupType"),
            QStringLiteral("Only VPC instance supports enterprise level security group."));
    group.id = QStringLiteral("sg-new%1").arg(++m_created, 6, 10, QLatin1Char('0'));
    m_state.securityGroups.append(group);
    ++m_state.appliedWrites[call.action + u' ' + group.id];
    const ActionReply reply{200, {{QStringLiteral("SecurityGroupId"), group.id}}, {}, {}};
    remember(call, reply);
    return reply;
}

namespace {

bool overlaps(const QString &a, const QString &b)
{
    return inside(a, b) || inside(b, a);
}

} // namespace

ActionReply SandboxActions::createVSwitch(const ActionCall &call)
{
    if (ActionReply bad = checkRegion(call); bad.isError())
        return bad;
    for (const char *required : {"VpcId", "ZoneId", "CidrBlock"}) {
        if (param(call, required).isEmpty())
            return ActionReply::missingParameter(required);
    }
    if (std::optional<ActionReply> first = replayed(call))
        return *first;
    if (call.key->permission != Permission::Full)
        return forbiddenRam();
    Vpc *vpc = m_state.vpc(param(call, "VpcId"));
    if (!vpc || vpc->regionId != param(call, "RegionId"))
        return vpcNotFound();
    VSwitch vswitch;
    vswitch.zoneId = param(call, "ZoneId");
    if (!zonesOf(vpc->regionId).contains(vswitch.zoneId))
        return ActionReply::error(400, QStringLiteral("ResourceNotAvailable"),
                                  QStringLiteral("Resource you requested is not available in this region or "
                                                 "zone."));
    // A block of /16 to /29 inside the VPC's own, written as its network address.
    vswitch.cidrBlock = param(call, "CidrBlock");
    const auto [network, prefix] = QHostAddress::parseSubnet(vswitch.cidrBlock);
    if (prefix < 16 || prefix > 29 || network.protocol() != QAbstractSocket::IPv4Protocol ||
        QStringLiteral("%1/%2").arg(network.toString()).arg(prefix) != vswitch.cidrBlock ||
        !inside(vswitch.cidrBlock, vpc->cidrBlock))
        return ActionReply::error(400, QStringLiteral("InvalidParameter"),
                                  QStringLiteral("Specified CIDR block is not valid in VPC."));
    const bool taken =
        std::any_of(vpc->vswitches.cbegin(), vpc->vswitches.cend(),
                    [&](const VSwitch &other) { return overlaps(other.cidrBlock, vswitch.cidrBlock); }) ||
        std::any_of(vpc->customRoutes.cbegin(), vpc->customRoutes.cend(),
                    [&](const QString &route) { return overlaps(route, vswitch.cidrBlock); });
    if (taken)
        return ActionReply::error(400, QStringLiteral("InvalidCidrBlock.Overlapped"),
                                  QStringLiteral("Specified CIDR block overlapped with other subnets."));
    if (vpc->vswitches.size() >= VSwitch::kPerVpc)
        return ActionReply::error(400, QStringLiteral("QuotaExceeded.VSwitch"),
                                  QStringLiteral("Virtual switch quota exceeded."));
    if (param(call, "VSwitchName").size() > 128)
        return ActionReply::error(400, QStringLiteral("InvalidVSwitchName.Malformed"),
                                  QStringLiteral("Specified virtual switch name is not valid."));
    vswitch.id = QStringLiteral("vsw-new%1").arg(++m_created, 6, 10, QLatin1Char('0'));
    vpc->vswitches.append(vswitch);
    ++m_state.appliedWrites[call.action + u' ' + vpc->id];
    const ActionReply reply{200, {{QStringLiteral("VSwitchId"), vswitch.id}}, {}, {}};
    remember(call, reply);
    return reply;
}

ActionReply SandboxActions::describeDisks(const ActionCall &call)
{
    const QString regionId = param(call, "RegionId"); // read once, not once per listed resource
    if (ActionReply bad = checkRegion(call); bad.isError())
        return bad;
    if (call.key->permission != Permission::Full)
        return forbiddenSubUser();
    const QString instanceId = param(call, "InstanceId");
    const QString zoneId = param(call, "ZoneId");
    QList<const Disk *> matches;
    QHash<const Disk *, const Instance *> owner;
    for (const Instance &instance : std::as_const(m_state.instances)) {
        if (instance.regionId != regionId || (!instanceId.isEmpty() && instance.id != instanceId) ||
            (!zoneId.isEmpty() && instance.zoneId != zoneId))
            continue;
        for (const Disk &disk : instance.disks) {
            matches.append(&disk);
            owner.insert(&disk, &instance);
        }
    }
    return pagedList(call, matches, 100, true, "Disks", "Disk", [&owner](const Disk &disk) {
        const Instance *instance = owner.value(&disk);
        return QJsonObject{{QStringLiteral("DiskId"), disk.id},
                           {QStringLiteral("InstanceId"), instance->id},
                           {QStringLiteral("RegionId"), instance->regionId},
                           {QStringLiteral("ZoneId"), instance->zoneId},
                           {QStringLiteral("Size"), disk.sizeGiB},
                           {QStringLiteral("Category"), disk.category},
                           {QStringLiteral("Type"), disk.type},
                           {QStringLiteral("Status"), QStringLiteral("In_use")},
                           {QStringLiteral("Portable"), disk.type == QLatin1String("data")}};
    });
}

ActionReply SandboxActions::describeRouteTableList(const ActionCall &call)
{
    const QString regionId = param(call, "RegionId"); // read once, not once per listed resource
    if (ActionReply bad = checkRegion(call); bad.isError())
        return bad;
    if (call.key->permission != Permission::Full)
        return forbiddenRam();
    const QString vpcId = param(call, "VpcId");
    QList<const Vpc *> matches;
    for (const Vpc &vpc : std::as_const(m_state.vpcs)) {
        if (vpc.regionId == regionId && (vpcId.isEmpty() || vpc.id == vpcId))
            matches.append(&vpc);
    }
    // One system route table per VPC.
    return pagedList(call, matches, 50, false, "RouterTableList", "RouterTableListType", [](const Vpc &vpc) {
        return QJsonObject{{QStringLiteral("RouteTableId"), routeTableOf(vpc)},
                           {QStringLiteral("VpcId"), vpc.id},
                           {QStringLiteral("RouteTableType"), QStringLiteral("System")},
                           {QStringLiteral("Status"), QStringLiteral("Available")}};
    });
}

ActionReply SandboxActions::describeRouteEntryList(const ActionCall &call)
{
    if (ActionReply bad = checkRegion(call); bad.isError())
        return bad;
    if (param(call, "RouteTableId").isEmpty())
        return ActionReply::missingParameter("RouteTableId");
    if (call.key->permission != Permission::Full)
        return forbiddenRam();
    const auto vpc = std::find_if(m_state.vpcs.cbegin(), m_state.vpcs.cend(), [&call](const Vpc &v) {
        return routeTableOf(v) == param(call, "RouteTableId") && v.regionId == param(call, "RegionId");
    });
    if (vpc == m_state.vpcs.cend())
        return ActionReply::error(404, QStringLiteral("InvalidRouteTableId.NotFound"),
                                  QStringLiteral("The specified route table does not exist."));
    // The system entries (one per vSwitch) and the custom ones; RouteEntryType filters.
    const QString wanted = param(call, "RouteEntryType");
    QJsonArray entries;
    const auto add = [&](const QString &destination, const QString &type) {
        if (!wanted.isEmpty() && wanted != type)
            return;
        entries.append(QJsonObject{{QStringLiteral("RouteEntryId"),
                                    QStringLiteral("rte-%1-%2").arg(vpc->id.mid(4)).arg(entries.size())},
                                   {QStringLiteral("RouteTableId"), routeTableOf(*vpc)},
                                   {QStringLiteral("DestinationCidrBlock"), destination},
                                   {QStringLiteral("Type"), type},
                                   {QStringLiteral("Status"), QStringLiteral("Available")}});
    };
    for (const VSwitch &vswitch : vpc->vswitches)
        add(vswitch.cidrBlock, QStringLiteral("System"));
    for (const QString &destination : vpc->customRoutes)
        add(destination, QStringLiteral("Custom"));
    return ActionReply{200, {{QStringLiteral("RouteEntrys"), wrap("RouteEntry", entries)}}, {}, {}};
}

ActionReply SandboxActions::classicLinkRefusal(const Vpc &vpc)
{
    for (const QString &destination : vpc.customRoutes) {
        if (inside(destination, QStringLiteral("10.0.0.0/8")))
            return ActionReply::error(400, QStringLiteral("RouteConflict.AlreadyExist"),
                                      QStringLiteral("The VPC has a custom route entry to the 10.0.0.0/8 "
                                                     "network, which conflicts with ClassicLink."));
    }
    const bool reachable = inside(vpc.cidrBlock, QStringLiteral("172.16.0.0/12")) ||
                           inside(vpc.cidrBlock, QStringLiteral("192.168.0.0/16")) ||
                           inside(vpc.cidrBlock, QStringLiteral("10.111.0.0/16")) ||
                           (inside(vpc.cidrBlock, QStringLiteral("10.0.0.0/8")) &&
                            std::any_of(vpc.vswitches.cbegin(), vpc.vswitches.cend(), [](const VSwitch &v) {
                                return inside(v.cidrBlock, QStringLiteral("10.111.0.0/16"));
                            }));
    if (!reachable)
        return ActionReply::error(403, QStringLiteral("Forbidden.EnableClassicLink"),
                                  QStringLiteral("The VPC cannot enable ClassicLink with its CIDR block and "
                                                 "vSwitches."));
    return {};
}

ActionReply SandboxActions::describeClassicLinkInstances(const ActionCall &call)
{
    if (ActionReply bad = checkRegion(call); bad.isError())
        return bad;
    const QString vpcId = param(call, "VpcId");
    const QStringList ids = param(call, "InstanceId").split(u',', Qt::SkipEmptyParts);
    if (vpcId.isEmpty() && ids.isEmpty())
        return ActionReply::error(
            400, QStringLiteral("InvalidParameter.InvalidInstanceIdAndVpcId"),
            QStringLiteral("The parameter InstanceId and VpcId are not allowed to be empty at the "
                           "same time."));
    if (ids.size() > 100)
        return invalid("InstanceId");
    QJsonArray all;
    if (call.key->permission == Permission::Full) {
        const QString regionId = param(call, "RegionId");
        auto consider = [&](const Instance &instance) {
            const QString linked = m_state.links.value(instance.id);
            if (instance.regionId == regionId && !linked.isEmpty() && (vpcId.isEmpty() || linked == vpcId))
                all.append(QJsonObject{{QStringLiteral("InstanceId"), instance.id},
                                       {QStringLiteral("VpcId"), linked}});
        };
        if (ids.isEmpty()) {
            for (const Instance &instance : std::as_const(m_state.instances))
                consider(instance);
        } else {
            for (const QString &id : ids) {
                if (const Instance *instance = m_state.instance(id))
                    consider(*instance);
            }
        }
    }
    Page page;
    if (auto bad = readPage(call, all.size(), 100, false, page))
        return *bad;
    QJsonArray items;
    for (qsizetype i = page.from; i < page.to; ++i)
        items.append(all.at(i));
    QJsonObject body{{QStringLiteral("Links"), wrap("Link", items)}};
    addPaging(body, page, all.size());
    return ActionReply{200, body, {}, {}};
}

ActionReply SandboxActions::linkedInstance(const ActionCall &call, Instance *&instance)
{
    // The checks Attach and Detach share, in the cloud's order.
    if (ActionReply bad = checkRegion(call); bad.isError())
        return bad;
    if (param(call, "InstanceId").isEmpty())
        return ActionReply::missingParameter("InstanceId");
    if (param(call, "VpcId").isEmpty())
        return ActionReply::missingParameter("VpcId");
    if (call.key->permission != Permission::Full)
        return forbiddenSubUser();
    instance = m_state.instance(param(call, "InstanceId"));
    if (!instance || instance->regionId != param(call, "RegionId"))
        return instanceNotFound();
    if (instance->networkType != QLatin1String("classic"))
        return ActionReply::error(
            403, QStringLiteral("InvalidInstanceId.MalFormed"),
            QStringLiteral("The specified instance is not a classic network (type) instance."));
    return {};
}

ActionReply SandboxActions::attach(const ActionCall &call)
{
    Instance *instance = nullptr;
    if (ActionReply bad = linkedInstance(call, instance); bad.isError())
        return bad;
    if (!m_state.region(instance->regionId)->classicLinkSupported)
        return ActionReply::error(
            403, QStringLiteral("InvalidInstanceId.LimitedRegion"),
            QStringLiteral("The specified instance does not support this operation due to the "
                           "limitation of its region."));
    const Vpc *vpc = m_state.vpc(param(call, "VpcId"));
    if (!vpc || vpc->regionId != instance->regionId)
        return vpcNotFound();
    if (m_state.links.contains(instance->id))
        return ActionReply::error(403, QStringLiteral("Abs.InvalidInstanceId.MalFormed"),
                                  QStringLiteral("The instance has been linked to other vpc"));
    if (!instance->linkAllowed)
        return ActionReply::error(403, QStringLiteral("OperationDenied"),
                                  QStringLiteral("The instance does not allow link to vpc."));
    if (!vpc->classicLinkEnabled)
        return ActionReply::error(403, QStringLiteral("OperationDenied"),
                                  QStringLiteral("The specified vpc is disabled attach classic link."));
    if (!isStableStatus(instance->status))
        return ActionReply::error(
            403, QStringLiteral("InvalidStatus.InstanceStatus"),
            QStringLiteral("The specified instance status is not support this operation ,expect "
                           "status is running or shutted."));
    if (!instance->locks.isEmpty())
        return ActionReply::error(403, QStringLiteral("InvalidStatus.InstanceLocked"),
                                  QStringLiteral("The specified instance is locked,please wait more."));
    if (m_state.linkCount(vpc->id) >= vpc->linkQuota)
        return ActionReply::error(403, QStringLiteral("QuotaExceeded"),
                                  QStringLiteral("The link quota exceeded in this vpc."));
    m_state.links.insert(instance->id, vpc->id);
    ++m_state.appliedWrites[QStringLiteral("AttachClassicLinkVpc ") + instance->id];
    return {};
}

ActionReply SandboxActions::detach(const ActionCall &call)
{
    Instance *instance = nullptr;
    if (ActionReply bad = linkedInstance(call, instance); bad.isError())
        return bad;
    const Vpc *vpc = m_state.vpc(param(call, "VpcId"));
    if (!vpc || vpc->regionId != instance->regionId)
        return vpcNotFound();
    if (m_state.links.value(instance->id) != vpc->id)
        return ActionReply::error(
            403, QStringLiteral("OperationDenied"),
            QStringLiteral("The instances are not allowed to detach from the linked vpc."));
    if (!isStableStatus(instance->status))
        return ActionReply::error(
            403, QStringLiteral("InvalidStatus.InstanceStatus"),
            QStringLiteral("The specified instance status is not support this operation, expect "
                           "status is running or shutted."));
    if (!instance->locks.isEmpty())
        return ActionReply::error(403, QStringLiteral("InvalidStatus.InstanceLocked"),
                                  QStringLiteral("The specified instance is locked,please wait more."));
    m_state.links.remove(instance->id);
    ++m_state.appliedWrites[QStringLiteral("DetachClassicLinkVpc ") + instance->id];
    return {};
}

ActionReply SandboxActions::switchClassicLink(const ActionCall &call, bool enable)
{
    if (ActionReply bad = checkRegion(call); bad.isError())
        return bad;
    if (param(call, "VpcId").isEmpty())
        return ActionReply::missingParameter("VpcId");
    if (std::optional<ActionReply> first = replayed(call))
        return *first;
    if (call.key->permission != Permission::Full)
        return forbiddenRam();
    Vpc *vpc = m_state.vpc(param(call, "VpcId"));
    if (!vpc || vpc->regionId != param(call, "RegionId"))
        return vpcNotFound();
    ActionReply reply;
    if (vpc->classicLinkEnabled == enable) {
        reply = ActionReply::error(404, QStringLiteral("IncorrectClassicLinkStatus"),
                                   enable ? QStringLiteral("Specified VPC classicLink enabled.")
                                          : QStringLiteral("Specified VPC classicLink disabled."));
    } else if (enable && classicLinkRefusal(*vpc).isError()) {
        reply = classicLinkRefusal(*vpc);
    } else if (!enable && m_state.linkCount(vpc->id) > 0) {
        reply = ActionReply::error(400, QStringLiteral("DependencyViolation.Instance"),
                                   QStringLiteral("ClassicLink Instances exist in VPC."));
    } else {
        vpc->classicLinkEnabled = enable;
        ++m_state.appliedWrites[call.action + u' ' + vpc->id];
    }
    remember(call, reply);
    return reply;
}

} // namespace clm::sandbox
