#!/usr/bin/env bash
# Builds memsched with AddressSanitizer and UndefinedBehaviorSanitizer
# (clang-22, in build-asan/) and runs the unit and lit suites under them.
# Installs clang-22 and its runtime if missing (needs root or sudo).
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh --target MemSchedCore >/dev/null || exit 1
./scripts/install-packages.sh clang-22 libclang-rt-22-dev || exit 1

if [[ ! -f build-asan/CMakeCache.txt ]]; then
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=/usr/lib/llvm-22/bin/clang \
    -DCMAKE_CXX_COMPILER=/usr/lib/llvm-22/bin/clang++ \
    -DMEMSCHED_SANITIZE=ON || exit 1
fi
# Only what the suites need (the plugin test is skipped under sanitizers).
cmake --build build-asan -j2 --target memsched-opt memsched-translate \
  memsched-gen memsched-bench MemSchedCoreTests MemSchedInterfaceTests \
  MemSchedTargetTests \
  mlir-doc || exit 1

# allow_user_poisoning=0: our inline copies of LLVM's allocators would poison
# memory that the uninstrumented libMLIR.so then uses (false reports).
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:allow_user_poisoning=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
exec ./scripts/run-suites.sh build-asan asan-
