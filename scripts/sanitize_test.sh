#!/usr/bin/env bash
# Builds Galley with clang, AddressSanitizer + UndefinedBehaviorSanitizer and libFuzzer's coverage
# instrumentation in build-asan/ (one tree for the sanitized tests and the fuzz targets, so CI
# compiles it once), and runs the unit and integration tests there: any sanitizer report fails
# the test that triggered it. Run after scripts/test.sh (it installs what the tests need).
# -O1 with line tables: sanitized code at -O2 with full debug info builds several times slower.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install_packages.sh
install_missing_packages clang libclang-rt-14-dev
CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=None \
  -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" -DGALLEY_BUILD_BENCH=OFF -DGALLEY_FUZZ=ON \
  -DGALLEY_SANITIZE=fuzzer-no-link,address,undefined >/dev/null
cmake --build build-asan -j "$(nproc)"
# The report validators drive the Release galley with Node and Chromium; nothing sanitized there.
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure --timeout 900 -j "$(nproc)" -E reports_validation
