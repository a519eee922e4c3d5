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
echo "== Core (Google Benchmark), $(nproc) cores, one thread, a process each =="
# Each benchmark runs in a process of its own (what earlier benchmarks left
# on the heap moved a 1M-node benchmark's time by up to 1.7x: its arrays
# landed in other memory; see docs/performance.md), three times: the tables
# take the median; core.json has the mean, median, standard deviation and
# coefficient of variation of each.
rm -rf build/bench/core && mkdir -p build/bench/core
i=0
while read -r name; do
  i=$((i + 1))
  part=build/bench/core/$(printf %03d $i)
  # The machine's description (stderr) once; a failing run's in full.
  if ! out=$(./build/bin/memsched-bench --benchmark_filter="^${name}\$" \
      --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
      --benchmark_out="$part.json" --benchmark_out_format=json 2>"$part.err"); then
    cat "$part.err" >&2
    echo "memsched-bench failed on $name" >&2
    exit 1
  fi
  [[ $i == 1 ]] && cat "$part.err"
  grep -E '^[a-z-]+/.*_median ' <<<"$out"
done < <(./build/bin/memsched-bench --benchmark_list_tests \
           --benchmark_filter="$filter")
python3 - build/bench/core build/bench/core.json <<'PY'
import json, pathlib, sys
parts = sorted(pathlib.Path(sys.argv[1]).glob('*.json'))
if not parts:
    sys.exit('bench.sh: no core benchmark ran')
runs = [json.loads(p.read_text()) for p in parts]
merged = {'context': runs[0]['context'],
          'benchmarks': [b for r in runs for b in r['benchmarks']]}
pathlib.Path(sys.argv[2]).write_text(json.dumps(merged, indent=1))
PY
echo
echo "== End to end: memsched-opt with and without --memsched-reorder =="
python3 utils/bench-e2e.py build/bin build/bench --sizes "$sizes" --runs "$runs" | tee build/bench/e2e.md
echo
echo "== Inductor JSON: memsched-translate import and export =="
python3 utils/bench-json.py build/bin build/bench --sizes "$json_sizes" | tee build/bench/json.md
