#!/usr/bin/env bash
# Runs a command the way the test suite runs: offscreen Qt, a private throw-away home for everything the
# tests write (settings, keyrings, logs, exports), the sanitizers' options, and a private D-Bus session
# whose gnome-keyring is unlocked, so keychain tests meet a real Secret Service. Needs no display and no
# session bus of its own. Usage: scripts/test-env.sh COMMAND [ARGS...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

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

# Not exec: the trap removes the scratch folder afterwards.
dbus-run-session -- bash -c '
    set -euo pipefail
    # Unlocking with a password on standard input creates the login collection.
    eval "$(printf "clm-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    # The Secret Service must answer before any test relies on it.
    printf probe | secret-tool store --label="ClassicLink test probe" clm-probe yes
    test "$(secret-tool lookup clm-probe yes)" = probe
    secret-tool clear clm-probe yes
    exec "$@"
' clm-test-env "$@"
