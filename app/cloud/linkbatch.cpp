#include "linkbatch.h"

#include <QUuid>

namespace clm {

QString LinkBatch::actionName(Kind kind)
{
    switch (kind) {
    case Kind::Attach:
        return QStringLiteral("AttachClassicLinkVpc");
    case Kind::Detach:
        return QStringLiteral("DetachClassicLinkVpc");
    case Kind::EnableClassicLink:
        return QStringLiteral("EnableVpcClassicLink");
    case Kind::DisableClassicLink:
        return QStringLiteral("DisableVpcClassicLink");
    }
    return {};
}

LinkBatch::LinkBatch(CloudClient *cloud, Kind kind, const QString &regionId, const QString &vpcId,
                     const QStringList &instanceIds, QObject *parent)
    : QObject(parent)
    , m_cloud(cloud)
    , m_kind(kind)
{
    const bool perInstance = kind == Kind::Attach || kind == Kind::Detach;
    const QStringList targets = perInstance ? instanceIds : QStringList{QString()};
    for (const QString &instanceId : targets) {
        Operation operation;
        operation.action = actionName(kind);
        operation.regionId = regionId;
        operation.instanceId = instanceId;
        operation.vpcId = vpcId;
        m_operations.append(operation);
    }
}

QStringList LinkBatch::instanceIds() const
{
    QStringList ids;
    for (const Operation &operation : m_operations) {
        if (!operation.instanceId.isEmpty())
            ids.append(operation.instanceId);
    }
    return ids;
}

int LinkBatch::finishedCount() const
{
    return int(std::count_if(m_operations.cbegin(), m_operations.cend(),
                             [](const Operation &o) { return o.isFinal(); }));
}

void LinkBatch::start()
{
    for (qsizetype i = 0; i < m_operations.size(); ++i)
        emit operationChanged(m_operations.at(i));
    emit progress(0, int(m_operations.size()));
    // All go to the client at once; it keeps the number in flight and the rate within bounds.
    for (int i = 0; i < int(m_operations.size()); ++i)
        send(i);
}

void LinkBatch::send(int index)
{
    Operation &operation = m_operations[index];
    operation.state = OperationState::Sent;
    emit operationChanged(operation);
    auto done = [this, index](const ApiResult &result) {
        onResult(index, result);
    };
    CloudTask *task = nullptr;
    switch (m_kind) {
    case Kind::Attach:
        task = m_cloud->attachClassicLink(operation.regionId, operation.instanceId, operation.vpcId, done);
        break;
    case Kind::Detach:
        task = m_cloud->detachClassicLink(operation.regionId, operation.instanceId, operation.vpcId, done);
        break;
    case Kind::EnableClassicLink:
        task = m_cloud->enableVpcClassicLink(operation.regionId, operation.vpcId,
                                             operation.id.toString(QUuid::WithoutBraces), done);
        break;
    case Kind::DisableClassicLink:
        task = m_cloud->disableVpcClassicLink(operation.regionId, operation.vpcId,
                                              operation.id.toString(QUuid::WithoutBraces), done);
        break;
    }
    m_tasks.append(task);
}

void LinkBatch::cancel()
{
    m_cancelled = true;
    const auto tasks = m_tasks;
    for (const QPointer<CloudTask> &task : tasks) {
        if (task)
            task->cancel();
    }
}

void LinkBatch::onResult(int index, const ApiResult &result)
{
    Operation &operation = m_operations[index];
    operation.result = result;
    if (result.ok())
        return settle(index, OperationState::Succeeded, false);
    if (result.outcomeUnknown)
        return readBack(index);
    if (result.errorKind == ErrorKind::Cancelled)
        return settle(index, OperationState::Cancelled, false);
    // Enabling what is already on, or disabling what is already off, leaves the VPC as asked.
    if (result.code == QLatin1String("IncorrectClassicLinkStatus") && m_kind != Kind::Attach &&
        m_kind != Kind::Detach)
        return settle(index, OperationState::Succeeded, false);
    settle(index, OperationState::Failed, false);
}

void LinkBatch::readBack(int index)
{
    Operation &operation = m_operations[index];
    operation.state = OperationState::Verifying;
    emit operationChanged(operation);
    const QString vpcId = operation.vpcId;
    if (m_kind == Kind::EnableClassicLink || m_kind == Kind::DisableClassicLink) {
        const bool wantEnabled = m_kind == Kind::EnableClassicLink;
        m_tasks.append(m_cloud->describeVpcAttribute(
            operation.regionId, vpcId, [this, index, wantEnabled](const CloudResult<Vpc> &vpc) {
                if (!vpc.ok())
                    return settle(index, OperationState::Unknown, false);
                settle(index,
                       vpc.value.classicLinkEnabled == wantEnabled ? OperationState::Succeeded
                                                                   : OperationState::Failed,
                       true);
            }));
        return;
    }
    const bool wantLinked = m_kind == Kind::Attach;
    m_tasks.append(m_cloud->describeClassicLinks(
        operation.regionId, {}, {operation.instanceId},
        [this, index, vpcId, wantLinked](const CloudResult<QList<ClassicLink>> &links) {
            if (!links.ok())
                return settle(index, OperationState::Unknown, false);
            const bool linked = std::any_of(links.value.cbegin(), links.value.cend(),
                                            [&vpcId](const ClassicLink &l) { return l.vpcId == vpcId; });
            settle(index, linked == wantLinked ? OperationState::Succeeded : OperationState::Failed, true);
        }));
}

void LinkBatch::settle(int index, OperationState state, bool byReadBack)
{
    Operation &operation = m_operations[index];
    operation.state = state;
    operation.settledByReadBack = byReadBack;
    emit operationChanged(operation);
    const int done = finishedCount();
    emit progress(done, int(m_operations.size()));
    if (done == m_operations.size())
        emit finished();
}

} // namespace clm
