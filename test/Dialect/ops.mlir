// Round trip of every memsched op, type and attribute: custom form, the
// generic form and bytecode must print back identically.
// RUN: memsched-opt %s | memsched-opt | FileCheck %s
// RUN: memsched-opt %s --mlir-print-op-generic | memsched-opt | FileCheck %s
// RUN: memsched-opt %s --emit-bytecode | memsched-opt | FileCheck %s

// A plain graph: freeable and resident inputs, sizes from tensor, memref and
// !memsched.buffer types, an output.
// CHECK-LABEL: memsched.graph @plain {
// CHECK-NEXT: %[[X:.*]] = memsched.input "x" freeable : tensor<16xf32>
// CHECK-NEXT: %[[W:.*]] = memsched.input "w" resident : memref<4x4xf16>
// CHECK-NEXT: %[[A:.*]] = memsched.node "op0"(%[[X]], %[[W]] : tensor<16xf32>, memref<4x4xf16>) -> ("buf0" : !memsched.buffer<128>)
// CHECK-NEXT: memsched.output %[[A]] : !memsched.buffer<128>
// CHECK-NEXT: }
memsched.graph @plain {
  %x = memsched.input "x" freeable : tensor<16xf32>
  %w = memsched.input "w" resident : memref<4x4xf16>
  %a = memsched.node "op0" (%x, %w : tensor<16xf32>, memref<4x4xf16>) -> ("buf0" : !memsched.buffer<128>)
  memsched.output %a : !memsched.buffer<128>
}

// Node names with Inductor's fused spelling, several results, a node with
// no results, an input with explicit size overrides on an unsized type, and
// per-buffer overrides on node results.
// CHECK-LABEL: memsched.graph @fused {
// CHECK-NEXT: %[[Y:.*]] = memsched.input "y" freeable {size_alloc = 16 : i64, size_free = 8 : i64} : i32
// CHECK-NEXT: %[[B3:.*]], %[[B4:.*]] = memsched.node "op3_op4"(%[[Y]] : i32) -> ("buf3" : tensor<2x3xi4>, "buf4" : !memsched.buffer<64> {size_alloc = 0 : i64, size_free = 64 : i64})
// CHECK-NEXT: memsched.node "op5"(%[[B3]], %[[B4]] : tensor<2x3xi4>, !memsched.buffer<64>){{$}}
// CHECK-NEXT: memsched.output %[[B4]] : !memsched.buffer<64>
memsched.graph @fused {
  %y = memsched.input "y" freeable {size_alloc = 16, size_free = 8} : i32
  %b3, %b4 = memsched.node "op3_op4" (%y : i32) -> ("buf3" : tensor<2x3xi4>, "buf4" : !memsched.buffer<64> {size_alloc = 0, size_free = 64})
  memsched.node "op5" (%b3, %b4 : tensor<2x3xi4>, !memsched.buffer<64>)
  memsched.output %b4 : !memsched.buffer<64>
}

// In-place mutation (aliases named first, typed like the mutated buffer),
// multi-output packing, ordering-only dependencies.
// CHECK-LABEL: memsched.graph @special {
// CHECK: %[[A:.*]] = memsched.node "op0" -> ("buf0" : tensor<4xf32>)
// CHECK-NEXT: %[[A1:.*]], %[[C:.*]] = memsched.node "op1" mutates(%[[A]] : tensor<4xf32>) -> ("buf1", "buf2" : tensor<8xi1>)
// CHECK-NEXT: %[[P:.*]] = memsched.node "op2"(%[[C]] : tensor<8xi1>) -> ("buf3" : !memsched.packed)
// CHECK-NEXT: %[[Q:.*]] = memsched.node "op3" unpacks(%[[P]]) -> ("buf4" : tensor<4xf32>)
// CHECK-NEXT: memsched.node "op4"(%[[Q]] : tensor<4xf32>) mutates(%[[A1]] : tensor<4xf32>) unpacks(%[[P]]) after ["op0", "op1"] -> ("buf5", "buf6" : tensor<2xf32>)
// CHECK-NEXT: memsched.output %[[A1]] : tensor<4xf32>
memsched.graph @special {
  %a = memsched.node "op0" -> ("buf0" : tensor<4xf32>)
  %a1, %c = memsched.node "op1" mutates(%a : tensor<4xf32>) -> ("buf1", "buf2" : tensor<8xi1>)
  %p = memsched.node "op2" (%c : tensor<8xi1>) -> ("buf3" : !memsched.packed)
  %q = memsched.node "op3" unpacks(%p) -> ("buf4" : tensor<4xf32>)
  %a2, %r = memsched.node "op4" (%q : tensor<4xf32>) mutates(%a1 : tensor<4xf32>) unpacks(%p) after ["op0", "op1"] -> ("buf5", "buf6" : tensor<2xf32>)
  memsched.output %a1 : tensor<4xf32>
}

// A graph with no nodes and no outputs: the terminator is implicit.
// CHECK-LABEL: memsched.graph @empty {
// CHECK-NEXT: }
memsched.graph @empty {
}

// A graph with inputs and outputs but no nodes; attributes on the graph.
// CHECK-LABEL: memsched.graph @passthrough attributes {origin = "test"} {
// CHECK-NEXT: %[[I:.*]] = memsched.input "i" freeable : memref<3xi64>
// CHECK-NEXT: memsched.output %[[I]] : memref<3xi64>
memsched.graph @passthrough attributes {origin = "test"} {
  %i = memsched.input "i" freeable : memref<3xi64>
  memsched.output %i : memref<3xi64>
}

// Discardable attributes of a node print in its attribute dictionary, before
// its results; the inherent ones (name, after, buffer names and overrides)
// never appear there.
// CHECK-LABEL: memsched.graph @discardable {
// CHECK-NEXT: %[[A:.*]] = memsched.node "op0" {tag = "t"} -> ("buf0" : !memsched.buffer<8>)
// CHECK-NEXT: memsched.node "op1"(%[[A]] : !memsched.buffer<8>) after ["op0"] {memsched.note, weight = 2 : i32}{{$}}
memsched.graph @discardable {
  %a = memsched.node "op0" {tag = "t"} -> ("buf0" : !memsched.buffer<8>)
  memsched.node "op1" (%a : !memsched.buffer<8>) after ["op0"] {weight = 2 : i32, memsched.note}
}

// Names are printed as escaped strings (quotes, backslashes, non-printable
// bytes), the same text the attribute printer gives, and read back as the
// same names.
// CHECK-LABEL: memsched.graph @escaped_names {
// CHECK-NEXT: %{{.*}} = memsched.input "in\22q" freeable : !memsched.buffer<8>
// CHECK-NEXT: memsched.node "op\\0\0A"(%{{.*}} : !memsched.buffer<8>) -> ("b\09uf" : !memsched.buffer<8>)
memsched.graph @escaped_names {
  %i = memsched.input "in\"q" freeable : !memsched.buffer<8>
  %b = memsched.node "op\\0\n"(%i : !memsched.buffer<8>) -> ("b\tuf" : !memsched.buffer<8>)
}
