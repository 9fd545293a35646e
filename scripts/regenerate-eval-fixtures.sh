#!/usr/bin/env bash
# Regenerates the eval-import fixtures in tests/data/evalimport from the real tools, and records their versions in
# tests/data/evalimport/VERSIONS:
#   promptfoo-results.json  `promptfoo eval -o` of promptfoo/promptfooconfig.yaml, run offline with the echo provider
#   promptfoo-no-write.json the same with --no-write, which leaves the results out of the file
#   pytest-junit.xml        `pytest --junitxml` of pytest/test_support_bot.py
# promptfoo (about 700 MB with its dependencies) is installed here from the npm registry with `npm ci`, at the
# version promptfoo/package-lock.json pins, into promptfoo/node_modules; CI never runs this script: tst_evalimport
# reads the checked-in output (and runs pytest itself, which scripts/install-deps.sh installs). Afterwards run
# `ctest -R tst_evalimport`: the expected counts are the same unless the suites changed.
#   scripts/regenerate-eval-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
data=tests/data/evalimport
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# promptfoo: exactly as the lock file pins it. Its playwright dependency would download a browser, which the echo
# provider never needs. On Debian 12's Node.js 18 see docs/eval-import.md (two extra steps); Node.js 20 needs none.
pf=$data/promptfoo
stamp=$pf/node_modules/.greenlight-lock.sha256
if [ ! -x "$pf/node_modules/.bin/promptfoo" ] || ! sha256sum --status -c "$stamp" 2>/dev/null; then
  echo "Installing promptfoo (npm ci in $pf)"
  (cd "$pf" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  sha256sum "$pf/package-lock.json" >"$stamp"
fi
# Offline and private: its own database in a temporary folder, no telemetry, no update check, no sharing, no cache.
# promptfoo exits 100 when a test fails, as some of these do on purpose.
promptfoo() {
  (cd "$pf" && PROMPTFOO_CONFIG_DIR="$work/promptfoo" PROMPTFOO_DISABLE_TELEMETRY=1 PROMPTFOO_DISABLE_UPDATE=1 \
    PROMPTFOO_DISABLE_SHARING=1 node_modules/.bin/promptfoo eval -c promptfooconfig.yaml --no-cache --no-table \
    --no-progress-bar "$@" >"$work/promptfoo.log" 2>&1) || {
    status=$?
    if [ "$status" -ne 100 ]; then cat "$work/promptfoo.log" >&2; exit "$status"; fi
  }
}
# With --no-write, promptfoo 0.118 writes the file without its results: kept as a file the import must refuse.
promptfoo --no-write -o ../promptfoo-no-write.json
promptfoo -o ../promptfoo-results.json
grep -E '^(Successes|Failures|Errors):' "$work/promptfoo.log" || true

# pytest from the system (Debian's python3-pytest), in a copy so no cache or bytecode lands in the tree. Two cases
# fail on purpose, so pytest exits 1.
cp "$data/pytest/test_support_bot.py" "$work/"
(cd "$work" && /usr/bin/python3 -m pytest -q -p no:cacheprovider --junitxml=junit.xml test_support_bot.py \
  >"$work/pytest.log" 2>&1) || {
  status=$?
  if [ "$status" -ne 1 ]; then cat "$work/pytest.log" >&2; exit "$status"; fi
}
tail -n 1 "$work/pytest.log"
cp "$work/junit.xml" "$data/pytest-junit.xml"

{
  echo "# Written by scripts/regenerate-eval-fixtures.sh; the tools that made the fixtures next to this file."
  echo "generated: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "promptfoo: $(node -p "JSON.parse(require('fs').readFileSync('$pf/node_modules/promptfoo/package.json')).version")"
  echo "node: $(node --version)"
  echo "pytest: $(/usr/bin/python3 -m pytest --version 2>&1 | awk '{print $2}')"
  echo "python: $(/usr/bin/python3 --version | awk '{print $2}')"
} >"$data/VERSIONS"
cat "$data/VERSIONS"
