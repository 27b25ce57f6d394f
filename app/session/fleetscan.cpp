#include "fleetscan.h"

#include "move/movereader.h"

namespace clm {

int ScanCell::count(InstanceStatus status) const
{
    return int(std::count_if(instances.cbegin(), instances.cend(),
                             [status](const ClassicInstance &i) { return i.statusKind() == status; }));
}

int ScanCell::otherStatus() const
{
    return int(instances.size()) - count(InstanceStatus::Running) - count(InstanceStatus::Stopped);
}

int ScanCell::linked() const
{
    return int(std::count_if(instances.cbegin(), instances.cend(),
                             [](const ClassicInstance &i) { return !i.linkedVpcId.isEmpty(); }));
}

int ScanCell::locked() const
{
    return int(std::count_if(instances.cbegin(), instances.cend(),
                             [](const ClassicInstance &i) { return i.isLocked(); }));
}

int ScanCell::trafficBothWays() const
{
    return int(std::count(traffic.cbegin(), traffic.cend(), TrafficState::Both));
}

FleetScan::FleetScan(CloudClient *cloud, QObject *parent)
    : QObject(parent)
    , m_cloud(cloud)
{}

bool FleetScan::isComplete() const
{
    return m_finished && m_regionsFailure.ok() &&
           std::all_of(m_cells.cbegin(), m_cells.cend(),
                       [](const ScanCell &cell) { return cell.state == ScanCell::State::Read; });
}

QList<ApiRequest> FleetScan::firstRequests(const QStringList &regions, const QString &acceptLanguage)
{
    if (regions.isEmpty())
        return {CloudClient::regionsRequest(acceptLanguage)};
    QList<ApiRequest> requests;
    for (const QString &region : regions)
        requests.append(CloudClient::classicCountRequest(region));
    return requests;
}

QStringList FleetScan::followingRequests()
{
    return {
        tr("DescribeInstances with the smallest page in each region, for the number of classic instances; "
           "where there are none, the same with DryRun, to tell \"none\" from \"not allowed to see\"."),
        tr("In the regions that have some: every page of them, DescribeClassicLinkInstances, DescribeVpcs, "
           "DescribeVpcAttribute for each VPC no instance is linked to, and the security groups of the "
           "linked ones."),
        tr("Then, for each VPC with links, what moving its linked instances into it needs: its vSwitches, "
           "the security groups' rules both ways, and DescribeDisks.")};
}

void FleetScan::start(const QStringList &regions, const QString &acceptLanguage)
{
    cancel();
    const int generation = ++m_generation;
    m_finished = false;
    m_regionsFailure = {};
    m_cells.clear();
    const auto begin = [this](const QList<Region> &regions) {
        for (const Region &region : regions) {
            ScanCell cell;
            cell.regionId = region.id;
            cell.localName = region.localName;
            m_cells.append(cell);
        }
        emit cellsKnown();
        if (m_cells.isEmpty()) {
            m_finished = true;
            return emit finished();
        }
        for (int i = 0; i < int(m_cells.size()); ++i)
            scanRegion(i);
    };
    if (!regions.isEmpty()) {
        QList<Region> given;
        for (const QString &id : regions)
            given.append(Region{id, {}, {}, {}});
        return begin(given);
    }
    m_tasks.append(m_cloud->describeRegions(
        acceptLanguage, [this, generation, begin](const CloudResult<QList<Region>> &listed) {
            if (generation != m_generation)
                return;
            if (!listed.ok()) {
                m_regionsFailure = listed.result;
                m_finished = true;
                emit cellsKnown();
                return emit finished();
            }
            begin(listed.value);
        }));
}

void FleetScan::scanRegion(int index)
{
    const int generation = m_generation;
    const QString regionId = m_cells.at(index).regionId;
    m_tasks.append(m_cloud->countClassicInstances(regionId, [=, this](const CloudResult<qint64> &counted) {
        if (generation != m_generation)
            return;
        if (!counted.ok())
            return settle(index, ScanCell::State::Unread, counted.result);
        if (counted.value == 0) {
            // The cloud lists nothing, rather than refusing, to a key without permission in the region:
            // "none" only once a DryRun says the listing was allowed.
            m_tasks.append(
                m_cloud->checkListPermission(regionId, [=, this](const CloudResult<bool> &checked) {
                    if (generation != m_generation)
                        return;
                    if (checked.value)
                        return settle(index, ScanCell::State::Read); // an explicit 0
                    settle(index, ScanCell::State::Unread, checked.result);
                }));
            return;
        }
        auto *inventory = new Inventory(m_cloud, this);
        m_inventories.append(inventory);
        connect(inventory, &Inventory::failed, this, [=, this](const ApiResult &result) {
            inventory->deleteLater();
            if (generation == m_generation)
                settle(index, ScanCell::State::Unread, result);
        });
        connect(inventory, &Inventory::loaded, this, [=, this] {
            inventory->deleteLater();
            if (generation != m_generation)
                return;
            ScanCell &cell = m_cells[index];
            cell.instances = inventory->instances();
            cell.classicLinkVpcs = int(std::count_if(inventory->vpcs().cbegin(), inventory->vpcs().cend(),
                                                     [](const Vpc &vpc) { return vpc.classicLinkEnabled; }));
            m_tasks.append(Traffic::read(m_cloud, regionId, cell.instances, inventory->vpcs(), this,
                                         [=, this](const Traffic::States &states, const ApiResult &result) {
                                             if (generation != m_generation)
                                                 return;
                                             // The instances and links were read: only the traffic
                                             // is not known when its read failed.
                                             ScanCell &read = m_cells[index];
                                             read.traffic = Traffic::settled(read.instances, states, result);
                                             read.trafficFailure = result;
                                             readMove(index);
                                         }));
        });
        inventory->load(regionId);
    }));
}

void FleetScan::readMove(int index)
{
    const int generation = m_generation;
    const ScanCell &cell = m_cells.at(index);
    m_tasks.append(
        MoveReader::readRegion(m_cloud, cell.regionId, cell.instances,
                               [=, this](const QList<InstanceReadiness> &rows, const ApiResult &result) {
                                   if (generation != m_generation)
                                       return;
                                   ScanCell &read = m_cells[index];
                                   read.move = MoveCounts::of(rows);
                                   read.moveFailure = result;
                                   settle(index, ScanCell::State::Read);
                               }));
}

void FleetScan::settle(int index, ScanCell::State state, const ApiResult &failure)
{
    ScanCell &cell = m_cells[index];
    cell.state = state;
    cell.failure = failure;
    if (state == ScanCell::State::Unread) {
        cell.instances.clear();
        cell.traffic.clear();
    }
    emit cellChanged(index);
    if (std::none_of(m_cells.cbegin(), m_cells.cend(),
                     [](const ScanCell &c) { return c.state == ScanCell::State::Pending; })) {
        m_finished = true;
        emit finished();
    }
}

void FleetScan::cancel()
{
    ++m_generation;
    for (const QPointer<CloudTask> &task : std::as_const(m_tasks)) {
        if (task)
            task->cancel();
    }
    m_tasks.clear();
    for (const QPointer<Inventory> &inventory : std::as_const(m_inventories)) {
        if (inventory) {
            inventory->cancel();
            inventory->deleteLater();
        }
    }
    m_inventories.clear();
}

} // namespace clm
