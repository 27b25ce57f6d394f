#include "cloud/traffic.h"
#include "commandcontext.h"
#include "commands.h"
#include "inventoryload.h"
#include "output.h"

namespace clm::cli {

QString LinksCommand::summary() const
{
    return tr("Existing links of a VPC or of an instance, and whether their security groups let traffic "
              "through.");
}

QList<QCommandLineOption> LinksCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("vpc"), tr("The VPC whose links to list."), QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("instance"), tr("The instance whose link to show."),
                           QStringLiteral("ID"))};
}

void LinksCommand::run(CommandContext &context) const
{
    const QString vpcId = context.arguments.value(QStringLiteral("vpc"));
    const QString instanceId = context.arguments.value(QStringLiteral("instance"));
    if (vpcId.isEmpty() && instanceId.isEmpty())
        return context.usage(tr("links needs --vpc or --instance."));
    const QStringList following{tr(
        "DescribeSecurityGroups and DescribeSecurityGroupAttribute: the groups of the linked instances and "
        "of their VPC, for the Traffic column.")};
    loadInventory(
        context, ClassicLinkFlags::none(), following,
        [&context, vpcId, instanceId](const Inventory &inventory) {
            QList<ClassicInstance> linked;
            for (const ClassicInstance &instance : inventory.instances()) {
                if (!instance.linkedVpcId.isEmpty() && (vpcId.isEmpty() || instance.linkedVpcId == vpcId) &&
                    (instanceId.isEmpty() || instance.id == instanceId))
                    linked.append(instance);
            }
            Traffic::read(context.cloud(), context.regionId, linked, inventory.vpcs(), &context,
                          [&context, linked](const Traffic::States &read, const ApiResult &result) {
                              // What could not be read is shown as not known, with the reason.
                              const Traffic::States traffic = Traffic::settled(linked, read, result);
                              Table table({QStringLiteral("InstanceId"), QStringLiteral("VpcId"),
                                           QStringLiteral("Traffic")},
                                          {tr("Instance"), tr("VPC"), tr("Traffic")});
                              for (const ClassicInstance &instance : linked) {
                                  const TrafficState state =
                                      traffic.value(instance.id, TrafficState::Unknown);
                                  table.addRow({instance.id, instance.linkedVpcId,
                                                Cell::coded(Traffic::code(state), Traffic::text(state))});
                              }
                              table.print(context.out(), context.options.format);
                              if (!result.ok())
                                  context.printFailure(result);
                              context.finish(result.ok() ? int(ExitOk) : CommandContext::exitCodeFor(result));
                          });
        });
}

} // namespace clm::cli
