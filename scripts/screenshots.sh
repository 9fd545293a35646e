#!/usr/bin/env bash
# Builds, loads the demo database and saves a screenshot of each main screen to docs/images/,
# in a real X server (Xvfb) so fonts and styles are those a user sees.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
db=$(mktemp -d)/screenshots.sqlite
build/greenlight --db "$db" init --demo >/dev/null
mkdir -p docs/images
xvfb-run -a -s "-screen 0 1280x800x24" build/tests/ui/greenlight_screenshots "$db" docs/images
