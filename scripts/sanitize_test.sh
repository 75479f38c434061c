#!/usr/bin/env bash
# Builds Galley with AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/ and runs the
# unit and integration tests there (any report fails the test that triggered it). Run after
# scripts/test.sh (it installs what the tests need). -O1: sanitized code at -O2 with debug info
# takes several times longer to build on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1" \
  -DGALLEY_BUILD_BENCH=OFF -DGALLEY_SANITIZE=address,undefined >/dev/null
cmake --build build-asan -j "$(nproc)"
# The report validators drive the Release galley with Node and Chromium; nothing sanitized there.
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure --timeout 900 -j "$(nproc)" -E reports_validation
