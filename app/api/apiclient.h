// Sends ApiRequests to ECS and VPC: signs every attempt afresh, queues them FIFO with a bounded number in
// flight per endpoint and an optional client-side rate limit, retries by the RetryPolicy, and reports each
// call once through its ApiCall. The QNetworkAccessManager is injected so tests can aim it anywhere.
#pragma once

#include "apirequest.h"
#include "apiresult.h"
#include "endpoints.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

class QNetworkAccessManager;

namespace clm {

class ApiJob;

struct ClientSettings
{
    QUrl endpointOverride;    // empty: the documented endpoints
    int timeoutMs = 30000;    // per attempt, whole transfer
    int maxInFlight = 6;      // per endpoint
    double ratePerSecond = 0; // 0: no client-side limit
    SignatureVersion signatureVersion = SignatureVersion::V3;
    HttpMethod method = HttpMethod::Post;
    RetryPolicy retry;
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system's
};

class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    // Ends the call; finished() follows with ErrorKind::Cancelled unless it already came.
    void cancel();

signals:
    void finished(const clm::ApiResult &result);

private:
    friend class ApiClient;
    explicit ApiCall(ApiRequest request, QObject *parent);

    ApiRequest m_request;
    // Who signs and where it goes are fixed when the call is made: a retry after the account changed
    // still goes out as the account that asked.
    QUrl m_endpoint;
    Credentials m_credentials;
    int m_attempts = 0;
    bool m_finished = false;
    bool m_cancelRequested = false;
    QPointer<ApiJob> m_job;
    ApiResult m_lastResult;
};

class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    const Credentials &credentials() const { return m_credentials; }
    void setSettings(const ClientSettings &settings);
    const ClientSettings &settings() const { return m_settings; }
    Endpoints &endpoints() { return m_endpoints; }
    const Endpoints &endpoints() const { return m_endpoints; }

    // Queues the call. The returned object lives until finished() has been emitted.
    ApiCall *send(const ApiRequest &request);
    void cancelAll();

    int queuedCount() const;
    int inFlightCount() const;

private:
    friend class ApiCall;
    struct HostQueue
    {
        QQueue<QPointer<ApiCall>> chained; // served first (ApiRequest::chained)
        QQueue<QPointer<ApiCall>> waiting;
        int inFlight = 0;
    };

    void enqueue(ApiCall *call);
    void pump();
    void startAttempt(ApiCall *call, HostQueue &queue);
    void onAttemptFinished(ApiCall *call, const ApiResult &result);
    void complete(ApiCall *call, ApiResult result);
    void cancelCall(ApiCall *call);

    QNetworkAccessManager *m_network;
    ClientSettings m_settings;
    Credentials m_credentials;
    Endpoints m_endpoints;
    QSslConfiguration m_sslConfiguration;
    QHash<QString, HostQueue> m_queues; // keyed by endpoint authority
    QTimer m_pumpTimer;
    QElapsedTimer m_clock;
    double m_nextSendMs = 0; // theoretical arrival time of the next request under the rate limit, on m_clock
};

// Takes the AccessKey secret and the STS token (as written, and percent-encoded once or twice as a
// string-to-sign carries them) out of every text of `result`: the gateway echoes its string-to-sign, token
// included, in the Message of SignatureDoesNotMatch, and that text is shown, logged and exported.
void redactSecrets(ApiResult &result, const Credentials &credentials);

} // namespace clm
