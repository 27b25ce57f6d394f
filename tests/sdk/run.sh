#!/usr/bin/env bash
# Alibaba Cloud's official Node.js SDKs against ecs-sandbox (official-sdk.mjs says what is checked). The SDK
# versions are pinned by package.json and package-lock.json; `npm ci` installs exactly those into WORK_DIR
# from the npm registry, once, and again only when the lock file changes. No install script is run.
# Before, `classiclink` does the whole job against the same sandbox, which records every request, so the
# check also sees every parameter our client sends.
# Usage: run.sh ECS_SANDBOX CLASSICLINK WORK_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
sandbox=$1
classiclink=$2
work=$3
mkdir -p "$work"
if ! cmp -s "$here/package-lock.json" "$work/package-lock.json" || [ ! -d "$work/node_modules/@alicloud/ecs20140526" ]; then
    cp "$here/package.json" "$here/package-lock.json" "$work/"
    (cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) || {
        echo "sdk: npm ci failed; the official SDK packages come from the npm registry (https://registry.npmjs.org)" >&2
        exit 1
    }
fi
cp "$here/official-sdk.mjs" "$work/"
"$sandbox" --list-actions > "$work/actions.txt"
rm -f "$work/requests.jsonl" "$work/client-requests.jsonl"
"$sandbox" --listen 127.0.0.1:0 --record-requests "$work/requests.jsonl" > "$work/sandbox.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    grep -q '^LISTENING' "$work/sandbox.log" && break
    sleep 0.1
done
url=$(sed -n 's|^LISTENING http://||p' "$work/sandbox.log" | head -1)
if [ -z "$url" ]; then
    echo "sdk: ecs-sandbox did not start:" >&2
    cat "$work/sandbox.log" >&2
    exit 1
fi

# Our client, through the whole job: read, link, allow traffic both ways, remove it, unlink, enable and
# disable ClassicLink, then what moving into a VPC needs. Its own settings and logs stay in WORK_DIR; the
# key comes from the environment.
run_classiclink() {
    if ! HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
        ALIBABA_CLOUD_ACCESS_KEY_ID=sandbox-admin ALIBABA_CLOUD_ACCESS_KEY_SECRET=sandbox-admin-secret \
        timeout 60 "$classiclink" --endpoint "http://$url" --region cn-hangzhou "$@" > "$work/classiclink.out" 2>&1; then
        echo "sdk: classiclink $* failed:" >&2
        cat "$work/classiclink.out" >&2
        exit 1
    fi
}
mkdir -p "$work/home"
run_classiclink regions
run_classiclink instances
run_classiclink vpcs
run_classiclink security-groups --vpc vpc-classiclink01
run_classiclink attach --vpc vpc-classiclink01 i-running01 i-running03
run_classiclink links --vpc vpc-classiclink01
run_classiclink allow-traffic --vpc vpc-classiclink01 --vpc-group sg-prod-app i-running01 i-running03
run_classiclink revoke-traffic --vpc vpc-classiclink01 i-running01 i-running03
run_classiclink detach --vpc vpc-classiclink01 i-running01 i-running03
run_classiclink enable-classiclink vpc-noclassiclink01
run_classiclink disable-classiclink vpc-noclassiclink01
run_classiclink readiness --vpc vpc-classiclink02
# The preparation of the move: vSwitches, group copies, their rules both ways, links and traffic rules.
run_classiclink prepare-move --vpc vpc-classiclink02 i-running08 i-stopped05 i-stopped01 i-linked01
run_classiclink scan
cp "$work/requests.jsonl" "$work/client-requests.jsonl"

cd "$work"
timeout 120 node official-sdk.mjs "${url%/}" actions.txt client-requests.jsonl
