#!/usr/bin/env bash
# Makes a Debian 12 machine ready to build memsched and builds it: installs
# the packages that are missing (LLVM/MLIR 22 and the build tools, needs
# root or sudo), configures build/ (again each time, which is quick), and
# builds with two jobs.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-packages.sh cmake make g++ python3 libgtest-dev \
  libbenchmark-dev libmimalloc-dev llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools

if [[ ! -f build/CMakeCache.txt ]]; then
  echo "memsched: configuring and building build/ (a few minutes on 2 cores)" >&2
fi
# Configured every time (a few seconds): a package installed since the last
# configuration, such as mimalloc, is then found.
cmake -S . -B build >/dev/null
cmake --build build -j2 "$@"
