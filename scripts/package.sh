#!/usr/bin/env bash
# Builds the Debian package (CPack, packaging/CMakeLists.txt) and prints its path.
#   scripts/package.sh             → build/greenlight_VERSION_ARCH.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
(cd build && cpack -G DEB >/dev/null)
ls build/greenlight_*.deb
