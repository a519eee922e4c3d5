// When a quarter of the nodes or more change place, memsched-reorder
// recreates the node ops in the kept order instead of moving them (so that
// later walks of the body visit memory in order). The recreated ops must be
// the same ops: names, operands (resident inputs, mutated aliases, unpacked
// packs), result names and types, per-buffer size overrides, discardable
// attributes and locations; the graph's outputs must name the new results.
// RUN: memsched-opt %s --memsched-reorder -mlir-print-debuginfo 2>&1 | FileCheck %s
// The result is valid IR that plans to the same order again.
// RUN: memsched-opt %s --memsched-reorder 2>/dev/null | memsched-opt --memsched-reorder=methods=baseline,dfs 2>&1 | FileCheck %s --check-prefix=AGAIN

// p0, p1, c0, c1, u becomes p1, c1, u, p0, c0: two of five nodes move.
// CHECK: remark: memsched-reorder: baseline 216 B, {{.*}}; kept dfs: peak 116 B
// CHECK-LABEL: memsched.graph @relocate attributes {memsched.verdict = {lower_bound_bytes = 116 : i64, method = "dfs", peak_bytes = 116 : i64, proven_optimal = true}, origin = "test"}
// CHECK-NEXT: %[[W:.*]] = memsched.input "w" resident : memref<4x4xf16>
// CHECK-NEXT: %[[X:.*]] = memsched.input "x" freeable : !memsched.buffer<4>
// CHECK-NEXT: %[[B:.*]] = memsched.node "p1" {note = "kept"} -> ("b" : !memsched.buffer<100> {size_alloc = 100 : i64, size_free = 100 : i64}) loc(#[[L2:loc[0-9]+]])
// CHECK-NEXT: %[[PK:.*]] = memsched.node "c1"(%[[B]], %[[W]] : !memsched.buffer<100>, memref<4x4xf16>) -> ("pk" : !memsched.packed) loc(#[[L4:loc[0-9]+]])
// CHECK-NEXT: %[[Q:.*]] = memsched.node "u" unpacks(%[[PK]]) -> ("q" : !memsched.buffer<4>) loc(#[[L5:loc[0-9]+]])
// CHECK-NEXT: %[[A:.*]] = memsched.node "p0"(%[[W]] : memref<4x4xf16>) -> ("a" : !memsched.buffer<100>) loc(#[[L1:loc[0-9]+]])
// CHECK-NEXT: %[[A1:.*]], %[[C:.*]] = memsched.node "c0" mutates(%[[A]] : !memsched.buffer<100>) -> ("a1", "c" : !memsched.buffer<8>) loc(#[[L3:loc[0-9]+]])
// CHECK-NEXT: memsched.output %[[A1]], %[[C]], %[[Q]], %[[X]] : !memsched.buffer<100>, !memsched.buffer<8>, !memsched.buffer<4>, !memsched.buffer<4>
// CHECK-DAG: #[[L1]] = loc("model.py":1:1)
// CHECK-DAG: #[[L2]] = loc("model.py":2:1)
// CHECK-DAG: #[[L3]] = loc("model.py":3:1)
// CHECK-DAG: #[[L4]] = loc("model.py":4:1)
// CHECK-DAG: #[[L5]] = loc("model.py":5:1)

// AGAIN: remark: memsched-reorder: baseline 116 B, dfs 116 B; kept baseline: peak 116 B
memsched.graph @relocate attributes {origin = "test"} {
  %w = memsched.input "w" resident : memref<4x4xf16>
  %a = memsched.node "p0" (%w : memref<4x4xf16>) -> ("a" : !memsched.buffer<100>) loc("model.py":1:1)
  %b = memsched.node "p1" {note = "kept"} -> ("b" : !memsched.buffer<100> {size_alloc = 100, size_free = 100}) loc("model.py":2:1)
  %a1, %c = memsched.node "c0" mutates(%a : !memsched.buffer<100>) -> ("a1", "c" : !memsched.buffer<8>) loc("model.py":3:1)
  %p = memsched.node "c1" (%b, %w : !memsched.buffer<100>, memref<4x4xf16>) -> ("pk" : !memsched.packed) loc("model.py":4:1)
  %x = memsched.input "x" freeable : !memsched.buffer<4>
  %q = memsched.node "u" unpacks(%p) -> ("q" : !memsched.buffer<4>) loc("model.py":5:1)
  memsched.output %a1, %c, %q, %x : !memsched.buffer<100>, !memsched.buffer<8>, !memsched.buffer<4>, !memsched.buffer<4>
}
