#!/usr/bin/env bash
# Builds, loads the demo database and saves a screenshot of each main screen to docs/images/,
# in a real X server (Xvfb) so fonts and styles are those a user sees.
set -euo pipefail
cd "$(dirname "$0")/.."
# Quiet when the build succeeds; when it fails, its whole output (the compiler's errors are on stdout) and its exit.
if ! build_log=$(scripts/build.sh 2>&1); then
    printf '%s\n' "$build_log" >&2
    exit 1
fi
db=$(mktemp -d)/screenshots.sqlite
build/greenlight --db "$db" init --demo >/dev/null
mkdir -p docs/images
LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1280x800x24" build/tests/ui/greenlight_screenshots "$db" docs/images
# The German interface, on its own copy of the database.
mkdir -p docs/images/de
db_de=$(dirname "$db")/screenshots-de.sqlite
build/greenlight --db "$db_de" init --demo >/dev/null
LANG=de_DE.UTF-8 LANGUAGE=de xvfb-run -a -s "-screen 0 1280x800x24" build/tests/ui/greenlight_screenshots "$db_de" \
    docs/images/de
# The audit packet: the contents page and a page with tables and a chart, rendered from the PDF.
packet=$(dirname "$db")/packet.pdf
build/greenlight --db "$db" export packet support-reply-draft --out "$packet" >/dev/null 2>&1
pdftoppm -r 60 -png -f 2 -l 2 -singlefile "$packet" docs/images/packet-contents
pdftoppm -r 60 -png -f 4 -l 4 -singlefile "$packet" docs/images/packet-evals
echo docs/images/packet-contents.png docs/images/packet-evals.png
