// --export-timeline-svg on a graph small enough to compute by hand: the
// curves' points, the tick labels, the peak markers naming the node at the
// peak step, the per-step hover titles, and XML escaping of names.
// RUN: memsched-translate --export-timeline-svg %s -o %t.svg
// RUN: FileCheck %s --input-file=%t.svg
// The output is well-formed XML and the same on every run.
// RUN: %python -c "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])" %t.svg
// RUN: memsched-translate --export-timeline-svg %s | diff %t.svg -

// Two producer/consumer pairs listed interleaved, sizes in MiB:
//   x = 0.5 MiB freeable input read by p0; a, b = 1 MiB each.
// Baseline p0, p1, c0, c1 (post_alloc / post_free per step):
//   p0: x + a = 1.5 / 1.0 (x's last reader)   p1: 2.0 / 2.0
//   c0: 2.0 / 1.0 (frees a)                    c1: 1.0 / 0.0 (frees b)
//   peak 2.0 MiB at step 1, node p1.
// memsched-reorder keeps LPMF: p0, c0, p1, c1:
//   p0: 1.5 / 1.0   c0: 1.0 / 0.0   p1: 1.0 / 1.0   c1: 1.0 / 0.0
//   peak 1.5 MiB at step 0, node p0.
// Scales: 4 steps over 840 px from x = 80 (210 px a step); y ticks every
// 0.5 MiB up to 2.0 MiB over 400 px from y = 480 (200 px a MiB).
memsched.graph @pairs {
  %x = memsched.input "x" freeable : !memsched.buffer<524288>
  %a = memsched.node "p0" (%x : !memsched.buffer<524288>) -> ("a" : !memsched.buffer<1048576>)
  %b = memsched.node "p1<&>" -> ("b\"q'" : !memsched.buffer<1048576>)
  memsched.node "c0" (%a : !memsched.buffer<1048576>)
  memsched.node "c1" (%b : !memsched.buffer<1048576>)
}

// CHECK: <svg xmlns="http://www.w3.org/2000/svg" width="960" height="540"
// CHECK-NEXT: <title>memory timeline of @pairs: 4 nodes, 3 buffers</title>

// The legend gives each order's peak.
// CHECK: <text class="legend" x="116.00" y="56">current order (baseline): peak 2.00 MiB</text>
// CHECK: <text class="legend" x="536.00" y="56">memsched-reorder keeps lpmf: peak 1.50 MiB</text>

// Y tick labels in MiB (0.5 apart), x tick labels at the middle of each step.
// CHECK: <g class="y-ticks" text-anchor="end"><text x="74.00" y="484.00">0.0</text><text x="74.00" y="384.00">0.5</text><text x="74.00" y="284.00">1.0</text><text x="74.00" y="184.00">1.5</text><text x="74.00" y="84.00">2.0</text></g>
// CHECK-NEXT: <g class="x-ticks" text-anchor="middle"><text x="185.00" y="498.00">0</text><text x="395.00" y="498.00">1</text><text x="605.00" y="498.00">2</text><text x="815.00" y="498.00">3</text></g>

// 3 points a step plus the origin: 13 points, each the staircase above.
// CHECK: <polyline data-series="baseline" {{.*}} points="80.00,480.00 80.00,180.00 290.00,180.00 290.00,280.00 290.00,80.00 500.00,80.00 500.00,80.00 500.00,80.00 710.00,80.00 710.00,280.00 710.00,280.00 920.00,280.00 920.00,480.00"/>
// CHECK-NEXT: <polyline data-series="lpmf" {{.*}} points="80.00,480.00 80.00,180.00 290.00,180.00 290.00,280.00 290.00,280.00 500.00,280.00 500.00,480.00 500.00,280.00 710.00,280.00 710.00,280.00 710.00,280.00 920.00,280.00 920.00,480.00"/>

// One invisible hover rectangle per step; its title names each order's node
// and what it allocates (the freeable input at step 0) and frees.
// CHECK: <g class="steps" fill="#fff" fill-opacity="0">
// CHECK-NEXT: <rect x="80.00" y="80.00" width="210.00" height="400.00"><title>step 0
// CHECK-NEXT: baseline: node p0; allocates x (512.00 KiB), a (1.00 MiB); frees x (512.00 KiB); post_alloc 1.50 MiB, post_free 1.00 MiB
// CHECK-NEXT: lpmf: node p0; allocates x (512.00 KiB), a (1.00 MiB); frees x (512.00 KiB); post_alloc 1.50 MiB, post_free 1.00 MiB</title></rect>
// CHECK-NEXT: <rect x="290.00" y="80.00" width="210.00" height="400.00"><title>step 1
// CHECK-NEXT: baseline: node p1&lt;&amp;&gt;; allocates b&quot;q&apos; (1.00 MiB); frees nothing; post_alloc 2.00 MiB, post_free 2.00 MiB
// CHECK-NEXT: lpmf: node c0; allocates nothing; frees a (1.00 MiB); post_alloc 1.00 MiB, post_free 0 B</title></rect>
// CHECK-NEXT: <rect x="500.00"
// CHECK-NEXT: baseline: node c0;
// CHECK-NEXT: lpmf: node p1&lt;&amp;&gt;;
// CHECK-NEXT: <rect x="710.00"
// CHECK-NEXT: baseline: node c1; allocates nothing; frees b&quot;q&apos; (1.00 MiB); post_alloc 1.00 MiB, post_free 0 B
// CHECK-NEXT: lpmf: node c1;
// CHECK-NEXT: </g>

// The peaks: circles at the middle of the peak step, labels naming the node.
// CHECK-NEXT: <circle class="peak" cx="395.00" cy="80.00" r="4" fill="#d62728"><title>current order (baseline): peak 2097152 B (2.00 MiB) at step 1, node p1&lt;&amp;&gt;</title></circle>
// CHECK-NEXT: <text class="peak-label" {{.*}}>baseline peak 2.00 MiB at p1&lt;&amp;&gt;</text>
// CHECK-NEXT: <circle class="peak" cx="185.00" cy="180.00" r="4" fill="#1f77b4"><title>memsched-reorder keeps lpmf: peak 1572864 B (1.50 MiB) at step 0, node p0</title></circle>
// CHECK-NEXT: <text class="peak-label" {{.*}}>lpmf peak 1.50 MiB at p0</text>
// CHECK-NEXT: </svg>
