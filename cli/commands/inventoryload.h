// Loads one region's inventory for a command through the same Inventory the desktop uses, and hands it
// over when complete (or prints the failure and ends the command).
#pragma once

#include "cloud/inventory.h"

#include <functional>

namespace clm::cli {

class CommandContext;

// With --dry-run, prints what the load would send (and `following`, what the command sends after it).
// `flags`: whose ClassicLinkEnabled the command shows or decides with.
void loadInventory(CommandContext &context, const ClassicLinkFlags &flags, const QStringList &following,
                   std::function<void(const Inventory &inventory)> loaded);
// The same for a command about one VPC: hands that VPC over too, or says the region has no VPC by that ID
// and ends the command.
void loadInventory(CommandContext &context, const QString &vpcId, const ClassicLinkFlags &flags,
                   const QStringList &following,
                   std::function<void(const Inventory &inventory, const Vpc &vpc)> loaded);
// The same for a command about classic instances moving into one VPC (the move's reader reads the VPC
// itself, so no flag): hands over the instances named on the command line (one that is not a classic
// instance of the region is a usage error that ends the command), or every classic instance of the region
// when none is named.
void loadInstances(CommandContext &context, const QString &vpcId, const QStringList &following,
                   std::function<void(const QList<ClassicInstance> &instances)> loaded);

} // namespace clm::cli
