#include "apijob.h"

#include "endpoints.h"
#include "responseparser.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcApi, "clm.api", QtInfoMsg)

namespace clm {

namespace {

// A request body that can be read once and never rewound. Qt's HTTP stack silently re-sends a request
// whose connection closed before the answer; for a write that could apply the change twice. With a
// body it cannot rewind, Qt reports ContentReSendError instead, and the write is settled by reading back.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_offset);
        memcpy(out, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace

ApiJob::ApiJob(QNetworkAccessManager *network, SignedRequest request, JobOptions options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::start()
{
    QNetworkRequest request(m_request.url);
    for (const auto &[name, value] : std::as_const(m_request.headers))
        request.setRawHeader(name, value);
    // The RPC API never redirects; following one would carry the V3 Authorization and the STS token
    // header to whatever host it names. A 3xx is answered as an HTTP error instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_request.url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_options.sslConfiguration);

    if (m_options.isWrite && !m_request.body.isEmpty()) {
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        auto *body = new OneShotBody(m_request.body, this);
        m_reply = m_network->sendCustomRequest(request, m_request.method, body);
    } else {
        m_reply = m_network->sendCustomRequest(request, m_request.method, m_request.body);
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > kMaxResponseBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    if (m_options.timeoutMs > 0)
        m_timeout.start(m_options.timeoutMs);
}

void ApiJob::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

bool isErrorBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return true;
    default:
        return false;
    }
}

void interpretHttpAnswer(ApiResult &result, const QByteArray &body, bool isWrite)
{
    result.rawBody = body;
    const ParsedBody parsed = parseResponseBody(body);
    if (parsed.ok) {
        const QJsonObject &object = parsed.object;
        result.body = object;
        auto field = [&object](const char *name, const char *lowerName) {
            const QString value = jsonString(object.value(QLatin1String(name)));
            return value.isEmpty() ? jsonString(object.value(QLatin1String(lowerName))) : value;
        };
        if (const QString id = field("RequestId", "requestId"); !id.isEmpty())
            result.requestId = id;
        result.code = field("Code", "code");
        result.message = field("Message", "message");
        result.recommend = field("Recommend", "recommend");
        result.hostId = field("HostId", "hostId");
    } else {
        result.diagnostic = parsed.error;
    }

    static const QStringList successCodes{QStringLiteral("200"), QStringLiteral("OK"),
                                          QStringLiteral("Success"), QStringLiteral("success")};
    const bool success = result.httpStatus >= 200 && result.httpStatus < 300;
    if (!result.code.isEmpty() && !(success && successCodes.contains(result.code)))
        result.errorKind = ErrorKind::Service;
    else if (!success)
        result.errorKind = ErrorKind::HttpStatus;
    else if (!parsed.ok)
        result.errorKind = ErrorKind::MalformedBody;
    else
        result.errorKind = ErrorKind::None;

    // A write succeeds only on a well-formed answer that names its RequestId: an empty {} or a proxy's
    // page in its place says nothing about whether the change was made.
    if (isWrite && result.errorKind == ErrorKind::None &&
        jsonString(result.body.value(QLatin1String("RequestId"))).isEmpty() &&
        jsonString(result.body.value(QLatin1String("requestId"))).isEmpty()) {
        result.errorKind = ErrorKind::MalformedBody;
        result.diagnostic = QStringLiteral("the answer has no RequestId");
    }
    // A write is settled only by a clear answer: success, or a refusal the cloud explained.
    // A 5xx, a success we cannot read, or a nonce the gateway has already seen (a copy of this very
    // request arrived) may have applied the change.
    if (isWrite) {
        result.outcomeUnknown = result.httpStatus >= 500 ||
                                (success && result.errorKind == ErrorKind::MalformedBody) ||
                                (result.errorKind == ErrorKind::HttpStatus && result.httpStatus >= 500) ||
                                result.code == QLatin1String("SignatureNonceUsed");
    }
}

void ApiJob::onFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    ApiResult result;
    result.request = m_request;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();

    if (QByteArray date = reply->rawHeader("Date"); !date.isEmpty()) {
        // HTTP dates end in "GMT", which Qt's RFC 2822 parser does not take.
        if (date.endsWith(" GMT"))
            date.replace(date.size() - 3, 3, "+0000");
        result.serverDate = QDateTime::fromString(QString::fromLatin1(date), Qt::RFC2822Date);
    }
    if (const QByteArray retryAfter = reply->rawHeader("x-acs-retry-after"); !retryAfter.isEmpty())
        result.retryAfterMs = retryAfter.toInt();
    result.requestId = QString::fromLatin1(reply->rawHeader("x-acs-request-id"));

    if (m_tooLarge) {
        result.errorKind = ErrorKind::MalformedBody;
        result.httpStatus = status.toInt();
        result.diagnostic = QStringLiteral("the response is larger than %1 bytes").arg(kMaxResponseBytes);
        result.outcomeUnknown = m_options.isWrite;
    } else if (m_cancelled || m_timedOut || (!status.isValid() && error != QNetworkReply::NoError)) {
        result.networkError = m_timedOut ? QNetworkReply::TimeoutError : error;
        result.diagnostic = reply->errorString();
        if (m_cancelled)
            result.errorKind = ErrorKind::Cancelled;
        else if (m_timedOut || error == QNetworkReply::TimeoutError)
            result.errorKind = ErrorKind::Timeout;
        else if (error == QNetworkReply::SslHandshakeFailedError)
            result.errorKind = ErrorKind::Tls;
        else
            result.errorKind = ErrorKind::Network;
        result.outcomeUnknown = m_options.isWrite && !isErrorBeforeSending(error);
    } else {
        result.httpStatus = status.toInt();
        interpretHttpAnswer(result, reply->readAll(), m_options.isWrite);
        // Headers arrived but the connection broke before the body was complete.
        if (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied &&
            result.errorKind == ErrorKind::MalformedBody) {
            result.errorKind = ErrorKind::Network;
            result.networkError = error;
            result.diagnostic = reply->errorString();
        }
    }
    qCDebug(lcApi) << m_request.method << m_request.url.host() << "status" << result.httpStatus << "code"
                   << result.code << "requestId" << result.requestId;
    finish(std::move(result));
}

void ApiJob::finish(ApiResult result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    emit finished(result);
    deleteLater();
}

} // namespace clm
