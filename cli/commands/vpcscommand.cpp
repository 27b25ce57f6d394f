#include "commandcontext.h"
#include "commands.h"
#include "inventoryload.h"
#include "output.h"

namespace clm::cli {

QString VpcsCommand::summary() const
{
    return tr("The region's VPCs, whether ClassicLink is enabled, and how many instances are linked.");
}

QList<QCommandLineOption> VpcsCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("classiclink-only"), tr("Only VPCs with ClassicLink enabled."))};
}

void VpcsCommand::run(CommandContext &context) const
{
    const bool classicLinkOnly = context.arguments.isSet(QStringLiteral("classiclink-only"));
    loadInventory(
        context, ClassicLinkFlags::all(), {}, [&context, classicLinkOnly](const Inventory &inventory) {
            Table table({QStringLiteral("VpcId"), QStringLiteral("Name"), QStringLiteral("CidrBlock"),
                         QStringLiteral("ClassicLink"), QStringLiteral("LinkedInstances")},
                        {tr("VPC"), tr("Name"), tr("CIDR block"), tr("ClassicLink"), tr("Linked instances")});
            for (const Vpc &vpc : inventory.vpcs()) {
                if (classicLinkOnly && !vpc.classicLinkEnabled)
                    continue;
                table.addRow(
                    {vpc.id, vpc.name, vpc.cidrBlock,
                     Cell::flag(vpc.classicLinkEnabled, vpc.classicLinkEnabled ? QStringLiteral("enabled")
                                                                               : QStringLiteral("disabled")),
                     Cell::number(vpc.linkCount)});
            }
            table.print(context.out(), context.options.format);
            context.finish(ExitOk);
        });
}

} // namespace clm::cli
