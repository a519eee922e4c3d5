//===- MemSchedTypes.td - memsched types and attributes ----*- tablegen -*-===//

#ifndef MEMSCHED_TYPES
#define MEMSCHED_TYPES

include "memsched/Dialect/MemSched/MemSchedDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"

class MemSched_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<MemSched_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

def MemSched_BufferType : MemSched_Type<"Buffer", "buffer"> {
  let summary = "an opaque buffer of a fixed number of bytes";
  let description = [{
    A buffer whose only property the planner needs is its size in bytes:
    both `size_alloc` and `size_free` equal `size` unless the op overrides
    them. The size must be non-negative.

    ```mlir
    %b = memsched.node "op0" -> ("buf0" : !memsched.buffer<4096>)
    ```
  }];
  let parameters = (ins "int64_t":$size);
  let assemblyFormat = "`<` $size `>`";
  let genVerifyDecl = 1;
}

def MemSched_PackedType : MemSched_Type<"Packed", "packed"> {
  let summary = "a packed allocation later split into parts";
  let description = [{
    The result of a multi-output node: one allocation whose `size_alloc` is
    the sum of the sizes of its parts and whose `size_free` is 0. Each part
    is produced by a node that `unpacks` the packed buffer; a part takes no
    new memory (`size_alloc` = 0) and gives its own size back when it dies
    (`size_free` = its size).

    ```mlir
    %p = memsched.node "op3" (%x : tensor<8xf32>) -> ("buf3" : !memsched.packed)
    %q = memsched.node "op4" unpacks(%p) -> ("buf4" : tensor<4xf32>)
    ```
  }];
}

def MemSched_InputKind : I32EnumAttr<"InputKind", "kind of graph input", [
    I32EnumAttrCase<"freeable", 0>,
    I32EnumAttrCase<"resident", 1>
  ]> {
  let cppNamespace = "::mlir::memsched";
  let genSpecializedAttr = 0;
}

def MemSched_InputKindAttr : EnumAttr<MemSched_Dialect, MemSched_InputKind,
                                      "input_kind"> {
  let summary = "whether a graph input is freeable or resident";
  let assemblyFormat = "$value";
}

#endif // MEMSCHED_TYPES
