#!/usr/bin/env python3
"""Writes the results table of docs/results.md.

For every real graph of the corpus (Inductor's best from its .expected.json)
and for randomly wired generated graphs of 50-500 nodes (Inductor's best is
the best of baseline, lpmf, bfs and dfs, which match Inductor's orders
exactly), runs memsched-reorder with its default methods and reports ours,
the lower bound, the gap, whether the order is proven optimal, which method
won, and the pass time from --mlir-timing. A second table runs the default
methods on 1,000-node graphs of every generator family (the default budgets
are meant to keep those under one second of pass time).

Usage: utils/results.py BUILD_BIN_DIR CORPUS_DIR [SEEDS]
"""
import json
import os
import re
import subprocess
import sys


def run(cmd, stdin=None):
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True,
                          check=True)


def plan(bindir, mlir, methods=None):
    opt = os.path.join(bindir, "memsched-opt")
    flag = "--memsched-reorder" + ("=methods=" + methods if methods else "")
    r = run([opt, flag, "--mlir-timing", "-o", os.devnull], stdin=mlir)
    remark = re.search(r"memsched-reorder: (.*)", r.stderr).group(1)
    seconds = float(re.search(r"([0-9.]+) \([ 0-9.]+%\)\s+MemSchedReorder",
                              r.stderr).group(1))
    peaks = dict((m, int(p)) for m, p in
                 re.findall(r"(\w+) (\d+) B(?=[,;])", remark.split(";")[0]))
    kept = re.search(r"kept (\w+): peak (\d+) B", remark)
    bound = int(re.search(r"lower bound (\d+) B", remark).group(1))
    return {"peaks": peaks, "method": kept.group(1), "peak": int(kept.group(2)),
            "bound": bound, "proven": "proven optimal" in remark
            and "not proven" not in remark, "seconds": seconds}


def row(name, nodes, inductor, ours):
    gap = 100.0 * (ours["peak"] - ours["bound"]) / ours["peak"] if ours["peak"] else 0
    win = 100.0 * (inductor - ours["peak"]) / inductor if inductor else 0
    return ("| %s | %d | %d | %d | %s | %d | %.2f%% | %s | %s | %.3f |" %
            (name, nodes, inductor, ours["peak"],
             "%.2f%%" % win if ours["peak"] < inductor else "=",
             ours["bound"], gap, "yes" if ours["proven"] else "no",
             ours["method"], ours["seconds"]))


def main():
    bindir, corpus = sys.argv[1], sys.argv[2]
    seeds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    translate = os.path.join(bindir, "memsched-translate")
    gen = os.path.join(bindir, "memsched-gen")
    print("| graph | nodes | Inductor's best (B) | memsched (B) | better by | "
          "lower bound (B) | gap | proven optimal | kept | pass time (s) |")
    print("|---|---:|---:|---:|---:|---:|---:|:-:|---|---:|")
    for f in sorted(os.listdir(corpus)):
        if not f.endswith(".expected.json"):
            continue
        name = f[:-len(".expected.json")]
        expected = json.load(open(os.path.join(corpus, f)))
        mlir = run([translate, "--import-inductor-json",
                    os.path.join(corpus, name + ".json")]).stdout
        nodes = mlir.count("memsched.node")
        print(row(name, nodes, expected["best_of_inductor_methods_bytes"],
                  plan(bindir, mlir)))
    for nodes in (50, 100, 200, 500):
        for seed in range(1, seeds + 1):
            mlir = run([gen, "--family=random-wired", "--nodes=%d" % nodes,
                        "--seed=%d" % seed, "--sizes=uniform"]).stdout
            greedy = plan(bindir, mlir, "baseline,lpmf,bfs,dfs")
            print(row("random-wired n=%d seed=%d" % (nodes, seed), nodes,
                      greedy["peak"], plan(bindir, mlir)))
    print()
    print("| family (1,000 nodes) | seed | best greedy (B) | memsched (B) | "
          "better by | lower bound (B) | gap | proven optimal | kept | "
          "pass time (s) |")
    print("|---|---:|---:|---:|---:|---:|---:|:-:|---|---:|")
    for family in ("layered", "transformer", "optimizer", "chain",
                   "random-wired", "fan-out"):
        for seed in range(1, seeds + 1):
            mlir = run([gen, "--family=" + family, "--nodes=1000",
                        "--seed=%d" % seed]).stdout
            greedy = plan(bindir, mlir, "baseline,lpmf,bfs,dfs")
            r = row(family, 1000, greedy["peak"], plan(bindir, mlir))
            print(r.replace("| %s | 1000 |" % family,
                            "| %s | %d |" % (family, seed), 1))


if __name__ == "__main__":
    main()
