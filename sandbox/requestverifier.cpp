#include "requestverifier.h"

#include "gatewaysignature.h"

#include <QRegularExpression>

namespace clm::sandbox {

using ParamList = Pairs;

QByteArray IncomingRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

namespace {

ActionReply gatewayError(int status, const char *code, const QString &message)
{
    return ActionReply::error(status, QLatin1String(code), message);
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Splits k=v&k=v; '+' is a space, every '%' must start a valid escape. False on bad encoding.
bool decodeForm(const QByteArray &encoded, ParamList &out)
{
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        for (qsizetype i = 0; i < pair.size(); ++i) {
            if (pair.at(i) == '%' &&
                (i + 2 >= pair.size() || !isHex(pair.at(i + 1)) || !isHex(pair.at(i + 2))))
                return false;
        }
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
    return true;
}

QString valueOf(const ParamList &params, const char *name)
{
    for (const auto &[key, value] : params) {
        if (key == name)
            return QString::fromUtf8(value);
    }
    return {};
}

} // namespace

bool RequestVerifier::rememberNonce(const QString &keyId, const QString &nonce, qint64 nowSecs)
{
    if (m_nonces.size() > 200'000) {
        for (auto it = m_nonces.begin(); it != m_nonces.end();)
            it = nowSecs - it.value() > 2 * kTimestampWindowSecs ? m_nonces.erase(it) : std::next(it);
    }
    const QString key = keyId + u'\n' + nonce;
    if (m_nonces.contains(key))
        return false;
    m_nonces.insert(key, nowSecs);
    return true;
}

Verdict RequestVerifier::verify(const IncomingRequest &request, const QDateTime &nowReal)
{
    Verdict verdict;
    const QDateTime now = nowReal.addSecs(m_clockOffsetSecs);

    if (request.body.size() > kMaxBodyBytes) {
        verdict.error =
            gatewayError(400, "InvalidParameter", QStringLiteral("The request body is too large."));
        return verdict;
    }
    ParamList query;
    ParamList form;
    const bool isForm = request.header("content-type").startsWith("application/x-www-form-urlencoded");
    if (!decodeForm(request.rawQuery, query) || (isForm && !decodeForm(request.body, form))) {
        verdict.error =
            gatewayError(400, "InvalidParameter",
                         QStringLiteral("The request contains a malformed percent-encoded value."));
        return verdict;
    }
    const ParamList all = query + form;
    for (const auto &[name, value] : all) {
        if (name.isEmpty()) {
            verdict.error = gatewayError(400, "InvalidParameter",
                                         QStringLiteral("The request has a parameter without a name."));
            return verdict;
        }
        if (verdict.call.params.contains(QString::fromUtf8(name))) {
            verdict.error = gatewayError(
                400, "InvalidParameter",
                QStringLiteral("The parameter \"%1\" is given more than once.").arg(QString::fromUtf8(name)));
            return verdict;
        }
        verdict.call.params.insert(QString::fromUtf8(name), QString::fromUtf8(value));
    }

    const QByteArray authorization = request.header("authorization");
    const bool v3 = authorization.startsWith("ACS3-HMAC-SHA256");
    const QString format = valueOf(all, "Format");
    verdict.xml = format.isEmpty() ? !v3 : format.compare(QLatin1String("XML"), Qt::CaseInsensitive) == 0;
    if (!format.isEmpty() && format.compare(QLatin1String("XML"), Qt::CaseInsensitive) != 0 &&
        format.compare(QLatin1String("JSON"), Qt::CaseInsensitive) != 0) {
        verdict.error = gatewayError(400, "InvalidParameter",
                                     QStringLiteral("The specified parameter \"Format\" is not valid."));
        return verdict;
    }

    verdict.call.action = v3 ? QString::fromUtf8(request.header("x-acs-action")) : valueOf(all, "Action");
    verdict.call.version = v3 ? QString::fromUtf8(request.header("x-acs-version")) : valueOf(all, "Version");
    verdict.isVpc = verdict.call.version == QLatin1String(kVpcVersion);
    if (verdict.call.action.isEmpty()) {
        verdict.error = ActionReply::missingParameter("Action");
        return verdict;
    }
    if (verdict.call.version.isEmpty()) {
        verdict.error = ActionReply::missingParameter("Version");
        return verdict;
    }
    if (!SandboxActions::isKnownVersion(verdict.call.version)) {
        verdict.error =
            gatewayError(400, "InvalidParameter",
                         QStringLiteral("The specified parameter \"Action or Version\" is not valid."));
        return verdict;
    }
    if (!SandboxActions::isKnownAction(verdict.call.version, verdict.call.action)) {
        verdict.error =
            gatewayError(404, "InvalidAction.NotFound",
                         QStringLiteral("Specified api is not found, please check your url and method."));
        return verdict;
    }

    QString keyId, nonce, timestamp, securityToken, stringToSign;
    QByteArray givenSignature, expectedSignature;
    const AccessKey *key = nullptr;
    if (v3) {
        static const QRegularExpression pattern(
            QStringLiteral("^ACS3-HMAC-SHA256\\s+Credential=([^,]+),\\s*SignedHeaders=([^,]+),\\s*Signature=("
                           "[0-9a-fA-F]+)$"));
        const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(authorization.trimmed()));
        if (!match.hasMatch()) {
            verdict.error =
                gatewayError(400, "IncompleteSignature",
                             QStringLiteral("The request signature does not conform to Aliyun standards."));
            return verdict;
        }
        keyId = match.captured(1);
        givenSignature = match.captured(3).toLatin1().toLower();
        ParamList signedHeaders;
        const QStringList names = match.captured(2).split(u';');
        for (const QString &name : names) {
            const QByteArray headerName = name.toLatin1();
            const QByteArray value = request.header(headerName);
            if (value.isNull()) {
                verdict.error =
                    gatewayError(400, "IncompleteSignature",
                                 QStringLiteral("The signed header \"%1\" is not in the request.").arg(name));
                return verdict;
            }
            signedHeaders.append({headerName, value});
        }
        // Host and every x-acs-* header the request carries are part of the signature.
        QStringList required{QStringLiteral("host"), QStringLiteral("x-acs-action"),
                             QStringLiteral("x-acs-date"), QStringLiteral("x-acs-signature-nonce")};
        for (const auto &header : request.headers) {
            const QString name = QString::fromLatin1(header.first).toLower();
            if (name.startsWith(QLatin1String("x-acs-")) && !required.contains(name))
                required.append(name);
        }
        for (const QString &name : std::as_const(required)) {
            if (!names.contains(name)) {
                verdict.error = gatewayError(400, "IncompleteSignature",
                                             QStringLiteral("The header \"%1\" must be signed.").arg(name));
                return verdict;
            }
        }
        nonce = QString::fromUtf8(request.header("x-acs-signature-nonce"));
        timestamp = QString::fromUtf8(request.header("x-acs-date"));
        securityToken = QString::fromUtf8(request.header("x-acs-security-token"));
        stringToSign = QString::fromUtf8(
            gateway::v3StringToSign(request.method, request.path, query, signedHeaders, request.body));
        key = m_findKey(keyId);
        if (key)
            expectedSignature = gateway::v3Signature(stringToSign.toUtf8(), key->secret);
    } else {
        givenSignature = valueOf(all, "Signature").toLatin1();
        keyId = valueOf(all, "AccessKeyId");
        for (const char *required : {"Signature", "AccessKeyId", "SignatureMethod", "SignatureVersion",
                                     "SignatureNonce", "Timestamp"}) {
            if (valueOf(all, required).isEmpty()) {
                verdict.error =
                    QByteArray(required) == "Signature"
                        ? gatewayError(
                              400, "IncompleteSignature",
                              QStringLiteral("The request signature does not conform to Aliyun standards."))
                        : ActionReply::missingParameter(required);
                return verdict;
            }
        }
        if (valueOf(all, "SignatureMethod") != QLatin1String("HMAC-SHA1")) {
            verdict.error = gatewayError(400, "InvalidSignatureMethod",
                                         QStringLiteral("Specified signature method is not valid."));
            return verdict;
        }
        nonce = valueOf(all, "SignatureNonce");
        timestamp = valueOf(all, "Timestamp");
        securityToken = valueOf(all, "SecurityToken");
        ParamList unsignedParams;
        for (const auto &pair : all) {
            if (pair.first != "Signature")
                unsignedParams.append(pair);
        }
        stringToSign = QString::fromUtf8(gateway::v2StringToSign(request.method, unsignedParams));
        key = m_findKey(keyId);
        if (key)
            expectedSignature = gateway::v2Signature(stringToSign.toUtf8(), key->secret);
    }

    const QDateTime sent = QDateTime::fromString(timestamp, QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    QDateTime sentUtc = sent;
    sentUtc.setTimeSpec(Qt::UTC);
    if (!sent.isValid()) {
        verdict.error =
            gatewayError(400, "InvalidTimeStamp.Format",
                         QStringLiteral("Specified time stamp or date value is not well formatted."));
        return verdict;
    }
    if (qAbs(sentUtc.secsTo(now)) > kTimestampWindowSecs) {
        verdict.error = gatewayError(400, "InvalidTimeStamp.Expired",
                                     QStringLiteral("Specified time stamp or date value is expired."));
        return verdict;
    }
    if (!key) {
        verdict.error = gatewayError(404, "InvalidAccessKeyId.NotFound",
                                     QStringLiteral("Specified access key is not found."));
        return verdict;
    }
    if (!gateway::equalInConstantTime(givenSignature, expectedSignature)) {
        verdict.error = gatewayError(
            400, "SignatureDoesNotMatch",
            QStringLiteral("Specified signature is not matched with our calculation. server string "
                           "to sign is:") +
                stringToSign);
        return verdict;
    }
    if (!key->securityToken.isEmpty()) {
        if (securityToken != key->securityToken) {
            verdict.error = gatewayError(400, "InvalidSecurityToken.MismatchWithAccessKey",
                                         QStringLiteral("The SecurityToken does not match the AccessKeyId."));
            return verdict;
        }
        if (key->tokenExpiry.isValid() && key->tokenExpiry < now) {
            verdict.error = gatewayError(400, "InvalidSecurityToken.Expired",
                                         QStringLiteral("Specified SecurityToken is expired."));
            return verdict;
        }
    }
    if (!rememberNonce(keyId, nonce, now.toSecsSinceEpoch())) {
        verdict.error = gatewayError(400, "SignatureNonceUsed",
                                     QStringLiteral("Specified signature nonce was used already."));
        return verdict;
    }
    verdict.call.key = key;
    // Common parameters are the gateway's, not the action's.
    for (const char *common : {"AccessKeyId", "Action", "Format", "SignatureMethod", "SignatureNonce",
                               "SignatureVersion", "Timestamp", "Version", "Signature", "SecurityToken"})
        verdict.call.params.remove(QLatin1String(common));
    return verdict;
}

} // namespace clm::sandbox
