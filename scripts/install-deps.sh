#!/usr/bin/env bash
# Installs what Greenlight needs to build, run and test, from Debian 12 / Ubuntu packages.
# libqt6opengl6-dev: Debian's Qt6ChartsConfig.cmake needs Qt6OpenGL, which no other package here pulls in.
# Real package names only (qt6-charts-dev, not the virtual libqt6charts6-dev): dpkg-query cannot see a
# virtual package as installed, so it would be installed again on every run.
# file: CPack's DEB generator runs it to find the binaries whose libraries dpkg-shlibdeps reads.
# Does nothing when everything is already there.   scripts/install-deps.sh [--list]
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qtkeychain-qt6-dev libgl-dev
  sqlite3 libsqlite3-dev python3 python3-jsonschema poppler-utils
  xvfb xauth imagemagick
  postgresql gnome-keyring dbus dbus-x11 libsecret-tools
  qt6-translations-l10n desktop-file-utils appstream dpkg-dev file openssh-client
)

# --list prints the packages, one per line (CI installs them itself).
if [ "${1:-}" = "--list" ]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
