#include "commandcontext.h"
#include "commands.h"
#include "history/operationlog.h"
#include "output.h"

namespace clm::cli {

QString BatchesCommand::summary() const
{
    return tr("The batches that did not finish (killed, crashed, lost connection).");
}

void BatchesCommand::run(CommandContext &context) const
{
    Table table({QStringLiteral("Batch"), QStringLiteral("Started"), QStringLiteral("Action"),
                 QStringLiteral("RegionId"), QStringLiteral("VpcId"), QStringLiteral("Finished"),
                 QStringLiteral("Total"), QStringLiteral("Account"), QStringLiteral("Endpoint")},
                {tr("Batch"), tr("Started"), tr("Action"), tr("Region"), tr("VPC"), tr("Finished"),
                 tr("Total"), tr("Account"), tr("Endpoint")});
    const QList<LoggedBatch> batches = OperationLog::interrupted(context.batchDirectory);
    for (const LoggedBatch &batch : batches)
        table.addRow({batch.id.toString(QUuid::WithoutBraces), batch.created.toString(Qt::ISODate),
                      batch.action, batch.regionId, batch.vpcId, Cell::number(batch.finishedCount()),
                      Cell::number(batch.operations.size()), batch.accountName, batch.endpoint});
    if (batches.isEmpty() && context.options.format == OutputFormat::Table)
        context.out() << tr("No interrupted batches.") << '\n';
    else
        table.print(context.out(), context.options.format);
    context.finish(ExitOk);
}

} // namespace clm::cli
