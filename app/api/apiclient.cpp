#include "apiclient.h"

#include "apijob.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <algorithm>
#include <cmath>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace clm {

ApiCall::ApiCall(ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{}

void ApiCall::cancel()
{
    if (auto *client = qobject_cast<ApiClient *>(parent()))
        client->cancelCall(this);
}

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<clm::ApiResult>();
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pumpTimer, &QTimer::timeout, this, &ApiClient::pump);
    m_clock.start();
    setSettings(m_settings);
}

ApiClient::~ApiClient()
{
    cancelAll();
}

void ApiClient::setSettings(const ClientSettings &settings)
{
    m_settings = settings;
    m_settings.maxInFlight = std::max(1, m_settings.maxInFlight);
    // Start without credit: the first second is paced, whatever the server's budget was.
    const double intervalMs = m_settings.ratePerSecond > 0 ? 1000.0 / m_settings.ratePerSecond : 0.0;
    m_nextSendMs = m_clock.nsecsElapsed() / 1e6 + std::max(0.0, 1000.0 - intervalMs);
    m_endpoints = Endpoints(settings.endpointOverride);
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    if (!settings.extraCaCertificates.isEmpty()) {
        // The system's roots and the bundle, both named: adding certificates to the default configuration
        // would switch off the on-demand loading of the system roots and trust the bundle alone.
        m_sslConfiguration.setCaCertificates(QSslConfiguration::systemCaCertificates() +
                                             settings.extraCaCertificates);
    }
    // Open connections keep the TLS configuration they were made with, so the manager's cache is cleared
    // when the trusted roots change; only then, since clearing it disturbs requests in flight on it.
    QByteArray roots;
    for (const QSslCertificate &certificate : settings.extraCaCertificates)
        roots += certificate.digest(QCryptographicHash::Sha256);
    const char *const rootsInUse = "clm.extraCaDigest";
    if (m_network->property(rootsInUse).toByteArray() != roots) {
        m_network->setProperty(rootsInUse, roots);
        m_network->clearConnectionCache();
    }
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(request, this);
    call->m_endpoint = m_endpoints.endpointFor(request.product, request.regionId());
    call->m_credentials = m_credentials;
    if (!Endpoints::isAllowedEndpoint(call->m_endpoint)) {
        ApiResult refused;
        refused.errorKind = ErrorKind::Network;
        refused.networkError = QNetworkReply::ProtocolUnknownError;
        refused.diagnostic = QStringLiteral("refusing to send a signed request to %1: plain HTTP is allowed "
                                            "to loopback addresses only")
                                 .arg(call->m_endpoint.toDisplayString());
        // Report asynchronously, like every other outcome, so callers can connect first.
        QMetaObject::invokeMethod(
            this, [this, call, refused] { complete(call, refused); }, Qt::QueuedConnection);
        return call;
    }
    enqueue(call);
    return call;
}

void ApiClient::enqueue(ApiCall *call)
{
    HostQueue &queue = m_queues[QString::fromLatin1(hostHeaderFor(call->m_endpoint))];
    (call->m_request.chained ? queue.chained : queue.waiting).enqueue(call);
    if (!m_pumpTimer.isActive())
        m_pumpTimer.start(0);
}

void ApiClient::pump()
{
    const double intervalMs = m_settings.ratePerSecond > 0 ? 1000.0 / m_settings.ratePerSecond : 0.0;
    for (auto it = m_queues.begin(); it != m_queues.end(); ++it) {
        HostQueue &queue = it.value();
        while ((!queue.chained.isEmpty() || !queue.waiting.isEmpty()) &&
               queue.inFlight < m_settings.maxInFlight) {
            QQueue<QPointer<ApiCall>> &from = queue.chained.isEmpty() ? queue.waiting : queue.chained;
            const QPointer<ApiCall> call = from.head();
            if (!call || call->m_finished) {
                from.dequeue();
                continue;
            }
            // The rate limit as a virtual schedule (GCRA): requests are paced `intervalMs` apart, and time
            // left unused while the queue was empty is credited back, up to one second's worth.
            const double nowMs = m_clock.nsecsElapsed() / 1e6;
            const double toleranceMs = std::max(0.0, 1000.0 - intervalMs);
            if (intervalMs > 0 && nowMs < m_nextSendMs - toleranceMs) {
                m_pumpTimer.start(int(std::ceil(m_nextSendMs - toleranceMs - nowMs)));
                return;
            }
            if (intervalMs > 0)
                m_nextSendMs = std::max(nowMs, m_nextSendMs) + intervalMs;
            from.dequeue();
            startAttempt(call, queue);
        }
    }
}

void ApiClient::startAttempt(ApiCall *call, HostQueue &queue)
{
    ++call->m_attempts;
    ++queue.inFlight;
    // Every attempt is signed anew: a fresh Timestamp and SignatureNonce.
    // Writes always go as POST with a form body: only a body can stop Qt's HTTP stack from silently
    // re-sending a request whose connection dropped (see ApiJob).
    const HttpMethod method = call->m_request.isWrite ? HttpMethod::Post : m_settings.method;
    const SignedRequest signedRequest =
        signRequest(call->m_request, call->m_endpoint, call->m_credentials,
                    SigningOptions{m_settings.signatureVersion, method, {}, {}});
    auto *job =
        new ApiJob(m_network, signedRequest,
                   JobOptions{m_settings.timeoutMs, call->m_request.isWrite, m_sslConfiguration}, this);
    call->m_job = job;
    const QString host = QString::fromLatin1(hostHeaderFor(call->m_endpoint));
    connect(job, &ApiJob::finished, call, [this, call, host](const ApiResult &result) {
        HostQueue &hostQueue = m_queues[host];
        hostQueue.inFlight = std::max(0, hostQueue.inFlight - 1);
        call->m_job = nullptr;
        onAttemptFinished(call, result);
        if (!m_pumpTimer.isActive())
            m_pumpTimer.start(0);
    });
    job->start();
}

void ApiClient::onAttemptFinished(ApiCall *call, const ApiResult &attemptResult)
{
    ApiResult result = attemptResult;
    result.attempts = call->m_attempts;
    if (call->m_cancelRequested) {
        // An answer that arrived before the cancel took hold is the truth: a write the cloud confirmed is
        // reported as done, not as cancelled. Without an answer the call ends cancelled (and a write that
        // may have left stays "outcome unknown", as the job decided).
        if (!result.ok() && result.requestId.isEmpty())
            result.errorKind = ErrorKind::Cancelled;
        complete(call, result);
        return;
    }
    if (m_settings.retry.shouldRetry(result, call->m_request.isWrite, call->m_attempts)) {
        const int delay = m_settings.retry.delayMs(result, call->m_attempts);
        qCDebug(lcApi) << call->m_request.action << "attempt" << call->m_attempts << "failed with"
                       << result.code << result.diagnostic << "- retrying in" << delay << "ms";
        call->m_lastResult = result;
        QTimer::singleShot(delay, call, [this, call] {
            if (!call->m_finished)
                enqueue(call);
        });
        return;
    }
    complete(call, result);
}

void ApiClient::complete(ApiCall *call, ApiResult result)
{
    if (call->m_finished)
        return;
    call->m_finished = true;
    if (result.attempts == 0)
        result.attempts = call->m_attempts;
    redactSecrets(result, call->m_credentials);
    emit call->finished(result);
    call->deleteLater();
}

void ApiClient::cancelCall(ApiCall *call)
{
    if (call->m_finished || call->m_cancelRequested)
        return;
    call->m_cancelRequested = true;
    if (call->m_job) {
        call->m_job->cancel(); // finished() follows from the job
        return;
    }
    // Queued or waiting to retry: nothing is on the wire for this call now.
    ApiResult result = call->m_lastResult;
    result.errorKind = ErrorKind::Cancelled;
    complete(call, result);
}

void ApiClient::cancelAll()
{
    const auto calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        cancelCall(call);
}

int ApiClient::queuedCount() const
{
    int count = 0;
    for (const HostQueue &queue : m_queues)
        for (const auto *waiting : {&queue.chained, &queue.waiting})
            count += int(std::count_if(waiting->cbegin(), waiting->cend(), [](const QPointer<ApiCall> &call) {
                return call && !call->isFinished();
            }));
    return count;
}

int ApiClient::inFlightCount() const
{
    int count = 0;
    for (const HostQueue &queue : m_queues)
        count += queue.inFlight;
    return count;
}

namespace {

QString withoutSecrets(QString text, const QStringList &forms)
{
    for (const QString &form : forms)
        text.replace(form, QStringLiteral("[redacted]"));
    return text;
}

QJsonValue withoutSecrets(const QJsonValue &value, const QStringList &forms)
{
    if (value.isString())
        return withoutSecrets(value.toString(), forms);
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withoutSecrets(item, forms));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = withoutSecrets(it.value(), forms);
        return object;
    }
    return value;
}

} // namespace

void redactSecrets(ApiResult &result, const Credentials &credentials)
{
    const QByteArray raw = std::exchange(result.rawBody, {});
    QStringList forms;
    for (const QString &secret : {credentials.accessKeySecret, credentials.securityToken}) {
        if (secret.isEmpty())
            continue;
        const QString once = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        forms << secret << once << QString::fromLatin1(QUrl::toPercentEncoding(once));
    }
    if (forms.isEmpty())
        return;
    forms.removeDuplicates();
    // The longest form first, so a shorter one never leaves part of a longer one behind.
    std::sort(forms.begin(), forms.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    result.message = withoutSecrets(result.message, forms);
    result.recommend = withoutSecrets(result.recommend, forms);
    result.diagnostic = withoutSecrets(result.diagnostic, forms);
    // Walking and rebuilding every value of a large answer costs more than the answer's parsing, so a JSON
    // answer's bytes are searched first: JSON is UTF-8 and its only escape is the backslash, so without
    // one a string's value is its bytes, and bytes that hold no form of a secret parse to values that
    // hold none either. XML is always walked: CDATA sections, comments and other encodings can split or
    // hide a secret that its parsed text holds whole.
    const auto mayHoldSecret = [&raw, &forms] {
        if (!raw.trimmed().startsWith('{') || raw.contains('\\'))
            return true;
        return std::any_of(forms.cbegin(), forms.cend(),
                           [&raw](const QString &form) { return raw.contains(form.toUtf8()); });
    };
    if (!result.body.isEmpty() && mayHoldSecret())
        result.body = withoutSecrets(QJsonValue(result.body), forms).toObject();
}

} // namespace clm
