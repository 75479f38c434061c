#!/usr/bin/env bash
# Runs each libFuzzer target (built in build-asan/, see scripts/sanitize_test.sh) for
# FUZZ_SECONDS (default 30) from its seed corpus in tests/fuzz/corpus/. New inputs go to a scratch
# corpus in build-fuzz/; a crash stops the script with the input saved as build-fuzz/crash-*.
# Run longer: FUZZ_SECONDS=3600 bash scripts/fuzz.sh, or one target by hand:
#   build-asan/bin/check_fuzzer build-fuzz/corpus/check tests/fuzz/corpus/check -max_total_time=3600
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-30}"
# The sanitized tree of scripts/sanitize_test.sh (clang, ASan + UBSan, coverage) holds the
# targets; configured and built here if that script has not run.
if [ ! -f build-asan/CMakeCache.txt ] || ! grep -q "GALLEY_FUZZ:BOOL=ON" build-asan/CMakeCache.txt; then
  source scripts/install_packages.sh
  install_missing_packages clang libclang-rt-14-dev
  CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" -DGALLEY_BUILD_BENCH=OFF -DGALLEY_FUZZ=ON \
    -DGALLEY_SANITIZE=fuzzer-no-link,address,undefined >/dev/null
fi
cmake --build build-asan -j "$(nproc)" --target text_fuzzer readers_fuzzer check_fuzzer inputs_fuzzer \
  gateway_fuzzer
mkdir -p build-fuzz
for target in text readers check inputs gateway; do
  mkdir -p "build-fuzz/corpus/$target"
  echo "fuzz: ${target}_fuzzer for ${seconds} s" >&2
  "build-asan/bin/${target}_fuzzer" "build-fuzz/corpus/$target" "tests/fuzz/corpus/$target" \
    -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=build-fuzz/crash-"$target"- -print_final_stats=1 2>&1 |
    grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb|==|SUMMARY|.*contract broken)" || true
  if ls build-fuzz/crash-"$target"-* >/dev/null 2>&1; then
    echo "fuzz: ${target}_fuzzer found a crash: $(ls build-fuzz/crash-"$target"-*)" >&2
    exit 1
  fi
done
echo "fuzz: no crash in ${seconds} s per target" >&2
