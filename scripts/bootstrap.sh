#!/usr/bin/env bash
# Makes a Debian 12 machine ready to build memsched and builds it: installs
# the packages that are missing (LLVM/MLIR 22 and the build tools, needs
# root or sudo), configures build/ once, and builds with two jobs.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake make g++ python3 libgtest-dev libbenchmark-dev
          llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done
if ((${#missing[@]})); then
  echo "memsched: installing ${missing[*]} (first run only)" >&2
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
fi

if [[ ! -f build/CMakeCache.txt ]]; then
  echo "memsched: configuring and building build/ (a few minutes on 2 cores)" >&2
  cmake -S . -B build
fi
cmake --build build -j2 "$@"
