// Turns an ApiRequest into the exact HTTP request that goes on the wire: method, URL, headers and body,
// signed with V2 or V3. The same SignedRequest is sent by ApiClient, printed by `classiclink --dry-run`
// and shown by the desktop app's "Show request".
#pragma once

#include "api/apirequest.h"
#include "credentials/credentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrl>

#include <optional>

namespace clm {

enum class SignatureVersion
{
    V2,
    V3
};
// "v2" / "v3": the one spelling used by settings, profiles and --signature-version.
QString signatureVersionName(SignatureVersion version);
// Case-insensitive; std::nullopt for any other word.
std::optional<SignatureVersion> signatureVersionFromName(const QString &name);
enum class HttpMethod
{
    Get,
    Post
};

struct SigningOptions
{
    SignatureVersion version = SignatureVersion::V3;
    HttpMethod method = HttpMethod::Post;
    QDateTime timestamp; // invalid means "now"
    QString nonce;       // empty means a fresh UUID
    // POST only: keep the API parameters in the query (as the V3 documentation's example does) instead of
    // a form body.
    bool postParamsInQuery = false;
};

struct SignedRequest
{
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // in the order they are sent, without Host
    QByteArray body;

    // Method, URL, headers and body as text, for people. The STS token is replaced by a placeholder:
    // the AccessKey secret itself never appears in a signed request.
    QString displayText() const;
};

QString formatTimestamp(const QDateTime &utc);
QByteArray hostHeaderFor(const QUrl &url); // what QNetworkAccessManager sends as Host
QByteArray httpMethodName(HttpMethod method);

SignedRequest signRequest(const ApiRequest &request, const QUrl &endpoint, const Credentials &credentials,
                          const SigningOptions &options);

} // namespace clm
