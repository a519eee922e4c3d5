// The system mlir-opt-22 loads the dialect and the passes from
// MemSchedPlugin.so and reorders exactly as memsched-opt does.
// An AddressSanitizer-instrumented plugin cannot load into the uninstrumented
// system mlir-opt, so sanitizer builds skip this test (the normal suite runs it).
// UNSUPPORTED: sanitizer
// RUN: %system_mlir_opt --load-dialect-plugin=%memsched_lib_dir/MemSchedPlugin.so --load-pass-plugin=%memsched_lib_dir/MemSchedPlugin.so --pass-pipeline="builtin.module(memsched-reorder)" %s 2>/dev/null > %t.plugin.mlir
// RUN: FileCheck %s < %t.plugin.mlir
// RUN: memsched-opt --pass-pipeline="builtin.module(memsched-reorder)" %s 2>/dev/null | diff %t.plugin.mlir -
// RUN: %system_mlir_opt --load-dialect-plugin=%memsched_lib_dir/MemSchedPlugin.so --load-pass-plugin=%memsched_lib_dir/MemSchedPlugin.so --pass-pipeline="builtin.module(memsched-reorder)" %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK

// Two producer/consumer pairs listed interleaved: baseline 200 bytes, LPMF
// runs each consumer right after its producer: 100 bytes.
// REMARK: remark: memsched-reorder: baseline 200 B, lpmf 100 B, bfs 200 B, dfs 200 B, improve 100 B, exact 100 B; kept lpmf: peak 100 B, saves 100 B (50.00%) against the baseline; lower bound 100 B, gap 0.00%, proven optimal
// CHECK-LABEL: memsched.graph @pairs
// CHECK-NEXT: memsched.node "p0"
// CHECK-NEXT: memsched.node "c0"
// CHECK-NEXT: memsched.node "p1"
// CHECK-NEXT: memsched.node "c1"
memsched.graph @pairs {
  %a = memsched.node "p0" -> ("a" : !memsched.buffer<100>)
  %b = memsched.node "p1" -> ("b" : !memsched.buffer<100>)
  memsched.node "c0" (%a : !memsched.buffer<100>)
  memsched.node "c1" (%b : !memsched.buffer<100>)
}
