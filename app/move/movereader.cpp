#include "movereader.h"

#include "cloud/cloudclient.h"
#include "cloud/cloudtask.h"

#include <QSet>

namespace clm {

namespace {

struct Reading
{
    MoveFacts facts;
    QHash<QString, int> diskGiB;
    QList<SecurityGroup> listed;
};

} // namespace

CloudTask *MoveReader::read(CloudClient *cloud, const QString &regionId, const QString &vpcId,
                            const QList<ClassicInstance> &instances, Done done)
{
    auto *task = new CloudTask(cloud);
    auto reading = std::make_shared<Reading>();
    for (const ClassicInstance &instance : instances)
        reading->facts.instances.append({instance, 0});
    const auto finish = [task, reading, done](const ApiResult &result) {
        if (!result.ok())
            task->cancel(); // the reads still running are of no use now
        for (MoveInstance &moving : reading->facts.instances)
            moving.diskGiB = reading->diskGiB.value(moving.instance.id);
        done(reading->facts, result);
        task->finish();
    };
    // Four reads together; the groups' listing is followed by their rules.
    auto fanIn = FanIn::expect(4, finish);
    task->track(
        cloud->describeVpcAttribute(regionId, vpcId, [reading, fanIn, regionId](const CloudResult<Vpc> &vpc) {
            reading->facts.target = vpc.value;
            reading->facts.target.regionId = regionId;
            fanIn->answer(vpc.result);
        }));
    task->track(cloud->describeVSwitches(regionId, vpcId,
                                         [reading, fanIn](const CloudResult<QList<VSwitch>> &vswitches) {
                                             reading->facts.vswitches = vswitches.value;
                                             fanIn->answer(vswitches.result);
                                         }));
    task->track(
        cloud->describeDiskSizes(regionId, [reading, fanIn](const CloudResult<QHash<QString, int>> &sizes) {
            reading->diskGiB = sizes.value;
            fanIn->answer(sizes.result);
        }));
    task->track(cloud->describeSecurityGroups(regionId, [cloud, task, regionId, vpcId, reading, fanIn](
                                                            const CloudResult<QList<SecurityGroup>> &listed) {
        if (!listed.ok() || !fanIn->isOpen())
            return fanIn->answer(listed.result);
        // The classic groups of the instances, and the VPC's groups (where copies are found).
        QSet<QString> wanted;
        for (const MoveInstance &moving : std::as_const(reading->facts.instances))
            wanted.unite(QSet<QString>(moving.instance.securityGroupIds.cbegin(),
                                       moving.instance.securityGroupIds.cend()));
        QList<std::pair<qsizetype, QString>> reads; // group index, NIC type
        // Every group of the account is known (a rule may reference any); only these have their rules read.
        for (const SecurityGroup &group : listed.value) {
            reading->facts.groups.append(
                {group.id, group.name, group.vpcId, group.advanced, group.description, {}});
            if (!(group.vpcId.isEmpty() ? wanted.contains(group.id) : group.vpcId == vpcId))
                continue;
            const qsizetype index = reading->facts.groups.size() - 1;
            reads.append({index, QStringLiteral("intranet")});
            if (group.vpcId.isEmpty()) // a classic group's internet rules come only when asked for
                reads.append({index, QStringLiteral("internet")});
        }
        if (reads.isEmpty())
            return fanIn->answer(listed.result);
        auto rulesIn =
            FanIn::expect(reads.size(), [fanIn](const ApiResult &result) { fanIn->answer(result); });
        for (const std::pair<qsizetype, QString> &groupRead : std::as_const(reads)) {
            const qsizetype index = groupRead.first; // named: a structured binding cannot be captured
            task->track(cloud->describeMoveRules(
                regionId, reading->facts.groups.at(index).id, groupRead.second,
                [reading, rulesIn, index](const CloudResult<QList<MoveRule>> &rules) {
                    if (rulesIn->isOpen())
                        reading->facts.groups[index].rules += rules.value;
                    rulesIn->answer(rules.result);
                }));
        }
    }));
    return task;
}

CloudTask *MoveReader::readRegion(CloudClient *cloud, const QString &regionId,
                                  const QList<ClassicInstance> &instances, RegionDone done)
{
    auto *task = new CloudTask(cloud);
    QHash<QString, QList<ClassicInstance>> byTarget;
    for (const ClassicInstance &instance : instances)
        byTarget[instance.linkedVpcId].append(instance);
    // Without a target, the planner still says what blocks an instance; the rest it needs (a link).
    MoveFacts unlinked;
    for (const ClassicInstance &instance : byTarget.take(QString()))
        unlinked.instances.append({instance, 0});
    auto rows = std::make_shared<QList<InstanceReadiness>>(MoveReadiness::plan(unlinked).instances);
    const auto finish = [task, rows, done](const ApiResult &result) {
        if (!result.ok())
            task->cancel();
        done(result.ok() ? *rows : QList<InstanceReadiness>{}, result);
        task->finish();
    };
    if (byTarget.isEmpty()) {
        finish(ApiResult{});
        return task;
    }
    auto fanIn = FanIn::expect(byTarget.size(), finish);
    for (auto it = byTarget.cbegin(); it != byTarget.cend(); ++it) {
        task->track(read(cloud, regionId, it.key(), it.value(),
                         [rows, fanIn](const MoveFacts &facts, const ApiResult &result) {
                             if (result.ok() && fanIn->isOpen())
                                 *rows += MoveReadiness::plan(facts).instances;
                             fanIn->answer(result);
                         }));
    }
    return task;
}

QStringList MoveReader::requests()
{
    return {
        tr("DescribeVpcAttribute and DescribeVSwitches (every page): the VPC and its vSwitches' free "
           "addresses."),
        tr("DescribeSecurityGroups (every page), then DescribeSecurityGroupAttribute in both directions for "
           "each classic group of the instances (intranet and internet rules) and each group of the VPC."),
        tr("DescribeDisks (every page): the disk sizes of the region's instances.")};
}

} // namespace clm
