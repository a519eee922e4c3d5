#!/usr/bin/env bash
# The main job: sets everything up (scripts/bootstrap.sh), imports a bundled
# real PyTorch Inductor graph, runs memsched-reorder (best of baseline, LPMF,
# BFS, DFS, improve, exact) and prints each candidate's peak, the one kept,
# the saving, the lower bound and how it compares with Inductor's best.
# Usage: scripts/demo.sh [graph.json|graph.mlir]
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh >/dev/null

graph=${1:-examples/inductor/gpt2_2l_train_g1.json}
name=$(basename "$graph"); name=${name%.*}
out=build/demo
mkdir -p "$out"
if [[ $graph == *.mlir ]]; then
  cp "$graph" "$out/$name.mlir"
else
  ./build/bin/memsched-translate --import-inductor-json "$graph" -o "$out/$name.mlir"
fi
./build/bin/memsched-opt --memsched-reorder "$out/$name.mlir" \
  -o "$out/$name.reordered.mlir" 2> "$out/$name.remarks"
./build/bin/memsched-translate --export-inductor-json \
  "$out/$name.reordered.mlir" -o "$out/$name.reordered.json"
./build/bin/memsched-translate --export-timeline-svg "$out/$name.mlir" \
  -o "$out/$name.timeline.svg"

expected="${graph%.*}.expected.json"
python3 - "$graph" "$out/$name.remarks" "$expected" <<'PY'
import json, os, re, sys
graph, remarks, expected = sys.argv[1:4]
mib = lambda b: b / (1 << 20)
for line in open(remarks):
    m = re.search(r"memsched-reorder: (.*); kept (\w+): peak (\d+) B, "
                  r"saves (-?\d+) B \((-?[\d.]+)%\)", line)
    if not m:
        continue
    cands = [(c.split()[0], int(c.split()[1])) for c in m.group(1).split(", ")]
    kept, peak, saved, pct = m.group(2), int(m.group(3)), int(m.group(4)), m.group(5)
    print("memsched-reorder on %s" % graph)
    print("  %-10s %12s" % ("candidate", "peak (MiB)"))
    for method, p in cands:
        print("  %-10s %12.2f%s" % (method, mib(p), "   <- kept" if method == kept else ""))
    print("  kept %s: %.2f MiB, saves %.2f MiB (%s%%) against the baseline"
          % (kept, mib(peak), mib(saved), pct))
    b = re.search(r"lower bound (\d+) B, gap ([\d.]+)%, (proven optimal|not proven optimal.*)", line)
    if b:
        print("  lower bound: %.2f MiB (gap %s%%): %s"
              % (mib(int(b.group(1))), b.group(2), b.group(3)))
    if os.path.exists(expected):
        best = json.load(open(expected))["best_of_inductor_methods_bytes"]
        print("  PyTorch 2.11 Inductor's best (baseline, lpmf, bfs, dfs): %.2f MiB%s"
              % (mib(best), "; memsched is %.2f%% lower" % (100.0 * (best - peak) / best)
                 if peak < best else ""))
PY
echo "  reordered graph: $out/$name.reordered.mlir and $out/$name.reordered.json"
echo "  memory timeline (baseline and kept order): $out/$name.timeline.svg"
