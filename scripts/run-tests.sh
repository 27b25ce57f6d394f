#!/usr/bin/env bash
# Installs the packages, then builds each configuration once, for its purpose, and runs the whole suite:
#   asan     every test (unit, integration, GUI, CLI processes, AT-SPI, the fuzz targets' seed replays),
#            under AddressSanitizer + UBSan with warnings as errors;
#   fuzz     the libFuzzer targets only (clang), each fuzzed for CLM_FUZZ_SECONDS on its seed corpus;
#   package  the release executables the installers carry, then the install test: the .deb installed on a
#            clean Debian 12 root (packaging/install-test.sh).
# The tests run offscreen inside a private D-Bus session with an unlocked gnome-keyring (scripts/test-env.sh).
# `dev` is a preset for working locally, not part of this run.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --tests

jobs=$(nproc 2>/dev/null || echo 2)
presets=(asan fuzz package)
for preset in "${presets[@]}"; do
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
done

exec ./scripts/test-env.sh bash -c '
    jobs=$1
    shift
    status=0
    for preset in "$@"; do
        echo "== ctest ($preset) =="
        ctest --preset "$preset" -j "$jobs" || status=1
    done
    exit $status
' run-tests "$jobs" "${presets[@]}"
