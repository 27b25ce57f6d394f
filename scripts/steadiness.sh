#!/usr/bin/env bash
# Proof of steadiness, for a closing note (not for CI): on an already built tree (scripts/run-tests.sh),
#   1. the whole suite of scripts/run-tests.sh (ctest of asan, fuzz and package) ROUNDS times in a row;
#   2. the GUI tests (label ui, the AT-SPI job among them) and the CLI-process tests (tst_cli, tst_clikill)
#      REPEAT times each at -j JOBS, stopping at the first failure.
# Prints one line per stage and exits non-zero on any failure; the logs stay in the printed folder.
# Usage: scripts/steadiness.sh [--rounds N] [--repeat N] [--jobs N]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=3 repeat=20 jobs=2
while [ $# -gt 0 ]; do
    case "$1" in
    --rounds) rounds=${2:?--rounds needs a number}; shift 2 ;;
    --repeat) repeat=${2:?--repeat needs a number}; shift 2 ;;
    --jobs) jobs=${2:?--jobs needs a number}; shift 2 ;;
    *) echo "usage: $0 [--rounds N] [--repeat N] [--jobs N]" >&2; exit 2 ;;
    esac
done
for preset in asan fuzz package; do
    [ -f "build/$preset/CTestTestfile.cmake" ] || { echo "build/$preset is missing: run scripts/run-tests.sh first" >&2; exit 2; }
done
logs=$(mktemp -d /tmp/clm-steadiness.XXXXXX)
echo "logs: $logs"

status=0
for round in $(seq "$rounds"); do
    started=$(date +%s)
    if ./scripts/test-env.sh bash -c '
        status=0
        for preset in asan fuzz package; do ctest --preset "$preset" -j "$1" || status=1; done
        exit $status' steadiness "$jobs" >"$logs/suite-$round.log" 2>&1; then
        result=passed
    else
        result=FAILED status=1
    fi
    echo "whole suite, round $round of $rounds: $result in $(( $(date +%s) - started )) s ($(grep -h 'tests passed' "$logs/suite-$round.log" | paste -sd ' ' -))"
done

# The GUI and CLI-process tests by name, from ctest's own list.
names=$(ctest --test-dir build/asan -N -L '^ui$' | sed -n 's/^ *Test *#[0-9]*: //p')
regex="^($(printf '%s\n' $names tst_cli tst_clikill | paste -sd '|' -))\$"
started=$(date +%s)
if ./scripts/test-env.sh ctest --preset asan -j "$jobs" -R "$regex" --repeat "until-fail:$repeat" \
    >"$logs/repeat.log" 2>&1; then
    result=passed
else
    result=FAILED status=1
fi
echo "GUI, CLI-process and AT-SPI tests, $repeat times each at -j $jobs: $result in $(( $(date +%s) - started )) s ($(grep -h 'tests passed' "$logs/repeat.log"))"
exit $status
