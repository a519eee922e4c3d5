#!/usr/bin/env bash
# The main job: sets everything up (scripts/bootstrap.sh), then prints the
# peak memory report of a bundled real PyTorch Inductor graph, and the peak
# of every bundled graph.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh --target memsched-opt >/dev/null

graph=${1:-examples/inductor/resnet18_train_g1.mlir}
echo "== Peak memory report: $graph (baseline order) =="
./build/bin/memsched-opt --memsched-print-liveness "$graph" -o /dev/null \
  2>/dev/null | awk '
    /^memsched.graph/ { print; next }
    /^  step/ { steps[n++] = $0; split($4, a, "="); if (a[2] + 0 > peak) { peak = a[2] + 0; at = n - 1 } }
    END {
      print "  steps around the peak:"
      for (i = at - 2; i <= at + 2; i++) if (i >= 0 && i < n) print steps[i]
    }'
echo
echo "== Baseline peak of every bundled graph =="
for f in examples/inductor/*.mlir; do
  ./build/bin/memsched-opt --memsched-print-liveness "$f" -o /dev/null \
    2>/dev/null | awk '/^memsched.graph/ {
      match($0, /peak [0-9]+/); p = substr($0, RSTART + 5, RLENGTH - 5)
      printf "%-40s %12.2f MiB  %s\n", $2, p / 1048576, $0 ~ /at step/ ? substr($0, index($0, "at step")) : "" }'
done
