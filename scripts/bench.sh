#!/usr/bin/env bash
# Benchmarks (run by hand, not in CI): builds (scripts/bootstrap.sh), runs the
# Google Benchmark suite of the core (each method and the peak evaluation on
# every generated family at 1k..1M nodes), then the end-to-end memsched-opt
# comparison with peak RSS, then the Inductor JSON import and export.
# Results go to build/bench/.
# Usage: scripts/bench.sh [--quick]   (--quick: up to 100k nodes)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh >/dev/null
mkdir -p build/bench
# Short runs are repeated more: at 100k nodes a pass takes 0.05-0.3 s, and
# the VM's noise moves a median of three by more than the growth margin.
sizes=10000,100000,1000000
runs=7,7,3
json_sizes=100000,1000000
filter='.*'
if [[ ${1:-} == --quick ]]; then
  sizes=10000,100000
  runs=7,7
  json_sizes=10000,100000
  filter='/(1000|10000|100000)$'
fi
echo "== Core (Google Benchmark), $(nproc) cores, one thread =="
./build/bin/memsched-bench --benchmark_filter="$filter" \
  --benchmark_out=build/bench/core.json --benchmark_out_format=json
echo
echo "== End to end: memsched-opt with and without --memsched-reorder =="
python3 utils/bench-e2e.py build/bin build/bench --sizes "$sizes" --runs "$runs" | tee build/bench/e2e.md
echo
echo "== Inductor JSON: memsched-translate import and export =="
python3 utils/bench-json.py build/bin build/bench --sizes "$json_sizes" | tee build/bench/json.md
