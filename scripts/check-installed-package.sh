#!/usr/bin/env bash
# Installs the .deb like a user would (apt resolves its dependencies), then proves the installed
# binary works without anything from the build tree: --version, and a gate check on the demo data.
#   scripts/check-installed-package.sh build/greenlight_0.1.0_amd64.deb
set -euo pipefail
deb=$(realpath "$1")
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$deb" >/dev/null
test -x /usr/bin/greenlight
test -f /usr/share/applications/org.greenlight.Greenlight.desktop
test -f /usr/share/metainfo/org.greenlight.Greenlight.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/org.greenlight.Greenlight.svg
/usr/bin/greenlight --version
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A clean environment: no build-tree paths, the default locale.
env -i HOME="$work" PATH=/usr/bin:/bin /usr/bin/greenlight --db "$work/demo.sqlite" init --demo
status=0
env -i HOME="$work" PATH=/usr/bin:/bin /usr/bin/greenlight --db "$work/demo.sqlite" gate check --all || status=$?
# 0 = every use case go-eligible, 1 = at least one no-go (the demo has some); anything else is a failure.
if [ "$status" -gt 1 ]; then
  echo "gate check failed with exit code $status" >&2
  exit 1
fi
echo "installed package OK (gate check exit code $status)"
