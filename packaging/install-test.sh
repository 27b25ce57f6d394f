#!/usr/bin/env bash
# Installs the .deb on a clean Debian 12 system and checks it as a user would meet it:
#   1. builds the package (cpack) in a release build directory (default build/package);
#   2. makes a clean Debian 12 root with debootstrap (the base system is cached in
#      $CLM_INSTALL_TEST_CACHE, default /var/cache/clm-install-test, and unpacked afresh each run);
#   3. installs the .deb there with apt, which resolves its dependencies from the Debian archive;
#   4. runs both executables' --version (must be the project version) and --self-test (offscreen), and
#      `classiclink` against the packaged ecs-sandbox;
#   5. checks the desktop entry, metainfo, icons and man pages are in place and valid;
#   6. purges the package and checks nothing of it is left behind.
# Needs root (debootstrap, chroot); re-runs itself with sudo otherwise. Network: the Debian archive.
set -euo pipefail
cd "$(dirname "$0")/.."
root_dir=$(pwd)
build="$root_dir/build/package"
if [ "${1:-}" = "--build-dir" ]; then
    build=$(cd "$2" && pwd)
fi
if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=CLM_INSTALL_TEST_CACHE "$0" --build-dir "$build"
fi
mirror=${CLM_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${CLM_INSTALL_TEST_CACHE:-/var/cache/clm-install-test}
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'install-test: FAIL: %s\n' "$*" >&2; exit 1; }

for tool in debootstrap chroot desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-deps.sh --tests installs it)"
done

step "Building the package in $build"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake --preset package >/dev/null
fi
cmake --build "$build"
rm -rf "$build/packages"
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/packages/classiclink-manager_*.deb)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
echo "package: $deb (version $version)"

step "A clean Debian 12 root"
base="$cache/bookworm-minbase.tar"
if [ ! -f "$base" ]; then
    mkdir -p "$cache"
    staging=$(mktemp -d)
    debootstrap --variant=minbase bookworm "$staging" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
        fail "debootstrap failed; see $cache/debootstrap.log"
    tar -C "$staging" -cf "$base.partial" . && mv "$base.partial" "$base"
    rm -rf "$staging"
    echo "cached the base system in $base"
fi
chroot_dir=$(mktemp -d /tmp/clm-install-test.XXXXXX)
chmod 755 "$chroot_dir" # apt downloads as the _apt user
cleanup() {
    [ -n "${sandbox_pid:-}" ] && kill "$sandbox_pid" 2>/dev/null || true
    umount "$chroot_dir/proc" 2>/dev/null || true
    rm -rf "$chroot_dir"
}
trap cleanup EXIT
tar -C "$chroot_dir" -xf "$base"
mount -t proc proc "$chroot_dir/proc"
cat >"$chroot_dir/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
SOURCES
cp "$deb" "$chroot_dir/tmp/"
in_root() { chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp/home \
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime "$@"; }
mkdir -p "$chroot_dir/tmp/home" "$chroot_dir/tmp/runtime" && chmod 700 "$chroot_dir/tmp/runtime"

step "Installing $(basename "$deb") with its dependencies from the archive"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" \
    >"$chroot_dir/tmp/install.log" 2>&1 || { cat "$chroot_dir/tmp/install.log"; fail "apt-get install failed"; }
in_root dpkg -L classiclink-manager >"$chroot_dir/tmp/files.txt"

step "--version and --self-test"
for exe in classiclink-manager classiclink ecs-sandbox; do
    out=$(in_root "$exe" --version 2>/dev/null)
    echo "$out"
    [ "${out##* }" = "$version" ] || fail "$exe --version says '$out', not $version"
done
for exe in classiclink-manager classiclink; do
    in_root "$exe" --self-test 2>/dev/null || fail "$exe --self-test"
done

step "classiclink against the packaged ecs-sandbox"
in_root ecs-sandbox >"$chroot_dir/tmp/sandbox.out" 2>/dev/null &
sandbox_pid=$!
# It prints "LISTENING <url>" once it listens: wait for that line (tail follows the file as it grows, and
# ends with the sandbox).
timeout 30 grep -q -m1 '^LISTENING' <(tail -n +1 -f --pid="$sandbox_pid" "$chroot_dir/tmp/sandbox.out" 2>/dev/null) ||
    fail "ecs-sandbox did not say where it listens"
endpoint=$(sed -n 's/^LISTENING //p' "$chroot_dir/tmp/sandbox.out")
[ -n "$endpoint" ] || fail "ecs-sandbox did not start"
export_keys=(ALIBABA_CLOUD_ACCESS_KEY_ID=sandbox-admin ALIBABA_CLOUD_ACCESS_KEY_SECRET=sandbox-admin-secret)
in_root env "${export_keys[@]}" classiclink --endpoint "$endpoint" --region cn-hangzhou vpcs --classiclink-only |
    grep -q vpc-classiclink01 || fail "classiclink vpcs"
in_root env "${export_keys[@]}" classiclink --endpoint "$endpoint" --region cn-hangzhou \
    attach --vpc vpc-classiclink01 i-running01 | tee /dev/stderr | grep -q Succeeded || fail "classiclink attach"
kill "$sandbox_pid"
sandbox_pid=

step "Desktop integration"
for path in /usr/share/applications/io.github.classiclink.Manager.desktop \
    /usr/share/metainfo/io.github.classiclink.Manager.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.classiclink.Manager.svg \
    /usr/share/icons/hicolor/48x48/apps/io.github.classiclink.Manager.png \
    /usr/share/icons/hicolor/256x256/apps/io.github.classiclink.Manager.png \
    /usr/share/man/man1/classiclink-manager.1.gz /usr/share/man/man1/classiclink.1.gz \
    /usr/share/man/man1/ecs-sandbox.1.gz; do
    grep -qx "$path" "$chroot_dir/tmp/files.txt" && [ -s "$chroot_dir$path" ] || fail "$path is not installed"
done
desktop-file-validate "$chroot_dir/usr/share/applications/io.github.classiclink.Manager.desktop"
grep -qx "Exec=classiclink-manager" "$chroot_dir/usr/share/applications/io.github.classiclink.Manager.desktop"
appstreamcli validate --no-net "$chroot_dir/usr/share/metainfo/io.github.classiclink.Manager.metainfo.xml"
grep -q "<release version=\"$version\"" "$chroot_dir/usr/share/metainfo/io.github.classiclink.Manager.metainfo.xml" ||
    fail "the metainfo's release is not $version"

step "Removing the package"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq classiclink-manager >/dev/null 2>&1
left=$(find "$chroot_dir/usr" "$chroot_dir/etc" "$chroot_dir/var" "$chroot_dir/opt" -iname '*classiclink*' 2>/dev/null |
    sed "s|^$chroot_dir||" || true)
while read -r path; do
    [ -z "$path" ] || [ ! -e "$chroot_dir$path" ] || [ -d "$chroot_dir$path" ] || left="$left
$path"
done <"$chroot_dir/tmp/files.txt"
[ -z "$(echo "$left" | tr -d '[:space:]')" ] || fail "left behind after purge:$left"

printf '\ninstall-test: passed (%s on Debian 12)\n' "$(basename "$deb")"
