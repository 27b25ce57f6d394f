#include "batchreport.h"

#include "cloud/domaintext.h"
#include "cloud/trafficrules.h"
#include "commandcontext.h"
#include "history/operationtext.h"
#include "output.h"

#include <QCoreApplication>

namespace clm::cli {

QString BatchReport::endpointText(CommandContext &context)
{
    return LoggedBatch::endpointText(context.client()->settings().endpointOverride);
}

namespace {

// Notes this account's unfinished batches, writes the plan to the log, then runs and reports the batch.
void launch(CommandContext &context, ClassicLinkBatch *batch, const BatchReport::Refusals &refused,
            const QList<GroupRule> &existing)
{
    const QString keyId = context.client()->credentials().accessKeyId;
    const QString endpoint = BatchReport::endpointText(context);
    const auto open = OperationLog::interrupted(context.batchDirectory, keyId, endpoint).size();
    if (open > 0)
        context.err() << BatchReport::tr("Note: %Ln earlier batch(es) of this account did not finish; "
                                         "\"batches\" lists them and \"resume\" finishes one.",
                                         nullptr, int(open))
                      << '\n';
    QString error;
    if (!batch->createLog(context.batchDirectory, context.accountName, keyId, endpoint, &error)) {
        context.err() << QCoreApplication::applicationName() << ": " << error << '\n'
                      << BatchReport::tr("Nothing was sent.") << '\n';
        return context.finish(ExitServiceError);
    }
    BatchReport::watch(context, batch, refused, existing);
    batch->start();
}

} // namespace

void BatchReport::start(CommandContext &context, ClassicLinkBatch::Kind kind, const QString &vpcId,
                        const QStringList &instanceIds, const Refusals &refused)
{
    launch(context,
           new ClassicLinkBatch(context.cloud(), kind, context.regionId, vpcId, instanceIds, &context),
           refused, {});
}

void BatchReport::start(CommandContext &context, ClassicLinkBatch::Kind kind, const QString &vpcId,
                        const QList<GroupRule> &rules, const QList<GroupRule> &existing,
                        const Refusals &refused)
{
    launch(
        context,
        ClassicLinkBatch::forRules(context.cloud(), kind, context.regionId, vpcId, rules, &context).release(),
        refused, existing);
}

void BatchReport::watch(CommandContext &context, ClassicLinkBatch *batch, const Refusals &refused,
                        const QList<GroupRule> &existing)
{
    auto warned = std::make_shared<bool>(false);
    QObject::connect(batch, &ClassicLinkBatch::logFailed, &context, [&context, warned](const QString &error) {
        if (!std::exchange(*warned, true))
            context.err()
                << QCoreApplication::applicationName() << ": " << error << '\n'
                << tr("What could not be recorded was not sent. The batch stays open and is offered "
                      "again once its log can be written.")
                << '\n';
    });
    // A failed read-back leaves every open operation with the same answer: it is printed once.
    auto lastUnknown = std::make_shared<QString>();
    QObject::connect(batch, &ClassicLinkBatch::operationChanged, &context,
                     [&context, lastUnknown](const Operation &operation) {
                         if (!operation.isFinal() || operation.state == OperationState::Succeeded ||
                             operation.state == OperationState::Cancelled)
                             return;
                         if (operation.state == OperationState::Unknown) {
                             const ApiResult &r = operation.result;
                             const QString key = QStringLiteral("%1|%2|%3|%4")
                                                     .arg(int(r.errorKind))
                                                     .arg(r.code, r.requestId, r.diagnostic);
                             if (key == *lastUnknown)
                                 return;
                             *lastUnknown = key;
                         }
                         if (operation.state == OperationState::PartlyApplied)
                             context.err() << OperationText::partlyDone(operation) << '\n';
                         else
                             context.printFailure(operation.result, OperationText::target(operation));
                     });
    QObject::connect(batch, &ClassicLinkBatch::finished, &context, [&context, batch, refused, existing] {
        const QString vpcId = batch->operations().isEmpty() ? QString() : batch->operations().first().vpcId;
        const int worst = batch->changesRules()
                              ? std::max(printRuleTable(context, batch->operations(), existing),
                                         refused.isEmpty() ? int(ExitOk) : int(ExitServiceError))
                              : printTable(context, vpcId, refused, batch->operations());
        batch->deleteLater();
        context.finish(worst);
    });
}

namespace {

QString outcomeText(const Operation &operation, int *worst)
{
    QString outcome = OperationText::state(operation.state);
    if (operation.state == OperationState::Succeeded && operation.settledByReadBack)
        outcome =
            BatchReport::tr("%1 (read back)", "an operation's outcome, settled by reading back").arg(outcome);
    if (operation.state != OperationState::Succeeded)
        *worst = std::max(*worst, operation.result.ok() ? int(ExitServiceError)
                                                        : CommandContext::exitCodeFor(operation.result));
    return outcome;
}

} // namespace

int BatchReport::printRuleTable(CommandContext &context, const QList<Operation> &operations,
                                const QList<GroupRule> &existing)
{
    Table table({QStringLiteral("SecurityGroupId"), QStringLiteral("SourceGroupId"),
                 QStringLiteral("IpProtocol"), QStringLiteral("PortRange"), QStringLiteral("Priority"),
                 QStringLiteral("Result"), QStringLiteral("Code"), QStringLiteral("RequestId")},
                {tr("Security group"), tr("Source group"), tr("Protocol"), tr("Ports"), tr("Priority"),
                 tr("Result"), tr("Code"), tr("RequestId")});
    const auto cells = [](const GroupRule &rule) {
        return QList<Cell>{rule.groupId, rule.rule.sourceGroupId, rule.rule.ipProtocol.toUpper(),
                           rule.rule.portRange, Cell::number(rule.rule.priority)};
    };
    // Rule by rule: in a partly applied call each rule says whether it took effect.
    int worst = ExitOk;
    for (const Operation &operation : operations) {
        const QString outcome = outcomeText(operation, &worst);
        for (qsizetype i = 0; i < operation.rules.size(); ++i)
            table.addRow(
                cells(operation.groupRule(i)) +
                QList<Cell>{operation.showsRulesApart() ? OperationText::ruleState(operation, i) : outcome,
                            operation.result.code, operation.result.requestId});
    }
    for (const GroupRule &rule : existing)
        table.addRow(cells(rule) + QList<Cell>{tr("Already there"), {}, {}});
    table.print(context.out(), context.options.format);
    return worst;
}

int BatchReport::printTable(CommandContext &context, const QString &vpcId, const Refusals &refused,
                            const QList<Operation> &operations)
{
    Table table({QStringLiteral("InstanceId"), QStringLiteral("VpcId"), QStringLiteral("Result"),
                 QStringLiteral("Code"), QStringLiteral("RequestId")},
                {tr("Instance"), tr("VPC"), tr("Result"), tr("Code"), tr("RequestId")});
    int worst = refused.isEmpty() ? int(ExitOk) : int(ExitServiceError);
    for (const auto &[instanceId, reason] : refused)
        table.addRow({instanceId, vpcId, tr("Not sent: %1").arg(reason), {}, {}});
    for (const Operation &operation : operations)
        table.addRow({operation.instanceId, operation.vpcId, outcomeText(operation, &worst),
                      operation.result.code, operation.result.requestId});
    table.print(context.out(), context.options.format);
    return worst;
}

} // namespace clm::cli
