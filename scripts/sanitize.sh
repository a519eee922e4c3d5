#!/usr/bin/env bash
# Builds memsched with AddressSanitizer and UndefinedBehaviorSanitizer
# (clang-22, in build-asan/) and runs the unit and lit suites under them.
# Installs clang-22 and its runtime if missing (needs root or sudo).
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh --target MemSchedCore >/dev/null || exit 1
missing=()
for p in clang-22 libclang-rt-22-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
fi

if [[ ! -f build-asan/CMakeCache.txt ]]; then
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=/usr/lib/llvm-22/bin/clang \
    -DCMAKE_CXX_COMPILER=/usr/lib/llvm-22/bin/clang++ \
    -DMEMSCHED_SANITIZE=ON || exit 1
fi
# Only what the suites need (the plugin test is skipped under sanitizers).
cmake --build build-asan -j2 --target memsched-opt memsched-translate \
  memsched-gen memsched-bench MemSchedCoreTests mlir-doc || exit 1

# allow_user_poisoning=0: our inline copies of LLVM's allocators would poison
# memory that the uninstrumented libMLIR.so then uses (false reports).
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:allow_user_poisoning=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT
/usr/lib/llvm-22/bin/lit -sv build-asan/test 2>&1 | tee "$log"
lit_rc=${PIPESTATUS[0]}
ctest --test-dir build-asan --output-on-failure 2>&1 | tee -a "$log"
unit_rc=${PIPESTATUS[0]}
lit_pass=$(grep -E '^ +Passed *: ' "$log" | grep -oE '[0-9]+' | head -1)
lit_fail=$(grep -E '^ +Failed *: ' "$log" | grep -oE '[0-9]+' | head -1)
unit_total=$(grep -oE 'tests failed out of [0-9]+' "$log" | grep -oE '[0-9]+$')
unit_fail=$(grep -oE '[0-9]+ tests failed out of' "$log" | grep -oE '^[0-9]+')
lit_pass=${lit_pass:-0} lit_fail=${lit_fail:-0}
unit_total=${unit_total:-0} unit_fail=${unit_fail:-0}
echo
echo "asan+ubsan lit: ${lit_pass} passed, ${lit_fail} failed"
echo "asan+ubsan unit: $((unit_total - unit_fail)) passed, ${unit_fail} failed"
if ((lit_rc != 0 || unit_rc != 0 || lit_pass == 0)); then
  echo "memsched: sanitizer run FAILED"
  exit 1
fi
