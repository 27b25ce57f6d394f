// The operation log of one batch: a file per batch that is written before anything is sent and only ever
// appended to, one record a line, each line carrying a checksum of itself and flushed to disk before the
// call it describes goes out. A crash at any byte leaves a readable prefix: the plan, then each state
// change, so an interrupted batch can be settled and resumed. The log holds IDs, states and the cloud's
// answer codes; it never holds a secret or a signed request.
#pragma once

#include "operation.h"

#include <QFile>
#include <QList>
#include <QLockFile>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <optional>

namespace clm {

// What the log knows of one batch: the plan, and each operation in its last recorded state.
struct LoggedBatch
{
    QUuid id;
    OperationKind kind = OperationKind::Unknown; // written as its API action
    QString action; // the API action as read from the log, also when this version does not know it
    QString regionId;
    QString vpcId;
    // Who and where, so a batch is resumed only with the account that started it.
    QString accountName;
    QString accessKeyId;
    QString endpoint; // the endpoint override as endpointText() writes it, empty for the cloud's own
    QDateTime created;
    QList<Operation> operations;
    QString path; // the file it was read from

    // The one spelling of an endpoint override in logs (no user info, no trailing slash), so a batch
    // started in the app can be resumed from `classiclink` and back.
    static QString endpointText(const QUrl &endpointOverride);

    int finishedCount() const;
    // An operation is open (Operation::isOpen): the batch can be resumed.
    bool isInterrupted() const
    {
        return std::any_of(operations.cbegin(), operations.cend(),
                           [](const Operation &o) { return o.isOpen(); });
    }
    bool belongsTo(const QString &keyId, const QString &endpointOverride) const
    {
        return keyId == accessKeyId && endpointOverride == endpoint;
    }
};

class OperationLog final
{
    Q_DISABLE_COPY_MOVE(OperationLog)

public:
    ~OperationLog();

    // Where the desktop application and the command line keep their logs (shared between both).
    static QString defaultDirectory();

    // Creates the log of a new batch in `directory` and writes the plan to disk. The batch must not be
    // sent when this fails; `error` says why (in the user's language).
    static std::unique_ptr<OperationLog> create(const QString &directory, LoggedBatch &batch, QString *error);
    // Opens an existing log to continue it: drops a torn last record, then appends after the valid ones.
    static std::unique_ptr<OperationLog> reopen(const QString &path, LoggedBatch *batch, QString *error);

    // Reads a log; nothing when its plan is missing or damaged. `validSize` is the length of the readable
    // prefix.
    static std::optional<LoggedBatch> read(const QString &path, qint64 *validSize = nullptr);
    // Parses the bytes of a log (the file reader and the fuzz target share it).
    static std::optional<LoggedBatch> parse(const QByteArray &bytes, qint64 *validSize = nullptr);
    // The batches in `directory` with an operation that has no final state, oldest first. A batch that a
    // running process (this one or another) is still working on is not interrupted, and is left out.
    static QList<LoggedBatch> interrupted(const QString &directory);
    // Those of one account at one endpoint (LoggedBatch::belongsTo): the only ones it may resume.
    static QList<LoggedBatch> interrupted(const QString &directory, const QString &accessKeyId,
                                          const QString &endpoint);
    // Whether a running process holds the batch's lock (it is being sent or resumed right now).
    static bool isInUse(const QString &path);
    // Removes the finished logs beyond the newest `keep`; never one that a process holds.
    static void prune(const QString &directory, int keep = 100);

    // Appends the current state of the operations at `indices` (all in the same state) and syncs the file.
    bool record(const QList<int> &indices, const Operation &operation);
    bool record(int index, const Operation &operation) { return record(QList<int>{index}, operation); }
    const QString &errorString() const { return m_error; }
    QString path() const { return m_file.fileName(); }

private:
    explicit OperationLog(const QString &path);
    bool appendRecord(const QJsonObject &object);
    // Takes the batch's lock for as long as this log is open; false when another process holds it.
    bool lock(QString *error);

    QFile m_file;
    std::unique_ptr<QLockFile> m_lock; // <log>.lock: one writer per batch, across processes
    QString m_error;
};

} // namespace clm
