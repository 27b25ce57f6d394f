#include "batchreport.h"
#include "cloud/domaintext.h"
#include "cloud/preflight.h"
#include "commandcontext.h"
#include "commands.h"
#include "inventoryload.h"

namespace clm::cli {

QString LinkCommand::name() const
{
    return m_direction == Attach ? QStringLiteral("attach") : QStringLiteral("detach");
}

QString LinkCommand::summary() const
{
    return m_direction == Attach
               ? tr("Link instances to a VPC. The preflight checks every rule first; only the ready "
                    "instances "
                    "are sent, one call each, and the batch is logged before anything is sent.")
               : tr("Unlink instances from a VPC, checked and logged like attach.");
}

QList<QCommandLineOption> LinkCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("vpc"), tr("The VPC."), QStringLiteral("ID"))};
}

void LinkCommand::run(CommandContext &context) const
{
    const QString vpcId = context.arguments.value(QStringLiteral("vpc"));
    QStringList instanceIds = context.positional();
    instanceIds.removeDuplicates();
    if (vpcId.isEmpty() || instanceIds.isEmpty())
        return context.usage(m_direction == Attach
                                 ? tr("attach needs --vpc ID and at least one instance ID.")
                                 : tr("detach needs --vpc ID and at least one instance ID."));
    const bool attach = m_direction == Attach;
    const LinkDirection direction = attach ? LinkDirection::Attach : LinkDirection::Detach;
    loadInventory(
        context, vpcId, Preflight::flags(direction, vpcId), {Preflight::sends(direction, instanceIds)},
        [&context, vpcId, instanceIds, attach, direction](const Inventory &inventory, const Vpc &vpc) {
            QStringList unknown;
            const QList<ClassicInstance> instances = inventory.instancesFound(instanceIds, &unknown);
            const LinkPlan plan = Preflight::plan(direction, instances, vpc, context.regionId, unknown);
            for (const Refusal &refusal : plan.refused)
                context.err() << DomainText::titled(refusal.instanceId,
                                                    tr("Not sent: %1").arg(refusal.reason))
                              << '\n';
            if (plan.ready.isEmpty()) {
                BatchReport::printTable(context, vpcId, plan.refused, {});
                return context.finish(ExitServiceError);
            }
            BatchReport::start(context,
                               attach ? ClassicLinkBatch::Kind::Attach : ClassicLinkBatch::Kind::Detach,
                               vpcId, plan.ready, plan.refused);
        });
}

} // namespace clm::cli
