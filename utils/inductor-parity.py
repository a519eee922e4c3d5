#!/usr/bin/env python3
"""Parity of memsched with PyTorch Inductor on real graphs.

For every <graph>.json with a <graph>.expected.json beside it: import it with
memsched-translate, run memsched-reorder with each Inductor method alone,
export, and require the exported node order to equal methods.<m>.order and
the peak (memsched-print-liveness) to equal methods.<m>.peak_bytes; then run
the default best-of and require its peak to be <= best_of_inductor_methods_bytes,
and its exported verdict (the top-level `memsched` object) to state that peak.
Also counts the graphs where the default is strictly better than Inductor and
those it proves optimal.
Also requires import followed by export to reproduce each graph file exactly.

usage: inductor-parity.py <bin dir> <corpus dir> [<fallback corpus dir>]
The first corpus dir that exists is used.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

METHODS = ["baseline", "lpmf", "bfs", "dfs"]


def run(args, stdin=None):
    result = subprocess.run(args, input=stdin, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("command failed: %s\n%s" % (" ".join(args), result.stderr))
    return result.stdout


def peak_of(tools, mlir):
    out = run([tools["opt"], "--memsched-print-liveness", "-o", os.devnull],
              stdin=mlir)
    match = re.search(r"peak (\d+) bytes", out)
    return int(match.group(1))


def main():
    bindir = sys.argv[1]
    corpus = next((d for d in sys.argv[2:] if os.path.isdir(d)), None)
    if corpus is None:
        sys.exit("no corpus directory among %s" % sys.argv[2:])
    tools = {"opt": os.path.join(bindir, "memsched-opt"),
             "translate": os.path.join(bindir, "memsched-translate")}
    graphs = sorted(f[:-len(".expected.json")] for f in os.listdir(corpus)
                    if f.endswith(".expected.json"))
    if not graphs:
        sys.exit("no graphs in %s" % corpus)
    print("corpus: %s (%d graphs)" % (corpus, len(graphs)))
    orders_ok = peaks_ok = best_ok = identical = better = proven = 0
    failures = []
    for name in graphs:
        expected = json.load(open(os.path.join(corpus, name + ".expected.json")))
        path = os.path.join(corpus, name + ".json")
        mlir = run([tools["translate"], "--import-inductor-json", path])
        with open(path) as f:
            if run([tools["translate"], "--export-inductor-json"], stdin=mlir) == f.read():
                identical += 1
            else:
                failures.append("%s: import then export differs from the file" % name)
        row = []
        for method in METHODS:
            want = expected["methods"][method]
            reordered = run([tools["opt"], "--memsched-reorder=methods=" + method],
                            stdin=mlir)
            exported = json.loads(run([tools["translate"], "--export-inductor-json"],
                                      stdin=reordered))
            order = [n["name"] for n in exported["nodes"]]
            peak = peak_of(tools, reordered)
            if order == want["order"]:
                orders_ok += 1
            else:
                first = next(i for i, (a, b) in enumerate(zip(order, want["order"]))
                             if a != b) if len(order) == len(want["order"]) else -1
                failures.append("%s %s: order differs at position %d" %
                                (name, method, first))
            if peak == want["peak_bytes"]:
                peaks_ok += 1
            else:
                failures.append("%s %s: peak %d, expected %d" %
                                (name, method, peak, want["peak_bytes"]))
            row.append("%s %d" % (method, peak))
        reordered = run([tools["opt"], "--memsched-reorder"], stdin=mlir)
        best = peak_of(tools, reordered)
        verdict = json.loads(run([tools["translate"], "--export-inductor-json"],
                                 stdin=reordered))["memsched"]
        if verdict["peak_bytes"] != best:
            failures.append("%s: verdict peak %d, graph peak %d" %
                            (name, verdict["peak_bytes"], best))
        inductor_best = expected["best_of_inductor_methods_bytes"]
        if best <= inductor_best:
            best_ok += 1
        else:
            failures.append("%s: best-of peak %d > Inductor's %d" %
                            (name, best, inductor_best))
        better += best < inductor_best
        proven += verdict["proven_optimal"]
        print("%-24s %s; default %d by %s, lower bound %d%s (Inductor %d)" %
              (name, ", ".join(row), best, verdict["method"],
               verdict["lower_bound_bytes"],
               ", proven optimal" if verdict["proven_optimal"] else "",
               inductor_best))
    n = len(graphs) * len(METHODS)
    print("orders matched: %d/%d" % (orders_ok, n))
    print("peaks matched: %d/%d" % (peaks_ok, n))
    print("best-of <= Inductor's best: %d/%d" % (best_ok, len(graphs)))
    print("import then export identical: %d/%d" % (identical, len(graphs)))
    print("default < Inductor's best: %d/%d" % (better, len(graphs)))
    print("default proven optimal: %d/%d" % (proven, len(graphs)))
    for failure in failures:
        print("FAIL: " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
