// Whether a linked classic instance and its VPC may talk: from the inbound rules of the instance's classic
// security groups and of the VPC's security groups. Traffic reaches the VPC when a VPC group accepts the
// instance (its group as the source, or a CIDR block with its private IP); it comes from the VPC when one of
// the instance's groups accepts the VPC (one of its groups, or a CIDR block covering the VPC's primary
// block). Accept rules count; a drop rule of higher priority is not weighed against them.
#pragma once

#include "cloudclient.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace clm {

class Traffic
{
    Q_DECLARE_TR_FUNCTIONS(clm::Traffic)

public:
    using States = QHash<QString, TrafficState>; // by instance ID

    static TrafficState judge(const ClassicInstance &instance, const Vpc &vpc,
                              const QHash<QString, SecurityGroup> &groups);
    // Reads the groups the linked instances and their VPCs are in, and the rules of those, then judges each
    // linked instance. Nothing is sent when none is linked. `result` is the failing read, if one failed.
    // `done` runs once, while `context` lives; cancelling the task returned stops every read still running.
    using Done = std::function<void(const States &states, const ApiResult &result)>;
    static CloudTask *read(CloudClient *cloud, const QString &regionId,
                           const QList<ClassicInstance> &instances, const QList<Vpc> &vpcs, QObject *context,
                           Done done);
    // The one policy for a read that failed, for every front end: each linked instance's traffic is
    // Unknown (shown as not known, never dropped and never None); a read that succeeded is kept as it is.
    static States settled(const QList<ClassicInstance> &instances, const States &read,
                          const ApiResult &result);
    // The states of the linked instances, counted by the VPC they are linked to (Unknown ones are left out).
    static QHash<QString, TrafficCounts> countByVpc(const QList<ClassicInstance> &instances,
                                                    const States &states);
    // Reads the rules of the groups named and of every group in the given VPCs (those are found by listing
    // the region's groups, which is skipped when no VPC is given). `result` is the failing read, if one
    // failed.
    using Groups = QHash<QString, SecurityGroup>; // by group ID
    using GroupsDone = std::function<void(const Groups &groups, const ApiResult &result)>;
    static CloudTask *readGroups(CloudClient *cloud, const QString &regionId, const QSet<QString> &groupIds,
                                 const QSet<QString> &vpcIds, QObject *context, GroupsDone done);
    // The words for a state, in tables and in `classiclink`.
    static QString text(TrafficState state);
    // A stable name for scripts ("None", "ToVpc", "FromVpc", "Both"); empty where nothing is known or the
    // instance is not linked.
    static QString code(TrafficState state);
};

} // namespace clm
