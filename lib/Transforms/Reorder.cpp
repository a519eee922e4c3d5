//===- Reorder.cpp - memsched-reorder pass --------------------------------===//
//
// Plans every graph (Planning.h), moves its node ops into the kept order and
// writes the verdict on the graph.
//
//===----------------------------------------------------------------------===//

#include "Planning.h"
#include "memsched/Analysis/CoreGraph.h"
#include "memsched/Transforms/Passes.h"

#include "mlir/IR/Builders.h"

namespace mlir::memsched {
#define GEN_PASS_DEF_MEMSCHEDREORDER
#include "memsched/Transforms/Passes.h.inc"
} // namespace mlir::memsched

using namespace mlir;
using namespace mlir::memsched;

namespace {
struct ReorderPass : mlir::memsched::impl::MemSchedReorderBase<ReorderPass> {
  using MemSchedReorderBase::MemSchedReorderBase;

  void runOnOperation() override {
    // Errors at a location only: printing the op could print a huge module.
    FailureOr<PlanningOptions> options = parsePlanningOptions(
        getOperation()->getLoc(), "memsched-reorder", methods, succThreshold,
        exactBudget, improveBudget, budget);
    if (failed(options))
      return signalPassFailure();
    bool anyFailed = false, anyMoved = false;
    for (GraphOp graph : collectGraphs(getOperation()))
      anyFailed |= failed(reorder(graph, *options, anyMoved));
    if (anyFailed)
      return signalPassFailure();
    // Only the verdict attributes were added: no analysis of the IR is out
    // of date, and MLIR need not verify the module again (at a million ops
    // that verification costs more than half of the pass).
    if (!anyMoved)
      markAllAnalysesPreserved();
  }

  LogicalResult reorder(GraphOp graph, const PlanningOptions &options,
                        bool &anyMoved) {
    FailureOr<CoreGraph> core = buildCoreGraph(graph);
    if (failed(core))
      return failure();
    FailureOr<PlanningOutcome> kept =
        planGraph(core->graph, graph.getLoc(), "memsched-reorder", options);
    if (failed(kept))
      return failure();

    Builder b(graph.getContext());
    graph->setAttr(
        "memsched.verdict",
        b.getDictionaryAttr({
            b.getNamedAttr("method", b.getStringAttr(kept->method)),
            b.getNamedAttr("peak_bytes", b.getI64IntegerAttr(kept->peak)),
            b.getNamedAttr("lower_bound_bytes",
                           b.getI64IntegerAttr(kept->lowerBound)),
            b.getNamedAttr("proven_optimal", b.getBoolAttr(kept->provenOptimal)),
        }));

    // The baseline is the body order: nothing to move if it is kept.
    if (!kept->moves)
      return success();
    anyMoved = true;
    // Inputs first (one listed after a node goes before the first node), so
    // that no node can land before an input it reads.
    Operation *firstNode = core->nodes.front();
    for (InputOp input : core->inputsAfterNodes)
      input->moveBefore(firstNode);
    moveIntoOrder([&](::memsched::NodeId v) { return core->nodes[v]; },
                  kept->order, graph.getBodyBlock(),
                  graph.getBodyBlock().getTerminator());
    return success();
  }
};
} // namespace
