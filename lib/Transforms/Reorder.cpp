//===- Reorder.cpp - memsched-reorder pass --------------------------------===//
//
// Plans every graph with the core's best-of planner (or its budget mode),
// moves its node ops into the kept order and writes the verdict on the graph.
//
//===----------------------------------------------------------------------===//

#include "memsched/Analysis/CoreGraph.h"
#include "memsched/Core/Planner.h"
#include "memsched/Core/Search.h"
#include "memsched/Core/Timeline.h"
#include "memsched/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "llvm/Support/Format.h"

namespace mlir::memsched {
#define GEN_PASS_DEF_MEMSCHEDREORDER
#include "memsched/Transforms/Passes.h.inc"
} // namespace mlir::memsched

using namespace mlir;
using namespace mlir::memsched;

namespace {
std::string percent(int64_t part, int64_t whole) {
  std::string s;
  llvm::raw_string_ostream(s)
      << llvm::format("%.2f", whole > 0 ? 100.0 * part / whole : 0.0);
  return s;
}

struct ReorderPass : mlir::memsched::impl::MemSchedReorderBase<ReorderPass> {
  using MemSchedReorderBase::MemSchedReorderBase;

  void runOnOperation() override {
    SmallVector<::memsched::Method> candidates;
    if (methods.empty())
      llvm::append_range(candidates, ::memsched::defaultMethods());
    for (const std::string &name : methods) {
      std::optional<::memsched::Method> method = ::memsched::parseMethod(name);
      if (!method) {
        // At the location only: printing the op could print a huge module.
        emitError(getOperation()->getLoc(), "memsched-reorder: unknown method '")
            << name << "'; expected one of " << ::memsched::methodNames();
        return signalPassFailure();
      }
      candidates.push_back(*method);
    }
    if (budget > uint64_t(std::numeric_limits<int64_t>::max())) {
      emitError(getOperation()->getLoc(), "memsched-reorder: budget ")
          << uint64_t(budget) << " is larger than 2^63-1 bytes";
      return signalPassFailure();
    }
    ::memsched::PlanOptions options;
    options.lpmf.succThreshold = succThreshold;
    options.exact.budget = exactBudget;
    options.improve.budget = improveBudget;

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
    const ::memsched::Candidate &best = plan.best();
    // The baseline's peak, for the saving: from its candidate when listed.
    auto baseline = llvm::find_if(plan.candidates, [](const auto &c) {
      return c.method == ::memsched::Method::Baseline;
    });
    int64_t baselinePeak = baseline != plan.candidates.end()
                               ? baseline->peak
                               : ::memsched::computePeak(g, g.baselineOrder());

    // What is kept: the best candidate, or in budget mode the order within
    // the budget that moves the fewest nodes.
    std::string keptMethod = ::memsched::methodName(best.method);
    std::vector<::memsched::NodeId> keptOrder = best.order;
    int64_t keptPeak = best.peak;
    std::string budgetNote;
    if (budget > 0) {
      std::vector<std::vector<::memsched::NodeId>> orders;
      for (const ::memsched::Candidate &c : plan.candidates)
        orders.push_back(c.order);
      ::memsched::BudgetResult fit = ::memsched::budgetOrder(
          g, int64_t(budget), orders, options.improve);
      int64_t reached = std::min(fit.peak, best.peak);
      if (!fit.met)
        return emitError(graph.getLoc(), "memsched-reorder: no order found "
                                         "within the budget of ")
               << uint64_t(budget) << " bytes; the best peak reached is " << reached
               << " bytes (lower bound " << plan.lowerBound << " bytes)";
      keptMethod = "budget";
      keptOrder = std::move(fit.order);
      keptPeak = fit.peak;
      llvm::raw_string_ostream(budgetNote)
          << "; budget " << uint64_t(budget) << " B met: peak " << keptPeak
          << " B, moved " << fit.moved << " of " << g.numNodes() << " nodes";
    }
    bool proven = keptPeak <= plan.lowerBound;

    // Located at the graph without printing it: a graph can be huge.
    InFlightDiagnostic remark = emitRemark(graph.getLoc(), "memsched-reorder: ");
    llvm::interleaveComma(plan.candidates, remark,
                          [&](const ::memsched::Candidate &c) {
                            remark << ::memsched::methodName(c.method) << " "
                                   << c.peak << " B";
                          });
    int64_t saved = baselinePeak - best.peak;
    remark << "; kept " << ::memsched::methodName(best.method) << ": peak "
           << best.peak << " B, saves " << saved << " B ("
           << percent(saved, baselinePeak) << "%) against the baseline"
           << budgetNote << "; lower bound " << plan.lowerBound << " B, gap "
           << percent(keptPeak - plan.lowerBound, keptPeak) << "%, ";
    if (proven)
      remark << "proven optimal";
    else
      remark << "not proven optimal"
             << (plan.exactNote.empty() ? "" : " (" + plan.exactNote + ")");
    remark.report();

    Builder b(graph.getContext());
    graph->setAttr(
        "memsched.verdict",
        b.getDictionaryAttr({
            b.getNamedAttr("method", b.getStringAttr(keptMethod)),
            b.getNamedAttr("peak_bytes", b.getI64IntegerAttr(keptPeak)),
            b.getNamedAttr("lower_bound_bytes",
                           b.getI64IntegerAttr(plan.lowerBound)),
            b.getNamedAttr("proven_optimal", b.getBoolAttr(proven)),
        }));

    // The baseline is the body order: nothing to move if it is kept.
    bool identity = true;
    for (size_t i = 0; i < keptOrder.size(); ++i)
      identity &= keptOrder[i] == i;
    if (identity)
      return success();
    // Inputs stay where they are; nodes go, in the new order, right before
    // the terminator, so every use still follows its definition.
    Operation *terminator = graph.getBodyBlock().getTerminator();
    for (::memsched::NodeId v : keptOrder)
      core->nodes[v]->moveBefore(terminator);
    return success();
  }
};
} // namespace
