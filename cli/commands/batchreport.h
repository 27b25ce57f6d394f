// How every batch command (attach, detach, enable, disable, allow-traffic, revoke-traffic, resume) runs and
// reports a ClassicLinkBatch: a note about this account's unfinished batches, the operation log before
// anything is sent, each failure on stderr as it settles, then one table and the exit code of the worst
// outcome.
#pragma once

#include "cloud/classiclinkbatch.h"
#include "cloud/preflight.h"

#include <QCoreApplication>

namespace clm::cli {

class CommandContext;

class BatchReport
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::BatchReport)

public:
    // Instances the preflight held back: id and the reason, shown in the table as not sent.
    using Refusals = QList<Refusal>;

    // Creates the batch's log and starts it; `refused` are reported with it.
    static void start(CommandContext &context, ClassicLinkBatch::Kind kind, const QString &vpcId,
                      const QStringList &instanceIds, const Refusals &refused = {});
    // The same for a batch of security group rules (`existing` are listed as already there; `refused`
    // instances, named on stderr before, make the exit code 1).
    static void start(CommandContext &context, ClassicLinkBatch::Kind kind, const QString &vpcId,
                      const QList<GroupRule> &rules, const QList<GroupRule> &existing,
                      const Refusals &refused = {});
    // Prints what `batch` does until it finishes, then ends the command.
    static void watch(CommandContext &context, ClassicLinkBatch *batch, const Refusals &refused = {},
                      const QList<GroupRule> &existing = {});
    // One row per refusal and per operation; returns the exit code of the worst outcome.
    static int printTable(CommandContext &context, const QString &vpcId, const Refusals &refused,
                          const QList<Operation> &operations);
    // One row per rule: those of the batch with their outcome, then `existing` as already there.
    static int printRuleTable(CommandContext &context, const QList<Operation> &operations,
                              const QList<GroupRule> &existing);
    // The AccessKey ID and endpoint spelling that operation logs record for this context.
    static QString endpointText(CommandContext &context);
};

} // namespace clm::cli
