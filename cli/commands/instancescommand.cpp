#include "cloud/domaintext.h"
#include "commandcontext.h"
#include "commands.h"
#include "inventoryload.h"
#include "output.h"

namespace clm::cli {

QString InstancesCommand::summary() const
{
    return tr("The region's classic-network instances and the VPC each is linked to.");
}

QList<QCommandLineOption> InstancesCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("status"), tr("Only instances in this state (e.g. Running)."),
                               QStringLiteral("S"))};
}

void InstancesCommand::run(CommandContext &context) const
{
    const QString status = context.arguments.value(QStringLiteral("status"));
    loadInventory(context, {}, [&context, status](const Inventory &inventory) {
        Table table({QStringLiteral("InstanceId"), QStringLiteral("Name"), QStringLiteral("Status"),
                     QStringLiteral("Zone"), QStringLiteral("PrivateIp"), QStringLiteral("LinkedVpc"),
                     QStringLiteral("Locks")},
                    {tr("Instance"), tr("Name"), tr("Status"), tr("Zone"), tr("Private IP"), tr("Linked VPC"),
                     tr("Locks")});
        for (const ClassicInstance &instance : inventory.instances()) {
            if (!status.isEmpty() && instance.status.compare(status, Qt::CaseInsensitive) != 0)
                continue;
            table.addRow({instance.id, instance.name, instance.status, instance.zoneId,
                          instance.innerIpAddresses.join(u','), instance.linkedVpcId,
                          instance.lockReasons.join(u',')});
        }
        table.print(context.out(), context.options.format);
        context.finish(ExitOk);
    });
}

} // namespace clm::cli
