#!/usr/bin/env bash
# Runs every test: sets everything up (scripts/bootstrap.sh), then the lit
# suite and the unit tests (target check-memsched), and prints the totals.
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh || exit 1

log=$(mktemp)
trap 'rm -f "$log"' EXIT
cmake --build build -j2 --target check-memsched-lit 2>&1 | tee "$log"
lit_rc=${PIPESTATUS[0]}
ctest --test-dir build --output-on-failure 2>&1 | tee -a "$log"
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
echo "lit: ${lit_pass} passed, ${lit_fail} failed"
echo "unit: ${unit_pass} passed, ${unit_fail} failed"
echo "total: $((lit_pass + unit_pass)) passed, $((lit_fail + unit_fail)) failed"
if ((lit_rc != 0 || unit_rc != 0 || lit_pass == 0 || unit_pass == 0)); then
  echo "memsched: tests FAILED"
  exit 1
fi
