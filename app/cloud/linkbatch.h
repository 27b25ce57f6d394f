// Runs the user's attach or detach over many instances (or one enable/disable of a VPC) through the
// client's concurrency and rate limits, reporting each operation as it changes. An answer that got lost
// is settled by reading the state back, never by sending the write again.
#pragma once

#include "cloudclient.h"
#include "history/operation.h"

#include <QObject>
#include <QPointer>

namespace clm {

class LinkBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkBatch)

public:
    enum class Kind
    {
        Attach,
        Detach,
        EnableClassicLink,
        DisableClassicLink
    };

    LinkBatch(CloudClient *cloud, Kind kind, const QString &regionId, const QString &vpcId,
              const QStringList &instanceIds, QObject *parent = nullptr);

    void start();
    void cancel();

    Kind kind() const { return m_kind; }
    const QList<Operation> &operations() const { return m_operations; }
    int finishedCount() const;
    bool isFinished() const { return finishedCount() == m_operations.size(); }
    QStringList instanceIds() const;

    static QString actionName(Kind kind);

signals:
    void operationChanged(const clm::Operation &operation);
    void progress(int done, int total);
    void finished();

private:
    void send(int index);
    void onResult(int index, const ApiResult &result);
    void readBack(int index);
    void settle(int index, OperationState state, bool byReadBack);

    CloudClient *m_cloud;
    Kind m_kind;
    QList<Operation> m_operations;
    QList<QPointer<CloudTask>> m_tasks;
    bool m_cancelled = false;
};

} // namespace clm
