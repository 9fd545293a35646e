#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Formatting is part of the build's rules (.clang-format); run `clang-format -i` on what this flags.
# Every C++ file of the project, whether or not this is a git checkout.
find app models ui tests bench -name node_modules -prune -o \( -name '*.cpp' -o -name '*.h' \) -print0 | xargs -0 clang-format --dry-run --Werror
scripts/build.sh
cd build
ctest --output-on-failure --timeout 600 --parallel "$(nproc)" "$@"
