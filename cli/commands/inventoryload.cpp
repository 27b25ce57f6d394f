#include "inventoryload.h"

#include "commandcontext.h"

namespace clm::cli {

void loadInventory(CommandContext &context, const QStringList &following,
                   std::function<void(const Inventory &inventory)> loaded)
{
    if (context.dryRun(Inventory::firstRequests(context.regionId),
                       Inventory::followingRequests() + following))
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
    inventory->load(context.regionId);
}

} // namespace clm::cli
