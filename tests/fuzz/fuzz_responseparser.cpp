// Any bytes as a cloud response body (JSON or XML): parsed or refused, never a crash or a hang; whatever
// parses is readable through the list and value helpers the typed layer uses.
#include "api/responseparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const clm::ParsedBody parsed =
        clm::parseResponseBody(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!parsed.ok)
        return 0;
    for (auto it = parsed.object.begin(); it != parsed.object.end(); ++it) {
        clm::jsonString(it.value());
        clm::jsonInt(it.value());
        clm::jsonBool(it.value());
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            for (auto child = inner.begin(); child != inner.end(); ++child)
                clm::jsonList(parsed.object, it.key(), child.key());
        }
    }
    return 0;
}
