// Sizes, lifetimes, the timeline and the peak on small graphs, one rule of
// the memory model per case. Every expectation is computed by hand beside it.
// RUN: memsched-opt %s -split-input-file --memsched-print-liveness -o /dev/null | FileCheck %s
// RUN: memsched-opt %s -split-input-file --memsched-print-liveness -o /dev/null 2>&1 >/dev/null | FileCheck %s --check-prefix=REMARK

// A freeable input counts from step 0 to its last reader; a resident input
// is never counted.
// The only order is optimal: op1's own step needs b, x and a (174).
// CHECK-LABEL: memsched.graph @inputs: 2 nodes, 3 buffers, peak 174 bytes at step 1 "op1", lower bound 174 bytes for any order (gap 0.00%)
// CHECK-NEXT: resident "w"
// x: tensor<16xf32> = 16 * 4 = 64 bytes, read at steps 0 and 1.
// CHECK-NEXT: buffer "x" input size_alloc=64 size_free=64 start=0 end=1 readers=["op0", "op1"]
// CHECK-NEXT: buffer "a" node="op0" size_alloc=100 size_free=100 start=0 end=1 readers=["op1"]
// CHECK-NEXT: buffer "b" node="op1" size_alloc=10 size_free=10 start=1 end=1 output readers=[]
// step 0: x 64 + a 100 = 164, nothing ends at 0.
// CHECK-NEXT: step 0 "op0" post_alloc=164 post_free=164
// step 1: 164 + b 10 = 174; x and a end: 174 - 64 - 100 = 10 (b is an output).
// CHECK-NEXT: step 1 "op1" post_alloc=174 post_free=10
// REMARK: remark: peak memory 174 bytes at step 1 (node "op1")
memsched.graph @inputs {
  %x = memsched.input "x" freeable : tensor<16xf32>
  %w = memsched.input "w" resident : tensor<1024xf32>
  %a = memsched.node "op0" (%x, %w : tensor<16xf32>, tensor<1024xf32>) -> ("a" : !memsched.buffer<100>)
  %b = memsched.node "op1" (%x, %a : tensor<16xf32>, !memsched.buffer<100>) -> ("b" : !memsched.buffer<10>)
  memsched.output %b : !memsched.buffer<10>
}

// -----

// A freeable input that is also an output lives to the end even though its
// only reader runs at step 0.
// CHECK-LABEL: memsched.graph @input_output: 2 nodes, 3 buffers, peak 100 bytes at step 1 "op1"
// CHECK-NEXT: buffer "x" input size_alloc=50 size_free=50 start=0 end=1 output readers=["op0"]
// CHECK-NEXT: buffer "a" node="op0" size_alloc=20 size_free=20 start=0 end=1 readers=["op1"]
// CHECK-NEXT: buffer "b" node="op1" size_alloc=30 size_free=30 start=1 end=1 output readers=[]
// step 0: x 50 + a 20 = 70; nothing ends.
// CHECK-NEXT: step 0 "op0" post_alloc=70 post_free=70
// step 1: 70 + b 30 = 100; a ends: 100 - 20 = 80.
// CHECK-NEXT: step 1 "op1" post_alloc=100 post_free=80
// REMARK: remark: peak memory 100 bytes at step 1 (node "op1")
memsched.graph @input_output {
  %x = memsched.input "x" freeable : !memsched.buffer<50>
  %a = memsched.node "op0" (%x : !memsched.buffer<50>) -> ("a" : !memsched.buffer<20>)
  %b = memsched.node "op1" (%a : !memsched.buffer<20>) -> ("b" : !memsched.buffer<30>)
  memsched.output %x, %b : !memsched.buffer<50>, !memsched.buffer<30>
}

// -----

// A buffer nobody reads is freed right after the step that made it; an
// ordering-only dependency on its producer does not extend its life.
// CHECK-LABEL: memsched.graph @no_reader: 2 nodes, 2 buffers, peak 40 bytes at step 0 "op0"
// CHECK-NEXT: buffer "a" node="op0" size_alloc=40 size_free=40 start=0 end=0 readers=[]
// CHECK-NEXT: buffer "b" node="op1" size_alloc=10 size_free=10 start=1 end=1 output readers=[]
// step 0: a 40, freed at once: 0.
// CHECK-NEXT: step 0 "op0" post_alloc=40 post_free=0
// step 1: b 10 (an output).
// CHECK-NEXT: step 1 "op1" post_alloc=10 post_free=10
// REMARK: remark: peak memory 40 bytes at step 0 (node "op0")
memsched.graph @no_reader {
  %a = memsched.node "op0" -> ("a" : !memsched.buffer<40>)
  %b = memsched.node "op1" after ["op0"] -> ("b" : !memsched.buffer<10>)
  memsched.output %b : !memsched.buffer<10>
}

// -----

// Multi-output packing: the packed buffer allocates the sum of its parts
// (16 + 32 = 48) and frees nothing; each part allocates nothing and frees
// its own size.
// CHECK-LABEL: memsched.graph @packed: 4 nodes, 5 buffers, peak 56 bytes at step 0 "op0"
// CHECK-NEXT: buffer "x" input size_alloc=8 size_free=8 start=0 end=0 readers=["op0"]
// CHECK-NEXT: buffer "p" node="op0" size_alloc=48 size_free=0 start=0 end=2 readers=["op1", "op2"]
// q0: tensor<4xf32> = 16 bytes, read by op3 at step 3.
// CHECK-NEXT: buffer "q0" node="op1" size_alloc=0 size_free=16 start=1 end=3 readers=["op3"]
// q1: tensor<8xf32> = 32 bytes, no reader: ends at its own step 2.
// CHECK-NEXT: buffer "q1" node="op2" size_alloc=0 size_free=32 start=2 end=2 readers=[]
// CHECK-NEXT: buffer "r" node="op3" size_alloc=4 size_free=4 start=3 end=3 output readers=[]
// step 0: x 8 + p 48 = 56; x ends: 48.
// CHECK-NEXT: step 0 "op0" post_alloc=56 post_free=48
// step 1: q0 allocates 0: 48; nothing ends.
// CHECK-NEXT: step 1 "op1" post_alloc=48 post_free=48
// step 2: q1 allocates 0: 48; p (frees 0) and q1 (frees 32) end: 16.
// CHECK-NEXT: step 2 "op2" post_alloc=48 post_free=16
// step 3: r 4: 20; q0 ends: 20 - 16 = 4.
// CHECK-NEXT: step 3 "op3" post_alloc=20 post_free=4
// REMARK: remark: peak memory 56 bytes at step 0 (node "op0")
memsched.graph @packed {
  %x = memsched.input "x" freeable : !memsched.buffer<8>
  %p = memsched.node "op0" (%x : !memsched.buffer<8>) -> ("p" : !memsched.packed)
  %q0 = memsched.node "op1" unpacks(%p) -> ("q0" : tensor<4xf32>)
  %q1 = memsched.node "op2" unpacks(%p) -> ("q1" : tensor<8xf32>)
  %r = memsched.node "op3" (%q0 : tensor<4xf32>) -> ("r" : !memsched.buffer<4>)
  memsched.output %r : !memsched.buffer<4>
}

// -----

// A mutation chain a -> a1 -> a2: aliases cost nothing, and readers of any
// alias keep the first buffer alive.
// CHECK-LABEL: memsched.graph @chain: 5 nodes, 6 buffers, peak 110 bytes at step 2 "op2"
// CHECK-NEXT: buffer "x" input size_alloc=8 size_free=8 start=0 end=0 readers=["op0"]
// a is read through a1 by op2 and op3 (op3 mutates a1): it ends at step 3.
// CHECK-NEXT: buffer "a" node="op0" size_alloc=100 size_free=100 start=0 end=3 readers=["op1", "op2", "op3"]
// CHECK-NEXT: buffer "a1" node="op1" size_alloc=0 size_free=0 start=1 end=3 readers=["op2", "op3"]
// CHECK-NEXT: buffer "t" node="op2" size_alloc=10 size_free=10 start=2 end=4 readers=["op4"]
// CHECK-NEXT: buffer "a2" node="op3" size_alloc=0 size_free=0 start=3 end=3 readers=[]
// CHECK-NEXT: buffer "u" node="op4" size_alloc=1 size_free=1 start=4 end=4 output readers=[]
// step 0: x 8 + a 100 = 108; x ends: 100.
// CHECK-NEXT: step 0 "op0" post_alloc=108 post_free=100
// CHECK-NEXT: step 1 "op1" post_alloc=100 post_free=100
// step 2: + t 10 = 110.
// CHECK-NEXT: step 2 "op2" post_alloc=110 post_free=110
// step 3: a ends: 110 - 100 = 10.
// CHECK-NEXT: step 3 "op3" post_alloc=110 post_free=10
// step 4: + u 1 = 11; t ends: 1.
// CHECK-NEXT: step 4 "op4" post_alloc=11 post_free=1
// REMARK: remark: peak memory 110 bytes at step 2 (node "op2")
memsched.graph @chain {
  %x = memsched.input "x" freeable : !memsched.buffer<8>
  %a = memsched.node "op0" (%x : !memsched.buffer<8>) -> ("a" : !memsched.buffer<100>)
  %a1 = memsched.node "op1" mutates(%a : !memsched.buffer<100>) -> ("a1")
  %t = memsched.node "op2" (%a1 : !memsched.buffer<100>) -> ("t" : !memsched.buffer<10>)
  %a2 = memsched.node "op3" mutates(%a1 : !memsched.buffer<100>) -> ("a2")
  %u = memsched.node "op4" (%t : !memsched.buffer<10>) -> ("u" : !memsched.buffer<1>)
  memsched.output %u : !memsched.buffer<1>
}

// -----

// The same chain with its last alias as a graph output: the first buffer
// then lives to the end.
// CHECK-LABEL: memsched.graph @chain_output: 5 nodes, 6 buffers, peak 111 bytes at step 4 "op4"
// CHECK: buffer "a" node="op0" size_alloc=100 size_free=100 start=0 end=4 output readers=["op1", "op2", "op3"]
// CHECK: buffer "a2" node="op3" size_alloc=0 size_free=0 start=3 end=4 output readers=[]
// step 3: a no longer ends: 110.
// CHECK: step 3 "op3" post_alloc=110 post_free=110
// step 4: + u 1 = 111; t ends: 101.
// CHECK-NEXT: step 4 "op4" post_alloc=111 post_free=101
// REMARK: remark: peak memory 111 bytes at step 4 (node "op4")
memsched.graph @chain_output {
  %x = memsched.input "x" freeable : !memsched.buffer<8>
  %a = memsched.node "op0" (%x : !memsched.buffer<8>) -> ("a" : !memsched.buffer<100>)
  %a1 = memsched.node "op1" mutates(%a : !memsched.buffer<100>) -> ("a1")
  %t = memsched.node "op2" (%a1 : !memsched.buffer<100>) -> ("t" : !memsched.buffer<10>)
  %a2 = memsched.node "op3" mutates(%a1 : !memsched.buffer<100>) -> ("a2")
  %u = memsched.node "op4" (%t : !memsched.buffer<10>) -> ("u" : !memsched.buffer<1>)
  memsched.output %u, %a2 : !memsched.buffer<1>, !memsched.buffer<100>
}

// -----

// Mutating a resident input: the alias costs nothing and the input is still
// not counted.
// CHECK-LABEL: memsched.graph @mutate_resident: 1 nodes, 1 buffers, peak 0 bytes at step 0 "op0"
// CHECK-NEXT: resident "w"
// CHECK-NEXT: buffer "w1" node="op0" size_alloc=0 size_free=0 start=0 end=0 output readers=[]
memsched.graph @mutate_resident {
  %w = memsched.input "w" resident : tensor<64xf32>
  %w1 = memsched.node "op0" mutates(%w : tensor<64xf32>) -> ("w1")
  memsched.output %w1 : tensor<64xf32>
}

// -----

// Zero-size buffers: an empty tensor, a zero-byte buffer, a node with no
// buffers (Inductor's NoneLayout).
// CHECK-LABEL: memsched.graph @zero_size: 3 nodes, 2 buffers, peak 0 bytes at step 0 "op0"
// CHECK-NEXT: buffer "z" node="op0" size_alloc=0 size_free=0 start=0 end=1 readers=["op1"]
// CHECK-NEXT: buffer "y" node="op1" size_alloc=0 size_free=0 start=1 end=2 readers=["op2"]
// CHECK-NEXT: step 0 "op0" post_alloc=0 post_free=0
// CHECK-NEXT: step 1 "op1" post_alloc=0 post_free=0
// CHECK-NEXT: step 2 "op2" post_alloc=0 post_free=0
memsched.graph @zero_size {
  %z = memsched.node "op0" -> ("z" : tensor<0x4xf32>)
  %y = memsched.node "op1" (%z : tensor<0x4xf32>) -> ("y" : !memsched.buffer<0>)
  memsched.node "op2" (%y : !memsched.buffer<0>)
}

// -----

// Sizes from builtin types: elements x element bits, rounded up to bytes.
// CHECK-LABEL: memsched.graph @type_sizes:
// 3 x i1 = 3 bits -> 1 byte.
// CHECK: buffer "i1x3" node="op0" size_alloc=1 size_free=1
// 9 x i1 = 9 bits -> 2 bytes.
// CHECK: buffer "i1x9" node="op0" size_alloc=2 size_free=2
// 5 x i4 = 20 bits -> 3 bytes.
// CHECK: buffer "i4x5" node="op0" size_alloc=3 size_free=3
// 2 x 3 x i4 = 24 bits -> 3 bytes.
// CHECK: buffer "i4x2x3" node="op0" size_alloc=3 size_free=3
// 2 x 3 x f16 = 12 bytes.
// CHECK: buffer "f16x2x3" node="op0" size_alloc=12 size_free=12
// 4 x bf16 = 8 bytes.
// CHECK: buffer "bf16x4" node="op0" size_alloc=8 size_free=8
// 2 x index (64 bits) = 16 bytes.
// CHECK: buffer "indexx2" node="op0" size_alloc=16 size_free=16
// 2 x complex<f32> = 2 x 8 = 16 bytes.
// CHECK: buffer "c64x2" node="op0" size_alloc=16 size_free=16
// 3 x f8E4M3FN = 3 bytes.
// CHECK: buffer "f8x3" node="op0" size_alloc=3 size_free=3
// 1000 x 1000 x f32 = 4,000,000 bytes.
// CHECK: buffer "big" node="op0" size_alloc=4000000 size_free=4000000
// An override wins over the type: alloc from the type (16 bytes), free 0.
// CHECK: buffer "kept" node="op0" size_alloc=16 size_free=0
// Allocated at step 0: 1+2+3+3+12+8+16+16+3+4000000+16 = 4000080; all end at
// step 0 (no readers) and free 4000080 - 16 = 4000064, leaving 16.
// CHECK: step 0 "op0" post_alloc=4000080 post_free=16
memsched.graph @type_sizes {
  %0:11 = memsched.node "op0" -> ("i1x3" : tensor<3xi1>, "i1x9" : tensor<9xi1>, "i4x5" : memref<5xi4>, "i4x2x3" : tensor<2x3xi4>, "f16x2x3" : tensor<2x3xf16>, "bf16x4" : memref<4xbf16>, "indexx2" : memref<2xindex>, "c64x2" : tensor<2xcomplex<f32>>, "f8x3" : tensor<3xf8E4M3FN>, "big" : tensor<1000x1000xf32>, "kept" : tensor<4xf32> {size_free = 0})
}

// -----

// No nodes: the peak is 0 and there are no steps; a freeable input that is
// an output is still listed.
// CHECK-LABEL: memsched.graph @passthrough: 0 nodes, 1 buffers, peak 0 bytes, lower bound 0 bytes for any order (gap 0.00%){{$}}
// CHECK-NEXT: buffer "i" input size_alloc=24 size_free=24 output readers=[]
// REMARK: remark: peak memory 0 bytes (no nodes)
memsched.graph @passthrough {
  %i = memsched.input "i" freeable : memref<3xi64>
  memsched.output %i : memref<3xi64>
}

// -----

// The lower bound is for any order, the gap for this one: interleaved
// producer/consumer pairs peak at 200 here, while every node's own step
// needs only 100 (and running each consumer right after its producer
// reaches that).
// CHECK-LABEL: memsched.graph @gap: 4 nodes, 2 buffers, peak 200 bytes at step 1 "p1", lower bound 100 bytes for any order (gap 50.00%)
// REMARK: remark: peak memory 200 bytes at step 1 (node "p1")
memsched.graph @gap {
  %a = memsched.node "p0" -> ("a" : !memsched.buffer<100>)
  %b = memsched.node "p1" -> ("b" : !memsched.buffer<100>)
  memsched.node "c0" (%a : !memsched.buffer<100>)
  memsched.node "c1" (%b : !memsched.buffer<100>)
}
