#include "cloudtask.h"

#include "api/apiclient.h"

namespace clm {

void CloudTask::track(ApiCall *call)
{
    m_calls.removeAll(nullptr);
    m_calls.append(call);
}

void CloudTask::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    const auto calls = m_calls;
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void CloudTask::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
    deleteLater();
}

} // namespace clm
