// ecs-sandbox's server: one base URL for ECS and VPC over HTTP or HTTPS on loopback. QtHttpServer parses
// the requests; answers are written to the socket here, because faults need to drop connections and
// send broken or slow bodies. A control path under /_sandbox/ (loopback only) reads and resets state
// and changes faults at run time; see sandbox/README.md.
#pragma once

#include "faults.h"
#include "requestverifier.h"
#include "sandboxactions.h"
#include "sandboxstate.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpSocket;
class QSslCertificate;
class QSslKey;

namespace clm::sandbox {

struct RawReply
{
    int status = 200;
    QByteArray contentType = "application/json;charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(QObject *parent = nullptr);

    // The fixture the server starts from and returns to on reset. Empty string on success.
    QString setFixture(const QByteArray &json);
    void setGenerated(const GenerateSpec &spec);
    void reset();

    // Listens on the address (loopback by default); port 0 picks one. False when it cannot.
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    bool enableTls(const QSslCertificate &certificate, const QSslKey &key);
    QUrl baseUrl() const;

    // Each answer waits `ms` plus up to `jitterMs` drawn from a generator seeded with `jitterSeed`, so a
    // test that prints its seed can be replayed with the same delays.
    void setLatency(int ms, int jitterMs, quint32 jitterSeed = 1);
    // Requests a second each account may send (its own limit, as in the cloud); 0: no limit.
    void setRate(double requestsPerSecond);
    // false: DescribeInstances refuses PageNumber/PageSize (the endpoint knows only NextToken/MaxResults).
    void setPageNumbers(bool accepted) { m_pageNumbers = accepted; }
    // Appends every signed API request to `path`, one JSON line each: {"product", "action", "params"}, the
    // parameters without the signature, key, nonce and time (`ecs-sandbox --record-requests`, which the
    // official SDK check reads to see that the client sends only what the published models have).
    bool setRequestRecord(const QString &path);
    // false: DescribeInstances ignores NextToken/MaxResults, as an endpoint that predates them.
    void setTokenPaging(bool known) { m_tokenPaging = known; }
    void addFault(const FaultRule &rule) { m_faults.add(rule); }
    void clearFaults() { m_faults.clear(); }
    void setClockOffsetSecs(qint64 offset)
    {
        m_clockOffsetSecs = offset;
        m_verifier.setClockOffsetSecs(offset);
    }
    void setSlowBodyMs(int ms) { m_slowBodyMs = ms; }
    // Answers to these actions wait until releaseHeld(): a test then knows that what it does next comes
    // before the answer, however fast or slow the machine is (no latency to race against).
    // The first `passing` of them are answered as usual (a first page, say).
    void holdAnswers(const QStringList &actions, int passing = 0)
    {
        m_held = actions;
        m_passing = passing;
    }
    void releaseHeld();
    qsizetype heldCount() const { return m_waiting.size(); }

    // The fixture's own account; `account(id)` the others (null when there is none).
    SandboxState &state() { return m_accounts.first()->state; }
    SandboxState *account(const QString &id);
    QList<const SandboxState *> accounts() const;
    int requestCount(const QString &action = {}) const;
    // Every write that reached an action since the last takeWrites(), in order, as "Action k=v k=v …" with
    // the parameters that say what it changes (sorted; no signature, nonce, time or ClientToken).
    QStringList takeWrites() { return std::exchange(m_writes, {}); }
    int throttledCount() const { return m_throttled; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    RawReply handleApi(const IncomingRequest &request, const QString &requestId,
                       std::optional<FaultKind> &fault, QString &action);
    RawReply handleControl(const QHttpServerRequest &request);
    RawReply render(const ActionReply &reply, const QString &action, bool xml, bool isVpc,
                    const QString &requestId) const;
    void send(QTcpSocket *socket, RawReply reply, std::optional<FaultKind> fault,
              const QByteArray &requestId);

    // One account's resources, the actions that serve them, and its rate limit.
    struct AccountSpace
    {
        explicit AccountSpace(const SandboxState &loaded)
            : state(loaded)
        {}
        SandboxState state;
        SandboxActions actions{state};
        RateLimiter rate;
        int requests = 0; // answered (not throttled), for the per-account figures of the benchmark
    };
    AccountSpace *spaceOf(const AccessKey *key) const;

    QList<std::shared_ptr<AccountSpace>> m_accounts; // never empty
    RequestVerifier m_verifier{[this](const QString &id) {
        return findKey(id);
    }};
    const AccessKey *findKey(const QString &id) const;
    FaultPlan m_faults;
    double m_rate = 0;
    bool m_pageNumbers = true;
    std::unique_ptr<QFile> m_record;
    bool m_tokenPaging = true;
    QByteArray m_fixture;
    std::optional<GenerateSpec> m_generated;
    QHash<QString, int> m_requests;
    QStringList m_writes;
    int m_throttled = 0;
    int m_latencyMs = 0;
    int m_jitterMs = 0;
    QRandomGenerator m_jitter;
    QStringList m_held;
    int m_passing = 0;
    QList<std::function<void()>> m_waiting;
    int m_slowBodyMs = 3000;
    qint64 m_clockOffsetSecs = 0;
    bool m_tls = false;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace clm::sandbox
