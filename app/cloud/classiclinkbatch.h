// Runs the user's attach or detach over many instances (or one enable/disable of a VPC, or the ClassicLink
// security group rules to add or remove) through the
// client's concurrency and rate limits, reporting each operation as it changes. An answer that got lost
// is settled by reading the state back, never by sending the write again. With an operation log, every
// state is on disk before the call it describes goes out, and a batch cut short (a crash, a kill, a lost
// connection) is resumed from its log: the state is read back first, and only what is not yet done is
// sent.
#pragma once

#include "cloudclient.h"
#include "history/operation.h"
#include "history/operationlog.h"

#include <QObject>
#include <QPointer>

namespace clm {

class ClassicLinkBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassicLinkBatch)

public:
    using Kind = OperationKind;

    ClassicLinkBatch(CloudClient *cloud, Kind kind, const QString &regionId, const QString &vpcId,
                     const QStringList &instanceIds, QObject *parent = nullptr);
    // Adds (AuthorizeRules) or removes (RevokeRules) these rules, which let classic instances and `vpcId`
    // talk.
    static std::unique_ptr<ClassicLinkBatch> forRules(CloudClient *cloud, Kind kind, const QString &regionId,
                                                      const QString &vpcId, const QList<GroupRule> &rules,
                                                      QObject *parent = nullptr);

    // The calls that add or remove these rules: one per group, up to Operation::kRulesPerCall rules each.
    static QList<Operation> ruleOperations(Kind kind, const QString &regionId, const QString &vpcId,
                                           const QList<GroupRule> &rules);
    // Runs these planned operations, all of one kind (the move's vSwitches, group copies and their rules).
    static std::unique_ptr<ClassicLinkBatch>
    fromOperations(CloudClient *cloud, const QList<Operation> &operations, QObject *parent = nullptr);

    // Continues the batch recorded in the log at `path`; nothing when the log cannot be read or written.
    static ClassicLinkBatch *fromLog(CloudClient *cloud, const QString &path, QString *error,
                                     QObject *parent = nullptr);

    // Writes the plan to a new log in `directory`; the batch must not start when this fails.
    bool createLog(const QString &directory, const QString &accountName, const QString &accessKeyId,
                   const QString &endpoint, QString *error);
    QString logPath() const { return m_logPath; }

    void start();
    // For a batch from a log: reads back every operation without a final state, settles those already
    // done, then sends the rest (`sendRemaining`) or settles them as not sent. When the read-back fails,
    // they end as Unknown here and stay open in the log, to be resumed later.
    void resume(bool sendRemaining);
    void cancel();

    Kind kind() const { return m_kind; }
    const QList<Operation> &operations() const { return m_operations; }
    int finishedCount() const;
    bool isFinished() const { return finishedCount() == m_operations.size(); }
    QStringList instanceIds() const;
    bool changesRules() const { return clm::changesRules(m_kind); }

signals:
    void operationChanged(const clm::Operation &operation);
    void progress(int done, int total);
    void finished();
    // The log could not record a state: what was not yet sent is not sent; `error` says why.
    void logFailed(const QString &error);

private:
    void send(const QList<int> &indices);
    void onResult(int index, const ApiResult &result);
    // Reads the state of the operations at `indices` back and splits them by whether they took effect.
    using ReadBackDone = std::function<void(const QList<int> &applied, const QList<int> &notApplied)>;
    void readBack(const QList<int> &indices, ReadBackDone settled,
                  std::function<void(const ApiResult &)> failed);
    void settle(int index, OperationState state, bool byReadBack, bool record = true);
    // False when the log could not record it (then nothing that depends on it may be sent).
    bool setState(const QList<int> &indices, OperationState state);
    void finish();

    CloudClient *m_cloud;
    Kind m_kind;
    QList<Operation> m_operations;
    QList<QPointer<CloudTask>>
        m_tasks; // the writes (read-backs are not cancelled: they settle what was sent)
    std::unique_ptr<OperationLog> m_log; // open (and locked) until the batch finishes
    QString m_logPath;
    bool m_cancelled = false;
};

} // namespace clm
