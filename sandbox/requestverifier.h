// Reads an incoming API request the way the cloud's gateway does: collects the parameters from the query
// and the form body, checks Action and Version, then the V2 or V3 signature, the timestamp window, the
// nonce and the STS token. What passes becomes an ActionCall; what fails, the gateway's error.
#pragma once

#include "sandboxactions.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>

#include <functional>

namespace clm::sandbox {

struct IncomingRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray rawQuery;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
};

struct Verdict
{
    ActionCall call;
    ActionReply error; // isError() when the request is refused
    bool xml = false;  // answer in XML
    bool isVpc = false;
};

class RequestVerifier
{
public:
    // `findKey` looks an access key up in every account the sandbox holds.
    using KeyLookup = std::function<const AccessKey *(const QString &id)>;
    explicit RequestVerifier(KeyLookup findKey)
        : m_findKey(std::move(findKey))
    {}

    Verdict verify(const IncomingRequest &request, const QDateTime &now);
    void setClockOffsetSecs(qint64 offset) { m_clockOffsetSecs = offset; } // a server whose clock is off
    void clearNonces() { m_nonces.clear(); }

    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;
    static constexpr qint64 kTimestampWindowSecs = 15 * 60;

private:
    bool rememberNonce(const QString &keyId, const QString &nonce, qint64 nowSecs);

    KeyLookup m_findKey;
    QHash<QString, qint64> m_nonces; // key id + nonce -> when first seen
    qint64 m_clockOffsetSecs = 0;
};

} // namespace clm::sandbox
