// Loads one region's inventory for a command through the same Inventory the desktop uses, and hands it
// over when complete (or prints the failure and ends the command).
#pragma once

#include "cloud/inventory.h"

#include <functional>

namespace clm::cli {

class CommandContext;

// With --dry-run, prints what the load would send (and `following`, what the command sends after it).
void loadInventory(CommandContext &context, const QStringList &following,
                   std::function<void(const Inventory &inventory)> loaded);

} // namespace clm::cli
