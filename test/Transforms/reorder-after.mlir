// Ordering-only dependencies (`after`) constrain LPMF's ready set but never
// a buffer's life.
// RUN: memsched-opt %s -split-input-file --memsched-reorder=methods=lpmf 2>/dev/null | FileCheck %s

// Without a constraint LPMF runs "small" first: it is ready, its key is
// (1, 1 - 1 = 0) (size 1 > gap 0, freed at once) against big's (100, 100).
// CHECK-LABEL: memsched.graph @unordered
// CHECK-NEXT: memsched.node "small"
// CHECK-NEXT: memsched.node "big"
// CHECK-NEXT: memsched.node "use"
memsched.graph @unordered {
  %a = memsched.node "big" -> ("a" : !memsched.buffer<100>)
  memsched.node "use" (%a : !memsched.buffer<100>)
  %s = memsched.node "small" -> ("s" : !memsched.buffer<1>)
}

// -----

// With `after ["use"]`, "small" is not ready until "use" has run.
// CHECK-LABEL: memsched.graph @ordered
// CHECK-NEXT: memsched.node "big"
// CHECK-NEXT: memsched.node "use"
// CHECK-NEXT: memsched.node "small" after ["use"]
memsched.graph @ordered {
  %a = memsched.node "big" -> ("a" : !memsched.buffer<100>)
  memsched.node "use" (%a : !memsched.buffer<100>)
  %s = memsched.node "small" after ["use"] -> ("s" : !memsched.buffer<1>)
}

// -----

// The ordering edge from "use" does not keep "a" alive: a's last reader is
// "use" at step 1, so at step 2 only s (1 byte) is live.
// RUN: memsched-opt %s -split-input-file --memsched-print-liveness -o /dev/null 2>/dev/null | FileCheck %s --check-prefix=LIVE
// LIVE-LABEL: memsched.graph @ordered_liveness
// LIVE: buffer "a" node="big" size_alloc=100 size_free=100 start=0 end=1 readers=["use"]
// LIVE: step 2 "small" post_alloc=1 post_free=0
memsched.graph @ordered_liveness {
  %a = memsched.node "big" -> ("a" : !memsched.buffer<100>)
  memsched.node "use" (%a : !memsched.buffer<100>)
  %s = memsched.node "small" after ["use"] -> ("s" : !memsched.buffer<1>)
}
