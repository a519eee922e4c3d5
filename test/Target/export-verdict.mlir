// The verdict memsched-reorder writes on a graph becomes the top-level
// `memsched` object of the exported JSON; the import ignores it. A verdict
// that does not match the graph's current order, or is malformed, is an
// error rather than a wrong claim in the output.
// RUN: memsched-opt %s --split-input-file --memsched-reorder 2>/dev/null | memsched-translate --split-input-file --export-inductor-json | FileCheck %s
// RUN: not memsched-translate %s --split-input-file --export-inductor-json 2>&1 | FileCheck %s --check-prefix=BAD

// CHECK: "buffers": [
// CHECK: "memsched": {
// CHECK-NEXT: "method": "lpmf",
// CHECK-NEXT: "peak_bytes": 100,
// CHECK-NEXT: "lower_bound_bytes": 100,
// CHECK-NEXT: "proven_optimal": true
// CHECK-NEXT: }
// BAD: error: memsched.verdict says peak_bytes 100 but the graph's current order peaks at 200 bytes: run memsched-reorder again or drop the attribute
memsched.graph @stale attributes {memsched.verdict = {method = "lpmf", peak_bytes = 100 : i64, lower_bound_bytes = 100 : i64, proven_optimal = true}} {
  %a = memsched.node "p0" -> ("a" : !memsched.buffer<100>)
  %b = memsched.node "p1" -> ("b" : !memsched.buffer<100>)
  memsched.node "c0" (%a : !memsched.buffer<100>)
  memsched.node "c1" (%b : !memsched.buffer<100>)
}

// -----

// BAD: error: memsched.verdict must be a dictionary with method (string), peak_bytes and lower_bound_bytes (integers) and proven_optimal (bool)
memsched.graph @malformed attributes {memsched.verdict = {method = "lpmf", peak_bytes = "a lot"}} {
  %a = memsched.node "p0" -> ("a" : !memsched.buffer<100>)
}
