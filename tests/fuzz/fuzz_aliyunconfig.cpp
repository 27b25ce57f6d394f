// Any bytes as ~/.aliyun/config.json: imported or refused with a reason, never a crash; an importable
// profile always has a complete AccessKey, and one that is not says why.
#include "credentials/aliyunconfig.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const clm::AliyunCliConfig config =
        clm::AliyunCliConfigReader::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!config.ok && config.error.isEmpty())
        std::abort(); // a refusal always says why
    for (const clm::AliyunCliProfile &profile : config.profiles) {
        if (profile.importable && (profile.accessKeyId.isEmpty() || profile.accessKeySecret.isEmpty()))
            std::abort();
        if (!profile.importable && profile.reason.isEmpty())
            std::abort();
    }
    return 0;
}
