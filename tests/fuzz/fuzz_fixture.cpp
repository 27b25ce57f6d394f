// Any bytes as an ecs-sandbox fixture: loaded or refused with a reason, never a crash; a loaded state
// renders back to JSON.
#include "sandboxstate.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    clm::sandbox::SandboxState state;
    const QString error =
        state.loadFixture(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (error.isEmpty())
        state.toJson();
    return 0;
}
