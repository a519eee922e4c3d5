//===- Reorder.cpp - memsched-reorder pass --------------------------------===//
//
// Plans every graph with the core's best-of planner and moves its node ops
// into the kept order.
//
//===----------------------------------------------------------------------===//

#include "memsched/Analysis/CoreGraph.h"
#include "memsched/Core/Planner.h"
#include "memsched/Core/Timeline.h"
#include "memsched/Transforms/Passes.h"

#include "llvm/Support/Format.h"

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
    SmallVector<::memsched::Method> candidates;
    if (methods.empty())
      candidates = {::memsched::Method::Baseline, ::memsched::Method::Lpmf,
                    ::memsched::Method::Bfs, ::memsched::Method::Dfs};
    for (const std::string &name : methods) {
      std::optional<::memsched::Method> method = ::memsched::parseMethod(name);
      if (!method) {
        getOperation()->emitError("memsched-reorder: unknown method '")
            << name << "'; expected one of " << ::memsched::methodNames();
        return signalPassFailure();
      }
      candidates.push_back(*method);
    }
    ::memsched::PlanOptions options;
    options.lpmf.succThreshold = succThreshold;

    SmallVector<GraphOp> graphs;
    getOperation()->walk([&](GraphOp graph) { graphs.push_back(graph); });
    bool anyFailed = false;
    for (GraphOp graph : graphs)
      anyFailed |= failed(reorder(graph, candidates, options));
    if (anyFailed)
      signalPassFailure();
  }

  LogicalResult reorder(GraphOp graph, ArrayRef<::memsched::Method> candidates,
                        const ::memsched::PlanOptions &options) {
    FailureOr<CoreGraph> core = buildCoreGraph(graph);
    if (failed(core))
      return failure();
    const ::memsched::Graph &g = core->graph;
    ::memsched::Plan plan = ::memsched::planBestOf(g, candidates, options);
    const ::memsched::Candidate &kept = plan.best();
    // The baseline's peak, for the saving: from its candidate when listed.
    auto baseline = llvm::find_if(plan.candidates, [](const auto &c) {
      return c.method == ::memsched::Method::Baseline;
    });
    int64_t baselinePeak = baseline != plan.candidates.end()
                               ? baseline->peak
                               : ::memsched::computePeak(g, g.baselineOrder());

    // Located at the graph without printing it: a graph can be huge.
    InFlightDiagnostic remark = emitRemark(graph.getLoc(), "memsched-reorder: ");
    llvm::interleaveComma(plan.candidates, remark,
                          [&](const ::memsched::Candidate &c) {
                            remark << ::memsched::methodName(c.method) << " "
                                   << c.peak << " B";
                          });
    int64_t saved = baselinePeak - kept.peak;
    std::string percent;
    llvm::raw_string_ostream(percent) << llvm::format(
        "%.2f", baselinePeak > 0 ? 100.0 * saved / baselinePeak : 0.0);
    remark << "; kept " << ::memsched::methodName(kept.method) << ": peak "
           << kept.peak << " B, saves " << saved << " B (" << percent
           << "%) against the baseline";
    remark.report();

    // The baseline is the body order: nothing to move if it is kept.
    bool identity = true;
    for (size_t i = 0; i < kept.order.size(); ++i)
      identity &= kept.order[i] == i;
    if (identity)
      return success();
    // Inputs stay where they are; nodes go, in the new order, right before
    // the terminator, so every use still follows its definition.
    Operation *terminator = graph.getBodyBlock().getTerminator();
    for (::memsched::NodeId v : kept.order)
      core->nodes[v]->moveBefore(terminator);
    return success();
  }
};
} // namespace
