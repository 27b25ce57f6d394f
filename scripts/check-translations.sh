#!/usr/bin/env bash
# Fails when the .ts files are stale (lupdate would change them), when a shipped language has unfinished,
# vanished or obsolete entries, or when a source string uses "..." instead of "…".
set -euo pipefail
lupdate=${1:-lupdate}
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$root"/translations/*.ts "$scratch/"
cd "$root"
"$lupdate" -silent -no-obsolete -locations none app ui cli -ts "$scratch/classiclink_zh_CN.ts"
"$lupdate" -silent -no-obsolete -locations none -pluralonly app ui cli -ts "$scratch/classiclink_en.ts"
status=0
for ts in classiclink_zh_CN.ts classiclink_en.ts; do
    if ! diff -u "translations/$ts" "$scratch/$ts"; then
        echo "check-translations: translations/$ts is stale; run: cmake --build <build> --target update-translations" >&2
        status=1
    fi
done
if grep -nE 'type="(unfinished|vanished|obsolete)"' translations/classiclink_zh_CN.ts; then
    echo "check-translations: zh_CN has unfinished or vanished entries" >&2
    status=1
fi
# A finished entry with nothing in it shows the English source, or nothing at all for a plural.
if grep -nE '<translation></translation>|<numerusform></numerusform>' translations/classiclink_zh_CN.ts \
    translations/classiclink_en.ts; then
    echo "check-translations: an entry is marked finished but empty" >&2
    status=1
fi
if grep -nE '<source>[^<]*\.\.\.' translations/classiclink_zh_CN.ts; then
    echo "check-translations: use … (U+2026) instead of ... in user-visible strings" >&2
    status=1
fi
[ $status -eq 0 ] && echo "check-translations: up to date, complete"
exit $status
