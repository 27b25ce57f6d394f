#include "movepreparation.h"

#include "cloud/enablecheck.h"

#include "cloud/classiclinkbatch.h"
#include "cloud/cloudtask.h"
#include "cloud/trafficrules.h"
#include "history/operationtext.h"
#include "movereader.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace clm {

namespace {

using Subnet = std::pair<QHostAddress, int>;

std::optional<Subnet> ipv4Subnet(const QString &block)
{
    const Subnet subnet = QHostAddress::parseSubnet(block.trimmed());
    if (subnet.first.protocol() != QAbstractSocket::IPv4Protocol || !block.contains(u'/'))
        return std::nullopt;
    return subnet;
}

quint32 first(const Subnet &subnet)
{
    return subnet.first.toIPv4Address();
}

quint32 last(const Subnet &subnet)
{
    return first(subnet) + quint32((quint64(1) << (32 - subnet.second)) - 1);
}

QString blockText(quint32 address, int prefix)
{
    return QStringLiteral("%1/%2").arg(QHostAddress(address).toString()).arg(prefix);
}

bool namesPendingCopy(const Operation &operation)
{
    const QString stand = MovePreparation::pendingCopy({});
    return operation.groupId.startsWith(stand.left(9)) ||
           std::any_of(operation.rules.cbegin(), operation.rules.cend(), [&stand](const RuleChange &change) {
               return change.rule.sourceGroupId.startsWith(stand.left(9));
           });
}

Operation planned(OperationKind kind, const Vpc &vpc)
{
    Operation operation;
    operation.kind = kind;
    operation.regionId = vpc.regionId;
    operation.vpcId = vpc.id;
    return operation;
}

} // namespace

QString MovePreparation::proposeBlock(const QString &vpcBlock, const QStringList &taken, int instances)
{
    // Inside the part of the VPC whose vSwitches reach the classic instances not moved yet.
    const std::optional<Subnet> vpc = ipv4Subnet(EnableCheck::vswitchRange(vpcBlock));
    if (!vpc || vpc->second < 8)
        return {};
    // Twice the instances (at least 8) plus the 4 addresses a vSwitch reserves; a /16 at most, a /29 at
    // least, never more than the VPC.
    const quint64 wanted = quint64(std::max(instances * 2, 8)) + 4;
    int prefix = 29;
    while (prefix > 16 && (quint64(1) << (32 - prefix)) < wanted)
        --prefix;
    if ((quint64(1) << (32 - prefix)) < wanted || prefix < vpc->second)
        return {};
    QList<Subnet> used;
    for (const QString &block : taken) {
        if (const std::optional<Subnet> subnet = ipv4Subnet(block))
            used.append(*subnet);
    }
    const quint64 size = quint64(1) << (32 - prefix);
    for (quint64 start = first(*vpc); start + size - 1 <= last(*vpc);) {
        const Subnet candidate{QHostAddress(quint32(start)), prefix};
        const auto overlap = std::find_if(used.cbegin(), used.cend(), [&candidate](const Subnet &other) {
            return first(candidate) <= last(other) && first(other) <= last(candidate);
        });
        if (overlap == used.cend())
            return blockText(quint32(start), prefix);
        // On past the block in the way, to the next boundary of this size.
        start = (quint64(last(*overlap)) + size) / size * size;
    }
    return {};
}

QString MovePreparation::blockProblem(const QString &block, const QString &vpcBlock, const QStringList &taken,
                                      int instances)
{
    // Four dotted numbers and a prefix length; not a netmask, which the cloud does not take.
    static const QRegularExpression written(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$"));
    const std::optional<Subnet> subnet = ipv4Subnet(block);
    if (!subnet || !written.match(block).hasMatch())
        return tr("\"%1\" is not a CIDR block such as 192.168.1.0/24.").arg(block);
    if (subnet->second < 16 || subnet->second > 29)
        return tr("A vSwitch's block is a /16 to a /29; %1 is a /%2.").arg(block).arg(subnet->second);
    // parseSubnet() gives the block's first address whatever was written: the address typed must be it.
    const QHostAddress typed(block.trimmed().section(u'/', 0, 0));
    if (typed.toIPv4Address() != first(*subnet))
        return tr("%1 does not start where its block starts: did you mean %2?")
            .arg(block, blockText(first(*subnet), subnet->second));
    const std::optional<Subnet> vpc = ipv4Subnet(vpcBlock);
    if (!vpc || first(*subnet) < first(*vpc) || last(*subnet) > last(*vpc))
        return tr("%1 is not inside the VPC's block %2.").arg(block, vpcBlock);
    if (!EnableCheck::reachesClassic(vpcBlock, block)) {
        const QString range = EnableCheck::vswitchRange(vpcBlock);
        return range.isEmpty()
                   ? tr("No vSwitch of a VPC in %1 can reach classic instances: in 10.0.0.0/8, only "
                        "vSwitches inside 10.111.0.0/16 can.")
                         .arg(vpcBlock)
                   : tr("%1 is outside %2: in a 10.0.0.0/8 VPC, only vSwitches inside it reach the "
                        "classic instances that have not moved yet.")
                         .arg(block, range);
    }
    // A vSwitch keeps 4 addresses of its block for itself.
    const quint64 usable = (quint64(1) << (32 - subnet->second)) - 4;
    if (usable < quint64(instances))
        return tr("%1 has %2 free addresses, fewer than the %n instance(s) moving into the zone.", nullptr,
                  instances)
            .arg(block)
            .arg(usable);
    for (const QString &other : taken) {
        const std::optional<Subnet> used = ipv4Subnet(other);
        if (used && first(*subnet) <= last(*used) && first(*used) <= last(*subnet))
            return tr("%1 overlaps the block %2 of another vSwitch.").arg(block, other);
    }
    return {};
}

MovePreparation::Blocks MovePreparation::proposedBlocks(const MoveFacts &facts, const MovePlan &plan)
{
    QStringList taken;
    for (const VSwitch &vswitch : facts.vswitches)
        taken.append(vswitch.cidrBlock);
    Blocks blocks;
    for (const ZoneNeed &zone : plan.zones) {
        if (zone.enough())
            continue;
        const QString block = proposeBlock(facts.target.cidrBlock, taken, zone.instances);
        if (!block.isEmpty()) {
            blocks.insert(zone.zoneId, block);
            taken.append(block);
        }
    }
    return blocks;
}

QString MovePreparation::pendingCopy(const QString &classicGroupId)
{
    return QStringLiteral("<copy of %1>").arg(classicGroupId);
}

QString MovePreparation::trafficDescription()
{
    RuleSpec spec;
    spec.description = QStringLiteral("move off the classic network");
    return TrafficRules::description(spec);
}

PreparePlan MovePreparation::plan(const MoveFacts &facts, const MovePlan &movePlan, PrepareParts parts,
                                  const Blocks &blocks)
{
    PreparePlan out;
    const Vpc &vpc = facts.target;
    const auto addStep = [&out](PrepareStage stage, const QList<Operation> &operations) {
        if (!operations.isEmpty())
            out.steps.append(
                {stage, operations, std::any_of(operations.cbegin(), operations.cend(), namesPendingCopy)});
    };

    QStringList vswitchBlocks; // the VPC's, and those this plan creates
    for (const VSwitch &vswitch : facts.vswitches)
        vswitchBlocks.append(vswitch.cidrBlock);
    if (parts.testFlag(PreparePart::VSwitches)) {
        QStringList taken;
        for (const VSwitch &vswitch : facts.vswitches)
            taken.append(vswitch.cidrBlock);
        QHash<QString, QString> chosen; // zone -> block
        // The blocks given first, each checked against the vSwitches and the blocks given before it; then a
        // proposal for each zone without one, around all of them.
        for (const ZoneNeed &zone : movePlan.zones) {
            const QString given = blocks.value(zone.zoneId).trimmed();
            if (zone.enough() || given.isEmpty())
                continue;
            if (const QString problem = blockProblem(given, vpc.cidrBlock, taken, zone.instances);
                !problem.isEmpty()) {
                out.problems << tr("No vSwitch for zone %1: %2").arg(zone.zoneId, problem);
                chosen.insert(zone.zoneId, QString());
                continue;
            }
            chosen.insert(zone.zoneId, given);
            taken.append(given);
        }
        QList<Operation> created;
        for (const ZoneNeed &zone : movePlan.zones) {
            if (zone.enough())
                continue;
            QString block = chosen.value(zone.zoneId);
            if (!chosen.contains(zone.zoneId)) {
                block = proposeBlock(vpc.cidrBlock, taken, zone.instances);
                if (block.isEmpty()) {
                    out.problems
                        << tr("No vSwitch for zone %1: %2")
                               .arg(zone.zoneId,
                                    tr("the VPC's block %1 has no free block for %n instance(s); give one",
                                       nullptr, zone.instances)
                                        .arg(vpc.cidrBlock));
                    continue;
                }
                taken.append(block);
            }
            if (block.isEmpty())
                continue; // refused above
            Operation operation = planned(OperationKind::CreateVSwitch, vpc);
            operation.zoneId = zone.zoneId;
            operation.cidrBlock = block;
            operation.name = QStringLiteral("classiclink-move-%1").arg(zone.zoneId);
            created.append(operation);
            vswitchBlocks.append(block);
        }
        addStep(PrepareStage::VSwitches, created);
    }

    // A copy not made yet is named by a stand-in in the calls that follow it: they are planned, shown, and
    // sent once a later pass has read the copy's real ID.
    const auto copyId = [&movePlan, parts](const QString &classicGroupId) {
        const GroupCopyPlan *copy = movePlan.copyOf(classicGroupId);
        if (copy && !copy->copyId.isEmpty())
            return copy->copyId;
        return copy && parts.testFlag(PreparePart::Groups) ? pendingCopy(classicGroupId) : QString();
    };
    if (parts.testFlag(PreparePart::Groups)) {
        QList<Operation> copies;
        QList<GroupRule> inbound, outbound;
        for (const GroupCopyPlan &copy : movePlan.copies) {
            if (copy.copyId.isEmpty()) {
                Operation operation = planned(OperationKind::CreateSecurityGroup, vpc);
                operation.copyOf = copy.classicGroupId;
                operation.name = MoveReadiness::copyName(copy.classicGroupId, copy.classicGroupName);
                copies.append(operation);
            }
            for (const MoveRule &rule : copy.missingRules) {
                SecurityRule sent = rule.asSecurityRule();
                if (!rule.peerCopyOf.isEmpty())
                    sent.sourceGroupId = copyId(rule.peerCopyOf);
                (rule.egress ? outbound : inbound).append({copyId(copy.classicGroupId), sent});
            }
        }
        addStep(PrepareStage::GroupCopies, copies);
        addStep(
            PrepareStage::CopyInboundRules,
            ClassicLinkBatch::ruleOperations(OperationKind::AuthorizeRules, vpc.regionId, vpc.id, inbound));
        addStep(PrepareStage::CopyOutboundRules,
                ClassicLinkBatch::ruleOperations(OperationKind::AuthorizeEgressRules, vpc.regionId, vpc.id,
                                                 outbound));
    }

    if (parts.testFlag(PreparePart::Traffic)) {
        // ClassicLink on, when the enable flow's own check allows it (the vSwitches planned above count).
        Vpc enabled = vpc;
        if (!vpc.classicLinkEnabled) {
            const EnableVerdict verdict =
                EnableCheck::judge({vpc.id, vpc.cidrBlock, vswitchBlocks, facts.customRoutes});
            enabled.classicLinkEnabled = verdict.allowed();
            if (verdict.allowed())
                addStep(PrepareStage::EnableClassicLink, {planned(OperationKind::EnableClassicLink, vpc)});
            for (const QString &problem : verdict.problems)
                out.problems << tr("ClassicLink cannot be enabled: %1").arg(problem);
            out.later << verdict.notes;
        }
        // The links: every instance not linked to the VPC yet, through the link flow's own checks (with
        // ClassicLink on, as it will be by then; refused when it cannot be).
        QList<ClassicInstance> unlinked;
        for (const MoveInstance &moving : facts.instances) {
            if (moving.instance.linkedVpcId != vpc.id)
                unlinked.append(moving.instance);
        }
        const LinkPlan links = Preflight::plan(LinkDirection::Attach, unlinked, enabled, vpc.regionId);
        out.refused = links.refused;
        QList<Operation> attach;
        for (const QString &instanceId : links.ready) {
            Operation operation = planned(OperationKind::Attach, vpc);
            operation.instanceId = instanceId;
            attach.append(operation);
        }
        addStep(PrepareStage::Links, attach);
        // Both ways between each classic group and its copy, all traffic, as the console's ClassicLink rule.
        Traffic::Groups groups;
        for (const MoveGroup &group : facts.groups) {
            SecurityGroup &known = groups[group.id];
            known.id = group.id;
            known.vpcId = group.vpcId;
            known.rulesRead = true;
            for (const MoveRule &rule : group.rules) {
                if (!rule.egress)
                    known.rules.append(rule.asSecurityRule());
            }
        }
        RuleSpec spec;
        spec.protocol = QStringLiteral("all");
        spec.ports = QStringLiteral("-1/-1");
        spec.description = trafficDescription();
        QList<GroupRule> traffic;
        for (const GroupCopyPlan &copy : movePlan.copies) {
            // Readiness's own test: any accepting rule each way between the two will do.
            if (copy.trafficRulesThere)
                continue;
            const QString copyGroup = copyId(copy.classicGroupId);
            if (copyGroup.isEmpty()) {
                out.later << tr("The rules between %1 and its copy, once the copy exists (copy the security "
                                "groups too).")
                                 .arg(copy.classicGroupId);
                continue;
            }
            for (const GroupRule &rule :
                 TrafficRules::plan(TrafficRules::rules({copy.classicGroupId}, {copyGroup}, spec), groups)
                     .toAdd) {
                if (!(copy.copyAdvanced && rule.groupId == copyGroup)) // listed as a rule it cannot carry
                    traffic.append(rule);
            }
        }
        addStep(PrepareStage::TrafficRules, ClassicLinkBatch::ruleOperations(OperationKind::AuthorizeRules,
                                                                             vpc.regionId, vpc.id, traffic));
    }
    // Run in the order of the stages, whatever the order above.
    std::stable_sort(out.steps.begin(), out.steps.end(),
                     [](const PrepareStep &a, const PrepareStep &b) { return a.stage < b.stage; });
    out.later.removeDuplicates();
    return out;
}

QString MovePreparation::text(PrepareStage stage)
{
    switch (stage) {
    case PrepareStage::VSwitches:
        return tr("vSwitches");
    case PrepareStage::GroupCopies:
        return tr("Security group copies");
    case PrepareStage::CopyInboundRules:
        return tr("Inbound rules of the copies");
    case PrepareStage::CopyOutboundRules:
        return tr("Outbound rules of the copies");
    case PrepareStage::EnableClassicLink:
        return tr("ClassicLink on the VPC");
    case PrepareStage::Links:
        return tr("Links");
    case PrepareStage::TrafficRules:
        return tr("Rules between the classic groups and their copies");
    }
    return {};
}

QStringList MovePreparation::describe(const PreparePlan &plan)
{
    QStringList lines;
    for (const PrepareStep &step : plan.steps) {
        lines << (step.pending
                      ? tr("%1, once the copies exist:", "a stage of the preparation, then its calls")
                      : tr("%1:", "a stage of the preparation, followed by its calls"))
                     .arg(text(step.stage));
        for (const Operation &operation : step.operations) {
            lines << QStringLiteral("  %1 %2").arg(apiAction(operation.kind),
                                                   OperationText::target(operation));
            for (qsizetype i = 0; operation.rules.size() > 1 && i < operation.rules.size(); ++i)
                lines << QStringLiteral("    %1").arg(OperationText::ruleText(operation, i));
        }
    }
    for (const QString &line : plan.later)
        lines << line;
    for (const QString &problem : plan.problems)
        lines << problem;
    for (const Refusal &refusal : plan.refused)
        lines << tr("Not linked: %1: %2").arg(refusal.instanceId, refusal.reason);
    if (plan.steps.isEmpty())
        lines << tr("Nothing to send: the VPC already has all of it.");
    return lines;
}

MovePreparation::MovePreparation(CloudClient *cloud, const QString &regionId, const QString &vpcId,
                                 const QList<ClassicInstance> &instances, PrepareParts parts,
                                 const Blocks &blocks, Launch launch, QObject *parent)
    : QObject(parent)
    , m_cloud(cloud)
    , m_regionId(regionId)
    , m_vpcId(vpcId)
    , m_instances(instances)
    , m_parts(parts)
    , m_blocks(blocks)
    , m_launch(std::move(launch))
{}

void MovePreparation::start()
{
    pass();
}

void MovePreparation::cancel()
{
    m_cancelled = true;
    if (m_batch && !m_batch->isFinished())
        return m_batch->cancel(); // it ends once the batch has settled what it sent
    if (m_reading)
        m_reading->cancel();
    end(tr("Cancelled."));
}

void MovePreparation::pass()
{
    // Read again before each stage: what the last one made (a copy's ID, ClassicLink on) is then known.
    // Guarded: the client (a child) answers pending reads as cancelled while this is being destroyed.
    m_reading = MoveReader::read(
        m_cloud, m_regionId, m_vpcId, m_instances,
        [this, self = QPointer<MovePreparation>(this)](const MoveFacts &facts, const ApiResult &result) {
            if (!self)
                return;
            if (m_cancelled)
                return end(tr("Cancelled."));
            if (!result.ok())
                return end(tr("The VPC could not be read."), result);
            const PreparePlan next = plan(facts, MoveReadiness::plan(facts), m_parts, m_blocks);
            m_refused = next.refused; // as the cloud has them now
            // Each stage runs once: one that did not fully succeed is not
            // tried again in the same run.
            const auto step =
                std::find_if(next.steps.cbegin(), next.steps.cend(),
                             [this](const PrepareStep &s) { return !m_ran.contains(s.stage) && !s.pending; });
            if (step == next.steps.cend()) {
                QStringList stopped = next.problems;
                // Calls still planned (a stage that did not take, calls waiting for a copy not made):
                // not everything is there.
                if (m_failed || !next.steps.isEmpty())
                    stopped.prepend(tr("Not every call succeeded. Running it again sends what is missing."));
                return end(stopped.join(u'\n'));
            }
            m_ran.insert(step->stage);
            QString error;
            m_batch = m_launch(step->operations, &error);
            if (!m_batch)
                return end(tr("%1 could not start: %2").arg(text(step->stage), error));
            const PrepareStage stage = step->stage;
            ClassicLinkBatch *batch = m_batch;
            connect(batch, &ClassicLinkBatch::finished, this, [this, batch, stage] {
                bool allDone = true;
                bool cancelled = m_cancelled;
                for (const Operation &operation : batch->operations()) {
                    m_operations.append(operation);
                    allDone = allDone && operation.state == OperationState::Succeeded;
                    // Cancelled from elsewhere too (the window's Cancel, an account switch): it ends here.
                    // (Not sent because its log could not be written is a failure: the batch says why.)
                    cancelled = cancelled || (operation.state == OperationState::Cancelled &&
                                              operation.result.diagnostic.isEmpty());
                    if (operation.kind == OperationKind::Attach &&
                        operation.state == OperationState::Succeeded) {
                        for (ClassicInstance &instance : m_instances) {
                            if (instance.id == operation.instanceId)
                                instance.linkedVpcId = operation.vpcId;
                        }
                    }
                }
                if (cancelled)
                    return end(tr("Cancelled. Running it again sends what is missing."));
                m_failed = m_failed || !allDone;
                // The rules need the copies, the links and their rules ClassicLink.
                if (!allDone &&
                    (stage == PrepareStage::GroupCopies || stage == PrepareStage::EnableClassicLink))
                    return end(tr("%1: not every call succeeded, so what needs it was "
                                  "not sent. Running it again sends what is missing.")
                                   .arg(text(stage)));
                pass();
            });
            emit stageStarted(stage, batch);
            batch->start();
        });
}

void MovePreparation::end(const QString &stopped, const ApiResult &result)
{
    if (std::exchange(m_finished, true))
        return;
    emit finished(stopped, result);
}

} // namespace clm
