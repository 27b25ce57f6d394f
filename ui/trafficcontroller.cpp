#include "trafficcontroller.h"

#include "allowtrafficdialog.h"
#include "batchcontroller.h"
#include "cloud/domaintext.h"
#include "cloud/preflight.h"
#include "cloud/trafficrules.h"
#include "errors/errorcatalog.h"
#include "messages.h"
#include "operationdetails.h"
#include "session/workspace.h"

namespace clm::ui {

TrafficController::TrafficController(Workspace *workspace, BatchController *batches, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_batches(batches)
    , m_dialogParent(dialogParent)
{
    connect(batches, &BatchController::linksChanged, this,
            [this](bool linked, const QString &vpcId, const QStringList &instanceIds) {
                if (!linked)
                    offerRemovalAfterUnlink(vpcId, instanceIds);
            });
}

std::optional<TrafficController::Target> TrafficController::target(const QString &title,
                                                                   const QList<ClassicInstance> &instances,
                                                                   const std::optional<Vpc> &selectedVpc)
{
    const std::optional<Vpc> vpc =
        m_workspace->vpcs()->vpc(Preflight::unlinkTarget(instances, selectedVpc ? &*selectedVpc : nullptr));
    if (!vpc) {
        Messages::warn(m_dialogParent, title,
                       tr("The selected instances are linked to different VPCs. Select the VPC to allow "
                          "traffic with."));
        return std::nullopt;
    }
    const TrafficRules::Eligibility eligibility =
        TrafficRules::eligibility(instances, *vpc, m_workspace->regionId());
    if (eligibility.eligible.isEmpty()) {
        Messages::warn(m_dialogParent, title, eligibility.refused.value(0).reason);
        return std::nullopt;
    }
    return Target{*vpc, eligibility.eligible, eligibility.refused};
}

void TrafficController::allowTraffic(const QList<ClassicInstance> &instances,
                                     const std::optional<Vpc> &selectedVpc)
{
    const auto chosen = target(tr("Allow Traffic"), instances, selectedVpc);
    if (!chosen)
        return;
    auto *dialog =
        new AllowTrafficDialog(m_workspace, chosen->instances, chosen->vpc, chosen->refused, m_dialogParent);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, [this, dialog, vpcId = chosen->vpc.id] {
        if (!dialog->rulesToAdd().isEmpty())
            m_batches->startRules(true, vpcId, dialog->rulesToAdd());
    });
    dialog->open();
}

void TrafficController::follow(OperationDetails *details)
{
    connect(details, &OperationDetails::allowTrafficRequested, this, [this](const Operation &link) {
        const std::optional<ClassicInstance> instance = m_workspace->instances()->instance(link.instanceId);
        allowTraffic(instance ? QList<ClassicInstance>{*instance} : QList<ClassicInstance>{},
                     m_workspace->vpcs()->vpc(link.vpcId));
    });
}

void TrafficController::removeRules(const QList<ClassicInstance> &instances,
                                    const std::optional<Vpc> &selectedVpc)
{
    if (const auto chosen = target(tr("Remove Traffic Rules"), instances, selectedVpc))
        confirmRemoval(chosen->vpc, chosen->instances, false);
}

void TrafficController::offerRemovalAfterUnlink(const QString &vpcId, const QStringList &instanceIds)
{
    const std::optional<Vpc> vpc = m_workspace->vpcs()->vpc(vpcId);
    QList<ClassicInstance> unlinked;
    for (const QString &id : instanceIds) {
        if (const std::optional<ClassicInstance> instance = m_workspace->instances()->instance(id))
            unlinked.append(*instance);
    }
    if (vpc && !unlinked.isEmpty())
        confirmRemoval(*vpc, unlinked, true);
}

void TrafficController::confirmRemoval(const Vpc &vpc, const QList<ClassicInstance> &instances, bool quiet)
{
    // What may go is the core's decision (TrafficRules::removal), as for `classiclink revoke-traffic`.
    const TrafficRules::Removal removal =
        TrafficRules::removal(instances, m_workspace->instances()->instances(), vpc.id);
    const QStringList groups = removal.classicGroups;
    const QString title = tr("Remove Traffic Rules");
    const auto none = [this, quiet, title, removal] {
        if (!quiet)
            Messages::warn(m_dialogParent, title, removal.nothingToRemove());
    };
    if (groups.isEmpty())
        return none();
    m_workspace->readSecurityGroups(
        QSet<QString>(groups.cbegin(), groups.cend()), {vpc.id}, this,
        [this, vpc, groups, quiet, title, none](const Traffic::Groups &read, const ApiResult &result) {
            if (!result.ok()) {
                if (!quiet)
                    Messages::warn(m_dialogParent, title,
                                   tr("The security groups could not be read: %1 Nothing was sent.")
                                       .arg(DomainText::sentence(ErrorCatalog::describe(result).title)));
                return;
            }
            QStringList vpcGroups;
            for (const SecurityGroup &group : TrafficRules::vpcGroups(read, vpc.id))
                vpcGroups.append(group.id);
            const QList<GroupRule> rules = TrafficRules::addedByApp(read, groups, vpcGroups);
            if (rules.isEmpty())
                return none();
            QStringList lines;
            for (qsizetype i = 0; i < rules.size() && i < 12; ++i)
                lines.append(QStringLiteral("• ") + TrafficRules::text(rules.at(i)));
            if (rules.size() > 12)
                lines.append(tr("…and %Ln more.", nullptr, int(rules.size() - 12)));
            const QString question =
                (quiet ? tr("ClassicLink Manager added %Ln security group rule(s) for the instances you "
                            "unlinked from %1. Remove them too?",
                            nullptr, int(rules.size()))
                       : tr("Remove the %Ln security group rule(s) that ClassicLink Manager added between "
                            "these instances and %1? Traffic they allow stops.",
                            nullptr, int(rules.size())))
                    .arg(vpc.id) +
                QStringLiteral("\n\n") + lines.join(u'\n');
            Messages::confirm(m_dialogParent, title, question, tr("Remove Rules"),
                              [this, rules, vpcId = vpc.id](bool confirmed) {
                                  if (confirmed)
                                      m_batches->startRules(false, vpcId, rules);
                              });
        });
}

} // namespace clm::ui
