//===- MemoryPlanOpInterface.td - Buffers for the planner --*- tablegen -*-===//
//
// What a peak-memory planner must know about an op to schedule it among
// others: how many bytes each result takes and gives back, which results are
// in-place aliases of operands, and which take part in a packed allocation.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_INTERFACES_MEMORYPLANOPINTERFACE
#define MEMSCHED_INTERFACES_MEMORYPLANOPINTERFACE

include "mlir/IR/OpBase.td"

def MemSched_MemoryPlanOpInterface : OpInterface<"MemoryPlanOpInterface"> {
  let cppNamespace = "::mlir::memsched";
  let description = [{
    An op implementing this interface tells the peak-memory planner how its
    results occupy memory, in the terms of memsched's model: a result is a
    buffer that takes `size_alloc` bytes from the step its op runs and gives
    back `size_free` bytes after its last reader has run (or never, if it is
    a graph output). Reading a buffer means using it as an operand.

    - Sizes (`getResultMemory`) are final: the planner uses them as they are.
      An in-place alias takes nothing (0, 0). A packed allocation takes the
      sum of its parts and frees nothing (sum, 0); each part takes nothing
      and frees its own size (0, size).
    - In place (`getAliasedOperand`): a result that is the operand's buffer
      updated in place. Whoever reads the alias also keeps the aliased buffer
      (the first buffer of the chain) alive; if the alias outlives the graph,
      so does that buffer.
    - Packing (`isPackedAllocation`, `getPackedOperand`): one allocation made
      by one op and split into parts by the ops that unpack it; an unpacking
      op reads the packed operand.

    `memsched.node` implements it; ops of other dialects can through an
    external model, so that a planner over arbitrary ops can size them.

    ```c++
    if (auto op = dyn_cast<MemoryPlanOpInterface>(operation))
      for (unsigned i = 0; i < operation->getNumResults(); ++i) {
        FailureOr<ResultMemory> mem = op.getResultMemory(i);
        if (failed(mem))
          return failure(); // already reported on the op
        OpOperand *inPlaceOf = op.getAliasedOperand(i); // null if none
      }
    ```
  }];
  let methods = [
    InterfaceMethod<
      /*desc=*/[{
        Returns the bytes result `index` takes when its op runs (`sizeAlloc`)
        and gives back when it dies (`sizeFree`), both at most 2^63-1. On
        failure (a size that cannot be derived or overflows) an error has
        been emitted on the op.
      }],
      /*retTy=*/"::mlir::FailureOr<::mlir::memsched::ResultMemory>",
      /*methodName=*/"getResultMemory",
      /*args=*/(ins "unsigned":$index)>,
    InterfaceMethod<
      /*desc=*/[{
        Returns the operand whose buffer result `index` updates in place, or
        null if the result is a buffer of its own. Ops without aliases need not
        implement it (the default returns null).
      }],
      /*retTy=*/"::mlir::OpOperand *",
      /*methodName=*/"getAliasedOperand",
      /*args=*/(ins "unsigned":$index),
      /*methodBody=*/"",
      /*defaultImplementation=*/[{ return nullptr; }]>,
    InterfaceMethod<
      /*desc=*/[{
        Returns true if result `index` is a packed allocation that other ops
        split into parts. Ops without packing need not implement it (the
        default returns false).
      }],
      /*retTy=*/"bool",
      /*methodName=*/"isPackedAllocation",
      /*args=*/(ins "unsigned":$index),
      /*methodBody=*/"",
      /*defaultImplementation=*/[{ return false; }]>,
    InterfaceMethod<
      /*desc=*/[{
        Returns the operand holding the packed allocation that result
        `index` is a part of, or null if the result is not a part. Ops without
        packing need not implement it (the default returns null).
      }],
      /*retTy=*/"::mlir::OpOperand *",
      /*methodName=*/"getPackedOperand",
      /*args=*/(ins "unsigned":$index),
      /*methodBody=*/"",
      /*defaultImplementation=*/[{ return nullptr; }]>,
  ];
}

#endif // MEMSCHED_INTERFACES_MEMORYPLANOPINTERFACE
