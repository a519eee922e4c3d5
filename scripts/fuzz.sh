#!/usr/bin/env bash
# Builds the three libFuzzer targets (clang-22, ASan+UBSan, in build-fuzz/),
# seeds their corpora from the test inputs and the Inductor graphs, and runs
# each for the given number of seconds (default 60), two at a time.
# Crashes land in build-fuzz/findings/<target>/; turn each into a test.
# Usage: scripts/fuzz.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
./scripts/install-packages.sh clang-22 libclang-rt-22-dev
./scripts/bootstrap.sh --target MemSchedCore >/dev/null
if [[ ! -f build-fuzz/CMakeCache.txt ]]; then
  cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=/usr/lib/llvm-22/bin/clang \
    -DCMAKE_CXX_COMPILER=/usr/lib/llvm-22/bin/clang++ -DMEMSCHED_FUZZ=ON
fi
cmake --build build-fuzz -j2 --target FuzzInductorJson FuzzPipeline FuzzCore

seeds=build-fuzz/seeds
rm -rf "$seeds"
mkdir -p "$seeds"/{json,ir,core}
cp examples/inductor/*.json "$seeds/json/"
[[ -d ../shared/corpus/inductor ]] && cp ../shared/corpus/inductor/*_g?.json "$seeds/json/"
for f in test/Dialect/*.mlir test/Analysis/*.mlir test/Transforms/*.mlir; do
  # One seed per split-input-file case.
  awk -v dir="$seeds/ir" -v base="$(basename "$f" .mlir)" '
    BEGIN { n = 0; out = dir "/" base "_" n ".mlir" }
    /^\/\/ -----/ { n++; out = dir "/" base "_" n ".mlir"; next }
    { print > out }' "$f"
done
head -c 4096 /dev/urandom > "$seeds/core/random"

# allow_user_poisoning=0: our inline copies of LLVM's allocators would poison
# memory that the uninstrumented libMLIR.so then uses (false reports).
export ASAN_OPTIONS=detect_leaks=1:allow_user_poisoning=0
export UBSAN_OPTIONS=print_stacktrace=1
run() {
  local target=$1 corpus=$2
  mkdir -p "build-fuzz/corpus/$target" "build-fuzz/findings/$target"
  "build-fuzz/bin/$target" "build-fuzz/corpus/$target" "$corpus" \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix="build-fuzz/findings/$target/" \
    > "build-fuzz/$target.log" 2>&1 || true
  echo "$target: $(grep -E '^Done [0-9]+ runs' "build-fuzz/$target.log" || echo 'see log')," \
       "findings: $(ls "build-fuzz/findings/$target" | wc -l)"
}
run FuzzInductorJson "$seeds/json" &
run FuzzCore "$seeds/core" &
wait
run FuzzPipeline "$seeds/ir"
