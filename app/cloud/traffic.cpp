#include "traffic.h"

#include <QHostAddress>
#include <QPointer>

namespace clm {

namespace {

bool covers(const QString &cidr, const QString &block)
{
    const auto outer = QHostAddress::parseSubnet(cidr);
    const auto inner =
        QHostAddress::parseSubnet(block.contains(u'/') ? block : block + QStringLiteral("/32"));
    return outer.second >= 0 && inner.second >= outer.second && inner.first.isInSubnet(outer);
}

// Some accept rule of these groups lets in a source the predicate recognises.
template<typename Source>
bool accepts(const QList<const SecurityGroup *> &groups, Source isSource)
{
    for (const SecurityGroup *group : groups) {
        for (const SecurityRule &rule : group->rules) {
            if (rule.accepts() && isSource(rule))
                return true;
        }
    }
    return false;
}

} // namespace

TrafficState Traffic::judge(const ClassicInstance &instance, const Vpc &vpc,
                            const QHash<QString, SecurityGroup> &groups)
{
    if (instance.linkedVpcId.isEmpty() || instance.linkedVpcId != vpc.id)
        return TrafficState::NotLinked;
    QList<const SecurityGroup *> own;
    QList<const SecurityGroup *> vpcGroups;
    QStringList vpcGroupIds;
    for (const QString &id : instance.securityGroupIds) {
        const auto found = groups.constFind(id);
        if (found == groups.cend() || !found->rulesRead)
            return TrafficState::Unknown;
        own.append(&*found);
    }
    for (const SecurityGroup &group : groups) {
        if (group.vpcId != vpc.id)
            continue;
        if (!group.rulesRead)
            return TrafficState::Unknown;
        vpcGroups.append(&group);
        vpcGroupIds.append(group.id);
    }
    const bool toVpc = accepts(vpcGroups, [&instance](const SecurityRule &rule) {
        return (!rule.sourceGroupId.isEmpty() && instance.securityGroupIds.contains(rule.sourceGroupId)) ||
               (!rule.sourceCidrIp.isEmpty() &&
                std::any_of(instance.innerIpAddresses.cbegin(), instance.innerIpAddresses.cend(),
                            [&rule](const QString &ip) { return covers(rule.sourceCidrIp, ip); }));
    });
    const bool fromVpc = accepts(own, [&vpcGroupIds, &vpc](const SecurityRule &rule) {
        return (!rule.sourceGroupId.isEmpty() && vpcGroupIds.contains(rule.sourceGroupId)) ||
               (!rule.sourceCidrIp.isEmpty() && covers(rule.sourceCidrIp, vpc.cidrBlock));
    });
    return toVpc && fromVpc ? TrafficState::Both
           : toVpc          ? TrafficState::ToVpc
           : fromVpc        ? TrafficState::FromVpc
                            : TrafficState::None;
}

CloudTask *Traffic::read(CloudClient *cloud, const QString &regionId, const QList<ClassicInstance> &instances,
                         const QList<Vpc> &vpcs, QObject *context, Done done)
{
    QList<ClassicInstance> linked;
    QSet<QString> groupIds;
    QSet<QString> vpcIds;
    for (const ClassicInstance &instance : instances) {
        if (instance.linkedVpcId.isEmpty())
            continue;
        linked.append(instance);
        vpcIds.insert(instance.linkedVpcId);
        groupIds.unite(QSet<QString>(instance.securityGroupIds.cbegin(), instance.securityGroupIds.cend()));
    }
    if (linked.isEmpty()) {
        auto *task = new CloudTask(cloud);
        done({}, {});
        task->finish();
        return task;
    }
    return readGroups(
        cloud, regionId, groupIds, vpcIds, context, [=](const Groups &groups, const ApiResult &result) {
            if (!result.ok())
                return done({}, result);
            States states;
            for (const ClassicInstance &instance : linked) {
                const auto vpc = std::find_if(vpcs.cbegin(), vpcs.cend(), [&instance](const Vpc &v) {
                    return v.id == instance.linkedVpcId;
                });
                states.insert(instance.id,
                              vpc == vpcs.cend() ? TrafficState::Unknown : judge(instance, *vpc, groups));
            }
            done(states, {});
        });
}

Traffic::States Traffic::settled(const QList<ClassicInstance> &instances, const States &read,
                                 const ApiResult &result)
{
    if (result.ok())
        return read;
    States unknown;
    for (const ClassicInstance &instance : instances) {
        if (!instance.linkedVpcId.isEmpty())
            unknown.insert(instance.id, TrafficState::Unknown);
    }
    return unknown;
}

QHash<QString, TrafficCounts> Traffic::countByVpc(const QList<ClassicInstance> &instances,
                                                  const States &states)
{
    QHash<QString, TrafficCounts> counts;
    for (const ClassicInstance &instance : instances) {
        switch (states.value(instance.id, TrafficState::Unknown)) {
        case TrafficState::Both:
            ++counts[instance.linkedVpcId].both;
            break;
        case TrafficState::ToVpc:
        case TrafficState::FromVpc:
            ++counts[instance.linkedVpcId].oneWay;
            break;
        case TrafficState::None:
            ++counts[instance.linkedVpcId].none;
            break;
        case TrafficState::NotLinked:
        case TrafficState::Unknown:
            break;
        }
    }
    return counts;
}

CloudTask *Traffic::readGroups(CloudClient *cloud, const QString &regionId, const QSet<QString> &groupIds,
                               const QSet<QString> &vpcIds, QObject *context, GroupsDone done)
{
    auto *task = new CloudTask(cloud);
    const QPointer<QObject> guard(context);
    const auto finish = [task, guard, done](const Groups &groups, const ApiResult &result) {
        if (guard)
            done(groups, result);
        task->finish();
    };
    // Then the rules of each needed group, all at once (the client bounds how many are in flight).
    const auto readRules = [=](Groups groups, const QSet<QString> &needed) {
        if (needed.isEmpty())
            return finish(groups, {});
        auto collected = std::make_shared<Groups>(std::move(groups));
        auto fanIn = FanIn::expect(needed.size(), [=](const ApiResult &result) {
            finish(result.ok() ? *collected : Groups{}, result);
        });
        for (const QString &id : needed) {
            task->track(
                cloud->describeSecurityGroupRules(regionId, id, [=](const CloudResult<SecurityGroup> &read) {
                    if (!fanIn->isOpen())
                        return;
                    if (read.ok()) {
                        SecurityGroup &group = (*collected)[id];
                        group.id = id;
                        if (group.name.isEmpty())
                            group.name = read.value.name;
                        if (group.vpcId.isEmpty())
                            group.vpcId = read.value.vpcId;
                        group.rules = read.value.rules;
                        group.rulesRead = true;
                    }
                    fanIn->answer(read.result);
                }));
        }
    };
    if (vpcIds.isEmpty()) {
        readRules({}, groupIds);
        return task;
    }
    task->track(cloud->describeSecurityGroups(regionId, [=](const CloudResult<QList<SecurityGroup>> &listed) {
        if (!listed.ok())
            return finish({}, listed.result);
        Groups groups;
        QSet<QString> needed = groupIds;
        for (const SecurityGroup &group : listed.value) {
            groups.insert(group.id, group);
            if (vpcIds.contains(group.vpcId))
                needed.insert(group.id);
        }
        readRules(groups, needed);
    }));
    return task;
}

QString Traffic::code(TrafficState state)
{
    switch (state) {
    case TrafficState::NotLinked:
    case TrafficState::Unknown:
        return {};
    case TrafficState::None:
        return QStringLiteral("None");
    case TrafficState::ToVpc:
        return QStringLiteral("ToVpc");
    case TrafficState::FromVpc:
        return QStringLiteral("FromVpc");
    case TrafficState::Both:
        return QStringLiteral("Both");
    }
    return {};
}

QString Traffic::text(TrafficState state)
{
    switch (state) {
    case TrafficState::NotLinked:
        return {};
    case TrafficState::Unknown:
        return tr("Not known");
    case TrafficState::None:
        return tr("Not allowed");
    case TrafficState::ToVpc:
        return tr("To the VPC only");
    case TrafficState::FromVpc:
        return tr("From the VPC only");
    case TrafficState::Both:
        return tr("Both ways");
    }
    return {};
}

} // namespace clm
