//===- Passes.td - memsched passes -------------------------*- tablegen -*-===//

#ifndef MEMSCHED_PASSES
#define MEMSCHED_PASSES

include "mlir/Pass/PassBase.td"

def MemSchedPrintLiveness : Pass<"memsched-print-liveness"> {
  let summary = "print buffer sizes, lifetimes, the memory timeline and the peak";
  let description = [{
    For every `memsched.graph` nested in the operation it runs on, computes
    the memory model of the current op order (see `MemoryLiveness`) and
    prints it to standard output, one fact per line: each resident input,
    each counted buffer with its `size_alloc`, `size_free`, start and end
    step, output flag and readers, then each step's `post_alloc` and
    `post_free`. It also emits a remark on each graph with its peak. The IR
    is not changed.

    ```
    memsched.graph @g: 2 nodes, 2 buffers, peak 192 bytes at step 1 "op1"
      buffer "buf0" node="op0" size_alloc=64 size_free=64 start=0 end=1 readers=["op1"]
      buffer "buf1" node="op1" size_alloc=128 size_free=128 start=1 end=1 output readers=[]
      step 0 "op0" post_alloc=64 post_free=64
      step 1 "op1" post_alloc=192 post_free=128
    ```
  }];
}

#endif // MEMSCHED_PASSES
