#!/usr/bin/env bash
# Installs what Greenlight needs to build, run and test, from Debian 12 / Ubuntu packages.
# libqt6opengl6-dev: Debian's Qt6ChartsConfig.cmake needs Qt6OpenGL, which no other package here pulls in.
# Real package names only (qt6-charts-dev, not the virtual libqt6charts6-dev): dpkg-query cannot see a
# virtual package as installed, so it would be installed again on every run.
# python3-pytest: tst_evalimport runs a small pytest suite and imports the JUnit XML it writes.
# file: CPack's DEB generator runs it to find the binaries whose libraries dpkg-shlibdeps reads.
# nodejs, npm: Stoplight Prism serves the gateways' published API descriptions to the contract tests
# (tests/contract); it is installed from the npm registry at the version tests/contract/prism/package-lock.json
# pins, into tests/contract/prism/node_modules. A machine that has Node.js and npm already keeps its own.
# Does nothing when everything is already there.   scripts/install-deps.sh [--list]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qtkeychain-qt6-dev libgl-dev
  sqlite3 libsqlite3-dev libpq-dev python3 python3-jsonschema python3-yaml python3-pytest poppler-utils
  xvfb xauth imagemagick
  postgresql gnome-keyring dbus dbus-x11 libsecret-tools
  qt6-translations-l10n desktop-file-utils appstream dpkg-dev file openssh-client ca-certificates
)

# Node.js from elsewhere (NodeSource, say) conflicts with Debian's npm package: take Debian's only without one.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

# --list prints the packages, one per line (CI installs them itself).
if [ "${1:-}" = "--list" ]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Prism, exactly as the lock file pins it (npm ci), again only when the lock file changed.
prism=tests/contract/prism
stamp=$prism/node_modules/.greenlight-lock.sha256
if [ ! -x "$prism/node_modules/.bin/prism" ] || ! sha256sum --status -c "$stamp" 2>/dev/null; then
  echo "Installing Stoplight Prism (npm ci in $prism)"
  if ! (cd "$prism" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
    echo "install-deps: npm could not install Prism from the npm registry (is it reachable, and its TLS certificate" \
      "trusted?)" >&2
    exit 1
  fi
  sha256sum "$prism/package-lock.json" >"$stamp"
fi
