// Reads what MoveReadiness needs to plan moving classic instances into one VPC: the VPC, its vSwitches,
// the region's security groups with the rules (both directions) of the instances' classic groups and of
// the VPC's groups, and the instances' disk sizes. The instances themselves, with their links, come from
// the Inventory the caller already loaded.
#pragma once

#include "movereadiness.h"

#include <QCoreApplication>

#include <functional>

namespace clm {

class CloudClient;
class CloudTask;
struct ApiResult;

class MoveReader
{
    Q_DECLARE_TR_FUNCTIONS(clm::MoveReader)

public:
    using Done = std::function<void(const MoveFacts &facts, const ApiResult &result)>;
    // `done` runs once: with every fact, or with the first call that failed. Cancelling the task stops
    // every read.
    static CloudTask *read(CloudClient *cloud, const QString &regionId, const QString &vpcId,
                           const QList<ClassicInstance> &instances, Done done);
    // The readiness of every instance of a region, each for the VPC it is linked to (the default target);
    // an instance linked to none has no target yet: it needs preparation (a link), or is blocked. One read
    // per VPC with links; `done` runs once, with the first failure or with every instance.
    using RegionDone =
        std::function<void(const QList<InstanceReadiness> &instances, const ApiResult &result)>;
    static CloudTask *readRegion(CloudClient *cloud, const QString &regionId,
                                 const QList<ClassicInstance> &instances, RegionDone done);
    // In words, what read() sends (for --dry-run).
    static QStringList requests();
};

} // namespace clm
