#include "classiclinkbatch.h"

#include "traffic.h"

#include "api/responseparser.h"

#include <QFileInfo>
#include <QSet>
#include <QUuid>

#include <numeric>

namespace clm {

namespace {

Operation planned(OperationKind kind, const QString &regionId, const QString &vpcId)
{
    Operation operation;
    operation.kind = kind;
    operation.regionId = regionId;
    operation.vpcId = vpcId;
    return operation;
}

} // namespace

ClassicLinkBatch::ClassicLinkBatch(CloudClient *cloud, Kind kind, const QString &regionId,
                                   const QString &vpcId, const QStringList &instanceIds, QObject *parent)
    : QObject(parent)
    , m_cloud(cloud)
    , m_kind(kind)
{
    // One operation per instance, one for the VPC-wide switch; rules are added by forRules().
    const bool perInstance = kind == Kind::Attach || kind == Kind::Detach;
    const QStringList targets = perInstance      ? instanceIds
                                : changesRules() ? QStringList{}
                                                 : QStringList{QString()};
    for (const QString &instanceId : targets) {
        Operation operation = planned(kind, regionId, vpcId);
        operation.instanceId = instanceId;
        m_operations.append(operation);
    }
}

QList<Operation> ClassicLinkBatch::ruleOperations(Kind kind, const QString &regionId, const QString &vpcId,
                                                  const QList<GroupRule> &rules)
{
    Q_ASSERT(clm::changesRules(kind));
    // The rules of one group go out together, up to kRulesPerCall in a call; groups in the order given.
    QList<Operation> operations;
    QStringList groups;
    for (const GroupRule &rule : rules) {
        if (!groups.contains(rule.groupId))
            groups.append(rule.groupId);
    }
    for (const QString &groupId : std::as_const(groups)) {
        for (const GroupRule &rule : rules) {
            if (rule.groupId != groupId)
                continue;
            if (operations.isEmpty() || operations.last().groupId != groupId ||
                operations.last().rules.size() == Operation::kRulesPerCall) {
                operations.append(planned(kind, regionId, vpcId));
                operations.last().groupId = groupId;
            }
            operations.last().rules.append(RuleChange{rule.rule});
        }
    }
    return operations;
}

std::unique_ptr<ClassicLinkBatch> ClassicLinkBatch::forRules(CloudClient *cloud, Kind kind,
                                                             const QString &regionId, const QString &vpcId,
                                                             const QList<GroupRule> &rules, QObject *parent)
{
    auto batch = std::make_unique<ClassicLinkBatch>(cloud, kind, regionId, vpcId, QStringList{}, parent);
    batch->m_operations = ruleOperations(kind, regionId, vpcId, rules);
    return batch;
}

std::unique_ptr<ClassicLinkBatch>
ClassicLinkBatch::fromOperations(CloudClient *cloud, const QList<Operation> &operations, QObject *parent)
{
    Q_ASSERT(!operations.isEmpty());
    auto batch =
        std::make_unique<ClassicLinkBatch>(cloud, operations.first().kind, operations.first().regionId,
                                           operations.first().vpcId, QStringList{}, parent);
    batch->m_operations = operations;
    return batch;
}

QStringList ClassicLinkBatch::instanceIds() const
{
    QStringList ids;
    for (const Operation &operation : m_operations) {
        if (!operation.instanceId.isEmpty())
            ids.append(operation.instanceId);
    }
    return ids;
}

int ClassicLinkBatch::finishedCount() const
{
    return int(std::count_if(m_operations.cbegin(), m_operations.cend(),
                             [](const Operation &o) { return o.isFinal(); }));
}

bool ClassicLinkBatch::createLog(const QString &directory, const QString &accountName,
                                 const QString &accessKeyId, const QString &endpoint, QString *error)
{
    LoggedBatch plan;
    plan.kind = m_kind;
    plan.regionId = m_operations.first().regionId;
    plan.vpcId = m_operations.first().vpcId;
    plan.accountName = accountName;
    plan.accessKeyId = accessKeyId;
    plan.endpoint = endpoint;
    plan.operations = m_operations;
    m_log = OperationLog::create(directory, plan, error);
    m_logPath = m_log ? m_log->path() : QString();
    return m_log != nullptr;
}

ClassicLinkBatch *ClassicLinkBatch::fromLog(CloudClient *cloud, const QString &path, QString *error,
                                            QObject *parent)
{
    LoggedBatch logged;
    std::unique_ptr<OperationLog> log = OperationLog::reopen(path, &logged, error);
    if (!log)
        return nullptr;
    if (logged.kind == Kind::Unknown) {
        *error = tr("The operation log %1 describes an action this version does not know (%2).")
                     .arg(path, logged.action);
        return nullptr;
    }
    auto *batch =
        new ClassicLinkBatch(cloud, logged.kind, logged.regionId, logged.vpcId, QStringList{}, parent);
    batch->m_operations = logged.operations;
    batch->m_log = std::move(log);
    batch->m_logPath = path;
    return batch;
}

void ClassicLinkBatch::start()
{
    for (qsizetype i = 0; i < m_operations.size(); ++i)
        emit operationChanged(m_operations.at(i));
    emit progress(0, int(m_operations.size()));
    QList<int> all(m_operations.size());
    std::iota(all.begin(), all.end(), 0);
    // All go to the client at once; it keeps the number in flight and the rate within bounds.
    send(all);
}

void ClassicLinkBatch::resume(bool sendRemaining)
{
    QList<int> open;
    for (int i = 0; i < int(m_operations.size()); ++i) {
        emit operationChanged(m_operations.at(i));
        if (m_operations.at(i).isOpen())
            open.append(i);
    }
    emit progress(finishedCount(), int(m_operations.size()));
    if (open.isEmpty())
        return finish();
    setState(open, OperationState::Verifying);
    auto settled = [this, sendRemaining](const QList<int> &applied, const QList<int> &notApplied) {
        for (int index : applied)
            settle(index, OperationState::Succeeded, true);
        if (sendRemaining && !m_cancelled)
            return send(notApplied);
        // Not applied, and the user chose not to send them: they end as not sent (a call's rules that did
        // take effect stay marked, and are shown rule by rule).
        for (int index : notApplied) {
            m_operations[index].result = ApiResult{};
            m_operations[index].result.errorKind = ErrorKind::Cancelled;
            settle(index, OperationState::Cancelled, true);
        }
    };
    readBack(open, settled, [this, open](const ApiResult &result) {
        // Nothing is known: the log keeps these open so the batch can be resumed again.
        for (int index : open) {
            m_operations[index].result = result;
            settle(index, OperationState::Unknown, false, false);
        }
    });
}

bool ClassicLinkBatch::setState(const QList<int> &indices, OperationState state)
{
    for (int index : indices)
        m_operations[index].state = state;
    const bool recorded =
        !m_log || indices.isEmpty() || m_log->record(indices, m_operations.at(indices.first()));
    if (!recorded)
        emit logFailed(m_log->errorString());
    for (int index : indices)
        emit operationChanged(m_operations.at(index));
    return recorded;
}

void ClassicLinkBatch::send(const QList<int> &indices)
{
    // On disk before on the wire: after a crash, "sent" means "read it back before sending again".
    // What could not be recorded is not sent; the log still lists it as planned.
    if (!setState(indices, OperationState::Sent)) {
        for (int index : indices) {
            m_operations[index].result = ApiResult{};
            m_operations[index].result.errorKind = ErrorKind::Cancelled;
            m_operations[index].result.diagnostic = m_log->errorString();
            settle(index, OperationState::Cancelled, false, false);
        }
        return;
    }
    for (int index : indices) {
        const Operation &operation = m_operations.at(index);
        if (operation.kind == Kind::Unknown)
            continue; // never built: fromLog refuses an action this version does not know
        // A security group call resumed after it was partly applied sends only the missing rules, under a
        // ClientToken of their own: the cloud would answer the first call's token with its old result.
        QByteArray which;
        for (qsizetype i = 0; i < operation.rules.size(); ++i) {
            if (!operation.rules.at(i).done)
                which += QByteArray::number(i) + ',';
        }
        const QUuid token =
            operation.doneRuleCount() == 0 ? operation.id : QUuid::createUuidV5(operation.id, which);
        CloudTask *task = m_cloud->send(operation, token.toString(QUuid::WithoutBraces),
                                        [this, index](const ApiResult &result) { onResult(index, result); });
        m_tasks.append(task);
    }
}

void ClassicLinkBatch::cancel()
{
    // Stops the writes; read-backs go on, so what was sent is still settled by the cloud's state (even when
    // cancel comes again, e.g. from a second account switch).
    m_cancelled = true;
    const auto tasks = m_tasks;
    for (const QPointer<CloudTask> &task : tasks) {
        if (task)
            task->cancel();
    }
}

void ClassicLinkBatch::onResult(int index, const ApiResult &result)
{
    Operation &operation = m_operations[index];
    operation.result = result;
    if (result.ok()) {
        for (RuleChange &rule : operation.rules)
            rule.done = true;
        if (m_kind == Kind::CreateVSwitch || m_kind == Kind::CreateSecurityGroup)
            operation.createdId = jsonString(result.body.value(m_kind == Kind::CreateVSwitch
                                                                   ? QLatin1String("VSwitchId")
                                                                   : QLatin1String("SecurityGroupId")));
        return settle(index, OperationState::Succeeded, false);
    }
    // "Already on" (or off) is what the cloud says when ClassicLink is not in the state the call expects;
    // like a lost answer, it is settled by reading the VPC back rather than assumed.
    const bool switchInOtherState = result.code == QLatin1String("IncorrectClassicLinkStatus") &&
                                    m_kind != Kind::Attach && m_kind != Kind::Detach;
    if (result.outcomeUnknown || switchInOtherState) {
        setState({index}, OperationState::Verifying);
        return readBack(
            {index},
            [this, index](const QList<int> &applied, const QList<int> &) {
                // Not applied: partly, when some of a call's rules took effect.
                const bool partly = m_operations.at(index).doneRuleCount() > 0;
                settle(index,
                       !applied.isEmpty() ? OperationState::Succeeded
                       : partly           ? OperationState::PartlyApplied
                                          : OperationState::Failed,
                       true);
            },
            // Not known: the log keeps it open, so the next start offers the batch again.
            [this, index](const ApiResult &) { settle(index, OperationState::Unknown, false, false); });
    }
    if (result.errorKind == ErrorKind::Cancelled)
        return settle(index, OperationState::Cancelled, false);
    settle(index, OperationState::Failed, false);
}

void ClassicLinkBatch::readBack(const QList<int> &indices, ReadBackDone settled,
                                std::function<void(const ApiResult &)> failed)
{
    const Operation &first = m_operations.at(indices.first());
    const QString vpcId = first.vpcId;
    if (m_kind == Kind::EnableClassicLink || m_kind == Kind::DisableClassicLink) {
        const bool wantEnabled = m_kind == Kind::EnableClassicLink;
        // Not kept with the writes: cancel() leaves read-backs running.
        m_cloud->describeVpcAttribute(first.regionId, vpcId,
                                      [indices, wantEnabled, settled, failed](const CloudResult<Vpc> &vpc) {
                                          if (!vpc.ok())
                                              return failed(vpc.result);
                                          if (vpc.value.classicLinkEnabled == wantEnabled)
                                              settled(indices, {});
                                          else
                                              settled({}, indices);
                                      });
        return;
    }
    if (m_kind == Kind::CreateVSwitch) {
        // Made when the VPC has a vSwitch of that block in that zone.
        m_cloud->describeVSwitches(
            first.regionId, vpcId,
            [this, indices, settled, failed](const CloudResult<QList<VSwitch>> &vswitches) {
                if (!vswitches.ok())
                    return failed(vswitches.result);
                QList<int> applied, notApplied;
                for (int index : indices) {
                    Operation &operation = m_operations[index];
                    for (const VSwitch &vswitch : vswitches.value) {
                        if (vswitch.cidrBlock == operation.cidrBlock && vswitch.zoneId == operation.zoneId)
                            operation.createdId = vswitch.id;
                    }
                    (operation.createdId.isEmpty() ? notApplied : applied).append(index);
                }
                settled(applied, notApplied);
            });
        return;
    }
    if (m_kind == Kind::CreateSecurityGroup) {
        // Made when the VPC has a group carrying the copy's mark.
        m_cloud->describeSecurityGroups(first.regionId, [this, indices, vpcId, settled, failed](
                                                            const CloudResult<QList<SecurityGroup>> &groups) {
            if (!groups.ok())
                return failed(groups.result);
            QList<int> applied, notApplied;
            for (int index : indices) {
                Operation &operation = m_operations[index];
                for (const SecurityGroup &group : groups.value) {
                    if (group.vpcId == vpcId && group.description.contains(groupCopyMark(operation.copyOf)))
                        operation.createdId = group.id;
                }
                (operation.createdId.isEmpty() ? notApplied : applied).append(index);
            }
            settled(applied, notApplied);
        });
        return;
    }
    if (changesRules()) {
        QSet<QString> groupIds;
        for (int index : indices)
            groupIds.insert(m_operations.at(index).groupId);
        const bool wantPresent = m_kind != Kind::RevokeRules;
        auto compare = [this, indices, wantPresent, settled](const Traffic::Groups &groups) {
            // Rule by rule: the call is done when each of its rules is.
            QList<int> applied, notApplied;
            for (int index : indices) {
                Operation &operation = m_operations[index];
                const SecurityGroup group = groups.value(operation.groupId);
                for (RuleChange &wanted : operation.rules) {
                    const bool present =
                        std::any_of(group.rules.cbegin(), group.rules.cend(),
                                    [&wanted](const SecurityRule &r) { return r.sameAs(wanted.rule); });
                    wanted.done = present == wantPresent;
                }
                (operation.doneRuleCount() == operation.rules.size() ? applied : notApplied).append(index);
            }
            settled(applied, notApplied);
        };
        if (m_kind != Kind::AuthorizeEgressRules) {
            Traffic::readGroups(m_cloud, first.regionId, groupIds, {}, this,
                                [compare, failed](const Traffic::Groups &groups, const ApiResult &result) {
                                    if (!result.ok())
                                        return failed(result);
                                    compare(groups);
                                });
            return;
        }
        // Outbound rules: each group's, read in both directions (a VPC group has intranet rules only).
        auto groups = std::make_shared<Traffic::Groups>();
        auto fanIn = FanIn::expect(groupIds.size(), [groups, compare, failed](const ApiResult &result) {
            if (!result.ok())
                return failed(result);
            compare(*groups);
        });
        for (const QString &groupId : std::as_const(groupIds)) {
            m_cloud->describeMoveRules(first.regionId, groupId, QStringLiteral("intranet"),
                                       [groups, fanIn, groupId](const CloudResult<QList<MoveRule>> &rules) {
                                           SecurityGroup &group = (*groups)[groupId];
                                           for (const MoveRule &rule : rules.value) {
                                               if (rule.egress)
                                                   group.rules.append(rule.asSecurityRule());
                                           }
                                           fanIn->answer(rules.result);
                                       });
        }
        return;
    }
    QStringList instanceIds;
    for (int index : indices)
        instanceIds.append(m_operations.at(index).instanceId);
    const bool wantLinked = m_kind == Kind::Attach;
    m_cloud->describeClassicLinks(
        first.regionId, {}, instanceIds,
        [this, indices, vpcId, wantLinked, settled, failed](const CloudResult<QList<ClassicLink>> &links) {
            if (!links.ok())
                return failed(links.result);
            QSet<QString> linked;
            for (const ClassicLink &link : links.value) {
                if (link.vpcId == vpcId)
                    linked.insert(link.instanceId);
            }
            QList<int> applied, notApplied;
            for (int index : indices)
                (linked.contains(m_operations.at(index).instanceId) == wantLinked ? applied : notApplied)
                    .append(index);
            settled(applied, notApplied);
        });
}

void ClassicLinkBatch::settle(int index, OperationState state, bool byReadBack, bool record)
{
    Operation &operation = m_operations[index];
    operation.state = state;
    operation.settledByReadBack = byReadBack;
    // A final state that cannot be recorded leaves the batch open in its log: it is read back later.
    if (record && m_log && !m_log->record(index, operation))
        emit logFailed(m_log->errorString());
    emit operationChanged(operation);
    const int done = finishedCount();
    emit progress(done, int(m_operations.size()));
    if (done == m_operations.size())
        finish();
}

void ClassicLinkBatch::finish()
{
    // The log is complete (or keeps what is still unknown open for a later resume): it is closed and its
    // lock released, so another process may resume it, and old finished logs can go.
    if (m_log) {
        m_log.reset();
        OperationLog::prune(QFileInfo(m_logPath).path());
    }
    emit finished();
}

} // namespace clm
