//===- ReorderOps.cpp - memsched-reorder-ops pass -------------------------===//
//
// Plans the ops of every single-block region (a func.func body, a loop body)
// of any dialect, as buildBlockGraph models them, and moves them into the
// kept order; barriers stay where they are and nothing crosses them.
//
//===----------------------------------------------------------------------===//

#include "Planning.h"
#include "memsched/Analysis/BlockGraph.h"
#include "memsched/Dialect/MemSched/MemSchedOps.h"
#include "memsched/Transforms/Passes.h"

#include "mlir/IR/RegionKindInterface.h"

namespace mlir::memsched {
#define GEN_PASS_DEF_MEMSCHEDREORDEROPS
#include "memsched/Transforms/Passes.h.inc"
} // namespace mlir::memsched

using namespace mlir;
using namespace mlir::memsched;

namespace {
struct ReorderOpsPass
    : mlir::memsched::impl::MemSchedReorderOpsBase<ReorderOpsPass> {
  using MemSchedReorderOpsBase::MemSchedReorderOpsBase;

  void runOnOperation() override {
    FailureOr<PlanningOptions> options = parsePlanningOptions(
        getOperation()->getLoc(), "memsched-reorder-ops", methods,
        succThreshold, exactBudget, improveBudget, budget);
    if (failed(options))
      return signalPassFailure();
    // memsched.graph bodies are memsched-reorder's (inputs are not ops to
    // move there). Graph regions (no dominance: a use may come before its
    // definition, e.g. a module body) have no baseline order to keep.
    SmallVector<Block *> blocks;
    getOperation()->walk([&](Operation *op) {
      if (isa<GraphOp>(op))
        return;
      for (Region &region : op->getRegions())
        if (region.hasOneBlock() && !mayBeGraphRegion(region))
          blocks.push_back(&region.front());
    });
    bool anyFailed = false, anyMoved = false;
    for (Block *block : blocks)
      anyFailed |= failed(reorder(*block, *options, anyMoved));
    if (anyFailed)
      return signalPassFailure();
    // Nothing changed: MLIR need not verify the IR again.
    if (!anyMoved)
      markAllAnalysesPreserved();
  }

  LogicalResult reorder(Block &block, const PlanningOptions &options,
                        bool &anyMoved) {
    FailureOr<BlockGraph> graph = buildBlockGraph(block);
    if (failed(graph))
      return failure();
    // Nothing to choose: fewer than two ops that may move.
    if (graph->nodes.size() - graph->numBarriers < 2)
      return success();
    FailureOr<PlanningOutcome> kept =
        planGraph(graph->graph, block.getParentOp()->getLoc(),
                  "memsched-reorder-ops", options);
    if (failed(kept))
      return failure();
    if (!kept->moves)
      return success();
    anyMoved = true;
    // Every op but the terminator is a node.
    moveIntoOrder([&](::memsched::NodeId v) { return graph->nodes[v]; },
                  kept->order, ::memsched::nodesThatStay(kept->order), block,
                  graph->terminator);
    return success();
  }
};
} // namespace
