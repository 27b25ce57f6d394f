#!/usr/bin/env bash
# Runs atspi_job.py against the real application: inside a private D-Bus session (started here when there
# is none) with the AT-SPI bus (at-spi-bus-launcher, Debian's at-spi2-core), on a virtual X display
# (Xvfb, started here), with Qt's accessibility bridge on. Usage: run-atspi.sh /path/to/classiclink-manager
set -euo pipefail
app=$1
here=$(cd "$(dirname "$0")" && pwd)

if [ -z "${CLM_ATSPI_SESSION:-}" ]; then
    # A bus and a display of our own, whatever the caller has.
    export CLM_ATSPI_SESSION=1
    unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
    exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi

scratch=$(mktemp -d /tmp/clm-atspi.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" XDG_CONFIG_HOME="$scratch/home/.config"
export XDG_DATA_HOME="$scratch/home/.local/share" XDG_CACHE_HOME="$scratch/home/.cache"

/usr/libexec/at-spi-bus-launcher --launch-immediately &
pids+=($!)
# The accessibility bus answers before the application asks for it.
gdbus wait --session --timeout 30 org.a11y.Bus

QT_QPA_PLATFORM=xcb QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 LANG=en_US.UTF-8 LC_ALL=C.UTF-8 \
    "$app" --sandbox --lang en >"$scratch/app.log" 2>&1 &
pids+=($!)

status=0
/usr/bin/python3 "$here/atspi_job.py" || status=$?
if [ $status -ne 0 ]; then
    echo "--- application output ---"
    cat "$scratch/app.log"
fi
exit $status
