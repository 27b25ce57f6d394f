# Sourced by run-atspi.sh and run-orca.sh: re-runs the caller inside a private D-Bus session (dbus-run-session)
# on a virtual X display (xvfb-run), whatever the caller has; gives it a scratch home and runtime directory
# (removed on exit unless CLM_A11Y_KEEP is set), starts the AT-SPI bus (at-spi-bus-launcher, Debian's
# at-spi2-core) and waits for it. Processes the caller adds to `pids` are stopped on exit.
if [ -z "${CLM_A11Y_SESSION:-}" ]; then
    export CLM_A11Y_SESSION=1
    unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
    exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi

scratch=$(mktemp -d /tmp/clm-a11y.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [ -n "${CLM_A11Y_KEEP:-}" ] || rm -rf "$scratch"
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
