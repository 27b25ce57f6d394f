#!/usr/bin/env bash
# Fails when a dependency runs the wrong way between the folders (see README, Layout):
# app/ includes no widget and no front end; app/cloud/ no table model; sandbox/ none of the client's
# signing code (it checks signatures with its own); ui/ and cli/ files stay under 400 lines.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
fail() { echo "layout: $*" >&2; status=1; }

grep -rnE '#include <Q(Widget|MainWindow|Dialog|Application|Label|PushButton)|#include "(ui|cli)/' app \
    && fail "app/ includes a widget or a front end"
grep -rnE '#include "models/' app/cloud && fail "app/cloud/ includes a model header"
grep -rnE '#include "signing/' sandbox && fail "sandbox/ includes the client's signing code"
for file in ui/*.cpp ui/*.h cli/*.cpp cli/*.h cli/commands/*.cpp cli/commands/*.h; do
    lines=$(wc -l < "$file")
    [ "$lines" -le 400 ] || fail "$file has $lines lines (at most 400)"
done
[ $status -eq 0 ] && echo "layout: all rules hold"
exit $status
