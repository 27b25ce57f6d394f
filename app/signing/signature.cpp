#include "signature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace clm::signing {

QByteArray percentEncode(const QByteArray &value)
{
    // Qt's default unreserved set is exactly the cloud's: ALPHA DIGIT - . _ ~
    return value.toPercentEncoding();
}

QByteArray canonicalQuery(ParamList params)
{
    std::sort(params.begin(), params.end());
    QByteArray out;
    for (const auto &[name, value] : std::as_const(params)) {
        if (!out.isEmpty())
            out += '&';
        out += percentEncode(name) + '=' + percentEncode(value);
    }
    return out;
}

QByteArray v2StringToSign(const QByteArray &httpMethod, const ParamList &params)
{
    return httpMethod.toUpper() + '&' + percentEncode("/") + '&' + percentEncode(canonicalQuery(params));
}

QByteArray v2Signature(const QByteArray &stringToSign, const QString &accessKeySecret)
{
    const QByteArray key = accessKeySecret.toUtf8() + '&';
    return QMessageAuthenticationCode::hash(stringToSign, key, QCryptographicHash::Sha1).toBase64();
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

namespace {

ParamList normalizedHeaders(const ParamList &headers)
{
    ParamList out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers)
        out.emplaceBack(name.trimmed().toLower(), value.trimmed());
    std::sort(out.begin(), out.end());
    // Repeated names are joined, in sorted order, with a comma.
    ParamList merged;
    for (const auto &[name, value] : std::as_const(out)) {
        if (!merged.isEmpty() && merged.last().first == name)
            merged.last().second += ',' + value;
        else
            merged.emplaceBack(name, value);
    }
    return merged;
}

} // namespace

QByteArray v3SignedHeaders(const ParamList &headers)
{
    QByteArrayList names;
    for (const auto &header : normalizedHeaders(headers))
        names.append(header.first);
    return names.join(';');
}

QByteArray v3CanonicalRequest(const V3CanonicalInput &input)
{
    QByteArray canonicalHeaders;
    for (const auto &[name, value] : normalizedHeaders(input.headers))
        canonicalHeaders += name + ':' + value + '\n';
    return input.httpMethod.toUpper() + '\n' + input.canonicalUri + '\n' + canonicalQuery(input.query) +
           '\n' + canonicalHeaders + '\n' + v3SignedHeaders(input.headers) + '\n' + input.hashedPayload;
}

QByteArray v3StringToSign(const QByteArray &canonicalRequest)
{
    return QByteArray(kV3Algorithm) + '\n' + sha256Hex(canonicalRequest);
}

QByteArray v3Signature(const QByteArray &stringToSign, const QString &accessKeySecret)
{
    return QMessageAuthenticationCode::hash(stringToSign, accessKeySecret.toUtf8(),
                                            QCryptographicHash::Sha256)
        .toHex();
}

} // namespace clm::signing
