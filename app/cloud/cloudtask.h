// A handle on one typed cloud operation that may span many ApiCalls (all pages of a list, links of
// many instance chunks). Cancelling it cancels every call it still has queued or running.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace clm {

class ApiCall;

class CloudTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudTask)

public:
    explicit CloudTask(QObject *parent = nullptr)
        : QObject(parent)
    {}

    void track(ApiCall *call);
    void cancel();
    bool isFinished() const { return m_finished; }
    void reportProgress(int done, int total) { emit progress(done, total); }
    // Emits finished() once and schedules deletion; the typed callback has run before.
    void finish();

signals:
    void progress(int done, int total);
    void finished();

private:
    QList<QPointer<ApiCall>> m_calls;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace clm
