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

def MemSchedReorder : Pass<"memsched-reorder"> {
  let summary = "reorder graph nodes to minimise peak memory";
  let description = [{
    For every `memsched.graph` nested in the operation it runs on, computes
    the order of each candidate method, evaluates its peak memory, keeps the
    lowest peak (ties go to the candidate listed first) and moves the node
    ops into that order. With a single method listed, its order is applied
    as is. The methods follow PyTorch Inductor's memory planner to the
    tie-break:

    - `baseline`: the current op order;
    - `lpmf`: least peak memory first (greedy over the ready set);
    - `bfs`: FIFO by the positions of each node's predecessors;
    - `dfs`: post-order walk by (weight, index).

    The result is always a valid order (dominance is kept), ops outside the
    graphs and all attributes are untouched, and when the kept order is the
    current one the IR does not change at all. Each graph gets a remark
    listing every candidate's peak and the one kept:

    ```
    remark: memsched-reorder: baseline 200 B, lpmf 100 B; kept lpmf: peak 100 B, saves 100 B (50.00%) against the baseline
    ```
  }];
  let options = [
    ListOption<"methods", "methods", "std::string",
               "comma-separated candidate methods (baseline, lpmf, bfs, dfs); "
               "empty means baseline,lpmf,bfs,dfs">,
    Option<"succThreshold", "succ-threshold", "uint64_t", /*default=*/"0",
           "bytes; when > 0 and every ready node is larger, LPMF picks the "
           "node whose earliest successor comes first (Inductor's "
           "size_threshold_for_succ_based_strategy); 0 = off">
  ];
}

#endif // MEMSCHED_PASSES
