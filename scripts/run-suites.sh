#!/usr/bin/env bash
# Runs the lit suite and the unit tests of an already built tree and prints
# their totals, one "name: N passed, N failed" line each; exits non-zero on
# any failure or if nothing ran.
# Usage: scripts/run-suites.sh BUILD_DIR [PREFIX]   (PREFIX: e.g. "asan-")
set -uo pipefail
cd "$(dirname "$0")/.."
dir=$1 prefix=${2:-}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
/usr/lib/llvm-22/bin/lit -sv "$dir/test" 2>&1 | tee "$log"
lit_rc=${PIPESTATUS[0]}
ctest --test-dir "$dir" --output-on-failure 2>&1 | tee -a "$log"
unit_rc=${PIPESTATUS[0]}

count() { grep -E "$1" "$log" | grep -oE '[0-9]+' | head -1; }
lit_pass=$(count '^ +Passed *: ')
lit_fail=$(count '^ +Failed *: ')
unit_total=$(grep -oE 'tests failed out of [0-9]+' "$log" | grep -oE '[0-9]+$')
unit_fail=$(grep -oE '[0-9]+ tests failed out of' "$log" | grep -oE '^[0-9]+')
lit_pass=${lit_pass:-0} lit_fail=${lit_fail:-0}
unit_total=${unit_total:-0} unit_fail=${unit_fail:-0}
unit_pass=$((unit_total - unit_fail))
echo
echo "${prefix}lit: ${lit_pass} passed, ${lit_fail} failed"
echo "${prefix}unit: ${unit_pass} passed, ${unit_fail} failed"
echo "${prefix}total: $((lit_pass + unit_pass)) passed, $((lit_fail + unit_fail)) failed"
if ((lit_rc != 0 || unit_rc != 0 || lit_pass == 0 || unit_pass == 0)); then
  echo "memsched: ${prefix}tests FAILED"
  exit 1
fi
