// How much of the classic network is left, region by region, for one account: what `classiclink scan`
// prints and the overview shows. A region without classic instances costs two requests: the smallest page
// of DescribeInstances (its TotalCount) and, because the cloud answers a RAM user without permission with an
// empty list, the same call with DryRun to make sure the 0 is real. Only regions that have some are loaded
// in full (Inventory: instances, VPCs, links), their traffic read, and their readiness to move into the VPC
// each instance is linked to (MoveReader::readRegion). A region that could not be read says
// why (after the client's retries of throttling), never a silent zero; one without classic instances is an
// explicit 0.
#pragma once

#include "cloud/inventory.h"
#include "cloud/traffic.h"
#include "move/movereadiness.h"

#include <QObject>
#include <QPointer>

namespace clm {

struct ScanCell
{
    enum class State
    {
        Pending,
        Read,
        Unread,
    };

    QString regionId;
    QString localName; // as DescribeRegions names it; empty when the regions were given
    State state = State::Pending;
    ApiResult failure; // Unread: the call that failed
    QList<ClassicInstance> instances;
    Traffic::States traffic;
    ApiResult trafficFailure; // Read, but the security groups could not be: the traffic is not known
    int classicLinkVpcs = 0;
    // How many are ready to move into the VPC each is linked to, need preparation, are blocked.
    MoveCounts move;
    ApiResult moveFailure; // Read, but the move's facts could not be: the counts are not known

    int count(InstanceStatus status) const;
    int otherStatus() const;
    int linked() const;
    int locked() const;
    int trafficBothWays() const;
};

class FleetScan final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetScan)

public:
    // Signs with the account `cloud`'s client holds, within its rate and concurrency limits.
    explicit FleetScan(CloudClient *cloud, QObject *parent = nullptr);

    // `regions` empty: every region DescribeRegions lists for the account, named in `acceptLanguage`.
    void start(const QStringList &regions, const QString &acceptLanguage = {});
    void cancel();

    const QList<ScanCell> &cells() const { return m_cells; }
    // DescribeRegions failed: no region is known, and none was read.
    const ApiResult &regionsFailure() const { return m_regionsFailure; }
    bool isFinished() const { return m_finished; }
    bool isComplete() const; // finished, and every cell read (see ScanCell::trafficFailure for its traffic)

    // The requests a scan starts with (for --dry-run), and in words what follows.
    static QList<ApiRequest> firstRequests(const QStringList &regions, const QString &acceptLanguage = {});
    static QStringList followingRequests();

signals:
    void cellsKnown(); // every region has a (pending) cell
    void cellChanged(int index);
    void finished();

private:
    void scanRegion(int index);
    void readMove(int index);
    void settle(int index, ScanCell::State state, const ApiResult &failure = {});

    CloudClient *m_cloud;
    QList<ScanCell> m_cells;
    ApiResult m_regionsFailure;
    QList<QPointer<CloudTask>> m_tasks;
    QList<QPointer<Inventory>> m_inventories;
    int m_generation = 0;
    bool m_finished = false;
};

} // namespace clm
