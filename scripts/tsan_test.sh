#!/usr/bin/env bash
# Builds the server, the stores and their tests with clang and ThreadSanitizer in build-tsan/ and
# runs the tests where threads meet: the store conformance suite (SQLite group commit, the
# PostgreSQL pool and LISTEN thread), the auth gatekeeper, and the integration tests that drive
# galleyd (gRPC worker pool, the HTTP gateway, live updates, concurrent editors). Any data race
# fails the test that found it. Run after scripts/test.sh (it installs what the tests need).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install_packages.sh
install_missing_packages clang libclang-rt-14-dev
CC=clang CXX=clang++ cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=None \
  -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" -DGALLEY_BUILD_BENCH=OFF \
  -DGALLEY_SANITIZE=thread >/dev/null
cmake --build build-tsan -j "$(nproc)" --target galley_store_test galley_auth_test \
  galley_integration_test galleyd galley
# halt_on_error: the first race fails the test. The report validators and the page test drive
# Release binaries with Node; they are not part of this run, nor is the kill -9 durability test
# (1,000 submissions, minutes under TSan, and about fsync rather than threads).
TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 suppressions=$PWD/tests/tsan.supp" \
  ctest --test-dir build-tsan --output-on-failure --timeout 900 -j "$(nproc)" \
  -E KillNine -R '^(Backends/ReviewStoreTest|SqliteStoreTest|PolicyTest|TokenTest|GatekeeperTest|GalleydTest|GalleydShutdownTest|ReviewServiceTest|AuthMatrixTest|AuthTest|TlsTest|LimitsTest|HttpTest)'
