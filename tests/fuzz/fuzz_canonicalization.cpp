// Any bytes as request parameters (name=value lines) and headers: the signer's encoding and canonical
// forms never crash, percent-encoding leaves only unreserved characters and decodes back to the input,
// and the canonical query holds every pair exactly once.
#include "signing/signature.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace clm::signing;

namespace {

bool isUnreservedOrEscape(const QByteArray &encoded)
{
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '_' || c == '.' || c == '~';
        if (unreserved)
            continue;
        if (c != '%' || i + 2 >= encoded.size() ||
            !QByteArray("0123456789ABCDEF").contains(encoded.at(i + 1)) ||
            !QByteArray("0123456789ABCDEF").contains(encoded.at(i + 2)))
            return false;
        i += 2;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    ParamList params;
    ParamList headers;
    for (const QByteArray &line : input.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && (eq < 0 || colon < eq))
            headers.append({line.left(colon), line.mid(colon + 1)});
        else
            params.append({eq < 0 ? line : line.left(eq), eq < 0 ? QByteArray() : line.mid(eq + 1)});
    }
    for (const auto &[name, value] : std::as_const(params)) {
        const QByteArray encoded = percentEncode(value);
        if (!isUnreservedOrEscape(encoded) || QByteArray::fromPercentEncoding(encoded) != value)
            std::abort();
    }
    const QByteArray query = canonicalQuery(params);
    const QList<QByteArray> pairs = query.isEmpty() ? QList<QByteArray>() : query.split('&');
    if (pairs.size() != params.size())
        std::abort();
    v2StringToSign("POST", params);
    V3CanonicalInput v3;
    v3.httpMethod = "POST";
    v3.query = params;
    v3.headers = headers;
    v3.hashedPayload = sha256Hex(input);
    v3StringToSign(v3CanonicalRequest(v3));
    return 0;
}
