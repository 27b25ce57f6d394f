#!/usr/bin/env bash
# Installs the packages, builds the dev and the ASan+UBSan configurations and runs the whole test suite in
# each, then runs every libFuzzer target (clang, preset fuzz) for CLM_FUZZ_SECONDS on its seed corpus,
# and the install test (preset package: the .deb installed on a clean Debian 12 root, see packaging/).
# Offscreen Qt, inside a private D-Bus session whose gnome-keyring is unlocked, so keychain tests meet a
# real Secret Service. Needs no display and no session bus of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
./scripts/install-deps.sh --tests

jobs=$(nproc 2>/dev/null || echo 2)
# dev and asan build everything with the test suite; fuzz builds the libFuzzer targets with clang;
# package is the release build whose .deb the install test puts on a clean Debian 12 root.
for preset in dev asan fuzz package; do
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
done

# A private, throw-away home for everything the tests write (settings, keyrings, logs, exports).
scratch=$(mktemp -d /tmp/clm-tests.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"

export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share" XDG_CACHE_HOME="$scratch/home/.cache"
export QT_QPA_PLATFORM=offscreen LANG=en_US.UTF-8 LC_ALL=C.UTF-8
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:suppressions=$root/tests/asan.supp"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

exec dbus-run-session -- bash -c '
    set -euo pipefail
    # Unlocking with a password on standard input creates the login collection.
    eval "$(printf "clm-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    # The Secret Service must answer before any test relies on it.
    printf probe | secret-tool store --label="ClassicLink test probe" clm-probe yes
    test "$(secret-tool lookup clm-probe yes)" = probe
    secret-tool clear clm-probe yes
    status=0
    for preset in dev asan fuzz package; do
        echo "== ctest ($preset) =="
        ctest --preset "$preset" -j "$(nproc 2>/dev/null || echo 2)" || status=1
    done
    exit $status
'
