//===- Reorder.cpp - memsched-reorder pass --------------------------------===//
//
// Plans every graph (Planning.h), moves its node ops into the kept order and
// writes the verdict on the graph.
//
//===----------------------------------------------------------------------===//

#include "Planning.h"
#include "memsched/Analysis/CoreGraph.h"
#include "memsched/Core/Search.h"
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
    bool anyFailed = false;
    for (GraphOp graph : collectGraphs(getOperation()))
      anyFailed |= failed(reorder(graph, *options));
    if (anyFailed)
      signalPassFailure();
  }

  LogicalResult reorder(GraphOp graph, const PlanningOptions &options) {
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
    // Inputs first (one that came after a node goes before the first node),
    // so that no node can land before an input it reads.
    Block &body = graph.getBodyBlock();
    Operation *firstNode = core->nodes.front();
    for (Operation &op : llvm::make_early_inc_range(
             llvm::make_range(firstNode->getIterator(), body.end())))
      if (isa<InputOp>(op))
        op.moveBefore(firstNode);
    // The longest run of nodes already in kept order stays put; every other
    // node goes right before the node that follows it in the kept order
    // (placed from the end, each lands before a node already in its final
    // place). Fewer ops move, and the ops that stay keep the memory order
    // that later walks of the IR (verifier, printer) profit from.
    std::vector<uint8_t> stays = ::memsched::nodesThatStay(kept->order);
    Operation *next = body.getTerminator();
    for (auto it = kept->order.rbegin(); it != kept->order.rend(); ++it) {
      Operation *op = core->nodes[*it];
      if (!stays[*it])
        op->moveBefore(next);
      next = op;
    }
    return success();
  }
};
} // namespace
