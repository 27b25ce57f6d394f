#!/usr/bin/env bash
# Installs what ClassicLink Manager needs to build, run and test on Debian 12+ / Ubuntu 23.04+.
# Safe to run again: when everything is present it changes nothing and needs no network.
# --tests adds what only the test command needs: clang and its runtime for the libFuzzer targets, and
# debootstrap, desktop-file-utils and appstream for the install test, Node.js and npm for the official SDK
# check, AT-SPI, Orca and its speech server for the accessibility tests.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config mold
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qtkeychain-qt6-dev libgl-dev
    openssl ca-certificates clang-format
    xvfb xauth dbus-x11 gnome-keyring libsecret-tools fonts-noto-cjk tinyproxy imagemagick
)
if [ "${1:-}" = "--tests" ]; then
    packages+=(clang libclang-rt-dev debootstrap desktop-file-utils appstream at-spi2-core python3-pyatspi libglib2.0-bin)
    # The screen reader test (tests/accessibility/run-orca.sh): Orca, a speech server that stays silent, a
    # window manager, a keyboard for scripts.
    packages+=(orca speech-dispatcher speech-dispatcher-espeak-ng openbox x11-utils xdotool dconf-service bsdutils)
    # Node.js and npm for the official SDK check (tests/sdk); any install that provides both will do.
    command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: this script knows apt (Debian/Ubuntu). See README.md for Fedora, macOS and Windows." >&2
    exit 1
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed."
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
