#include "cloudtask.h"

#include "api/apiclient.h"

namespace clm {

void CloudTask::track(ApiCall *call)
{
    m_calls.removeAll(nullptr);
    m_calls.append(call);
}

CloudTask *CloudTask::track(CloudTask *part)
{
    m_parts.removeAll(nullptr);
    m_parts.append(part);
    if (m_cancelled)
        part->cancel();
    return part;
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
    const auto parts = m_parts;
    for (const QPointer<CloudTask> &part : parts) {
        if (part)
            part->cancel();
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
