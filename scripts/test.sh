#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs the whole test suite: unit, integration and data tests.
# Data tests read ../shared/data (or GALLEY_DATA_DIR) and are skipped where it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
build_dir="${GALLEY_BUILD_DIR:-build}"
ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -j "$(nproc)"
