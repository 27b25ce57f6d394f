#include "inventoryload.h"

#include "commandcontext.h"

#include <QCoreApplication>

namespace clm::cli {

namespace {

struct InventoryLoad
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::InventoryLoad)
};

} // namespace

void loadInventory(CommandContext &context, const ClassicLinkFlags &flags, const QStringList &following,
                   std::function<void(const Inventory &inventory)> loaded)
{
    if (context.dryRun(Inventory::firstRequests(context.regionId),
                       Inventory::followingRequests(flags) + following))
        return;
    auto *inventory = new Inventory(context.cloud(), &context);
    QObject::connect(inventory, &Inventory::failed, &context, [&context, inventory](const ApiResult &result) {
        context.printFailure(result);
        inventory->deleteLater();
        context.finish(CommandContext::exitCodeFor(result));
    });
    QObject::connect(inventory, &Inventory::loaded, &context, [inventory, loaded] {
        loaded(*inventory);
        inventory->deleteLater();
    });
    inventory->load(context.regionId, flags);
}

void loadInventory(CommandContext &context, const QString &vpcId, const ClassicLinkFlags &flags,
                   const QStringList &following,
                   std::function<void(const Inventory &inventory, const Vpc &vpc)> loaded)
{
    loadInventory(context, flags, following, [&context, vpcId, loaded](const Inventory &inventory) {
        if (const std::optional<Vpc> vpc = inventory.vpc(vpcId))
            return loaded(inventory, *vpc);
        context.err() << QCoreApplication::applicationName() << ": "
                      << InventoryLoad::tr("There is no VPC %1 in %2.").arg(vpcId, context.regionId) << '\n';
        context.finish(ExitServiceError);
    });
}

void loadInstances(CommandContext &context, const QString &vpcId, const QStringList &following,
                   std::function<void(const QList<ClassicInstance> &instances)> loaded)
{
    const QStringList ids = context.positional();
    loadInventory(
        context, vpcId, ClassicLinkFlags::none(), following,
        [&context, ids, loaded](const Inventory &inventory, const Vpc &) {
            QString unknown;
            const QList<ClassicInstance> instances = inventory.instancesNamed(ids, &unknown);
            if (!unknown.isEmpty())
                return context.usage(
                    InventoryLoad::tr("%1 is not a classic instance of %2.").arg(unknown, context.regionId));
            loaded(instances);
        });
}

} // namespace clm::cli
