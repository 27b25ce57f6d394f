#!/usr/bin/env bash
# Installs the packages, builds ClassicLink Manager and launches it on the built-in sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec ./build/release/ui/classiclink-manager --sandbox "$@"
