#include "batchcontroller.h"

#include "cloud/domaintext.h"
#include "cloud/regionnames.h"
#include "errors/errorcatalog.h"
#include "messages.h"
#include "preflightdialog.h"
#include "session/workspace.h"

#include <QLocale>

namespace clm::ui {

BatchController::BatchController(Workspace *workspace, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_dialogParent(dialogParent)
{
    // A preparation's stages are batches like any other: progress, outcome and Cancel follow each.
    connect(workspace, &Workspace::preparationStage, this, &BatchController::watch);
    connect(workspace, &Workspace::preparationChanged, this, &BatchController::stateChanged);
}

bool BatchController::isBusy() const
{
    return m_checking || m_workspace->isWriting();
}

void BatchController::link(const QList<ClassicInstance> &instances, const std::optional<Vpc> &vpc)
{
    if (instances.isEmpty() || !vpc)
        return Messages::warn(m_dialogParent, tr("Link to VPC"),
                              tr("Select one or more classic instances and one VPC first."));
    preflight(LinkDirection::Attach, instances, *vpc);
}

void BatchController::unlink(const QList<ClassicInstance> &instances, const std::optional<Vpc> &selectedVpc)
{
    const std::optional<Vpc> vpc =
        m_workspace->vpcs()->vpc(Preflight::unlinkTarget(instances, selectedVpc ? &*selectedVpc : nullptr));
    if (!vpc)
        return Messages::warn(m_dialogParent, tr("Unlink"),
                              tr("The selected instances are linked to different VPCs. Select the VPC to "
                                 "unlink them from."));
    preflight(LinkDirection::Detach, instances, *vpc);
}

void BatchController::preflight(LinkDirection direction, const QList<ClassicInstance> &instances,
                                const Vpc &vpc)
{
    auto *dialog = new PreflightDialog(direction, instances, vpc, m_workspace->regionId(), m_dialogParent);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, [this, dialog, direction, vpcId = vpc.id] {
        const QStringList ready = dialog->readyInstanceIds();
        if (!ready.isEmpty())
            start(int(direction == LinkDirection::Attach ? ClassicLinkBatch::Kind::Attach
                                                         : ClassicLinkBatch::Kind::Detach),
                  vpcId, ready);
    });
    dialog->open();
}

void BatchController::switchClassicLink(bool enable, const Vpc &vpc)
{
    if (!enable)
        return confirmSwitch(false, vpc, {});
    if (m_checking)
        return;
    // What the cloud would refuse is found out first, and said in plain words; nothing is sent then.
    m_checking = true;
    emit stateChanged();
    m_workspace->checkEnable(
        vpc.id, this, [this, vpc](const EnableVerdict &verdict, const ApiResult &result) {
            m_checking = false;
            emit stateChanged();
            if (!result.ok())
                return Messages::warn(
                    m_dialogParent, tr("Enable ClassicLink"),
                    tr("%1 could not be checked: %2 Nothing was sent.")
                        .arg(vpc.id, DomainText::sentence(ErrorCatalog::describe(result).title)));
            if (!verdict.allowed())
                return Messages::warn(m_dialogParent, tr("ClassicLink cannot be enabled"),
                                      verdict.problems.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n") +
                                          tr("Nothing was sent."));
            confirmSwitch(true, vpc, verdict.notes);
        });
}

void BatchController::confirmSwitch(bool enable, const Vpc &vpc, const QStringList &notes)
{
    const QString name = vpc.name.isEmpty() ? vpc.id : DomainText::withDetail(vpc.id, vpc.name);
    const QString title = enable ? tr("Enable ClassicLink") : tr("Disable ClassicLink");
    QString question =
        enable
            ? tr("Enable ClassicLink on %1? Classic instances can then be linked to it. "
                 "Traffic still needs ClassicLink security group rules.")
                  .arg(name)
            : tr("Disable ClassicLink on %1? No classic instance can be linked to it afterwards.").arg(name);
    for (const QString &note : notes)
        question += QStringLiteral("\n\n") + note;
    question += QStringLiteral("\n\n") + Preflight::switchSends(enable, vpc.id);
    Messages::confirm(m_dialogParent, title, question, title, [this, enable, vpcId = vpc.id](bool confirmed) {
        if (confirmed)
            start(int(enable ? ClassicLinkBatch::Kind::EnableClassicLink
                             : ClassicLinkBatch::Kind::DisableClassicLink),
                  vpcId, {});
    });
}

void BatchController::start(int kind, const QString &vpcId, const QStringList &instanceIds)
{
    QString error;
    ClassicLinkBatch *batch =
        m_workspace->startBatch(ClassicLinkBatch::Kind(kind), vpcId, instanceIds, &error);
    if (!batch && !error.isEmpty())
        Messages::warn(m_dialogParent, tr("Nothing was sent"), error);
    watch(batch);
}

void BatchController::startRules(bool authorize, const QString &vpcId, const QList<GroupRule> &rules)
{
    QString error;
    ClassicLinkBatch *batch = m_workspace->startRuleBatch(authorize, vpcId, rules, &error);
    if (!batch && !error.isEmpty())
        Messages::warn(m_dialogParent, tr("Nothing was sent"), error);
    watch(batch);
}

void BatchController::countInterrupted()
{
    m_interrupted = int(m_workspace->interruptedBatches().size());
    emit stateChanged();
}

void BatchController::offerInterrupted(bool always)
{
    const QList<LoggedBatch> batches = m_workspace->interruptedBatches();
    m_interrupted = int(batches.size());
    emit stateChanged();
    if (batches.isEmpty()) {
        if (always)
            Messages::warn(m_dialogParent, tr("Interrupted batches"),
                           tr("This account has no interrupted batch."));
        return;
    }
    const LoggedBatch &batch = batches.first();
    const int total = int(batch.operations.size());
    QString what;
    switch (batch.kind) {
    case ClassicLinkBatch::Kind::Attach:
        what = tr("link %Ln instance(s) to %1", nullptr, total).arg(batch.vpcId);
        break;
    case ClassicLinkBatch::Kind::Detach:
        what = tr("unlink %Ln instance(s) from %1", nullptr, total).arg(batch.vpcId);
        break;
    case ClassicLinkBatch::Kind::EnableClassicLink:
        what = tr("enable ClassicLink on %1").arg(batch.vpcId);
        break;
    case ClassicLinkBatch::Kind::DisableClassicLink:
        what = tr("disable ClassicLink on %1").arg(batch.vpcId);
        break;
    case ClassicLinkBatch::Kind::AuthorizeRules:
        what = tr("add %Ln security group rule(s) for %1", nullptr, total).arg(batch.vpcId);
        break;
    case ClassicLinkBatch::Kind::RevokeRules:
        what = tr("remove %Ln security group rule(s) for %1", nullptr, total).arg(batch.vpcId);
        break;
    case ClassicLinkBatch::Kind::AuthorizeEgressRules:
        what = tr("add outbound rules to %Ln security group(s) in %1", nullptr, total).arg(batch.vpcId);
        break;
    case ClassicLinkBatch::Kind::CreateVSwitch:
        what = tr("create %Ln vSwitch(es) in %1", nullptr, total).arg(batch.vpcId);
        break;
    case ClassicLinkBatch::Kind::CreateSecurityGroup:
        what = tr("copy %Ln security group(s) into %1", nullptr, total).arg(batch.vpcId);
        break;
    case OperationKind::Unknown: // resuming says this version does not know it
        what = DomainText::withDetail(batch.action, batch.vpcId);
        break;
    }
    const QString regionName = RegionNames::localName(batch.regionId);
    const QString text =
        tr("A batch started %1 did not finish: %2 in %3. %L4 of %L5 operations have a final result.\n\n"
           "Before anything is sent, the current state is read back from the cloud: operations that "
           "already took effect are marked as succeeded and are not sent again.")
            .arg(QLocale().toString(batch.created.toLocalTime(), QLocale::ShortFormat), what,
                 regionName.isEmpty() ? batch.regionId : DomainText::withDetail(regionName, batch.regionId))
            .arg(batch.finishedCount())
            .arg(total);
    Messages::choose(m_dialogParent, tr("Interrupted batch"), text,
                     {tr("Resume"), tr("Settle without sending"), tr("Later")},
                     [this, path = batch.path](int choice) {
                         if (choice <= 1)
                             resume(path, choice == 0);
                     });
}

void BatchController::resume(const QString &path, bool sendRemaining)
{
    QString error;
    ClassicLinkBatch *resumed = m_workspace->resumeBatch(path, sendRemaining, &error);
    if (!resumed && !error.isEmpty())
        Messages::warn(m_dialogParent, tr("Interrupted batch"), error);
    if (resumed)
        connect(resumed, &ClassicLinkBatch::finished, this, &BatchController::countInterrupted);
    watch(resumed);
}

void BatchController::cancel()
{
    if (MovePreparation *preparation = m_workspace->currentPreparation())
        preparation->cancel();
    if (ClassicLinkBatch *batch = m_workspace->currentBatch())
        batch->cancel();
}

void BatchController::watch(ClassicLinkBatch *batch)
{
    if (!batch)
        return;
    emit started(int(batch->operations().size()));
    connect(batch, &ClassicLinkBatch::progress, this, &BatchController::progress);
    auto warned = std::make_shared<bool>(false);
    connect(batch, &ClassicLinkBatch::logFailed, this, [this, warned](const QString &error) {
        if (std::exchange(*warned, true))
            return;
        Messages::warn(m_dialogParent, tr("Operation log"),
                       error + QStringLiteral("\n\n") +
                           tr("What could not be recorded was not sent. The batch stays open and is offered "
                              "again once its log can be written."));
    });
    connect(batch, &ClassicLinkBatch::finished, this, [this, batch] {
        QStringList done;
        for (const Operation &operation : batch->operations()) {
            if (operation.state == OperationState::Succeeded)
                done.append(operation.instanceId);
        }
        emit finished(int(done.size()), int(batch->operations().size()));
        emit stateChanged();
        const ClassicLinkBatch::Kind kind = batch->kind();
        if (!done.isEmpty() &&
            (kind == ClassicLinkBatch::Kind::Attach || kind == ClassicLinkBatch::Kind::Detach))
            emit linksChanged(kind == ClassicLinkBatch::Kind::Attach, batch->operations().first().vpcId,
                              done);
    });
    emit stateChanged();
}

} // namespace clm::ui
