// Operation logs as a crash leaves them, for the tests of resuming: the plan of an attach batch, and every
// operation recorded as sent with no answer.
#pragma once

#include "history/operationlog.h"

#include <numeric>

namespace clm::test {

inline LoggedBatch attachPlan(const QStringList &instanceIds, const QString &vpcId,
                              const QString &accessKeyId = QStringLiteral("sandbox-admin"),
                              const QString &endpoint = {})
{
    LoggedBatch plan;
    plan.kind = OperationKind::Attach;
    plan.regionId = QStringLiteral("cn-hangzhou");
    plan.vpcId = vpcId;
    plan.accountName = QStringLiteral("Production");
    plan.accessKeyId = accessKeyId;
    plan.endpoint = endpoint;
    for (const QString &id : instanceIds) {
        Operation operation;
        operation.instanceId = id;
        plan.operations.append(operation);
    }
    return plan;
}

// Writes the plan and one "sent" record for all its operations; returns the log's path.
inline QString writeCrashedLog(const QString &directory, LoggedBatch plan)
{
    QString error;
    const std::unique_ptr<OperationLog> log = OperationLog::create(directory, plan, &error);
    if (!log)
        qFatal("%s", qPrintable(error));
    QList<int> all(plan.operations.size());
    std::iota(all.begin(), all.end(), 0);
    Operation sent;
    sent.state = OperationState::Sent;
    if (!log->record(all, sent))
        qFatal("%s", qPrintable(log->errorString()));
    return plan.path;
}

} // namespace clm::test
