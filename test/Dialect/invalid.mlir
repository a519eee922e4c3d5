// One case per verifier (and custom parser) error of the memsched dialect,
// and the MLIR checks (isolation, dominance) that the dialect relies on.
// RUN: memsched-opt %s -split-input-file -verify-diagnostics

// Sizes are non-negative.
memsched.graph @negative_buffer_size {
  // expected-error @below {{buffer size must be non-negative, got -5}}
  %a = memsched.node "op0" -> ("buf0" : !memsched.buffer<-5>)
}

// -----

// Graph inputs are memsched.input ops, not block arguments.
// expected-error @below {{body must have no block arguments}}
memsched.graph @block_args {
^bb0(%arg0: i32):
  memsched.output
}

// -----

// Only memsched ops belong in a graph body.
memsched.graph @foreign_op {
  // expected-error @below {{is not allowed in a memsched.graph body}}
  %c = arith.constant 0 : i32
}

// -----

// A node may read only buffers: results of memsched.input or memsched.node
// of its graph. A value of another op in the body is reported at that op.
memsched.graph @read_non_buffer {
  // expected-error @below {{is not allowed in a memsched.graph body}}
  %c = arith.constant 0 : i32
  memsched.node "op0" (%c : i32)
}

// -----

// A value from outside the graph breaks its isolation.
%c = arith.constant 0 : i32
// expected-note @below {{required by region isolation constraints}}
memsched.graph @read_outside_graph {
  // expected-error @below {{using value defined outside the region}}
  memsched.node "op0" (%c : i32)
}

// -----

// A node may read only buffers that are visible (defined earlier).
memsched.graph @read_not_visible {
  // expected-error @below {{operand #0 does not dominate this use}}
  memsched.node "op0" (%b : !memsched.buffer<4>)
  // expected-note @below {{operand defined here}}
  %b = memsched.node "op1" -> ("buf1" : !memsched.buffer<4>)
}

// -----

// Nodes live in graphs.
func.func @node_outside_graph() {
  // expected-error @below {{expects parent op 'memsched.graph'}}
  memsched.node "op0"
  return
}

// -----

memsched.graph @duplicate_node {
  // expected-note @below {{previously defined here}}
  memsched.node "op0"
  // expected-error @below {{duplicate node name 'op0'}}
  memsched.node "op0"
}

// -----

// Buffer names are unique across inputs and node buffers.
memsched.graph @duplicate_buffer {
  // expected-note @below {{previously defined here}}
  %x = memsched.input "buf0" freeable : tensor<4xf32>
  // expected-error @below {{duplicate buffer name 'buf0'}}
  %a = memsched.node "op0" -> ("buf0" : tensor<4xf32>)
}

// -----

memsched.graph @duplicate_result_name {
  // expected-note @below {{previously defined here}}
  // expected-error @below {{duplicate buffer name 'buf0'}}
  %a, %b = memsched.node "op0" -> ("buf0" : tensor<4xf32>, "buf0" : tensor<4xf32>)
}

// -----

// An ordering-only dependency must name an earlier node, so that the body
// order stays a valid schedule and no cycle can form.
memsched.graph @after_later_node {
  // expected-error @below {{ordering dependency on 'op1', which is not a node earlier in the graph}}
  memsched.node "op0" after ["op1"]
  memsched.node "op1"
}

// -----

memsched.graph @after_unknown_node {
  // expected-error @below {{ordering dependency on 'nope', which is not a node earlier in the graph}}
  memsched.node "op0" after ["nope"]
}

// -----

memsched.graph @after_self {
  // expected-error @below {{ordering dependency on 'op0', which is not a node earlier in the graph}}
  memsched.node "op0" after ["op0"]
}

// -----

memsched.graph @empty_input_name {
  // expected-error @below {{buffer name must not be empty}}
  %x = memsched.input "" freeable : tensor<4xf32>
}

// -----

memsched.graph @empty_node_name {
  // expected-error @below {{node name must not be empty}}
  memsched.node ""
}

// -----

memsched.graph @empty_result_name {
  // expected-error @below {{buffer names must not be empty}}
  %a = memsched.node "op0" -> ("" : tensor<4xf32>)
}

// -----

memsched.graph @packed_input {
  // expected-error @below {{a graph input cannot be a packed allocation}}
  %x = memsched.input "x" freeable : !memsched.packed
}

// -----

memsched.graph @negative_input_override {
  // expected-error @below {{buffer 'x': size_alloc must be non-negative, got -1}}
  %x = memsched.input "x" freeable {size_alloc = -1} : tensor<4xf32>
}

// -----

memsched.graph @mistyped_input_override {
  // expected-error @below {{'memsched.input' op attribute 'size_free' failed to satisfy constraint: 64-bit signless integer attribute}}
  %x = memsched.input "x" freeable {size_free = 1.0 : f32} : tensor<4xf32>
}

// -----

// A dynamic shape has no size unless one is given explicitly.
memsched.graph @dynamic_input {
  // expected-error @below {{buffer 'x': type 'tensor<?xf32>' has a dynamic shape and no explicit size}}
  %x = memsched.input "x" freeable : tensor<?xf32>
}

// -----

// Overriding only one of the two sizes is not enough for an unsized type.
memsched.graph @unsized_input {
  // expected-error @below {{buffer 'x': cannot derive a byte size from type 'i32'}}
  %x = memsched.input "x" freeable {size_alloc = 4} : i32
}

// -----

memsched.graph @unsized_element {
  // expected-error @below {{cannot derive a byte size from element type '!memsched.buffer<4>'}}
  %x = memsched.input "x" freeable : tensor<2x!memsched.buffer<4>>
}

// -----

memsched.graph @size_overflow {
  // expected-error @below {{size of 'tensor<4611686018427387904x16xf32>' overflows 2^63-1 bytes}}
  %x = memsched.input "x" freeable : tensor<4611686018427387904x16xf32>
}

// -----

memsched.graph @dynamic_node_buffer {
  // expected-error @below {{buffer 'buf0': type 'memref<4x?xi8>' has a dynamic shape and no explicit size}}
  %a = memsched.node "op0" -> ("buf0" : memref<4x?xi8>)
}

// -----

memsched.graph @negative_node_override {
  // expected-error @below {{buffer 'buf0': size_free must be non-negative, got -8}}
  %a = memsched.node "op0" -> ("buf0" : tensor<4xf32> {size_free = -8})
}

// -----

memsched.graph @mistyped_node_override {
  // expected-error @below {{buffer 'buf0': size_alloc must be an i64 integer}}
  %a = memsched.node "op0" -> ("buf0" : tensor<4xf32> {size_alloc = "big"})
}

// -----

memsched.graph @unknown_override {
  // expected-error @below {{buffer 'buf0': unknown attribute 'size' (expected size_alloc or size_free)}}
  %a = memsched.node "op0" -> ("buf0" : tensor<4xf32> {size = 4})
}

// -----

// Aliases are zero-cost renames of buffers; a packed allocation is freed
// through its parts, so it cannot be renamed.
memsched.graph @mutate_packed {
  %p = memsched.node "op0" -> ("buf0" : !memsched.packed)
  // expected-error @below {{cannot mutate a packed allocation in place}}
  %p1 = memsched.node "op1" mutates(%p : !memsched.packed) -> ("buf1")
}

// -----

memsched.graph @mutate_twice {
  %a = memsched.node "op0" -> ("buf0" : tensor<4xf32>)
  // expected-error @below {{mutates the same buffer twice}}
  %a1, %a2 = memsched.node "op1" mutates(%a, %a : tensor<4xf32>, tensor<4xf32>) -> ("buf1", "buf2")
}

// -----

memsched.graph @alias_type_mismatch {
  %a = memsched.node "op0" -> ("buf0" : tensor<4xf32>)
  // expected-error @below {{alias 'buf1' has type 'tensor<8xf32>' but the buffer it aliases has type 'tensor<4xf32>'}}
  %a1 = "memsched.node"(%a) <{buffer_names = ["buf1"], node_name = "op1", num_mutates = 1 : i32}> : (tensor<4xf32>) -> tensor<8xf32>
}

// -----

memsched.graph @alias_count_mismatch {
  %a = memsched.node "op0" -> ("buf0" : tensor<4xf32>)
  // expected-error @below {{mutates 1 buffer(s) but has only 0 result(s); its first results are one alias per mutated buffer}}
  "memsched.node"(%a) <{buffer_names = [], node_name = "op1", num_mutates = 1 : i32}> : (tensor<4xf32>) -> ()
}

// -----

memsched.graph @operand_counts_too_large {
  %a = memsched.node "op0" -> ("buf0" : tensor<4xf32>)
  // expected-error @below {{num_reads (1) and num_mutates (1) must be non-negative and fit in its 1 operand(s)}}
  %b = "memsched.node"(%a) <{buffer_names = ["buf1"], node_name = "op1", num_reads = 1 : i32, num_mutates = 1 : i32}> : (tensor<4xf32>) -> tensor<4xf32>
}

// -----

memsched.graph @operand_counts_negative {
  %a = memsched.node "op0" -> ("buf0" : tensor<4xf32>)
  // expected-error @below {{num_reads (-1) and num_mutates (0) must be non-negative and fit in its 1 operand(s)}}
  "memsched.node"(%a) <{buffer_names = [], node_name = "op1", num_reads = -1 : i32}> : (tensor<4xf32>) -> ()
}

// -----

memsched.graph @operands_beyond_groups {
  %a = memsched.node "op0" -> ("buf0" : tensor<4xf32>)
  // expected-error @below {{has 2 operands after its reads and mutated buffers; only one, the packed allocation it unpacks, is allowed}}
  "memsched.node"(%a, %a) <{buffer_names = [], node_name = "op1"}> : (tensor<4xf32>, tensor<4xf32>) -> ()
}

// -----

memsched.graph @unpacks_not_packed {
  %a = memsched.node "op0" -> ("buf0" : tensor<4xf32>)
  // expected-error @below {{unpacks an operand of type 'tensor<4xf32>'; expected !memsched.packed}}
  "memsched.node"(%a) <{buffer_names = [], node_name = "op1"}> : (tensor<4xf32>) -> ()
}

// -----

memsched.graph @name_count_mismatch {
  // expected-error @below {{has 1 results but 2 buffer names}}
  %b = "memsched.node"() <{buffer_names = ["buf0", "buf1"], node_name = "op0"}> : () -> tensor<8xf32>
}

// -----

// Buffer names are strings; the graph's verifier checks them, after the
// nodes' own checks (which name such a buffer by its number).
memsched.graph @buffer_name_not_a_string {
  %x = memsched.input "x" freeable : tensor<4xf32>
  %a = memsched.node "op0" (%x : tensor<4xf32>) -> ("a" : tensor<4xf32>)
  // expected-error @below {{buffer name #1 must be a string, got 3 : i32}}
  %b, %c = "memsched.node"(%a) <{buffer_names = ["b", 3 : i32], node_name = "op1", num_reads = 1 : i32}> : (tensor<4xf32>) -> (tensor<8xf32>, tensor<8xf32>)
}

// -----

memsched.graph @unsized_buffer_name_not_a_string {
  // expected-error @below {{buffer #0: type 'tensor<?xf32>' has a dynamic shape and no explicit size}}
  %b = "memsched.node"() <{buffer_names = [3 : i32], node_name = "op0"}> : () -> tensor<?xf32>
}

// -----

memsched.graph @attrs_count_mismatch {
  // expected-error @below {{has 1 new buffers but 2 buffer_attrs entries}}
  %b = "memsched.node"() <{buffer_attrs = [{}, {}], buffer_names = ["buf0"], node_name = "op0"}> : () -> tensor<8xf32>
}

// -----

memsched.graph @packed_part {
  %p = memsched.node "op0" -> ("buf0" : !memsched.packed)
  // expected-error @below {{buffer 'buf1': a part of a packed allocation cannot itself be packed}}
  %q = memsched.node "op1" unpacks(%p) -> ("buf1" : !memsched.packed)
}

// -----

memsched.graph @unpack_non_packed {
  // expected-note @below {{prior use here}}
  %a = memsched.node "op0" -> ("buf0" : tensor<4xf32>)
  // expected-error @below {{use of value '%a' expects different type than prior uses: '!memsched.packed' vs 'tensor<4xf32>'}}
  %q = memsched.node "op1" unpacks(%a) -> ("buf1" : tensor<4xf32>)
}

// -----

memsched.graph @alias_with_type {
  %a = memsched.node "op0" -> ("buf0" : tensor<4xf32>)
  // expected-error @below {{the first 1 result(s) are aliases of the mutated buffers and take their types}}
  %a1 = memsched.node "op1" mutates(%a : tensor<4xf32>) -> ("buf1" : tensor<4xf32>)
}

// -----

memsched.graph @alias_missing {
  %a = memsched.node "op0" -> ("buf0" : tensor<4xf32>)
  // expected-error @below {{the node mutates 1 buffer(s) and must name an alias for each in its results}}
  memsched.node "op1" mutates(%a : tensor<4xf32>)
}

// -----

// Only buffers of the graph can be mutated in place.
%c = arith.constant 0 : i32
// expected-note @below {{required by region isolation constraints}}
memsched.graph @alias_of_non_buffer {
  // expected-error @below {{using value defined outside the region}}
  %c1 = memsched.node "op0" mutates(%c : i32) -> ("c1")
}

// -----

// Names are strings: the generic form cannot give a node another kind of
// attribute (the verifier relies on it and only checks that a name exists).
memsched.graph @node_name_not_a_string {
  // expected-error @below {{Invalid attribute `node_name` in property conversion: 3 : i32}}
  "memsched.node"() <{buffer_names = [], node_name = 3 : i32}> : () -> ()
}

// -----

// The same for a graph input's buffer name.
memsched.graph @input_name_not_a_string {
  // expected-error @below {{Invalid attribute `buffer_name` in property conversion: 3 : i32}}
  %x = "memsched.input"() <{buffer_name = 3 : i32, kind = #memsched<input_kind freeable>}> : () -> tensor<4xf32>
}

// -----

// In an attribute dictionary (the generic form without properties) a name of
// another kind is not stored, so the node has no name.
memsched.graph @node_name_not_a_string_in_dictionary {
  // expected-error @below {{requires attribute 'node_name'}}
  "memsched.node"() {buffer_names = [], node_name = 3 : i32} : () -> ()
}
