// The system mlir-opt-22 runs memsched-reorder-ops from the plugin on
// upstream IR, with the in-place models of linalg ops the plugin registers,
// exactly as memsched-opt does.
// An AddressSanitizer-instrumented plugin cannot load into the uninstrumented
// system mlir-opt, so sanitizer builds skip this test.
// UNSUPPORTED: sanitizer
// RUN: %system_mlir_opt --load-dialect-plugin=%memsched_lib_dir/MemSchedPlugin.so --load-pass-plugin=%memsched_lib_dir/MemSchedPlugin.so --pass-pipeline="builtin.module(memsched-reorder-ops)" %s 2>&1 | FileCheck %s
// RUN: %system_mlir_opt --load-dialect-plugin=%memsched_lib_dir/MemSchedPlugin.so --load-pass-plugin=%memsched_lib_dir/MemSchedPlugin.so --pass-pipeline="builtin.module(memsched-reorder-ops)" %s 2>/dev/null > %t.plugin.mlir
// RUN: memsched-opt --pass-pipeline="builtin.module(memsched-reorder-ops)" %s 2>/dev/null | diff %t.plugin.mlir -
// RUN: not memsched-opt %s --memsched-reorder-ops=methods=fastest -o /dev/null 2>&1 | FileCheck %s --check-prefix=BAD

// CHECK: remark: memsched-reorder-ops: baseline 12288 B, {{.*}}; kept lpmf: peak 8196 B
// BAD: error: memsched-reorder-ops: unknown method 'fastest'; expected one of baseline, lpmf, bfs, dfs, improve, exact
func.func @pairs(%x: tensor<1024xf32>) -> (tensor<f32>, tensor<f32>) {
  %a = arith.addf %x, %x : tensor<1024xf32>
  %b = arith.mulf %x, %x : tensor<1024xf32>
  %e0 = tensor.empty() : tensor<f32>
  %ra = linalg.reduce ins(%a : tensor<1024xf32>) outs(%e0 : tensor<f32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  %rb = linalg.reduce ins(%b : tensor<1024xf32>) outs(%e0 : tensor<f32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.maximumf %in, %acc : f32
      linalg.yield %s : f32
    }
  return %ra, %rb : tensor<f32>, tensor<f32>
}
