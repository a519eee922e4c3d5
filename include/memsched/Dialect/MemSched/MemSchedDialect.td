//===- MemSchedDialect.td - memsched dialect definition ----*- tablegen -*-===//
//
// The memsched dialect: dataflow graphs of scheduler nodes and the buffers
// they produce and read, as a peak-memory planner sees them.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_DIALECT
#define MEMSCHED_DIALECT

include "mlir/IR/OpBase.td"

def MemSched_Dialect : Dialect {
  let name = "memsched";
  let summary = "scheduling graphs of nodes and buffers for peak-memory planning";
  let description = [{
    The `memsched` dialect models the input of a peak-memory scheduler: a
    graph (`memsched.graph`) whose body is the baseline order of its nodes
    (`memsched.node`), the graph inputs (`memsched.input`, freeable or
    resident) and the graph outputs (`memsched.output`). Each SSA value is a
    buffer; its size in bytes comes from its type (`!memsched.buffer<N>`,
    static `tensor` or `memref`) or from explicit `size_alloc`/`size_free`
    overrides. In-place mutation (`mutates`) creates zero-cost aliases and
    multi-output packing (`!memsched.packed` with `unpacks`) allocates once
    and frees part by part.

    ```mlir
    memsched.graph @g {
      %x = memsched.input "x" freeable : tensor<16xf32>
      %w = memsched.input "w" resident : tensor<16xf32>
      %a = memsched.node "op0" (%x, %w : tensor<16xf32>, tensor<16xf32>)
             -> ("buf0" : !memsched.buffer<128>)
      memsched.output %a : !memsched.buffer<128>
    }
    ```
  }];
  let cppNamespace = "::mlir::memsched";
  let useDefaultTypePrinterParser = 1;
  let useDefaultAttributePrinterParser = 1;
}

class MemSched_Op<string mnemonic, list<Trait> traits = []>
    : Op<MemSched_Dialect, mnemonic, traits>;

#endif // MEMSCHED_DIALECT
