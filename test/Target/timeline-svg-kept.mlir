// When memsched-reorder would keep the current order, --export-timeline-svg
// draws one curve and says so, instead of two identical ones.
// RUN: memsched-translate --export-timeline-svg %s | FileCheck %s

// Already optimal: each buffer dies right after it is made (1 MiB live at
// most); every candidate ties or is worse, so the baseline is kept.
//   p0: 1 / 1   c0: 1 / 0   p1: 1 / 1   c1: 1 / 0   peak 1 MiB at step 0.
memsched.graph @optimal {
  %a = memsched.node "p0" -> ("a" : !memsched.buffer<1048576>)
  memsched.node "c0" (%a : !memsched.buffer<1048576>)
  %b = memsched.node "p1" -> ("b" : !memsched.buffer<1048576>)
  memsched.node "c1" (%b : !memsched.buffer<1048576>)
}

// CHECK: <text class="legend" x="116.00" y="56">current order (baseline), kept by memsched-reorder: peak 1.00 MiB</text>
// CHECK-NOT: class="legend"
// CHECK: <polyline data-series="baseline"
// CHECK-NOT: <polyline
// CHECK: <rect x="80.00" y="80.00" width="210.00" height="400.00"><title>step 0
// CHECK-NEXT: baseline: node p0; allocates a (1.00 MiB); frees nothing; post_alloc 1.00 MiB, post_free 1.00 MiB</title></rect>
// CHECK: <circle class="peak"
// CHECK-NEXT: <text class="peak-label" {{.*}}>baseline peak 1.00 MiB at p0</text>
// CHECK-NOT: <circle
// CHECK: </svg>
