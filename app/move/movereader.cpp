#include "movereader.h"

#include "cloud/cloudclient.h"
#include "cloud/cloudtask.h"

#include <QSet>

namespace clm {

namespace {

// What a region's reads gather: every group of the account (with the rules of those asked for) and the
// disk sizes of its instances.
struct RegionFacts
{
    QList<MoveGroup> groups;
    QHash<QString, int> diskGiB;
};

// The reads every target VPC shares: the groups' listing, then the rules (both directions) of the classic
// groups of `instances` and of every group of `vpcIds`; the disk sizes. Two answers to `fanIn`.
void readRegionFacts(CloudClient *cloud, CloudTask *task, const QString &regionId,
                     const QList<ClassicInstance> &instances, const QSet<QString> &vpcIds,
                     const std::shared_ptr<RegionFacts> &facts, const std::shared_ptr<FanIn> &fanIn)
{
    task->track(
        cloud->describeDiskSizes(regionId, [facts, fanIn](const CloudResult<QHash<QString, int>> &sizes) {
            facts->diskGiB = sizes.value;
            fanIn->answer(sizes.result);
        }));
    QSet<QString> classic;
    for (const ClassicInstance &instance : instances)
        classic.unite(QSet<QString>(instance.securityGroupIds.cbegin(), instance.securityGroupIds.cend()));
    task->track(cloud->describeSecurityGroups(regionId, [cloud, task, regionId, classic, vpcIds, facts,
                                                         fanIn](
                                                            const CloudResult<QList<SecurityGroup>> &listed) {
        if (!listed.ok() || !fanIn->isOpen())
            return fanIn->answer(listed.result);
        QList<std::pair<qsizetype, QString>> reads; // group index, NIC type
        // Every group of the account is known (a rule may reference any); only these have their rules read.
        for (const SecurityGroup &group : listed.value) {
            facts->groups.append({group.id, group.name, group.vpcId, group.advanced, group.description, {}});
            if (!(group.vpcId.isEmpty() ? classic.contains(group.id) : vpcIds.contains(group.vpcId)))
                continue;
            const qsizetype index = facts->groups.size() - 1;
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
            task->track(
                cloud->describeMoveRules(regionId, facts->groups.at(index).id, groupRead.second,
                                         [facts, rulesIn, index](const CloudResult<QList<MoveRule>> &rules) {
                                             if (rulesIn->isOpen())
                                                 facts->groups[index].rules += rules.value;
                                             rulesIn->answer(rules.result);
                                         }));
        }
    }));
}

// The target VPC and its vSwitches. Two answers to `fanIn`.
void readTarget(CloudClient *cloud, CloudTask *task, const QString &regionId, const QString &vpcId,
                const std::shared_ptr<MoveFacts> &facts, const std::shared_ptr<FanIn> &fanIn)
{
    task->track(cloud->describeVpcAttribute(
        regionId, vpcId, [cloud, task, facts, fanIn, regionId, vpcId](const CloudResult<Vpc> &vpc) {
            facts->target = vpc.value;
            facts->target.regionId = regionId;
            if (!vpc.ok() || vpc.value.classicLinkEnabled || !fanIn->isOpen())
                return fanIn->answer(vpc.result);
            // ClassicLink is off: the custom routes that would stop it being enabled (EnableCheck).
            task->track(cloud->describeCustomRoutes(regionId, vpcId,
                                                    [facts, fanIn](const CloudResult<QStringList> &routes) {
                                                        facts->customRoutes = routes.value;
                                                        fanIn->answer(routes.result);
                                                    }));
        }));
    task->track(cloud->describeVSwitches(regionId, vpcId,
                                         [facts, fanIn](const CloudResult<QList<VSwitch>> &vswitches) {
                                             facts->vswitches = vswitches.value;
                                             fanIn->answer(vswitches.result);
                                         }));
}

// The facts of one target from the region's shared reads.
MoveFacts completed(MoveFacts facts, const RegionFacts &region, const QList<ClassicInstance> &instances)
{
    facts.groups = region.groups;
    for (const ClassicInstance &instance : instances)
        facts.instances.append({instance, region.diskGiB.value(instance.id)});
    return facts;
}

} // namespace

CloudTask *MoveReader::read(CloudClient *cloud, const QString &regionId, const QString &vpcId,
                            const QList<ClassicInstance> &instances, Done done)
{
    auto *task = new CloudTask(cloud);
    auto region = std::make_shared<RegionFacts>();
    auto target = std::make_shared<MoveFacts>();
    // Four reads together; the groups' listing is followed by their rules.
    auto fanIn = FanIn::expect(4, [task, region, target, instances, done](const ApiResult &result) {
        if (!result.ok())
            task->cancel(); // the reads still running are of no use now
        done(completed(*target, *region, instances), result);
        task->finish();
    });
    readTarget(cloud, task, regionId, vpcId, target, fanIn);
    readRegionFacts(cloud, task, regionId, instances, {vpcId}, region, fanIn);
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
    QList<InstanceReadiness> rows = MoveReadiness::plan(unlinked).instances;
    if (byTarget.isEmpty()) {
        QMetaObject::invokeMethod(
            task,
            [task, rows, done] {
                ApiResult result;
                if (task->isCancelled())
                    result.errorKind = ErrorKind::Cancelled;
                done(result.ok() ? rows : QList<InstanceReadiness>{}, result);
                task->finish();
            },
            Qt::QueuedConnection);
        return task;
    }
    // The groups and disks once for the region; each target VPC and its vSwitches apart.
    auto region = std::make_shared<RegionFacts>();
    QHash<QString, std::shared_ptr<MoveFacts>> targets;
    for (auto it = byTarget.cbegin(); it != byTarget.cend(); ++it)
        targets.insert(it.key(), std::make_shared<MoveFacts>());
    auto fanIn = FanIn::expect(2 + 2 * targets.size(), [task, region, targets, byTarget, rows,
                                                        done](const ApiResult &result) {
        if (!result.ok())
            task->cancel();
        QList<InstanceReadiness> all = rows;
        for (auto it = targets.cbegin(); result.ok() && it != targets.cend(); ++it)
            all += MoveReadiness::plan(completed(*it.value(), *region, byTarget.value(it.key()))).instances;
        done(result.ok() ? all : QList<InstanceReadiness>{}, result);
        task->finish();
    });
    for (auto it = targets.cbegin(); it != targets.cend(); ++it)
        readTarget(cloud, task, regionId, it.key(), it.value(), fanIn);
    const QStringList vpcIds = targets.keys();
    readRegionFacts(cloud, task, regionId, instances, QSet<QString>(vpcIds.cbegin(), vpcIds.cend()), region,
                    fanIn);
    return task;
}

QStringList MoveReader::requests()
{
    return {
        tr("DescribeVpcAttribute and DescribeVSwitches (every page): the VPC and its vSwitches' free "
           "addresses; when ClassicLink is off, DescribeRouteTableList and DescribeRouteEntryList for the "
           "custom routes that would stop it being enabled."),
        tr("DescribeSecurityGroups (every page), then DescribeSecurityGroupAttribute in both directions for "
           "each classic group of the instances (intranet and internet rules) and each group of the VPC."),
        tr("DescribeDisks (every page): the disk sizes of the region's instances.")};
}

} // namespace clm
