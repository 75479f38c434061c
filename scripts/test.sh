#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs the whole test suite: unit, integration and data tests.
# Data tests read ../shared/data (or GALLEY_DATA_DIR) and are skipped where it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

# What only the tests need: Chromium (HTML reports and the review page are opened headless),
# openssl (the TLS tests make their certificates), PostgreSQL 15 (the tests start throw-away
# clusters of their own on loopback ports; see common/store/testing/postgres_cluster.h) and
# Node.js with the report validators and the page's end-to-end test (tests/reports, tests/web;
# each pinned by its package-lock.json).
test_packages=(chromium postgresql-15 openssl)
command -v node >/dev/null && command -v npm >/dev/null || test_packages+=(nodejs npm)
source scripts/install_packages.sh
install_missing_packages "${test_packages[@]}"
for node_tests in tests/reports tests/web; do
  if [ ! -d "$node_tests/node_modules" ] || [ "$node_tests/package-lock.json" -nt "$node_tests/node_modules" ]; then
    (cd "$node_tests" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
# The node test is registered at configure time; configure again now that node is surely there.
cmake -S . -B "${GALLEY_BUILD_DIR:-build}" >/dev/null
build_dir="${GALLEY_BUILD_DIR:-build}"
ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -j "$(nproc)"
