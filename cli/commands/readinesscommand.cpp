#include "cloud/cloudtask.h"
#include "cloud/domaintext.h"
#include "commandcontext.h"
#include "commands.h"
#include "inventoryload.h"
#include "move/movehandoff.h"
#include "move/movereader.h"
#include "output.h"

namespace clm::cli {

QString ReadinessCommand::summary() const
{
    return tr(
        "Whether classic instances are ready to move into a VPC, what each still needs, or why it cannot "
        "move.");
}

QList<QCommandLineOption> ReadinessCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("vpc"), tr("The VPC to move into."), QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("handoff"),
                           tr("Print the plan to carry into the console's migration plan instead: markdown "
                              "for a change ticket, or csv (the view's Save plan as CSV)."),
                           QStringLiteral("FORMAT"))};
}

void ReadinessCommand::run(CommandContext &context) const
{
    const QString vpcId = context.arguments.value(QStringLiteral("vpc"));
    if (vpcId.isEmpty())
        return context.usage(
            tr("readiness needs --vpc ID (and the instances, or every classic instance of the "
               "region)."));
    const QString handoff = context.arguments.value(QStringLiteral("handoff"));
    if (!handoff.isEmpty() && handoff != QLatin1String("markdown") && handoff != QLatin1String("csv"))
        return context.usage(tr("--handoff takes markdown or csv."));
    loadInstances(
        context, vpcId, MoveReader::requests(),
        [&context, vpcId, handoff](const QList<ClassicInstance> &instances) {
            MoveReader::read(
                context.cloud(), context.regionId, vpcId, instances,
                [&context, handoff](const MoveFacts &facts, const ApiResult &result) {
                    if (result.ok() && !handoff.isEmpty()) {
                        const MovePlan plan = MoveReadiness::plan(facts);
                        context.out() << (handoff == QLatin1String("csv")
                                              ? QString::fromUtf8(MoveHandOff::csv(plan, context.regionId))
                                              : MoveHandOff::markdown(plan, context.regionId));
                        return context.finish(ExitOk);
                    }
                    if (!result.ok()) {
                        context.printFailure(result);
                        return context.finish(CommandContext::exitCodeFor(result));
                    }
                    const MovePlan plan = MoveReadiness::plan(facts);
                    Table table({QStringLiteral("InstanceId"), QStringLiteral("ZoneId"),
                                 QStringLiteral("Readiness"), QStringLiteral("VSwitchId"),
                                 QStringLiteral("Needs"), QStringLiteral("CannotCarry"),
                                 QStringLiteral("DiskGiB"), QStringLiteral("Changes")},
                                {tr("Instance"), tr("Zone"), tr("Readiness"), tr("vSwitch"),
                                 tr("Needs or blocked by"), tr("Rules no copy can carry"), tr("Disks (GiB)"),
                                 tr("What the move changes")});
                    for (const InstanceReadiness &row : plan.instances) {
                        const QStringList needs = MoveReadiness::reasons(row);
                        const QStringList changes = MoveReadiness::changes(row);
                        table.addRow({row.instanceId, row.zoneId,
                                      Cell::coded(MoveReadiness::code(row.readiness),
                                                  MoveReadiness::text(row.readiness)),
                                      row.vswitchId.isEmpty() ? Cell::unknown() : Cell(row.vswitchId),
                                      Cell::list(needs, DomainText::clauses(needs)),
                                      Cell::list(row.cannotCarry, DomainText::clauses(row.cannotCarry)),
                                      Cell::number(row.diskGiB),
                                      Cell::list(changes, DomainText::sentences(changes))});
                    }
                    table.print(context.out(), context.options.format);
                    context.finish(ExitOk);
                });
        });
}

} // namespace clm::cli
