#include "cloud/preflight.h"
#include "cloud/traffic.h"
#include "commandcontext.h"
#include "commands.h"
#include "inventoryload.h"
#include "output.h"

namespace clm::cli {

QString SecurityGroupsCommand::summary() const
{
    return tr("Security groups of the region, of one VPC or of one classic instance, with their inbound "
              "intranet rules (the ones "
              "that let traffic between linked classic instances and their VPC through).");
}

QList<QCommandLineOption> SecurityGroupsCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("vpc"), tr("Only the groups of this VPC."), QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("instance"), tr("Only the groups this classic instance is in."),
                           QStringLiteral("ID"))};
}

namespace {

void print(CommandContext &context, const QStringList &order, const Traffic::Groups &groups)
{
    Table table({QStringLiteral("SecurityGroupId"), QStringLiteral("Name"), QStringLiteral("Network"),
                 QStringLiteral("IpProtocol"), QStringLiteral("PortRange"), QStringLiteral("Source"),
                 QStringLiteral("Policy"), QStringLiteral("Priority"), QStringLiteral("Description")},
                {SecurityGroupsCommand::tr("Group"), SecurityGroupsCommand::tr("Name"),
                 SecurityGroupsCommand::tr("Network"), SecurityGroupsCommand::tr("Protocol"),
                 SecurityGroupsCommand::tr("Ports"), SecurityGroupsCommand::tr("Source"),
                 SecurityGroupsCommand::tr("Policy"), SecurityGroupsCommand::tr("Priority"),
                 SecurityGroupsCommand::tr("Description")});
    for (const QString &id : order) {
        const SecurityGroup group = groups.value(id);
        const QString network = group.vpcId.isEmpty() ? QStringLiteral("classic") : group.vpcId;
        if (group.rules.isEmpty())
            table.addRow({id, group.name, network, {}, {}, {}, {}, {}, {}});
        for (const SecurityRule &rule : group.rules)
            table.addRow({id, group.name, network, rule.ipProtocol, rule.portRange,
                          rule.sourceGroupId.isEmpty() ? rule.sourceCidrIp : rule.sourceGroupId, rule.policy,
                          Cell::number(rule.priority), rule.description});
    }
    table.print(context.out(), context.options.format);
    context.finish(ExitOk);
}

// Reads the rules of the groups and prints them in `order`.
void readAndPrint(CommandContext &context, const QStringList &order)
{
    Traffic::readGroups(context.cloud(), context.regionId, QSet<QString>(order.cbegin(), order.cend()), {},
                        &context, [&context, order](const Traffic::Groups &groups, const ApiResult &result) {
                            if (!result.ok()) {
                                context.printFailure(result);
                                return context.finish(CommandContext::exitCodeFor(result));
                            }
                            print(context, order, groups);
                        });
}

} // namespace

void SecurityGroupsCommand::run(CommandContext &context) const
{
    const QString vpcId = context.arguments.value(QStringLiteral("vpc"));
    const QString instanceId = context.arguments.value(QStringLiteral("instance"));
    if (!vpcId.isEmpty() && !instanceId.isEmpty())
        return context.usage(tr("security-groups takes --vpc or --instance, not both."));
    const QString rules =
        tr("DescribeSecurityGroupAttribute: one per group, for its inbound intranet rules.");
    if (!instanceId.isEmpty()) {
        if (context.dryRun(
                {CloudClient::instancesRequest(context.regionId, {})},
                {tr("DescribeInstances: every further page that its TotalCount calls for."), rules}))
            return;
        context.cloud()->describeInstances(
            context.regionId, {}, [&context, instanceId](const CloudResult<QList<ClassicInstance>> &listed) {
                if (!listed.ok()) {
                    context.printFailure(listed.result);
                    return context.finish(CommandContext::exitCodeFor(listed.result));
                }
                for (const ClassicInstance &instance : listed.value) {
                    if (instance.id == instanceId)
                        return readAndPrint(context, instance.securityGroupIds);
                }
                context.err() << QCoreApplication::applicationName() << ": "
                              << Preflight::noClassicInstance(context.regionId) << '\n';
                context.finish(ExitServiceError);
            });
        return;
    }
    if (context.dryRun(
            {CloudClient::securityGroupsRequest(context.regionId)},
            {tr("DescribeSecurityGroups: every further page that its TotalCount calls for."), rules}))
        return;
    context.cloud()->describeSecurityGroups(
        context.regionId, [&context, vpcId](const CloudResult<QList<SecurityGroup>> &listed) {
            if (!listed.ok()) {
                context.printFailure(listed.result);
                return context.finish(CommandContext::exitCodeFor(listed.result));
            }
            QStringList order;
            for (const SecurityGroup &group : listed.value) {
                if (vpcId.isEmpty() || group.vpcId == vpcId)
                    order.append(group.id);
            }
            readAndPrint(context, order);
        });
}

} // namespace clm::cli
