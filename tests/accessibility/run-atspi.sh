#!/usr/bin/env bash
# Runs atspi_job.py against the real application: inside a private D-Bus session (started here when there
# is none) with the AT-SPI bus (at-spi-bus-launcher, Debian's at-spi2-core), on a virtual X display
# (Xvfb, started here), with Qt's accessibility bridge on. Usage: run-atspi.sh /path/to/classiclink-manager
set -euo pipefail
app=$1
here=$(cd "$(dirname "$0")" && pwd)

. "$here/session.sh"

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
