#include "commandcontext.h"
#include "commands.h"
#include "output.h"

namespace clm::cli {

QString SecurityGroupsCommand::summary() const
{
    return tr("Security groups of the region, or of one VPC, with their inbound intranet rules (the ones "
              "that let traffic between linked classic instances and their VPC through).");
}

QList<QCommandLineOption> SecurityGroupsCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("vpc"), tr("Only the groups of this VPC."), QStringLiteral("ID"))};
}

void SecurityGroupsCommand::run(CommandContext &context) const
{
    const QString vpcId = context.arguments.value(QStringLiteral("vpc"));
    if (context.dryRun({CloudClient::securityGroupsRequest(context.regionId)},
                       {tr("DescribeSecurityGroups: every further page that its TotalCount calls for."),
                        tr("DescribeSecurityGroupAttribute: one per group listed, for its inbound intranet "
                           "rules.")}))
        return;
    context.cloud()->describeSecurityGroups(
        context.regionId, [&context, vpcId](const CloudResult<QList<SecurityGroup>> &listed) {
            if (!listed.ok()) {
                context.printFailure(listed.result);
                return context.finish(CommandContext::exitCodeFor(listed.result));
            }
            auto groups = std::make_shared<QList<SecurityGroup>>();
            for (const SecurityGroup &group : listed.value) {
                if (vpcId.isEmpty() || group.vpcId == vpcId)
                    groups->append(group);
            }
            auto pending = std::make_shared<int>(int(groups->size()));
            const auto print = [&context, groups] {
                Table table({QStringLiteral("SecurityGroupId"), QStringLiteral("Name"),
                             QStringLiteral("Network"), QStringLiteral("IpProtocol"),
                             QStringLiteral("PortRange"), QStringLiteral("Source"), QStringLiteral("Policy"),
                             QStringLiteral("Priority"), QStringLiteral("Description")},
                            {tr("Group"), tr("Name"), tr("Network"), tr("Protocol"), tr("Ports"),
                             tr("Source"), tr("Policy"), tr("Priority"), tr("Description")});
                for (const SecurityGroup &group : std::as_const(*groups)) {
                    const QString network = group.vpcId.isEmpty() ? QStringLiteral("classic") : group.vpcId;
                    if (group.rules.isEmpty())
                        table.addRow({group.id, group.name, network, {}, {}, {}, {}, {}, {}});
                    for (const SecurityRule &rule : group.rules)
                        table.addRow({group.id, group.name, network, rule.ipProtocol, rule.portRange,
                                      rule.sourceGroupId.isEmpty() ? rule.sourceCidrIp : rule.sourceGroupId,
                                      rule.policy, QString::number(rule.priority), rule.description});
                }
                table.print(context.out(), context.options.format);
                context.finish(ExitOk);
            };
            if (groups->isEmpty())
                return print();
            for (qsizetype i = 0; i < groups->size(); ++i) {
                context.cloud()->describeSecurityGroupRules(
                    context.regionId, groups->at(i).id,
                    [&context, groups, pending, print, i](const CloudResult<SecurityGroup> &read) {
                        if (context.isFinished())
                            return;
                        if (!read.ok()) {
                            context.printFailure(read.result);
                            return context.finish(CommandContext::exitCodeFor(read.result));
                        }
                        (*groups)[i].rules = read.value.rules;
                        if (--*pending == 0)
                            print();
                    });
            }
        });
}

} // namespace clm::cli
