#include "batchreport.h"
#include "cloud/cloudtask.h"
#include "cloud/domaintext.h"
#include "commandcontext.h"
#include "commands.h"
#include "history/operationtext.h"
#include "inventoryload.h"
#include "move/movepreparation.h"
#include "move/movereader.h"
#include "output.h"

namespace clm::cli {

namespace {

// Every operation of every stage, and the instances not linked, in one table.
int printResults(CommandContext &context, const MovePreparation &preparation)
{
    Table table({QStringLiteral("Action"), QStringLiteral("Target"), QStringLiteral("Result"),
                 QStringLiteral("Created"), QStringLiteral("Code"), QStringLiteral("RequestId")},
                {PrepareMoveCommand::tr("Action"), PrepareMoveCommand::tr("Target"),
                 PrepareMoveCommand::tr("Result"), PrepareMoveCommand::tr("Created"),
                 PrepareMoveCommand::tr("Code"), PrepareMoveCommand::tr("RequestId")});
    int worst = preparation.refused().isEmpty() ? int(ExitOk) : int(ExitServiceError);
    for (const Refusal &refusal : preparation.refused())
        table.addRow(
            {Cell::coded(apiAction(OperationKind::Attach), OperationText::action(OperationKind::Attach)),
             refusal.instanceId,
             PrepareMoveCommand::tr("Not sent: %1").arg(refusal.reason),
             {},
             {},
             {}});
    for (const Operation &operation : preparation.operations()) {
        if (operation.state != OperationState::Succeeded)
            worst = std::max(worst, operation.result.ok() ? int(ExitServiceError)
                                                          : CommandContext::exitCodeFor(operation.result));
        table.addRow({Cell::coded(apiAction(operation.kind), OperationText::action(operation.kind)),
                      OperationText::target(operation),
                      Cell::coded(stateName(operation.state), OperationText::state(operation.state)),
                      operation.createdId.isEmpty() ? Cell::unknown() : Cell(operation.createdId),
                      operation.result.code, operation.result.requestId});
    }
    table.print(context.out(), context.options.format);
    return worst;
}

} // namespace

QString PrepareMoveCommand::summary() const
{
    return tr("Prepare classic instances' move into a VPC: create the vSwitches their zones lack, copy their "
              "security groups into the VPC with every rule that can be translated, and keep both sides "
              "talking (ClassicLink on, links, rules between each group and its copy). Each stage is a "
              "logged batch; a rerun sends only what is missing. With --dry-run it only reads, and prints "
              "every call it would send.");
}

QList<QCommandLineOption> PrepareMoveCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("vpc"), tr("The VPC to move into."), QStringLiteral("ID")),
            QCommandLineOption(QStringLiteral("vswitches"), tr("Create the vSwitches the zones lack.")),
            QCommandLineOption(QStringLiteral("groups"), tr("Copy the security groups and their rules.")),
            QCommandLineOption(QStringLiteral("traffic"),
                               tr("Enable ClassicLink, link the instances and add the rules between each "
                                  "classic group and its copy.")),
            QCommandLineOption(QStringLiteral("vswitch-cidr"),
                               tr("The block of the new vSwitch of a zone, instead of the proposed one "
                                  "(repeatable)."),
                               QStringLiteral("ZONE=CIDR"))};
}

void PrepareMoveCommand::run(CommandContext &context) const
{
    const QString vpcId = context.arguments.value(QStringLiteral("vpc"));
    if (vpcId.isEmpty())
        return context.usage(
            tr("prepare-move needs --vpc ID (and the instances, or every classic instance of "
               "the region)."));
    PrepareParts parts;
    if (context.arguments.isSet(QStringLiteral("vswitches")))
        parts |= PreparePart::VSwitches;
    if (context.arguments.isSet(QStringLiteral("groups")))
        parts |= PreparePart::Groups;
    if (context.arguments.isSet(QStringLiteral("traffic")))
        parts |= PreparePart::Traffic;
    if (!parts)
        parts = PreparePart::VSwitches | PreparePart::Groups | PreparePart::Traffic;
    MovePreparation::Blocks blocks;
    for (const QString &given : context.arguments.values(QStringLiteral("vswitch-cidr"))) {
        const qsizetype equals = given.indexOf(u'=');
        if (equals <= 0)
            return context.usage(tr("--vswitch-cidr takes ZONE=CIDR, such as cn-hangzhou-g=172.16.8.0/24."));
        blocks.insert(given.left(equals), given.mid(equals + 1));
    }
    // The reads go out even with --dry-run: without them nothing can be planned. No write does.
    const bool dryRun = std::exchange(context.options.dryRun, false);
    loadInstances(
        context, vpcId, MoveReader::requests(),
        [&context, vpcId, parts, blocks, dryRun](const QList<ClassicInstance> &instances) {
            if (dryRun) {
                MoveReader::read(context.cloud(), context.regionId, vpcId, instances,
                                 [&context, parts, blocks](const MoveFacts &facts, const ApiResult &result) {
                                     if (!result.ok()) {
                                         context.printFailure(result);
                                         return context.finish(CommandContext::exitCodeFor(result));
                                     }
                                     const PreparePlan plan = MovePreparation::plan(
                                         facts, MoveReadiness::plan(facts), parts, blocks);
                                     context.out() << tr("A real run sends:") << '\n';
                                     for (const QString &line : MovePreparation::describe(plan))
                                         context.out() << "  " << line << '\n';
                                     context.finish(ExitOk);
                                 });
                return;
            }
            const QString keyId = context.client()->credentials().accessKeyId;
            const QString endpoint = BatchReport::endpointText(context);
            auto launch = [&context, keyId, endpoint](const QList<Operation> &operations,
                                                      QString *error) -> ClassicLinkBatch * {
                auto batch = ClassicLinkBatch::fromOperations(context.cloud(), operations, &context);
                if (!batch->createLog(context.batchDirectory, context.accountName, keyId, endpoint, error))
                    return nullptr;
                QObject::connect(
                    batch.get(), &ClassicLinkBatch::logFailed, &context, [&context](const QString &e) {
                        context.err() << QCoreApplication::applicationName() << ": " << e << '\n';
                    });
                QObject::connect(batch.get(), &ClassicLinkBatch::operationChanged, &context,
                                 [&context](const Operation &operation) {
                                     if (operation.state == OperationState::Failed ||
                                         operation.state == OperationState::Unknown)
                                         context.printFailure(operation.result,
                                                              OperationText::target(operation));
                                 });
                return batch.release();
            };
            auto *preparation = new MovePreparation(context.cloud(), context.regionId, vpcId, instances,
                                                    parts, blocks, launch, &context);
            QObject::connect(
                preparation, &MovePreparation::stageStarted, &context,
                [&context](PrepareStage stage, ClassicLinkBatch *batch) {
                    context.err() << tr("%1: %Ln call(s)", nullptr, int(batch->operations().size()))
                                         .arg(MovePreparation::text(stage))
                                  << '\n';
                    QObject::connect(batch, &ClassicLinkBatch::finished, batch, &QObject::deleteLater);
                });
            QObject::connect(preparation, &MovePreparation::finished, &context,
                             [&context, preparation](const QString &stopped, const ApiResult &result) {
                                 if (!result.ok())
                                     context.printFailure(result);
                                 else if (!stopped.isEmpty())
                                     context.err() << stopped << '\n';
                                 const int worst = printResults(context, *preparation);
                                 context.finish(!result.ok()         ? CommandContext::exitCodeFor(result)
                                                : !stopped.isEmpty() ? std::max(worst, int(ExitServiceError))
                                                                     : worst);
                             });
            preparation->start();
        });
}

} // namespace clm::cli
