#!/usr/bin/env bash
# Installs the Debian 12 packages Galley needs (only those missing, so it is quick to rerun;
# hunspell-ko and wamerican are the Korean and English word lists the name check compiles in;
# libgoogle-perftools-dev brings tcmalloc, the programs' allocator; fonts-nanum sets the editors'
# page's Korean when a browser runs here) and builds Galley in build/ (Release, warnings on).
# Run as root or with sudo available.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config python3
  libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler grpc-proto
  libabsl-dev libicu-dev libspdlog-dev libfmt-dev libcli11-dev libxxhash-dev nlohmann-json3-dev
  libxml2-dev libsqlite3-dev libpq-dev libssl-dev libcpp-httplib-dev prometheus-cpp-dev
  libgtest-dev libgmock-dev libbenchmark-dev libgoogle-perftools-dev
  hunspell-ko wamerican fonts-nanum
)

source scripts/install_packages.sh
install_missing_packages "${packages[@]}"

build_dir="${GALLEY_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release ${GALLEY_CMAKE_ARGS:-}
cmake --build "$build_dir" -j "$(nproc)"
echo "setup: built $build_dir/bin/galley and $build_dir/bin/galleyd" >&2
