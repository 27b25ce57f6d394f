#include "batchreport.h"
#include "cloud/domaintext.h"
#include "cloud/enablecheck.h"
#include "cloud/preflight.h"
#include "commandcontext.h"
#include "commands.h"
#include "inventoryload.h"

namespace clm::cli {

QString ClassicLinkSwitchCommand::name() const
{
    return m_enable ? QStringLiteral("enable-classiclink") : QStringLiteral("disable-classiclink");
}

QString ClassicLinkSwitchCommand::summary() const
{
    return m_enable ? tr("Switch ClassicLink on for a VPC, once its CIDR block, vSwitches and route entries "
                         "pass the documented checks (logged, and read back when the answer is lost).")
                    : tr("Switch ClassicLink off for a VPC (logged, and read back when the answer is lost).");
}

void ClassicLinkSwitchCommand::run(CommandContext &context) const
{
    if (context.positional().size() != 1)
        return context.usage(tr("Give exactly one VPC ID."));
    const QString vpcId = context.positional().first();
    if (!m_enable) {
        // Whether it may be switched off is the core's decision, as in the window: not while instances
        // are linked (their links would break); nothing is sent then.
        return loadInventory(
            context, vpcId, ClassicLinkFlags::of(vpcId), {Preflight::switchSends(false, vpcId)},
            [&context, vpcId](const Inventory &, const Vpc &vpc) {
                if (const QString refusal = Preflight::disableRefusal(vpc); !refusal.isEmpty()) {
                    context.err() << QCoreApplication::applicationName() << ": "
                                  << tr("Not sent: %1").arg(refusal) << '\n';
                    return context.finish(ExitServiceError);
                }
                BatchReport::start(context, ClassicLinkBatch::Kind::DisableClassicLink, vpcId, {});
            });
    }
    // The documented constraints are checked first; a VPC that breaks one is not sent.
    if (context.dryRun(EnableCheck::firstRequests(context.regionId, vpcId),
                       EnableCheck::followingRequests(vpcId)))
        return;
    EnableCheck::run(context.cloud(), context.regionId, vpcId, &context,
                     [&context, vpcId](const EnableVerdict &verdict, const ApiResult &result) {
                         if (!result.ok()) {
                             context.printFailure(result);
                             return context.finish(CommandContext::exitCodeFor(result));
                         }
                         for (const QString &problem : verdict.problems)
                             context.err()
                                 << DomainText::titled(vpcId, tr("Not sent: %1").arg(problem)) << '\n';
                         if (!verdict.allowed())
                             return context.finish(ExitServiceError);
                         for (const QString &note : verdict.notes)
                             context.err() << tr("Note: %1").arg(note) << '\n';
                         BatchReport::start(context, ClassicLinkBatch::Kind::EnableClassicLink, vpcId, {});
                     });
}

} // namespace clm::cli
