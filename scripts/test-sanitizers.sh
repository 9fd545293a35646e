#!/usr/bin/env bash
# Builds Greenlight with AddressSanitizer (leaks included) and UndefinedBehaviorSanitizer into
# ./build-asan and runs the whole suite there. Any sanitizer report fails the test that made it.
#   scripts/test-sanitizers.sh [ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# A unity build of the libraries (CMake compiles their files in batches of 8, one translation unit per batch)
# compiles Qt's headers and the inline code they instantiate once per batch instead of once per file. The release
# build (scripts/build.sh) still compiles every file on its own, so a missing #include cannot hide in a batch.
# The benchmarks and the screenshot maker are no part of the suite and are not built here.
# The storage tests' second run on PostgreSQL (label postgres) is left to the normal build: under the sanitizers it
# would add minutes to CI's longest step and run the same code again, and so would tst_backends (90 days of demo
# traffic, twice); tst_postgres and tst_dashboardbackends (the COPY path) still run here.
# -g1 (line tables only): a sanitizer's report still names file and line, and compiling and linking take less time.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DGREENLIGHT_SANITIZE=ON -DGREENLIGHT_WERROR=ON \
    -DGREENLIGHT_UNITY_BUILD=ON -DGREENLIGHT_BUILD_EXTRAS=OFF -DGREENLIGHT_TEST_POSTGRES_TWICE=OFF >/dev/null
cmake --build build-asan --parallel "$(nproc)"
# Reports are fatal (the build adds -fno-sanitize-recover); leaks inside system libraries that are not
# ours to fix are listed, each with its reason, in tests/support/lsan.supp.
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/support/lsan.supp:print_suppressions=0"
cd build-asan
ctest --output-on-failure --timeout 1200 --parallel "$(nproc)" "$@"
