#!/usr/bin/env python3
"""End-to-end timing of the Inductor JSON import and export.

For each family and size: generate the graph as Inductor JSON with
memsched-gen (kept in the work dir), then run, --runs times, interleaved,
  memsched-translate --import-inductor-json G.json -o G.imported.mlir
  memsched-translate --export-inductor-json G.imported.mlir -o G.exported.json
under /usr/bin/time, check that the export gives back the generated file
byte for byte, and print a markdown table: file size, median wall time and
largest peak RSS of each direction, and the import's time per MB of JSON.

usage: bench-json.py <bin dir> <work dir> [--sizes 100000,1000000]
                     [--families layered,...] [--runs 3]
"""
import argparse
import filecmp
import os
import re
import statistics
import subprocess
import sys


def timed(cmd):
    """Runs cmd under /usr/bin/time; returns (seconds, peak RSS in MiB)."""
    full = ["/usr/bin/time", "-f", "TIME %e %M"] + cmd
    r = subprocess.run(full, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), r.stderr[-2000:]))
    m = re.search(r"TIME ([\d.]+) (\d+)", r.stderr)
    return float(m.group(1)), int(m.group(2)) / 1024.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bindir")
    ap.add_argument("workdir")
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--families", default="layered,optimizer")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be positive")
    os.makedirs(args.workdir, exist_ok=True)
    gen = os.path.join(args.bindir, "memsched-gen")
    translate = os.path.join(args.bindir, "memsched-translate")
    print("| family | nodes | JSON MB | import s | import peak RSS MiB "
          "| import s per MB | export s | export peak RSS MiB |")
    print("|---|---|---|---|---|---|---|---|")
    for family in args.families.split(","):
        for n in (int(s) for s in args.sizes.split(",")):
            json_path = os.path.join(args.workdir, "%s_%d.json" % (family, n))
            if not os.path.exists(json_path):
                subprocess.run([gen, "--family=" + family, "--nodes=%d" % n,
                                "--seed=42", "--format=json", "-o", json_path],
                               check=True)
            mlir_path = json_path + ".imported.mlir"
            back_path = json_path + ".exported.json"
            times = {"import": [], "export": []}
            rss = {"import": 0.0, "export": 0.0}
            for _ in range(args.runs):
                t, r = timed([translate, "--import-inductor-json", json_path,
                              "-o", mlir_path])
                times["import"].append(t)
                rss["import"] = max(rss["import"], r)
                t, r = timed([translate, "--export-inductor-json", mlir_path,
                              "-o", back_path])
                times["export"].append(t)
                rss["export"] = max(rss["export"], r)
            if not filecmp.cmp(json_path, back_path, shallow=False):
                sys.exit("export did not give back %s" % json_path)
            os.remove(mlir_path)
            os.remove(back_path)
            mb = os.path.getsize(json_path) / 1e6
            imp = statistics.median(times["import"])
            exp = statistics.median(times["export"])
            print("| %s | %d | %.0f | %.2f | %.0f | %.3f | %.2f | %.0f |" % (
                family, n, mb, imp, rss["import"], imp / mb, exp,
                rss["export"]), flush=True)


if __name__ == "__main__":
    main()
