#include "batchreport.h"
#include "commandcontext.h"
#include "commands.h"

#include <QDir>

namespace clm::cli {

QString ResumeCommand::summary() const
{
    return tr("Finish an interrupted batch: what already took effect is read back and not sent again; the "
              "rest is sent, or with --settle-only recorded as not sent. Use the account and endpoint that "
              "started it.");
}

QList<QCommandLineOption> ResumeCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("settle-only"), tr("Read back only; send nothing."))};
}

void ResumeCommand::run(CommandContext &context) const
{
    const QStringList positional = context.positional();
    if (positional.size() != 1 || positional.first().size() < 8)
        return context.usage(tr("Give the ID of one interrupted batch (at least its first 8 characters); "
                                "\"batches\" lists them."));
    const QString wanted = positional.first().toLower();
    QList<LoggedBatch> matches = OperationLog::interrupted(context.batchDirectory);
    matches.removeIf([&wanted](const LoggedBatch &batch) {
        return !batch.id.toString(QUuid::WithoutBraces).startsWith(wanted);
    });
    if (matches.isEmpty()) {
        // Not interrupted, perhaps: still being sent by another program.
        const QDir folder(context.batchDirectory);
        for (const QString &name :
             folder.entryList({QLatin1String("*-") + wanted + QLatin1String("*.log")})) {
            if (OperationLog::isInUse(folder.filePath(name)))
                return context.usage(
                    tr("Batch %1 is being sent by another program right now; resume it only if "
                       "that program stops before finishing it.")
                        .arg(wanted));
        }
    }
    if (matches.size() != 1)
        return context.usage(matches.isEmpty()
                                 ? tr("No interrupted batch has the ID %1.").arg(wanted)
                                 : tr("More than one interrupted batch starts with %1.").arg(wanted));
    const LoggedBatch &found = matches.first();
    if (!found.belongsTo(context.client()->credentials().accessKeyId, BatchReport::endpointText(context)))
        return context.usage(
            tr("Batch %1 was started with AccessKey ID %2 (%3); resume it with the same account and "
               "endpoint.")
                .arg(found.id.toString(QUuid::WithoutBraces), found.accessKeyId,
                     found.endpoint.isEmpty() ? tr("the cloud's endpoints") : found.endpoint));
    QString error;
    ClassicLinkBatch *batch = ClassicLinkBatch::fromLog(context.cloud(), found.path, &error, &context);
    if (!batch) {
        context.err() << QCoreApplication::applicationName() << ": " << error << '\n';
        return context.finish(ExitServiceError);
    }
    BatchReport::watch(context, batch);
    batch->resume(!context.arguments.isSet(QStringLiteral("settle-only")));
}

} // namespace clm::cli
