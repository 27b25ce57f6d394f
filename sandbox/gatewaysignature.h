// How the sandbox's gateway recomputes a request's signature, written from the documented algorithms
// (V2: HMAC-SHA1 over METHOD&%2F&sorted-query; V3: ACS3-HMAC-SHA256 over the canonical request) and
// sharing no code with the client's signer, so a canonicalization mistake on one side cannot pass
// unnoticed on the other. Signatures are compared in constant time.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace clm::sandbox {

using Pairs = QList<QPair<QByteArray, QByteArray>>; // decoded names and values

namespace gateway {

QByteArray v2StringToSign(const QByteArray &method, Pairs params); // without Signature
QByteArray v2Signature(const QByteArray &stringToSign, const QString &secret);

// `headers`: the signed headers as they arrived (any case); `payload`: the body.
QByteArray v3StringToSign(const QByteArray &method, const QByteArray &path, Pairs query, Pairs headers,
                          const QByteArray &payload);
QByteArray v3Signature(const QByteArray &stringToSign, const QString &secret);

bool equalInConstantTime(const QByteArray &a, const QByteArray &b);

} // namespace gateway
} // namespace clm::sandbox
