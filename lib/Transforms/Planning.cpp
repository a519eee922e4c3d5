//===- Planning.cpp - What memsched-reorder and -reorder-ops share --------===//

#include "Planning.h"
#include "memsched/Core/Search.h"
#include "memsched/Core/Timeline.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Operation.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <limits>

using namespace mlir;
using namespace mlir::memsched;

static std::string percent(int64_t part, int64_t whole) {
  std::string s;
  llvm::raw_string_ostream(s)
      << llvm::format("%.2f", whole > 0 ? 100.0 * part / whole : 0.0);
  return s;
}

FailureOr<PlanningOptions> mlir::memsched::parsePlanningOptions(
    Location loc, StringRef pass, ArrayRef<std::string> methods,
    uint64_t succThreshold, uint64_t exactBudget, uint64_t improveBudget,
    uint64_t budget) {
  PlanningOptions options;
  if (methods.empty())
    llvm::append_range(options.methods, ::memsched::defaultMethods());
  for (const std::string &name : methods) {
    std::optional<::memsched::Method> method = ::memsched::parseMethod(name);
    if (!method)
      return emitError(loc) << pass << ": unknown method '" << name
                            << "'; expected one of "
                            << ::memsched::methodNames();
    options.methods.push_back(*method);
  }
  if (budget > uint64_t(std::numeric_limits<int64_t>::max()))
    return emitError(loc) << pass << ": budget " << budget
                          << " is larger than 2^63-1 bytes";
  options.plan.lpmf.succThreshold = succThreshold;
  options.plan.exact.budget = exactBudget;
  options.plan.improve.budget = improveBudget;
  options.budget = budget;
  return options;
}

FailureOr<PlanningOutcome>
mlir::memsched::planGraph(const ::memsched::Graph &g, Location loc,
                          StringRef pass, const PlanningOptions &options) {
  ::memsched::Plan plan =
      ::memsched::planBestOf(g, options.methods, options.plan);
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
  PlanningOutcome out{best.order, ::memsched::methodName(best.method),
                      best.peak, plan.lowerBound, false};
  std::string budgetNote;
  if (options.budget > 0) {
    std::vector<std::vector<::memsched::NodeId>> orders;
    for (const ::memsched::Candidate &c : plan.candidates)
      orders.push_back(c.order);
    ::memsched::BudgetResult fit = ::memsched::budgetOrder(
        g, int64_t(options.budget), orders, options.plan.improve);
    if (!fit.met)
      return emitError(loc)
             << pass << ": no order found within the budget of "
             << options.budget << " bytes; the best peak reached is "
             << std::min(fit.peak, best.peak) << " bytes (lower bound "
             << plan.lowerBound << " bytes)";
    out.method = "budget";
    out.order = std::move(fit.order);
    out.peak = fit.peak;
    llvm::raw_string_ostream(budgetNote)
        << "; budget " << options.budget << " B met: peak " << out.peak
        << " B, moved " << fit.moved << " of " << g.numNodes() << " nodes";
  }
  out.provenOptimal = out.peak <= plan.lowerBound;
  for (size_t i = 0; i < out.order.size() && !out.moves; ++i)
    out.moves = out.order[i] != i;

  InFlightDiagnostic remark = emitRemark(loc, pass);
  remark << ": ";
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
         << percent(out.peak - plan.lowerBound, out.peak) << "%, ";
  if (out.provenOptimal)
    remark << "proven optimal";
  else
    remark << "not proven optimal"
           << (plan.exactNote.empty() ? "" : " (" + plan.exactNote + ")");
  remark.report();
  return out;
}

void mlir::memsched::moveIntoOrder(
    function_ref<Operation *(::memsched::NodeId)> opOf,
    ArrayRef<::memsched::NodeId> order, ArrayRef<uint8_t> stays, Block &block,
    Operation *end) {
  Operation *next = end;
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    Operation *op = opOf(*it);
    if (!stays[*it]) {
      if (next)
        op->moveBefore(next);
      else
        op->moveBefore(&block, block.end());
    }
    next = op;
  }
}
