#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Formatting is part of the build's rules (.clang-format); run `clang-format -i` on what this flags.
if git rev-parse --git-dir >/dev/null 2>&1; then
  git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
fi
scripts/build.sh
cd build
ctest --output-on-failure --timeout 600 "$@"
