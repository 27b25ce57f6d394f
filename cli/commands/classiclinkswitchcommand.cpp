#include "batchreport.h"
#include "commandcontext.h"
#include "commands.h"

namespace clm::cli {

QString ClassicLinkSwitchCommand::name() const
{
    return m_enable ? QStringLiteral("enable-classiclink") : QStringLiteral("disable-classiclink");
}

QString ClassicLinkSwitchCommand::summary() const
{
    return m_enable ? tr("Switch ClassicLink on for a VPC (logged, and read back when the answer is lost).")
                    : tr("Switch ClassicLink off for a VPC (logged, and read back when the answer is lost).");
}

void ClassicLinkSwitchCommand::run(CommandContext &context) const
{
    if (context.positional().size() != 1)
        return context.usage(tr("Give exactly one VPC ID."));
    const QString vpcId = context.positional().first();
    if (context.dryRun({CloudClient::classicLinkSwitchRequest(m_enable, context.regionId, vpcId, {})}))
        return;
    BatchReport::start(context,
                       m_enable ? ClassicLinkBatch::Kind::EnableClassicLink
                                : ClassicLinkBatch::Kind::DisableClassicLink,
                       vpcId, {});
}

} // namespace clm::cli
