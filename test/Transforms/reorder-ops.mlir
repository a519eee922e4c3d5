// memsched-reorder-ops on upstream tensor IR: the ops of a func.func body
// are reordered to lower the peak, with sizes from tensor types (or from
// the in-place models of linalg and tensor destination-style ops), use-def
// order kept, barriers never crossed, in-place updates kept on the right
// side of their readers, and resident arguments not counted.
// RUN: memsched-opt %s -split-input-file --memsched-reorder-ops 2>/dev/null | FileCheck %s
// RUN: memsched-opt %s -split-input-file --memsched-reorder-ops -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK

// Two producer/consumer pairs listed interleaved: %a and %b (4096 B each)
// are live together with %x (4096 B, freeable) in the baseline: 12288 B.
// Reducing each right after it is made needs 8196 B (x, one tensor, and
// the 4-byte init both reductions update in place). %w is resident.
// REMARK: remark: memsched-reorder-ops: baseline 12288 B, lpmf 8196 B, bfs 12288 B, dfs 8196 B, improve 8196 B, exact 8196 B; kept lpmf: peak 8196 B, saves 4092 B (33.30%) against the baseline; lower bound 8196 B, gap 0.00%, proven optimal
// CHECK-LABEL: func.func @pairs(%arg0
// CHECK-NEXT: tensor.empty
// CHECK-NEXT: %[[A:.*]] = arith.addf
// CHECK-NEXT: linalg.reduce ins(%[[A]]
// CHECK: %[[B:.*]] = arith.mulf
// CHECK-NEXT: linalg.reduce ins(%[[B]]
// CHECK: return
func.func @pairs(%x: tensor<1024xf32>, %w: tensor<1024xf32> {memsched.resident}) -> (tensor<f32>, tensor<f32>) {
  %a = arith.addf %x, %w : tensor<1024xf32>
  %b = arith.mulf %x, %w : tensor<1024xf32>
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

// -----

// memref.store writes memory: a barrier. Each side is reordered on its own
// (12304 -> 8208 B) and nothing crosses it, although moving %c and %d before
// the store would not change the peak either.
// REMARK: remark: memsched-reorder-ops: baseline 12304 B, {{.*}}; kept lpmf: peak 8208 B
// CHECK-LABEL: func.func @barrier(%arg0
// CHECK: %[[A:.*]] = arith.addf
// CHECK-NEXT: tensor.extract %[[A]]
// CHECK-NEXT: %[[B:.*]] = arith.mulf
// CHECK-NEXT: tensor.extract %[[B]]
// CHECK-NEXT: memref.store
// CHECK-NEXT: %[[C:.*]] = arith.subf
// CHECK-NEXT: tensor.extract %[[C]]
// CHECK-NEXT: %[[D:.*]] = arith.divf
// CHECK-NEXT: tensor.extract %[[D]]
func.func @barrier(%m: memref<4xf32>, %x: tensor<1024xf32>) -> (f32, f32, f32, f32) {
  %c0 = arith.constant 0 : index
  %f = arith.constant 1.0 : f32
  %a = arith.addf %x, %x : tensor<1024xf32>
  %b = arith.mulf %x, %x : tensor<1024xf32>
  %ea = tensor.extract %a[%c0] : tensor<1024xf32>
  %eb = tensor.extract %b[%c0] : tensor<1024xf32>
  memref.store %f, %m[%c0] : memref<4xf32>
  %c = arith.subf %x, %x : tensor<1024xf32>
  %d = arith.divf %x, %x : tensor<1024xf32>
  %ec = tensor.extract %c[%c0] : tensor<1024xf32>
  %ed = tensor.extract %d[%c0] : tensor<1024xf32>
  return %ea, %eb, %ec, %ed : f32, f32, f32, f32
}

// -----

// In place: linalg.fill and tensor.insert update their destination, so %f
// and %g take no memory of their own (the 4096-byte %e does) and %e lives
// as long as %g. The read of %f stays before the insert that overwrites
// it. Running the 16384-byte %big chain first (its slice is 4096 B) lowers
// the peak from 24576 to 20480 B.
// REMARK: remark: memsched-reorder-ops: baseline 24576 B, {{.*}}; kept improve: peak 20480 B, saves 4096 B (16.67%) against the baseline; lower bound 20480 B, gap 0.00%, proven optimal
// CHECK-LABEL: func.func @inplace(%arg0
// CHECK: %[[BIG:.*]] = tensor.empty() : tensor<4096xf32>
// CHECK: %[[E:.*]] = tensor.empty() : tensor<1024xf32>
// CHECK-NEXT: %[[F:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[E]] : tensor<1024xf32>)
// CHECK-NEXT: tensor.extract %[[F]]
// CHECK-NEXT: tensor.insert %{{.*}} into %[[F]]
func.func @inplace(%v: f32) -> (f32, tensor<1024xf32>, tensor<1024xf32>) {
  %c0 = arith.constant 0 : index
  %e = tensor.empty() : tensor<1024xf32>
  %f = linalg.fill ins(%v : f32) outs(%e : tensor<1024xf32>) -> tensor<1024xf32>
  %r = tensor.extract %f[%c0] : tensor<1024xf32>
  %big = tensor.empty() : tensor<4096xf32>
  %g = tensor.insert %v into %f[%c0] : tensor<1024xf32>
  %h = linalg.fill ins(%v : f32) outs(%big : tensor<4096xf32>) -> tensor<4096xf32>
  %s = tensor.extract_slice %h[0] [1024] [1] : tensor<4096xf32> to tensor<1024xf32>
  return %r, %g, %s : f32, tensor<1024xf32>, tensor<1024xf32>
}

// -----

// A loop that writes memory is a barrier: %a and %b stay on their sides.
// Its body is a block of its own, with no movable op (a load and a store),
// so like the module it gets no remark; the function body gets one (x, a
// and b, both outputs, are live together in any order: 12288 B).
// REMARK: remark: memsched-reorder-ops: baseline 12288 B, {{.*}}; kept baseline: peak 12288 B
// REMARK-NOT: remark
// CHECK-LABEL: func.func @loop(%arg0
// CHECK: arith.addf
// CHECK-NEXT: scf.for
// CHECK: memref.store
// CHECK: arith.mulf
func.func @loop(%m: memref<4xf32>, %x: tensor<1024xf32>, %n: index) -> (tensor<1024xf32>, tensor<1024xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %a = arith.addf %x, %x : tensor<1024xf32>
  scf.for %i = %c0 to %n step %c1 {
    %v = memref.load %m[%c0] : memref<4xf32>
    memref.store %v, %m[%i] : memref<4xf32>
  }
  %b = arith.mulf %x, %x : tensor<1024xf32>
  return %a, %b : tensor<1024xf32>, tensor<1024xf32>
}

// -----

// An in-place chain: %t1 updates %e, %t2 updates %t1, so %e, %t1 and %t2
// are one buffer. The broadcast reads %e between the two updates and must
// stay there, although running the reduce first would lower the peak
// (49156 -> 32772 B): every use of any value of the chain keeps its side of
// every update.
// REMARK: remark: memsched-reorder-ops: baseline 49156 B, {{.*}}; kept baseline: peak 49156 B
// CHECK-LABEL: func.func @chain(%arg0
// CHECK: %[[E:.*]] = tensor.empty() : tensor<f32>
// CHECK-NEXT: %[[T1:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[E]] : tensor<f32>)
// CHECK-NEXT: tensor.empty() : tensor<8192xf32>
// CHECK-NEXT: linalg.broadcast ins(%[[E]] : tensor<f32>)
// CHECK-NEXT: linalg.reduce ins(%arg0 : tensor<4096xf32>) outs(%[[T1]] : tensor<f32>)
func.func @chain(%B: tensor<4096xf32>, %f: f32) -> (tensor<8192xf32>, tensor<f32>) {
  %e = tensor.empty() : tensor<f32>
  %t1 = linalg.fill ins(%f : f32) outs(%e : tensor<f32>) -> tensor<f32>
  %big0 = tensor.empty() : tensor<8192xf32>
  %r = linalg.broadcast ins(%e : tensor<f32>) outs(%big0 : tensor<8192xf32>) dimensions = [0]
  %t2 = linalg.reduce ins(%B : tensor<4096xf32>) outs(%t1 : tensor<f32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  return %r, %t2 : tensor<8192xf32>, tensor<f32>
}
