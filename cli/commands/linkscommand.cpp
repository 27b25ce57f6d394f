#include "commandcontext.h"
#include "commands.h"
#include "output.h"

namespace clm::cli {

QString LinksCommand::summary() const
{
    return tr("Existing links of a VPC or of an instance.");
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
    const QStringList ids = instanceId.isEmpty() ? QStringList() : QStringList{instanceId};
    if (context.dryRun(
            {CloudClient::classicLinksRequest(context.regionId, vpcId, ids)},
            {tr("DescribeClassicLinkInstances: every further page that its TotalCount calls for.")}))
        return;
    context.cloud()->describeClassicLinks(
        context.regionId, vpcId, ids, [&context](const CloudResult<QList<ClassicLink>> &links) {
            if (!links.ok()) {
                context.printFailure(links.result);
                return context.finish(CommandContext::exitCodeFor(links.result));
            }
            Table table({QStringLiteral("InstanceId"), QStringLiteral("VpcId")}, {tr("Instance"), tr("VPC")});
            for (const ClassicLink &link : links.value)
                table.addRow({link.instanceId, link.vpcId});
            table.print(context.out(), context.options.format);
            context.finish(ExitOk);
        });
}

} // namespace clm::cli
