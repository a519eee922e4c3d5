//===- Passes.td - memsched passes -------------------------*- tablegen -*-===//

#ifndef MEMSCHED_PASSES
#define MEMSCHED_PASSES

include "mlir/Pass/PassBase.td"

def MemSchedPrintLiveness : Pass<"memsched-print-liveness"> {
  let summary = "print buffer sizes, lifetimes, the memory timeline and the peak";
  let description = [{
    For every `memsched.graph` nested in the operation it runs on, computes
    the memory model of the current op order (see `MemoryLiveness`) and
    prints it to standard output, one fact per line: a header with the
    peak and a lower bound on the peak of every order of the graph (with the
    gap `(peak - bound) / peak`), each resident input,
    each counted buffer with its `size_alloc`, `size_free`, start and end
    step, output flag and readers, then each step's `post_alloc` and
    `post_free`. It also emits a remark on each graph with its peak. The IR
    is not changed.

    ```
    memsched.graph @g: 2 nodes, 2 buffers, peak 192 bytes at step 1 "op1", lower bound 192 bytes for any order (gap 0.00%)
      buffer "buf0" node="op0" size_alloc=64 size_free=64 start=0 end=1 readers=["op1"]
      buffer "buf1" node="op1" size_alloc=128 size_free=128 start=1 end=1 output readers=[]
      step 0 "op0" post_alloc=64 post_free=64
      step 1 "op1" post_alloc=192 post_free=128
    ```
  }];
}

// The options memsched-reorder and memsched-reorder-ops share.
defvar memschedPlanOptions = [
  ListOption<"methods", "methods", "std::string",
             "comma-separated candidate methods (baseline, lpmf, bfs, dfs, "
             "improve, exact); empty means "
             "baseline,lpmf,bfs,dfs,improve,exact">,
  Option<"succThreshold", "succ-threshold", "uint64_t", /*default=*/"0",
         "bytes; when > 0 and every ready node is larger, LPMF picks the "
         "node whose earliest successor comes first (Inductor's "
         "size_threshold_for_succ_based_strategy); 0 = off">,
  Option<"exactBudget", "exact-budget", "uint64_t", /*default=*/"500000",
         "states the exact search may generate per graph">,
  Option<"improveBudget", "improve-budget", "uint64_t",
         /*default=*/"2000000",
         "work units improve may spend per graph (one per state generated "
         "in a window, one per node and edge of each order evaluated)">,
  Option<"budget", "budget", "uint64_t", /*default=*/"0",
         "bytes; when > 0, keep an order with peak within the budget that "
         "moves as few nodes as possible, or fail; 0 = off">
];

def MemSchedReorder : Pass<"memsched-reorder"> {
  let summary = "reorder graph nodes to minimise peak memory";
  let description = [{
    For every `memsched.graph` nested in the operation it runs on, computes
    the order of each candidate method, evaluates its peak memory, keeps the
    lowest peak (ties go to the candidate listed first) and moves the node
    ops into that order. With a single method listed, its order is applied
    as is. The first four follow PyTorch Inductor's memory planner to the
    tie-break; the last two go beyond it:

    - `baseline`: the current op order;
    - `lpmf`: least peak memory first (greedy over the ready set);
    - `bfs`: FIFO by the positions of each node's predecessors;
    - `dfs`: post-order walk by (weight, index);
    - `improve`: local improvement of the best candidate listed before it
      (of the best of the four above when none is): exact re-scheduling of
      windows around the peak and single-node moves; never worse than its
      start; bounded by `improve-budget`;
    - `exact`: minimum-peak search over scheduled sets, after splitting the
      graph at nodes every order passes through, starting from the best
      candidate listed before it; bounded by `exact-budget` states, after
      which it keeps the best order found and says it is not proven.

    Every graph also gets a lower bound on the peak of any order (memory
    live at step 0, at the last step and at each node's own step, raised by
    exact search), and the verdict is written on the graph as the
    discardable attribute `memsched.verdict = {method, peak_bytes,
    lower_bound_bytes, proven_optimal}`, which `--export-inductor-json`
    turns into the JSON's top-level `memsched` object. The remark says the
    same:

    ```
    remark: memsched-reorder: baseline 200 B, lpmf 100 B; kept lpmf: peak 100 B, saves 100 B (50.00%) against the baseline; lower bound 100 B, gap 0.00%, proven optimal
    ```

    With `budget` set (bytes), the pass looks for an order whose peak is
    within the budget and moves as few nodes as it can away from the
    current order: the current order if it fits, else repairs of it and of
    the candidates, trimmed back to the current order at both ends. If no
    order fits, the pass fails with an error giving the best peak reached.

    The result is always a valid order (dominance is kept), ops outside the
    graphs and all attributes but the verdict are untouched, and when the
    kept order is the current one no op moves. When no op of any graph
    moves, the pass marks all analyses preserved (it only added verdicts),
    so MLIR does not verify the whole module again after it. When a quarter
    of a graph's nodes or more change place, its node ops are recreated in
    the kept order (same names, operands, results, attributes and
    locations) and the old ones erased, rather than moved one by one: MLIR
    allocates every op on its own, and walks over ops scattered in memory
    (the verifier, the printer) are two to three times slower. Budgets count
    work, not time: the same input and options give the same output
    everywhere.
  }];
  let options = memschedPlanOptions;
}

def MemSchedReorderOps : Pass<"memsched-reorder-ops"> {
  let summary = "reorder the ops of any dialect in single-block regions to "
                "minimise peak memory";
  let description = [{
    For every single-block region nested in the operation it runs on (a
    `func.func` body, a loop body; not graph regions such as a module body,
    where uses need not follow definitions, and not `memsched.graph` bodies,
    which `memsched-reorder` plans), plans the block's ops with the same methods
    and options as `memsched-reorder` and moves them into the kept order.
    The block is modelled as follows:

    - every op but the terminator is a node; the block order is the
      baseline;
    - a result's size comes from `MemoryPlanOpInterface` when its op
      implements it (in-place aliases and packing included), else from its
      static `tensor` or `memref` type; values without a size (scalars,
      tokens, dynamic shapes) take no memory;
    - a block argument of static shaped type is a freeable input, unless its
      function marks it with the argument attribute `memsched.resident`;
      values defined outside the block are not counted;
    - an op reads its operands and the values its regions use; reading an
      in-place alias also keeps the aliased buffer alive, and every user of
      any value of an in-place chain keeps its side of every update of that
      memory;
    - the terminator's operands are outputs;
    - ops with memory effects other than allocation, and ops with regions
      that MLIR does not know to be free of memory effects as a whole, are
      barriers: they keep their place and no op is moved across one. Ops
      with regions that are free of effects (e.g. `linalg` ops on tensors)
      move whole.

    Ops move only among valid orders of their use-def, mutation and barrier
    dependencies, so what the block computes does not change. Blocks with
    fewer than two movable ops are left alone; every other block gets a
    remark located at its parent op, in `memsched-reorder`'s format:

    ```
    remark: memsched-reorder-ops: baseline 12288 B, lpmf 8192 B, ...; kept lpmf: peak 8192 B, saves 4096 B (33.33%) against the baseline; lower bound 8192 B, gap 0.00%, proven optimal
    ```

    When no op moves in any block, the pass marks all analyses preserved
    and MLIR does not verify the IR again after it.
  }];
  let options = memschedPlanOptions;
}

#endif // MEMSCHED_PASSES
