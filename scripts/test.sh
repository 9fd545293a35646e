#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Formatting is part of the build's rules (.clang-format); run `clang-format -i` on what this flags.
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
scripts/build.sh
cd build
ctest --output-on-failure --timeout 600 "$@"
