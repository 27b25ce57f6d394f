// Any bytes as an operation log (a crash, a full disk, a stray editor): a readable prefix or nothing,
// never a crash; what is read is consistent.
#include "history/operationlog.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    qint64 valid = -1;
    const std::optional<clm::LoggedBatch> batch = clm::OperationLog::parse(bytes, &valid);
    if (valid < 0 || valid > bytes.size() || (batch && (batch->operations.isEmpty() || valid == 0)))
        std::abort();
    if (batch && batch->finishedCount() > batch->operations.size())
        std::abort();
    return 0;
}
