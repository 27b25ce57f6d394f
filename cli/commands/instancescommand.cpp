#include "cloud/domaintext.h"
#include "cloud/traffic.h"
#include "commandcontext.h"
#include "commands.h"
#include "inventoryload.h"
#include "output.h"

namespace clm::cli {

QString InstancesCommand::summary() const
{
    return tr(
        "The region's classic-network instances, the VPC each is linked to, and whether traffic between "
        "them is allowed by their security groups.");
}

QList<QCommandLineOption> InstancesCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("status"), tr("Only instances in this state (e.g. Running)."),
                               QStringLiteral("S"))};
}

void InstancesCommand::run(CommandContext &context) const
{
    const QString status = context.arguments.value(QStringLiteral("status"));
    const QStringList following{
        tr("DescribeSecurityGroups and DescribeSecurityGroupAttribute: the groups of the "
           "linked instances and of their VPCs, for the Traffic column.")};
    loadInventory(
        context, ClassicLinkFlags::none(), following, [&context, status](const Inventory &inventory) {
            // Whether each linked instance and its VPC may talk, from their security groups.
            const QList<ClassicInstance> instances = inventory.instances();
            Traffic::read(
                context.cloud(), context.regionId, instances, inventory.vpcs(), &context,
                [&context, status, instances](const Traffic::States &traffic, const ApiResult &result) {
                    // What could not be read is shown as not known, with the reason.
                    print(context, instances, Traffic::settled(instances, traffic, result), status);
                    if (!result.ok())
                        context.printFailure(result);
                    context.finish(result.ok() ? int(ExitOk) : CommandContext::exitCodeFor(result));
                });
        });
}

void InstancesCommand::print(CommandContext &context, const QList<ClassicInstance> &instances,
                             const QHash<QString, TrafficState> &traffic, const QString &status)
{
    Table table({QStringLiteral("InstanceId"), QStringLiteral("Name"), QStringLiteral("Status"),
                 QStringLiteral("Zone"), QStringLiteral("PrivateIp"), QStringLiteral("LinkedVpc"),
                 QStringLiteral("Traffic"), QStringLiteral("Locks")},
                {tr("Instance"), tr("Name"), tr("Status"), tr("Zone"), tr("Private IP"), tr("Linked VPC"),
                 tr("Traffic"), tr("Locks")});
    for (const ClassicInstance &instance : instances) {
        if (!status.isEmpty() && instance.status.compare(status, Qt::CaseInsensitive) != 0)
            continue;
        const TrafficState state = traffic.value(instance.id, TrafficState::NotLinked);
        table.addRow({instance.id, instance.name, instance.status, instance.zoneId,
                      Cell::list(instance.innerIpAddresses), instance.linkedVpcId,
                      Cell::coded(Traffic::code(state), Traffic::text(state)),
                      Cell::list(instance.lockReasons)});
    }
    table.print(context.out(), context.options.format);
}

} // namespace clm::cli
