//===- MemSchedOps.td - memsched operations ----------------*- tablegen -*-===//

#ifndef MEMSCHED_OPS
#define MEMSCHED_OPS

include "memsched/Dialect/MemSched/MemSchedDialect.td"
include "memsched/Dialect/MemSched/MemSchedTypes.td"
include "memsched/Interfaces/MemoryPlanOpInterface.td"
include "mlir/IR/OpAsmInterface.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/IR/RegionKindInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

// A name (of a node or a graph input) held in a StringAttr property. The
// property's setters (generic form, bytecode, setInherentAttr, builders)
// store a StringAttr or nothing, so the verifier only needs the name to be
// present: StrAttr's isa<StringAttr> check would load every name's storage,
// one cache miss per op and verification (a million of them on a
// million-node graph).
def MemSched_NameAttr : StringBasedAttr<CPred<"true">, "string attribute">;

// A node's buffer names: an ArrayAttr property (its setters store an
// ArrayAttr or nothing) that must hold one non-empty StringAttr per result,
// each name given once in the graph. StrArrayAttr's check of each element
// loads every buffer name's storage, a cache miss per buffer in the body's
// order: after a pass has reordered a million nodes, a profile put it at
// about 0.1 s of each verification. GraphOp::verifyRegions checks all of it
// instead, while it goes through the names for its duplicate check; it loads
// the names in the order of their addresses. Nodes exist only inside graphs
// (HasParent), so a verified module has had every node's names checked.
def MemSched_NameArrayAttr
    : ArrayAttrBase<CPred<"true">, "string array attribute">;

def MemSched_GraphOp : MemSched_Op<"graph", [
    Symbol, IsolatedFromAbove,
    SingleBlockImplicitTerminator<"OutputOp">]> {
  let summary = "a scheduling graph whose body is the baseline order";
  let description = [{
    Holds one dataflow graph. Its single block lists graph inputs
    (`memsched.input`), then nodes (`memsched.node`) in their baseline
    order, and ends with `memsched.output` naming the buffers that must
    survive the graph. SSA dominance guarantees that the baseline order is a
    valid schedule. A module may hold several graphs; their names are
    symbols.

    Only `memsched.input`, `memsched.node` and `memsched.output` may appear
    in the body. Node names must be unique within a graph, and buffer names
    (results of nodes and inputs) too.

    ```mlir
    memsched.graph @g {
      %x = memsched.input "x" freeable : tensor<16xf32>
      %a = memsched.node "op0" (%x : tensor<16xf32>) -> ("buf0" : tensor<16xf32>)
      memsched.output %a : tensor<16xf32>
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "$sym_name attr-dict-with-keyword $body";
  let hasRegionVerifier = 1;
  let skipDefaultBuilders = 1;
  let builders = [OpBuilder<(ins "::llvm::StringRef":$name)>];
  let extraClassDeclaration = [{
    /// The body block.
    ::mlir::Block &getBodyBlock() { return getBody().front(); }
    /// The terminator listing the graph outputs.
    OutputOp getOutputOp();
  }];
}

def MemSched_InputOp : MemSched_Op<"input", [HasParent<"GraphOp">,
    DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmResultNames"]>]> {
  let summary = "a buffer that exists before the graph starts";
  let description = [{
    A graph input. A `freeable` input (an activation handed in from
    elsewhere) counts in memory from step 0 until its last reader has run.
    A `resident` input (a parameter, anything the graph must not free) is
    not counted at all. The size comes from the result type, or from the
    optional `size_alloc`/`size_free` attributes, which override it.

    ```mlir
    %x = memsched.input "arg0_1" freeable : tensor<64x64xf32>
    %w = memsched.input "primals_1" resident : tensor<64x64xf32>
    %y = memsched.input "y" freeable {size_alloc = 16 : i64, size_free = 16 : i64} : i32
    ```
  }];
  let arguments = (ins MemSched_NameAttr:$buffer_name, MemSched_InputKindAttr:$kind,
                       OptionalAttr<I64Attr>:$size_alloc,
                       OptionalAttr<I64Attr>:$size_free);
  let results = (outs AnyType:$result);
  // The name goes through a custom directive that prints it as a string
  // (see printName in MemSchedOps.cpp).
  let assemblyFormat =
      "custom<Name>($buffer_name) `` $kind attr-dict `:` type($result)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    bool isResident() { return getKind() == InputKind::resident; }
  }];
}

def MemSched_NodeOp : MemSched_Op<"node", [
    HasParent<"GraphOp">,
    DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmResultNames"]>,
    DeclareOpInterfaceMethods<MemSched_MemoryPlanOpInterface, [
        "getAliasedOperand", "isPackedAllocation", "getPackedOperand"]>]> {
  let summary = "a scheduler node that reads and produces buffers";
  let description = [{
    One schedulable unit (an Inductor scheduler node, possibly several fused
    kernels). Its position in the graph body is its baseline position.

    - `(...)`: the buffers the node reads.
    - `mutates(...)`: buffers the node updates in place. For each one the
      node yields an alias (listed first among the results, by name only,
      with the mutated buffer's type): a zero-cost rename whose readers keep
      the original buffer alive; along a chain of aliases, readers of every
      alias count as readers of the first buffer, and if any alias is a graph
      output the first buffer lives to the end. Mutating implies reading.
    - `unpacks(...)`: a `!memsched.packed` buffer this node extracts parts
      from; every new result of the node is then a part of it (allocates
      nothing, frees its own size when it dies). Unpacking implies reading.
    - `after [...]`: names of earlier nodes this one must run after without
      reading their buffers (an ordering-only dependency: it constrains the
      order but never extends a buffer's life).
    - `-> (...)`: the node's buffers, each a name and, for new buffers, a
      type and optional `{size_alloc = N, size_free = M}` overrides.

    ```mlir
    %a1, %b = memsched.node "op3_op4" (%x : tensor<4xf32>)
                mutates(%a : !memsched.buffer<64>) after ["op1"]
                -> ("buf3", "buf4" : tensor<8xi4> {size_free = 0})
    ```

    Syntax:

    ```
    operation ::= `memsched.node` $node_name (`(` $reads `:` type($reads) `)`)?
                  (`mutates` `(` $mutates `:` type($mutates) `)`)?
                  (`unpacks` `(` $unpacks `)`)? (`after` $after)? attr-dict
                  (`->` `(` result (`,` result)* `)`)?
    result    ::= string-literal                        // an alias: name only
                | string-literal `:` type attr-dict?    // a new buffer
    ```

    In the generic form the operands are the reads, then the mutated
    buffers, then the unpacked allocation if any, split by two integer
    properties, `num_reads` and `num_mutates` (both default to 0); the
    first `num_mutates` results are the aliases, the rest the new buffers:

    ```mlir
    %a1, %b = "memsched.node"(%x, %a) <{node_name = "op3", num_reads = 1 : i32,
        num_mutates = 1 : i32, buffer_names = ["buf3", "buf4"]}>
        : (tensor<4xf32>, tensor<8xf32>) -> (tensor<8xf32>, tensor<2xf32>)
    ```
  }];
  // The groups (see the description) are split by two plain integers
  // rather than the AttrSized*Segments traits, whose verifiers build a
  // DenseI32ArrayAttr from the properties of every op, twice: 0.15-0.2 s at
  // each verification of a million-node graph.
  let arguments = (ins MemSched_NameAttr:$node_name,
                       Variadic<AnyType>:$operands,
                       DefaultValuedProp<I32Prop, "0">:$num_reads,
                       DefaultValuedProp<I32Prop, "0">:$num_mutates,
                       OptionalAttr<StrArrayAttr>:$after,
                       MemSched_NameArrayAttr:$buffer_names,
                       OptionalAttr<DictArrayAttr>:$buffer_attrs);
  let results = (outs Variadic<AnyType>:$results);
  let skipDefaultBuilders = 1;
  let builders = [OpBuilder<(ins "::mlir::TypeRange":$aliasTypes,
      "::mlir::TypeRange":$bufferTypes, "::llvm::StringRef":$nodeName,
      "::mlir::ValueRange":$reads, "::mlir::ValueRange":$mutates,
      "::mlir::Value":$unpacks, "::mlir::ArrayAttr":$after,
      "::mlir::ArrayAttr":$bufferNames, "::mlir::ArrayAttr":$bufferAttrs)>];
  // The syntax (in the description) is parsed and printed by hand
  // (MemSchedOps.cpp) rather than by an assemblyFormat. The generated printer would materialise every node's inherent
  // attributes as a new, uniqued DictionaryAttr only to elide them all: on
  // a million-node graph that is a second of printing and ~150 MB that the
  // context keeps until exit.
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// The buffers the node reads (the first num_reads operands).
    ::mlir::Operation::operand_range getReads();
    /// The buffers it mutates in place (the next num_mutates operands).
    /// The mutable ranges can change operands, not the number of them: the
    /// groups' sizes are the num_reads and num_mutates properties.
    ::mlir::Operation::operand_range getMutates();
    ::mlir::MutableOperandRange getMutatesMutable();
    /// The packed allocation it unpacks (the operand after those), or null.
    ::mlir::Value getUnpacks();
    ::mlir::MutableOperandRange getUnpacksMutable();
    /// One alias per mutated buffer (the first num_mutates results).
    ::mlir::Operation::result_range getAliases();
    /// The buffers it makes (the remaining results).
    ::mlir::Operation::result_range getBuffers();
    /// The name of result `i` (aliases first, then new buffers).
    ::llvm::StringRef getResultName(unsigned i);
    /// The override dictionary of new buffer `i`, null when it has none.
    ::mlir::DictionaryAttr getBufferAttrDict(unsigned i);
    /// Adds to `sum` what the parts this node unpacks free (each part's
    /// size_free override or its type's size); fails with an error on this
    /// op if a size is missing or the sum exceeds 2^63-1 bytes.
    ::llvm::LogicalResult addPartSizes(uint64_t &sum);
  }];
}

def MemSched_OutputOp : MemSched_Op<"output", [
    Terminator, HasParent<"GraphOp">, Pure]> {
  let summary = "the buffers that must survive the graph";
  let description = [{
    Terminates a graph and lists its outputs: node buffers, aliases or
    freeable inputs that stay live through the last step. Listing a resident
    input is allowed and has no effect.

    ```mlir
    memsched.output %a, %x : tensor<4xf32>, tensor<16xf32>
    ```
  }];
  let arguments = (ins Variadic<AnyType>:$outputs);
  let assemblyFormat = "attr-dict ($outputs^ `:` type($outputs))?";
  let builders = [OpBuilder<(ins), [{
    build($_builder, $_state, ::mlir::ValueRange());
  }]>];
}

#endif // MEMSCHED_OPS
