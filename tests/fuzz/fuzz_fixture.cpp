// Any bytes as an ecs-sandbox fixture (with its further accounts): loaded or refused with a reason, never a
// crash; a loaded state renders back to JSON.
#include "sandboxstate.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<clm::sandbox::SandboxState> accounts;
    const QString error = clm::sandbox::SandboxState::loadAccounts(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), accounts);
    if (error.isEmpty()) {
        for (const clm::sandbox::SandboxState &state : std::as_const(accounts))
            state.toJson();
    }
    return 0;
}
