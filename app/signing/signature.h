// The two Alibaba Cloud RPC signature algorithms as pure functions: V2 (HMAC-SHA1, SignatureVersion 1.0)
// and V3 (ACS3-HMAC-SHA256). The client signs with them (the sandbox checks with its own code); the unit
// tests pin them to the documented examples.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace clm::signing {

// Raw (decoded, UTF-8) name/value pairs. A list, not a map: the same name may legitimately repeat
// in a canonical form the server rebuilds from what arrived.
using ParamList = QList<QPair<QByteArray, QByteArray>>;

// RFC 3986 encoding as the cloud wants it: only A-Z a-z 0-9 - _ . ~ stay, uppercase hex, space is %20.
QByteArray percentEncode(const QByteArray &value);

// Pairs sorted by name in byte order (then by value), encoded, joined as k=v&k=v.
QByteArray canonicalQuery(ParamList params);

QByteArray v2StringToSign(const QByteArray &httpMethod, const ParamList &params);
QByteArray v2Signature(const QByteArray &stringToSign, const QString &accessKeySecret); // Base64

inline constexpr char kV3Algorithm[] = "ACS3-HMAC-SHA256";

struct V3CanonicalInput
{
    QByteArray httpMethod;
    QByteArray canonicalUri = "/";
    ParamList query;
    ParamList headers; // names as sent; lower-cased, trimmed and sorted here
    QByteArray hashedPayload;
};

QByteArray sha256Hex(const QByteArray &data);
QByteArray v3SignedHeaders(const ParamList &headers);
QByteArray v3CanonicalRequest(const V3CanonicalInput &input);
QByteArray v3StringToSign(const QByteArray &canonicalRequest);
QByteArray v3Signature(const QByteArray &stringToSign, const QString &accessKeySecret); // lowercase hex

} // namespace clm::signing
