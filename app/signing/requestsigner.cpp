#include "requestsigner.h"

#include "signature.h"

#include <QUuid>

namespace clm {

QString signatureVersionName(SignatureVersion version)
{
    return version == SignatureVersion::V2 ? QStringLiteral("v2") : QStringLiteral("v3");
}

std::optional<SignatureVersion> signatureVersionFromName(const QString &name)
{
    if (name.compare(QLatin1String("v2"), Qt::CaseInsensitive) == 0)
        return SignatureVersion::V2;
    if (name.compare(QLatin1String("v3"), Qt::CaseInsensitive) == 0)
        return SignatureVersion::V3;
    return std::nullopt;
}

using signing::ParamList;

QString formatTimestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QByteArray hostHeaderFor(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    const int port = url.port(defaultPort);
    if (port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

QByteArray httpMethodName(HttpMethod method)
{
    return method == HttpMethod::Get ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST");
}

namespace {

ParamList toParamList(const QMap<QString, QString> &params)
{
    ParamList out;
    out.reserve(params.size());
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        out.emplaceBack(it.key().toUtf8(), it.value().toUtf8());
    return out;
}

QByteArray encodeForm(const ParamList &params)
{
    return signing::canonicalQuery(params); // sorted order is as good as any on the wire
}

QUrl withQuery(QUrl url, const QByteArray &encodedQuery)
{
    url.setPath(QStringLiteral("/"));
    url.setQuery(encodedQuery.isEmpty() ? QString() : QString::fromLatin1(encodedQuery), QUrl::StrictMode);
    return url;
}

SignedRequest signV2(const ApiRequest &request, const QUrl &endpoint, const Credentials &credentials,
                     const SigningOptions &options, const QString &timestamp, const QString &nonce)
{
    ParamList params = toParamList(request.params);
    params += ParamList{
        {"AccessKeyId", credentials.accessKeyId.toUtf8()},
        {"Action", request.action.toUtf8()},
        {"SignatureMethod", "HMAC-SHA1"},
        {"SignatureNonce", nonce.toUtf8()},
        {"SignatureVersion", "1.0"},
        {"Timestamp", timestamp.toUtf8()},
        {"Version", request.effectiveVersion().toUtf8()},
    };
    if (!request.params.contains(QStringLiteral("Format")))
        params.emplaceBack("Format", "JSON");
    if (!credentials.securityToken.isEmpty())
        params.emplaceBack("SecurityToken", credentials.securityToken.toUtf8());

    const QByteArray method = httpMethodName(options.method);
    const QByteArray signature =
        signing::v2Signature(signing::v2StringToSign(method, params), credentials.accessKeySecret);
    params.emplaceBack("Signature", signature);

    SignedRequest signedRequest;
    signedRequest.method = method;
    if (options.method == HttpMethod::Get || options.postParamsInQuery) {
        signedRequest.url = withQuery(endpoint, encodeForm(params));
    } else {
        signedRequest.url = withQuery(endpoint, {});
        signedRequest.headers.emplaceBack("content-type", "application/x-www-form-urlencoded");
        signedRequest.body = encodeForm(params);
    }
    return signedRequest;
}

SignedRequest signV3(const ApiRequest &request, const QUrl &endpoint, const Credentials &credentials,
                     const SigningOptions &options, const QString &timestamp, const QString &nonce)
{
    const ParamList params = toParamList(request.params);
    SignedRequest signedRequest;
    signedRequest.method = httpMethodName(options.method);

    ParamList signedHeaders{{"host", hostHeaderFor(endpoint)}};
    ParamList query;
    if (options.method == HttpMethod::Get || options.postParamsInQuery) {
        query = params;
    } else if (!params.isEmpty()) {
        signedRequest.body = encodeForm(params);
        signedHeaders.emplaceBack("content-type", "application/x-www-form-urlencoded");
    }
    signedHeaders += ParamList{
        {"x-acs-action", request.action.toUtf8()},
        {"x-acs-content-sha256", signing::sha256Hex(signedRequest.body)},
        {"x-acs-date", timestamp.toUtf8()},
        {"x-acs-signature-nonce", nonce.toUtf8()},
        {"x-acs-version", request.effectiveVersion().toUtf8()},
    };
    if (!credentials.securityToken.isEmpty())
        signedHeaders.emplaceBack("x-acs-security-token", credentials.securityToken.toUtf8());

    const signing::V3CanonicalInput input{signedRequest.method, "/", query, signedHeaders,
                                          signing::sha256Hex(signedRequest.body)};
    const QByteArray signature = signing::v3Signature(
        signing::v3StringToSign(signing::v3CanonicalRequest(input)), credentials.accessKeySecret);

    signedRequest.url = withQuery(endpoint, signing::canonicalQuery(query));
    for (const auto &header : std::as_const(signedHeaders)) {
        if (header.first != "host")
            signedRequest.headers.append(header);
    }
    signedRequest.headers.emplaceBack("accept", "application/json");
    signedRequest.headers.append(
        {"authorization",
         QByteArray(signing::kV3Algorithm) + " Credential=" + credentials.accessKeyId.toUtf8() +
             ",SignedHeaders=" + signing::v3SignedHeaders(signedHeaders) + ",Signature=" + signature});
    return signedRequest;
}

} // namespace

SignedRequest signRequest(const ApiRequest &request, const QUrl &endpoint, const Credentials &credentials,
                          const SigningOptions &options)
{
    const QString timestamp =
        formatTimestamp(options.timestamp.isValid() ? options.timestamp : QDateTime::currentDateTimeUtc());
    const QString nonce =
        options.nonce.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : options.nonce;
    return options.version == SignatureVersion::V2
               ? signV2(request, endpoint, credentials, options, timestamp, nonce)
               : signV3(request, endpoint, credentials, options, timestamp, nonce);
}

namespace {

// Replaces the value of SecurityToken= in a query string or form body.
QByteArray redactSecurityToken(QByteArray encoded)
{
    static const QByteArray key = "SecurityToken=";
    int at = encoded.indexOf(key);
    while (at >= 0) {
        if (at == 0 || encoded.at(at - 1) == '&' || encoded.at(at - 1) == '?') {
            const qsizetype start = at + key.size();
            const qsizetype end = encoded.indexOf('&', start);
            encoded.replace(start, (end < 0 ? encoded.size() : end) - start, "%3Csecurity-token%3E");
        }
        at = encoded.indexOf(key, at + key.size());
    }
    return encoded;
}

} // namespace

QString SignedRequest::displayText() const
{
    QString text = QString::fromLatin1(method + ' ' + redactSecurityToken(url.toEncoded())) + u'\n';
    for (const auto &[name, value] : headers) {
        const QByteArray shown =
            name == "x-acs-security-token" ? QByteArrayLiteral("<security-token>") : value;
        text += QString::fromUtf8(name + ": " + shown) + u'\n';
    }
    if (!body.isEmpty())
        text += u'\n' + QString::fromUtf8(redactSecurityToken(body)) + u'\n';
    return text;
}

} // namespace clm
