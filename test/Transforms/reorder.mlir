// memsched-reorder with the default candidates (baseline, lpmf, bfs, dfs,
// improve, exact):
// the lowest peak is kept, ties go to the first listed, every graph gets a
// remark, and only node ops move.
// RUN: memsched-opt %s -split-input-file --memsched-reorder -verify-diagnostics | FileCheck %s

// Two producer/consumer pairs listed interleaved. Peaks: baseline keeps a
// and b alive together (200); LPMF runs c0 right after p0 since c0 frees
// 100 (100); BFS prefers p1's empty priority over c0's [0] (200); DFS sees
// equal weights (100 each) and walks in index order (200).
// CHECK-LABEL: memsched.graph @pairs
// CHECK-NEXT: memsched.node "p0"
// CHECK-NEXT: memsched.node "c0"
// CHECK-NEXT: memsched.node "p1"
// CHECK-NEXT: memsched.node "c1"
// expected-remark @below {{memsched-reorder: baseline 200 B, lpmf 100 B, bfs 200 B, dfs 200 B, improve 100 B, exact 100 B; kept lpmf: peak 100 B, saves 100 B (50.00%) against the baseline}}
memsched.graph @pairs {
  %a = memsched.node "p0" -> ("a" : !memsched.buffer<100>)
  %b = memsched.node "p1" -> ("b" : !memsched.buffer<100>)
  memsched.node "c0" (%a : !memsched.buffer<100>)
  memsched.node "c1" (%b : !memsched.buffer<100>)
}

// -----

// Already optimal: every candidate ties at 100 or is worse, the baseline is
// listed first and kept, nothing moves.
// CHECK-LABEL: memsched.graph @optimal
// CHECK-NEXT: memsched.node "p0"
// CHECK-NEXT: memsched.node "c0"
// CHECK-NEXT: memsched.node "p1"
// CHECK-NEXT: memsched.node "c1"
// expected-remark @below {{memsched-reorder: baseline 100 B, lpmf 100 B, bfs 200 B, dfs 100 B, improve 100 B, exact 100 B; kept baseline: peak 100 B, saves 0 B (0.00%) against the baseline}}
memsched.graph @optimal {
  %a = memsched.node "p0" -> ("a" : !memsched.buffer<100>)
  memsched.node "c0" (%a : !memsched.buffer<100>)
  %b = memsched.node "p1" -> ("b" : !memsched.buffer<100>)
  memsched.node "c1" (%b : !memsched.buffer<100>)
}

// -----

// Ops outside graphs and all attributes stay as they are (the graph gains
// its memsched.verdict); an input listed
// between nodes stays before every node (its uses stay dominated); several
// graphs in one module are each planned.
// CHECK-LABEL: func.func @outside
// CHECK-NEXT: arith.constant 7 : i32
// CHECK-LABEL: memsched.graph @first attributes {memsched.verdict = {lower_bound_bytes = 108 : i64, method = "lpmf", peak_bytes = 108 : i64, proven_optimal = true}, origin = "test"}
// CHECK-NEXT: memsched.input "x" freeable
// CHECK-NEXT: memsched.node "p0" {note = "kept"}
// CHECK-NEXT: memsched.node "c0"
// CHECK-NEXT: memsched.node "p1"
// CHECK-NEXT: memsched.node "c1"
// CHECK-LABEL: memsched.graph @second
// CHECK-NEXT: memsched.node "q0"
// CHECK-NEXT: memsched.node "d0"
// CHECK-NEXT: memsched.node "q1"
// CHECK-NEXT: memsched.node "d1"
func.func @outside() -> i32 {
  %c = arith.constant 7 : i32
  return %c : i32
}
// expected-remark @below {{kept lpmf: peak 108 B}}
memsched.graph @first attributes {origin = "test"} {
  %a = memsched.node "p0" {note = "kept"} -> ("a" : !memsched.buffer<100>)
  %b = memsched.node "p1" -> ("b" : !memsched.buffer<100>)
  %x = memsched.input "x" freeable : !memsched.buffer<8>
  memsched.node "c0" (%a, %x : !memsched.buffer<100>, !memsched.buffer<8>)
  memsched.node "c1" (%b : !memsched.buffer<100>)
}
// expected-remark @below {{kept lpmf: peak 100 B}}
memsched.graph @second {
  %a = memsched.node "q0" -> ("a" : !memsched.buffer<100>)
  %b = memsched.node "q1" -> ("b" : !memsched.buffer<100>)
  memsched.node "d0" (%a : !memsched.buffer<100>)
  memsched.node "d1" (%b : !memsched.buffer<100>)
}

// -----

// An ordering-only dependency constrains the order: without it LPMF would
// run "small" (size 1, freed at once: net 0) before "big" (net 100).
// CHECK-LABEL: memsched.graph @ordered
// CHECK-NEXT: memsched.node "big"
// CHECK-NEXT: memsched.node "use"
// CHECK-NEXT: memsched.node "small"
// expected-remark @below {{kept baseline: peak 100 B}}
memsched.graph @ordered {
  %a = memsched.node "big" -> ("a" : !memsched.buffer<100>)
  memsched.node "use" (%a : !memsched.buffer<100>)
  %s = memsched.node "small" after ["use"] -> ("s" : !memsched.buffer<1>)
}

// -----

// The same graph without the ordering-only dependency: LPMF picks "small"
// first. Peaks: baseline max(100, 1) = 100, lpmf 100 too (small is freed at
// once), BFS runs small while a is alive (100 + 1 = 101), DFS 100; the
// baseline is kept on the tie.
// CHECK-LABEL: memsched.graph @unordered
// CHECK-NEXT: memsched.node "big"
// expected-remark @below {{memsched-reorder: baseline 100 B, lpmf 100 B, bfs 101 B, dfs 100 B, improve 100 B, exact 100 B; kept baseline}}
memsched.graph @unordered {
  %a = memsched.node "big" -> ("a" : !memsched.buffer<100>)
  memsched.node "use" (%a : !memsched.buffer<100>)
  %s = memsched.node "small" -> ("s" : !memsched.buffer<1>)
}

// -----

// A graph without nodes is left alone.
// CHECK-LABEL: memsched.graph @empty
// expected-remark @below {{memsched-reorder: baseline 0 B, lpmf 0 B, bfs 0 B, dfs 0 B, improve 0 B, exact 0 B; kept baseline: peak 0 B, saves 0 B (0.00%) against the baseline}}
memsched.graph @empty {
}
