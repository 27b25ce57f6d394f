#include "gatewaysignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace clm::sandbox::gateway {

namespace {

// RFC 3986: everything but letters, digits and -_.~ is %XX with upper-case hex; a space is %20.
QByteArray encode(const QByteArray &value)
{
    return value.toPercentEncoding();
}

QByteArray sortedQuery(Pairs pairs)
{
    std::sort(pairs.begin(), pairs.end());
    QList<QByteArray> parts;
    parts.reserve(pairs.size());
    for (const auto &[name, value] : std::as_const(pairs))
        parts.append(encode(name) + '=' + encode(value));
    return parts.join('&');
}

} // namespace

QByteArray v2StringToSign(const QByteArray &method, Pairs params)
{
    return method + "&%2F&" + encode(sortedQuery(std::move(params)));
}

QByteArray v2Signature(const QByteArray &stringToSign, const QString &secret)
{
    return QMessageAuthenticationCode::hash(stringToSign, secret.toUtf8() + '&', QCryptographicHash::Sha1)
        .toBase64();
}

QByteArray v3StringToSign(const QByteArray &method, const QByteArray &path, Pairs query, Pairs headers,
                          const QByteArray &payload)
{
    for (auto &[name, value] : headers) {
        name = name.toLower();
        value = value.trimmed();
    }
    std::sort(headers.begin(), headers.end());
    QByteArray canonicalHeaders;
    QList<QByteArray> names;
    for (const auto &[name, value] : std::as_const(headers)) {
        canonicalHeaders += name + ':' + value + '\n';
        names.append(name);
    }
    const QByteArray canonicalRequest = method + '\n' + (path.isEmpty() ? QByteArray("/") : path) + '\n' +
                                        sortedQuery(std::move(query)) + '\n' + canonicalHeaders + '\n' +
                                        names.join(';') + '\n' +
                                        QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex();
    return "ACS3-HMAC-SHA256\n" +
           QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
}

QByteArray v3Signature(const QByteArray &stringToSign, const QString &secret)
{
    return QMessageAuthenticationCode::hash(stringToSign, secret.toUtf8(), QCryptographicHash::Sha256)
        .toHex();
}

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace clm::sandbox::gateway
