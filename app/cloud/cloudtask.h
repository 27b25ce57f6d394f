// A handle on one typed cloud operation that may span many ApiCalls (all pages of a list, links of
// many instance chunks) and other tasks (a traffic read's listing and rule reads). Cancelling it cancels
// every call and task it still has queued or running. FanIn is the one way to collect calls started
// together.
#pragma once

#include "api/apiresult.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

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
    // A task this one is made of: cancelling this one cancels it too. Returns it, for chaining.
    CloudTask *track(CloudTask *part);
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }
    void reportProgress(int done, int total) { emit progress(done, total); }
    // Emits finished() once and schedules deletion; the typed callback has run before.
    void finish();

signals:
    void progress(int done, int total);
    void finished();

private:
    QList<QPointer<ApiCall>> m_calls;
    QList<QPointer<CloudTask>> m_parts;
    bool m_cancelled = false;
    bool m_finished = false;
};

// "Start N calls, collect, finish once": the callbacks of calls started together share one FanIn, report
// each answer to it, and `finished` runs exactly once: with the first failure (later answers are then
// ignored) or, when every call has answered, with the last answer.
class FanIn final
{
public:
    using Finished = std::function<void(const ApiResult &result)>;
    static std::shared_ptr<FanIn> expect(qsizetype calls, Finished finished)
    {
        auto fanIn = std::make_shared<FanIn>();
        fanIn->m_remaining = calls;
        fanIn->m_finished = std::move(finished);
        return fanIn;
    }
    // Whether answers still count: false once `finished` has run. Check it before using an answer.
    bool isOpen() const { return !m_settled; }
    void answer(const ApiResult &result)
    {
        if (m_settled || (result.ok() && --m_remaining > 0))
            return;
        m_settled = true;
        m_finished(result);
    }

private:
    qsizetype m_remaining = 0;
    bool m_settled = false;
    Finished m_finished;
};

} // namespace clm
