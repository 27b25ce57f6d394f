#!/usr/bin/env bash
# Listens to the real screen reader: runs orca_job.py, which drives classiclink-manager on its built-in
# sandbox by keyboard alone while Orca (Debian's orca) speaks, and checks what Orca said. Runs in a private
# D-Bus session on a virtual X display (session.sh) with a window manager (openbox: without one the focus
# does not return to the main window after a dialog closes), speech-dispatcher with espeak-ng on libao's
# null driver (no sound), and Orca writing every utterance to its debug output.
# Usage: run-orca.sh /path/to/classiclink-manager [LANGUAGE]   (LANGUAGE: en or zh_CN)
set -euo pipefail
app=$1
language=${2:-en}
here=$(cd "$(dirname "$0")" && pwd)

. "$here/session.sh"

# Runs a command until it succeeds, for at most ten seconds; fails if it never did.
wait_until() {
    for _ in $(seq 50); do "$@" && return 0; sleep 0.2; done
    return 1
}
window_manager_up() { xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id"; }

mkdir -p "$XDG_CONFIG_HOME/speech-dispatcher" "$scratch/speechd"
printf 'default_driver=null\n' >"$HOME/.libao"
cat >"$XDG_CONFIG_HOME/speech-dispatcher/speechd.conf" <<CONF
AudioOutputMethod "libao"
DefaultModule espeak-ng
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
LogDir "$scratch/speechd"
CONF
# The speech server first, in the foreground (so that it is ours to stop), and proof that it speaks.
speech-dispatcher -s -t 0 >"$scratch/speechd.log" 2>&1 &
pids+=($!)
wait_until test -S "$XDG_RUNTIME_DIR/speech-dispatcher/speechd.sock" || true
timeout 20 spd-say -w "ready" >/dev/null 2>&1 || { echo "speech-dispatcher does not speak"; exit 1; }
# Orca reads this setting at start; applications read it to turn their accessibility on.
gsettings set org.gnome.desktop.interface toolkit-accessibility true
openbox >"$scratch/openbox.log" 2>&1 &
pids+=($!)
wait_until window_manager_up || true

QT_QPA_PLATFORM=xcb QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 LANG=en_US.UTF-8 LC_ALL=C.UTF-8 \
    "$app" --sandbox --lang "$language" >"$scratch/app.log" 2>&1 &
pids+=($!)
# Orca starts once the window is up, so that it finds it active and reads where the focus is.
timeout 60 xdotool search --sync --onlyvisible --name "ClassicLink Manager" >/dev/null
# Orca writes its debug file in 8 KiB blocks, so what it said last can sit unwritten while it waits for the
# next key; on a terminal (script's pseudo-terminal) Python writes each line as it comes. The shell that
# script starts (/bin/sh, dash on Debian) execs Orca, so that Orca is script's own child.
LC_ALL=C.UTF-8 SHELL=/bin/sh script -qfec "exec orca --replace --debug-file=/dev/stdout" "$scratch/orca-debug.txt" \
    >/dev/null 2>&1 &
script_pid=$!
# Orca is stopped first (it may not end on SIGTERM) and reaped by script: an Orca left over, even a zombie,
# keeps the next from starting. The wait is bounded, so that a stray Orca fails the test instead of hanging it.
script_ended() { case $(ps -o stat= -p "$script_pid" 2>/dev/null) in '' | Z*) return 0 ;; *) return 1 ;; esac; }
stop_orca() {
    pkill -KILL -x -P "$script_pid" orca 2>/dev/null || true
    if wait_until script_ended; then
        wait "$script_pid" 2>/dev/null || true
        return 0
    fi
    echo "Orca did not stop"
    kill -KILL "$script_pid"
    return 1
}
trap 'stop_orca || status=1; cleanup; exit $status' EXIT
status=0
CLM_ORCA_DEBUG="$scratch/orca-debug.txt" CLM_ORCA_LANG="$language" timeout 200 /usr/bin/python3 \
    "$here/orca_job.py" || status=$?
if [ $status -ne 0 ]; then
    echo "--- application output ---"
    grep -v keyEventError "$scratch/app.log" | tail -20
fi
exit $status
