#!/usr/bin/env python3
"""End-to-end timing of memsched-opt on generated graphs.

For each family and size: generate a graph with memsched-gen, then run
  memsched-opt G -o /dev/null --mlir-timing                     (no pass)
  memsched-opt G --memsched-reorder -o /dev/null --mlir-timing  (the pass)
  memsched-opt G --memsched-reorder --verify-each=false ...     (pass alone)
under /usr/bin/time for peak RSS, and prints a markdown table: parse and print
time, pass time with and without the verifier that runs after every pass,
total times and their ratio, peak RSS, the method the pass kept (a kept
baseline moves no op, and MLIR then skips its verification), and the
pass-time growth between consecutive sizes (10x more nodes), from the medians
and from the fastest repetitions.

Each of the three runs is repeated --runs times (one count, or one per size:
--runs 7,7,3), interleaved, and every time
in the table is the median of its repetitions (the ratio is the ratio of the
median totals; RSS is the largest): the machine is a shared VM whose run
times vary by 10-20%, and single runs of the parser vary by more. The ratio
is also given from the fastest run with and the fastest run without the pass
(the least disturbed of each). The growth
is also given from the fastest repetition of the pass alone at each size (the
least disturbed run); with more repetitions at the smaller size, as in
7,7,3, that minimum can only be lower there, so this growth errs high.

usage: bench-e2e.py <bin dir> <work dir> [--sizes 10000,100000,1000000]
                    [--families random-wired,layered,...] [--runs 3 | 7,7,3]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys


def timed(cmd):
    """Runs cmd under /usr/bin/time; returns (mlir timing dict, rss MiB, kept
    method or None)."""
    full = ["/usr/bin/time", "-f", "TIME %e %M"] + cmd
    r = subprocess.run(full, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), r.stderr[-2000:]))
    timing = {}
    for line in r.stderr.splitlines():
        m = re.match(r"\s+([\d.]+) \(\s*[\d.]+%\)\s+(\w+)$", line)
        if m:
            timing[m.group(2)] = float(m.group(1))
    m = re.search(r"TIME ([\d.]+) (\d+)", r.stderr)
    kept = re.search(r"; kept (\w+)", r.stderr)
    return timing, int(m.group(2)) / 1024.0, kept.group(1) if kept else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bindir")
    ap.add_argument("workdir")
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--families",
                    default="random-wired,layered,transformer,optimizer,chain,fan-out")
    ap.add_argument("--runs", default="3",
                    help="repetitions: one count, or one per size")
    args = ap.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    gen = os.path.join(args.bindir, "memsched-gen")
    opt = os.path.join(args.bindir, "memsched-opt")
    sizes = [int(s) for s in args.sizes.split(",")]
    try:
        runs = [int(r) for r in args.runs.split(",")]
    except ValueError:
        runs = []
    if len(runs) == 1:
        runs *= len(sizes)
    if len(runs) != len(sizes) or min(runs) < 1:
        ap.error("--runs: give one positive count, or one per size (%d)" %
                 len(sizes))
    print("| family | nodes | edges (reads) | kept | parse+print s | pass s "
          "| pass s (no verifier) | total s no pass | total s with pass | ratio "
          "| ratio (fastest runs) | peak RSS MiB | pass growth "
          "| pass growth (fastest runs) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for family in args.families.split(","):
        previous = previousMin = None
        for n, repeat in zip(sizes, runs):
            path = os.path.join(args.workdir, "%s_%d.mlir" % (family, n))
            if not os.path.exists(path):
                subprocess.run([gen, "--family=" + family, "--nodes=%d" % n,
                                "--seed=42", "-o", path], check=True)
            edges = 0
            with open(path) as f:
                for line in f:
                    if "memsched.node" in line:
                        m = re.search(r'"\((.*?) :', line)
                        if m:
                            edges += m.group(1).count("%")
            rows = {"io": [], "pass": [], "alone": [], "base": [], "with": []}
            rss, kept = 0.0, None
            for _ in range(repeat):
                base, _, _ = timed([opt, path, "-o", os.devnull, "--mlir-timing"])
                with_pass, r, kept = timed([opt, path, "--memsched-reorder", "-o",
                                            os.devnull, "--mlir-timing"])
                alone, _, _ = timed([opt, path, "--memsched-reorder",
                                     "--verify-each=false", "-o", os.devnull,
                                     "--mlir-timing"])
                rss = max(rss, r)
                rows["io"].append(base.get("Parser", 0) + base.get("Output", 0))
                rows["pass"].append(with_pass.get("MemSchedReorder", 0.0))
                rows["alone"].append(alone.get("MemSchedReorder", 0.0))
                rows["base"].append(base["Total"])
                rows["with"].append(with_pass["Total"])
            med = {k: statistics.median(v) for k, v in rows.items()}
            pa = med["alone"]
            growth = "%.1fx" % (pa / previous) if previous else ""
            previous = pa
            fastest = min(rows["alone"])
            growthMin = ("%.1fx" % (fastest / previousMin)) if previousMin else ""
            previousMin = fastest
            ratioMin = min(rows["with"]) / min(rows["base"])
            print("| %s | %d | %d | %s | %.2f | %.3f | %.3f | %.2f | %.2f | %.2f | %.2f | %.0f | %s | %s |" % (
                family, n, edges, kept, med["io"], med["pass"], pa, med["base"],
                med["with"], med["with"] / med["base"], ratioMin, rss, growth,
                growthMin),
                flush=True)


if __name__ == "__main__":
    main()
