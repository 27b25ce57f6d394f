#include "batchreport.h"
#include "cloud/domaintext.h"
#include "cloud/preflight.h"
#include "cloud/trafficrules.h"
#include "commandcontext.h"
#include "commands.h"
#include "inventoryload.h"
#include "output.h"

namespace clm::cli {

namespace {

std::optional<TrafficDirection> directionFrom(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("both"))
        return TrafficDirection::Both;
    if (text == QLatin1String("to-vpc"))
        return TrafficDirection::ToVpc;
    if (text == QLatin1String("from-vpc"))
        return TrafficDirection::FromVpc;
    return std::nullopt;
}

} // namespace

QString TrafficCommand::name() const
{
    return m_allow ? QStringLiteral("allow-traffic") : QStringLiteral("revoke-traffic");
}

QString TrafficCommand::synopsis() const
{
    return m_allow
               ? QStringLiteral("--vpc ID --vpc-group SG [--direction both|to-vpc|from-vpc] "
                                "[--protocol tcp|udp|icmp|gre|all] [--ports 22/22] [--priority N] "
                                "[--description TEXT] INSTANCE...")
               : QStringLiteral("--vpc ID [--vpc-group SG] [--direction both|to-vpc|from-vpc] INSTANCE...");
}

QString TrafficCommand::summary() const
{
    return m_allow
               ? tr("Let linked classic instances and their VPC talk: adds the ClassicLink security group "
                    "rules between the instances' groups and the VPC groups (AuthorizeSecurityGroup), "
                    "those not there yet, as a logged batch.")
               : tr("Removes the ClassicLink security group rules this application added between the "
                    "instances' groups and the VPC's groups (RevokeSecurityGroup), as a logged batch.");
}

QList<QCommandLineOption> TrafficCommand::options() const
{
    QList<QCommandLineOption> options{
        QCommandLineOption(QStringLiteral("vpc"), tr("The VPC the instances are linked to."),
                           QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("vpc-group"),
                           m_allow ? tr("A security group of the VPC (up to five; repeat the option).")
                                   : tr("Only the rules with this VPC group (repeat the option); all of "
                                        "the VPC's groups without it."),
                           QStringLiteral("SG")),
        QCommandLineOption(QStringLiteral("direction"),
                           tr("both (the default), to-vpc (the instances may reach the VPC) or from-vpc "
                              "(the VPC may reach the instances)."),
                           QStringLiteral("WAY"))};
    if (m_allow)
        options +=
            {QCommandLineOption(QStringLiteral("protocol"), tr("tcp (the default), udp, icmp, gre or all."),
                                QStringLiteral("NAME")),
             QCommandLineOption(QStringLiteral("ports"),
                                tr("The port range for tcp and udp, e.g. 22/22 (the default) or 8000/8080."),
                                QStringLiteral("RANGE")),
             QCommandLineOption(QStringLiteral("priority"), tr("1 (applied first, the default) to 100."),
                                QStringLiteral("N")),
             QCommandLineOption(QStringLiteral("description"),
                                tr("The rules' description; \"%1\" goes first, so that "
                                   "revoke-traffic finds them.")
                                    .arg(QLatin1String(TrafficRules::kDescription)),
                                QStringLiteral("TEXT"))};
    return options;
}

void TrafficCommand::run(CommandContext &context) const
{
    const QString vpcId = context.arguments.value(QStringLiteral("vpc"));
    const QStringList vpcGroups = context.listArgument(QStringLiteral("vpc-group"));
    QStringList instanceIds = context.positional();
    instanceIds.removeDuplicates();
    const std::optional<TrafficDirection> direction =
        directionFrom(context.arguments.value(QStringLiteral("direction")));
    if (vpcId.isEmpty() || instanceIds.isEmpty() || (m_allow && vpcGroups.isEmpty()))
        return context.usage(m_allow ? tr("allow-traffic needs --vpc ID, --vpc-group SG and at least one "
                                          "instance ID.")
                                     : tr("revoke-traffic needs --vpc ID and at least one instance ID."));
    if (!direction)
        return context.usage(tr("--direction must be both, to-vpc or from-vpc."));
    RuleSpec spec;
    spec.direction = *direction;
    if (m_allow) {
        const auto value = [&context](const char *option, const QString &fallback) {
            const QString text = context.arguments.value(QLatin1String(option));
            return text.isEmpty() ? fallback : text;
        };
        spec.protocol = value("protocol", spec.protocol).toLower();
        spec.ports = value("ports", spec.ports);
        bool number = true;
        spec.priority = value("priority", QStringLiteral("1")).toInt(&number);
        if (!number)
            spec.priority = 0;
        spec.description = value("description", {});
        spec.description = TrafficRules::description(spec); // the core's mark, as the window adds it
        const QStringList problems = TrafficRules::problems(spec, int(vpcGroups.size()));
        if (!problems.isEmpty())
            return context.usage(DomainText::sentences(problems));
    }
    loadInventory(
        context, vpcId, ClassicLinkFlags::of(vpcId), TrafficRules::sends(m_allow, vpcId),
        [this, &context, vpcId, vpcGroups, instanceIds, spec](const Inventory &inventory, const Vpc &vpc) {
            QStringList unknown;
            const QList<ClassicInstance> asked = inventory.instancesFound(instanceIds, &unknown);
            // As in the window: the eligible instances go on, the others are named with the reason.
            const TrafficRules::Eligibility eligibility =
                TrafficRules::eligibility(asked, vpc, context.regionId, unknown);
            for (const Refusal &refusal : eligibility.refused)
                context.err() << DomainText::titled(refusal.instanceId,
                                                    tr("Not sent: %1").arg(refusal.reason))
                              << '\n';
            if (eligibility.eligible.isEmpty()) {
                context.err() << tr("Nothing was sent.") << '\n';
                return context.finish(ExitServiceError);
            }
            const QList<ClassicInstance> &instances = eligibility.eligible;
            // Removing: what may go is the core's decision, as in the window (rules another linked
            // instance still needs are kept).
            const TrafficRules::Removal removal =
                TrafficRules::removal(instances, inventory.instances(), vpcId);
            const QStringList classicGroups =
                m_allow ? TrafficRules::classicGroups(instances) : removal.classicGroups;
            if (classicGroups.isEmpty()) {
                context.err() << QCoreApplication::applicationName() << ": "
                              << tr("Not sent: %1").arg(removal.nothingToRemove()) << '\n';
                return context.finish(ExitServiceError);
            }
            Traffic::readGroups(
                context.cloud(), context.regionId,
                QSet<QString>(classicGroups.cbegin(), classicGroups.cend()), {vpcId}, &context,
                [this, &context, vpcId, vpcGroups, classicGroups, spec, removal,
                 refused = eligibility.refused](const Traffic::Groups &groups, const ApiResult &result) {
                    if (!result.ok()) {
                        context.printFailure(result);
                        return context.finish(CommandContext::exitCodeFor(result));
                    }
                    QStringList inVpc;
                    for (const SecurityGroup &group : TrafficRules::vpcGroups(groups, vpcId))
                        inVpc.append(group.id);
                    for (const QString &group : vpcGroups) {
                        if (!inVpc.contains(group)) {
                            context.err() << QCoreApplication::applicationName() << ": "
                                          << tr("%1 is not a security group of %2 (its groups: %3).")
                                                 .arg(group, vpcId,
                                                      inVpc.isEmpty() ? tr("none") : DomainText::list(inVpc))
                                          << '\n'
                                          << tr("Nothing was sent.") << '\n';
                            return context.finish(ExitServiceError);
                        }
                    }
                    const QStringList chosen = vpcGroups.isEmpty() ? inVpc : vpcGroups;
                    RulePlan plan;
                    if (m_allow) {
                        plan = TrafficRules::plan(TrafficRules::rules(classicGroups, chosen, spec), groups);
                    } else {
                        for (const GroupRule &rule :
                             TrafficRules::addedByApp(groups, classicGroups, chosen)) {
                            const bool toVpc = chosen.contains(rule.groupId);
                            if (spec.direction == TrafficDirection::Both ||
                                (spec.direction == TrafficDirection::ToVpc) == toVpc)
                                plan.toAdd.append(rule);
                        }
                    }
                    if (plan.toAdd.isEmpty()) {
                        // Nothing to do is not a refusal: exit 0, and no "Not sent".
                        if (m_allow)
                            context.err() << tr("Every rule is already there; nothing was sent.") << '\n';
                        else
                            context.err() << removal.nothingToRemove() << '\n'
                                          << tr("Nothing was sent.") << '\n';
                        BatchReport::printRuleTable(context, {}, plan.existing);
                        return context.finish(refused.isEmpty() ? ExitOk : ExitServiceError);
                    }
                    BatchReport::start(context,
                                       m_allow ? ClassicLinkBatch::Kind::AuthorizeRules
                                               : ClassicLinkBatch::Kind::RevokeRules,
                                       vpcId, plan.toAdd, plan.existing, refused);
                });
        });
}

} // namespace clm::cli
