#include "sandboxserver.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <QXmlStreamWriter>

#include <utility>

Q_LOGGING_CATEGORY(lcSandbox, "clm.sandbox", QtInfoMsg)

namespace clm::sandbox {

namespace {

// The parameters every signed request carries, whatever it asks for.
bool isTransportParameter(const QString &key)
{
    static const QSet<QString> kTransport{
        QStringLiteral("Action"),          QStringLiteral("Version"),
        QStringLiteral("Format"),          QStringLiteral("AccessKeyId"),
        QStringLiteral("SecurityToken"),   QStringLiteral("Timestamp"),
        QStringLiteral("SignatureMethod"), QStringLiteral("SignatureVersion"),
        QStringLiteral("SignatureNonce"),  QStringLiteral("Signature")};
    return kTransport.contains(key);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

void writeXml(QXmlStreamWriter &xml, const QString &name, const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            writeXml(xml, name, item);
    } else if (value.isObject()) {
        xml.writeStartElement(name);
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            writeXml(xml, it.key(), it.value());
        xml.writeEndElement();
    } else if (value.isBool()) {
        xml.writeTextElement(name, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (value.isDouble()) {
        xml.writeTextElement(name, QString::number(value.toInteger()));
    } else {
        xml.writeTextElement(name, value.toString());
    }
}

QByteArray toXml(const QString &root, const QJsonObject &object)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    writeXml(xml, root, object);
    xml.writeEndDocument();
    return out;
}

RawReply jsonReply(int status, const QJsonObject &object)
{
    return RawReply{
        status, "application/json;charset=utf-8", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    setFixture(SandboxState::defaultFixture());
}

QString SandboxServer::setFixture(const QByteArray &json)
{
    QList<SandboxState> probe;
    const QString error = SandboxState::loadAccounts(json, probe);
    if (!error.isEmpty())
        return error;
    m_fixture = json;
    m_generated.reset();
    reset();
    return {};
}

void SandboxServer::setGenerated(const GenerateSpec &spec)
{
    m_generated = spec;
    reset();
}

void SandboxServer::reset()
{
    QList<SandboxState> states;
    if (m_generated)
        states = SandboxState::generate(*m_generated);
    else
        SandboxState::loadAccounts(m_fixture, states);
    m_accounts.clear();
    for (const SandboxState &state : std::as_const(states)) {
        m_accounts.append(std::make_shared<AccountSpace>(state));
        m_accounts.last()->rate.setRate(m_rate);
    }
    m_verifier.clearNonces();
    m_requests.clear();
    m_writes.clear();
    m_throttled = 0;
}

bool SandboxServer::start(const QHostAddress &address, quint16 port)
{
    m_port = listen(address, port);
    m_address = address;
    return m_port != 0;
}

bool SandboxServer::enableTls(const QSslCertificate &certificate, const QSslKey &key)
{
    if (certificate.isNull() || key.isNull())
        return false;
    sslSetup(certificate, key);
    m_tls = true;
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_tls && m_address == QHostAddress(QHostAddress::LocalHost) ? QStringLiteral("localhost")
                                                                            : m_address.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

SandboxState *SandboxServer::account(const QString &id)
{
    for (const auto &space : std::as_const(m_accounts)) {
        if (space->state.accountId == id)
            return &space->state;
    }
    return nullptr;
}

QList<const SandboxState *> SandboxServer::accounts() const
{
    QList<const SandboxState *> out;
    for (const auto &space : m_accounts)
        out.append(&space->state);
    return out;
}

const AccessKey *SandboxServer::findKey(const QString &id) const
{
    for (const auto &space : m_accounts) {
        if (const AccessKey *key = space->state.key(id))
            return key;
    }
    return nullptr;
}

SandboxServer::AccountSpace *SandboxServer::spaceOf(const AccessKey *key) const
{
    for (const auto &space : m_accounts) {
        if (std::any_of(space->state.keys.cbegin(), space->state.keys.cend(),
                        [key](const AccessKey &own) { return &own == key; }))
            return space.get();
    }
    return m_accounts.first().get();
}

void SandboxServer::setRate(double requestsPerSecond)
{
    m_rate = requestsPerSecond;
    for (const auto &space : std::as_const(m_accounts))
        space->rate.setRate(requestsPerSecond);
}

void SandboxServer::setLatency(int ms, int jitterMs, quint32 jitterSeed)
{
    m_latencyMs = std::max(0, ms);
    m_jitterMs = std::max(0, jitterMs);
    m_jitter.seed(jitterSeed);
}

void SandboxServer::releaseHeld()
{
    m_held.clear();
    const QList<std::function<void()>> waiting = std::exchange(m_waiting, {});
    for (const std::function<void()> &answer : waiting)
        answer();
}

int SandboxServer::requestCount(const QString &action) const
{
    if (!action.isEmpty())
        return m_requests.value(action);
    int total = 0;
    for (int count : m_requests)
        total += count;
    return total;
}

RawReply SandboxServer::render(const ActionReply &reply, const QString &action, bool xml, bool isVpc,
                               const QString &requestId) const
{
    QJsonObject body;
    QString root;
    if (reply.isError()) {
        const QString product = isVpc ? QStringLiteral("Vpc") : QStringLiteral("Ecs");
        body = {{QStringLiteral("RequestId"), requestId},
                {QStringLiteral("HostId"),
                 isVpc ? QStringLiteral("vpc.aliyuncs.com") : QStringLiteral("ecs.aliyuncs.com")},
                {QStringLiteral("Code"), reply.code},
                {QStringLiteral("Message"), reply.message},
                {QStringLiteral("Recommend"),
                 QStringLiteral("https://api.aliyun.com/troubleshoot?q=%1&product=%2&requestId=%3")
                     .arg(reply.code, product, requestId)}};
        root = QStringLiteral("Error");
    } else {
        body = reply.body;
        body.insert(QStringLiteral("RequestId"), requestId);
        root = (action.isEmpty() ? QStringLiteral("Unknown") : action) + QStringLiteral("Response");
    }
    if (xml)
        return RawReply{reply.httpStatus, "text/xml;charset=utf-8", toXml(root, body), {}};
    return jsonReply(reply.httpStatus, body);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    const QString path = request.url().path();
    if (path.startsWith(QLatin1String("/_sandbox/"))) {
        RawReply reply =
            request.remoteAddress().isLoopback()
                ? handleControl(request)
                : jsonReply(403,
                            {{QStringLiteral("error"), QStringLiteral("control path is loopback-only")}});
        send(socket, std::move(reply), std::nullopt, requestId.toLatin1());
        return true;
    }

    IncomingRequest incoming;
    incoming.method =
        QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
            .toUpper();
    incoming.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    incoming.rawQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
    incoming.body = request.body();
    incoming.headers = request.headers();

    std::optional<FaultKind> fault;
    QString action;
    RawReply reply = handleApi(incoming, requestId, fault, action);
    reply.headers.emplaceBack("x-acs-request-id", requestId.toLatin1());

    const int delay = m_latencyMs + (m_jitterMs > 0 ? int(m_jitter.bounded(m_jitterMs + 1)) : 0);
    bool held = m_held.contains(action);
    if (held && m_passing > 0) {
        --m_passing;
        held = false;
    }
    if (held) {
        m_waiting.append([this, socket = QPointer<QTcpSocket>(socket), reply, fault, requestId] {
            if (socket)
                send(socket, reply, fault, requestId.toLatin1());
        });
    } else if (delay <= 0) {
        send(socket, std::move(reply), fault, requestId.toLatin1());
    } else {
        QTimer::singleShot(delay, this,
                           [this, socket = QPointer<QTcpSocket>(socket), reply, fault, requestId] {
                               if (socket)
                                   send(socket, reply, fault, requestId.toLatin1());
                           });
    }
    return true;
}

RawReply SandboxServer::handleApi(const IncomingRequest &request, const QString &requestId,
                                  std::optional<FaultKind> &fault, QString &action)
{
    Verdict verdict;
    if (request.path != "/" && !request.path.isEmpty()) {
        verdict.error = ActionReply::error(
            404, QStringLiteral("InvalidApi.NotFound"),
            QStringLiteral("Specified api is not found, please check your url and method."));
    } else if (request.method != "GET" && request.method != "POST") {
        verdict.error = ActionReply::error(403, QStringLiteral("UnsupportedHTTPMethod"),
                                           QStringLiteral("This http method is not supported."));
    } else {
        verdict = m_verifier.verify(request, QDateTime::currentDateTimeUtc());
    }
    action = verdict.call.action;
    AccountSpace *space = verdict.error.isError() ? nullptr : spaceOf(verdict.call.key);
    // Each account has its own limit, as in the cloud (which counts per account, region and API).
    const int retryAfter = space ? space->rate.admit() : -1;
    if (retryAfter < 0) {
        ++m_requests[action.isEmpty() ? QStringLiteral("(invalid)") : action];
        if (space)
            ++space->requests;
    }
    if (verdict.error.isError())
        return render(verdict.error, action, verdict.xml, verdict.isVpc, requestId);
    if (m_record) {
        QJsonObject params;
        for (auto it = verdict.call.params.cbegin(); it != verdict.call.params.cend(); ++it) {
            if (!isTransportParameter(it.key()))
                params.insert(it.key(), it.value());
        }
        const QJsonObject line{
            {QStringLiteral("product"), verdict.isVpc ? QStringLiteral("vpc") : QStringLiteral("ecs")},
            {QStringLiteral("action"), action},
            {QStringLiteral("params"), params}};
        m_record->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        m_record->flush();
    }
    if (retryAfter >= 0) {
        ++m_throttled;
        RawReply reply =
            render(ActionReply::error(400, QStringLiteral("Throttling"),
                                      QStringLiteral("Request was denied due to request throttling.")),
                   action, verdict.xml, verdict.isVpc, requestId);
        reply.headers.emplaceBack("x-acs-retry-after", QByteArray::number(retryAfter));
        return reply;
    }
    if (!m_pageNumbers && action == QLatin1String("DescribeInstances") &&
        (verdict.call.params.contains(QStringLiteral("PageNumber")) ||
         verdict.call.params.contains(QStringLiteral("PageSize"))))
        return render(ActionReply::error(400, QStringLiteral("InvalidParameter.Deprecated"),
                                         QStringLiteral("The parameters PageNumber and PageSize are offline; "
                                                        "use NextToken and MaxResults.")),
                      action, verdict.xml, verdict.isVpc, requestId);

    fault = m_faults.pick(action, verdict.call.params.value(QStringLiteral("RegionId")));
    if (fault == FaultKind::InternalError || fault == FaultKind::Unavailable ||
        fault == FaultKind::Throttle) {
        const ActionReply injected =
            fault == FaultKind::InternalError
                ? ActionReply::error(
                      500, QStringLiteral("InternalError"),
                      QStringLiteral("The request processing has failed due to some unknown error, "
                                     "exception or failure."))
            : fault == FaultKind::Unavailable
                ? ActionReply::error(
                      503, QStringLiteral("ServiceUnavailable"),
                      QStringLiteral("The request has failed due to a temporary failure of the server."))
                : ActionReply::error(400, QStringLiteral("Throttling"),
                                     QStringLiteral("Request was denied due to request throttling."));
        RawReply reply = render(injected, action, verdict.xml, verdict.isVpc, requestId);
        if (fault == FaultKind::Throttle)
            reply.headers.emplaceBack("x-acs-retry-after", "200");
        fault.reset();
        return reply;
    }
    if (fault == FaultKind::DropBefore)
        return {};
    if (!m_tokenPaging && action == QLatin1String("DescribeInstances")) {
        verdict.call.params.remove(QStringLiteral("NextToken"));
        verdict.call.params.remove(QStringLiteral("MaxResults"));
    }
    if (SandboxActions::isWrite(action)) {
        QStringList words;
        for (auto it = verdict.call.params.cbegin(); it != verdict.call.params.cend(); ++it) {
            if (!isTransportParameter(it.key()) && it.key() != QLatin1String("ClientToken"))
                words.append(it.key() + u'=' + it.value());
        }
        words.sort();
        m_writes.append((QStringList{action} + words).join(u' '));
    }
    verdict.call.partial = fault == FaultKind::Partial;
    return render(space->actions.handle(verdict.call), action, verdict.xml, verdict.isVpc, requestId);
}

bool SandboxServer::setRequestRecord(const QString &path)
{
    m_record = std::make_unique<QFile>(path);
    if (m_record->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return true;
    m_record.reset();
    return false;
}

void SandboxServer::send(QTcpSocket *socket, RawReply reply, std::optional<FaultKind> fault,
                         const QByteArray &requestId)
{
    if (fault == FaultKind::DropBefore || fault == FaultKind::DropAfter || fault == FaultKind::Partial) {
        socket->abort();
        return;
    }
    if (fault == FaultKind::Malformed)
        reply.body = "{\"RequestId\":\"" + requestId + "\",\"Inst<<not json";

    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += "Date: " + httpDate(QDateTime::currentDateTimeUtc().addSecs(m_clockOffsetSecs)) + "\r\n";
    for (const auto &[name, value] : std::as_const(reply.headers))
        head += name + ": " + value + "\r\n";
    head += "Connection: keep-alive\r\n\r\n";

    if (fault == FaultKind::Truncate) {
        socket->write(head + reply.body.left(reply.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    if (fault == FaultKind::Slow) {
        socket->write(head);
        const int chunks = 10;
        const qsizetype chunkSize = (reply.body.size() + chunks - 1) / chunks;
        for (int i = 0; i < chunks; ++i) {
            QTimer::singleShot(
                m_slowBodyMs * (i + 1) / chunks, socket,
                [socket, part = reply.body.mid(i * chunkSize, chunkSize)] { socket->write(part); });
        }
        return;
    }
    socket->write(head + reply.body);
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    send(socket, jsonReply(404, {{QStringLiteral("error"), QStringLiteral("not found")}}), std::nullopt, {});
}

RawReply SandboxServer::handleControl(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (path == QLatin1String("/_sandbox/state")) {
        QJsonObject state = this->state().toJson();
        QJsonObject others;
        for (qsizetype i = 1; i < m_accounts.size(); ++i)
            others.insert(m_accounts.at(i)->state.accountId, m_accounts.at(i)->state.toJson());
        state.insert(QStringLiteral("accounts"), others);
        QJsonObject byAccount;
        for (const auto &space : std::as_const(m_accounts))
            byAccount.insert(space->state.accountId, space->requests);
        state.insert(QStringLiteral("requestsByAccount"), byAccount);
        QJsonObject counts;
        for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
            counts.insert(it.key(), it.value());
        state.insert(QStringLiteral("requests"), counts);
        state.insert(QStringLiteral("throttled"), m_throttled);
        return jsonReply(200, state);
    }
    if (path == QLatin1String("/_sandbox/reset") && post) {
        reset();
        return jsonReply(200, {{QStringLiteral("reset"), true}});
    }
    if (path == QLatin1String("/_sandbox/faults")) {
        if (request.method() == QHttpServerRequest::Method::Delete) {
            clearFaults();
            return jsonReply(200, {{QStringLiteral("faults"), 0}});
        }
        if (post) {
            for (const QByteArray &line : request.body().split('\n')) {
                if (line.trimmed().isEmpty())
                    continue;
                QString error;
                const auto rule = FaultRule::parse(QString::fromUtf8(line), &error);
                if (!rule)
                    return jsonReply(400, {{QStringLiteral("error"), error}});
                addFault(*rule);
            }
            return jsonReply(200, {{QStringLiteral("ok"), true}});
        }
    }
    if (path == QLatin1String("/_sandbox/config") && post) {
        const QJsonObject config = QJsonDocument::fromJson(request.body()).object();
        if (config.contains(QLatin1String("latencyMs")) || config.contains(QLatin1String("jitterMs")))
            setLatency(config.value(QLatin1String("latencyMs")).toInt(m_latencyMs),
                       config.value(QLatin1String("jitterMs")).toInt(m_jitterMs));
        if (config.contains(QLatin1String("rate")))
            setRate(config.value(QLatin1String("rate")).toDouble());
        if (config.contains(QLatin1String("pageNumbers")))
            setPageNumbers(config.value(QLatin1String("pageNumbers")).toBool());
        if (config.contains(QLatin1String("tokenPaging")))
            setTokenPaging(config.value(QLatin1String("tokenPaging")).toBool());
        if (config.contains(QLatin1String("clockOffsetSecs")))
            setClockOffsetSecs(config.value(QLatin1String("clockOffsetSecs")).toInteger());
        return jsonReply(200, {{QStringLiteral("ok"), true}});
    }
    if (path == QLatin1String("/_sandbox/instance") && post) {
        const QJsonObject change = QJsonDocument::fromJson(request.body()).object();
        Instance *instance = nullptr;
        for (const auto &space : std::as_const(m_accounts)) {
            if (!instance)
                instance = space->state.instance(change.value(QLatin1String("id")).toString());
        }
        if (!instance)
            return jsonReply(404, {{QStringLiteral("error"), QStringLiteral("no such instance")}});
        if (change.contains(QLatin1String("status")))
            instance->status = change.value(QLatin1String("status")).toString();
        if (change.contains(QLatin1String("locks"))) {
            instance->locks.clear();
            for (const QJsonValue &lock : change.value(QLatin1String("locks")).toArray())
                instance->locks.append(lock.toString());
        }
        return jsonReply(200, {{QStringLiteral("ok"), true}});
    }
    return jsonReply(404, {{QStringLiteral("error"), QStringLiteral("unknown control path")}});
}

} // namespace clm::sandbox
