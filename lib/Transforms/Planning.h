//===- Planning.h - What memsched-reorder and -reorder-ops share -*- C++ -*-===//
//
// Both passes take the same options, plan a core graph the same way (best
// of the methods, or the budget mode) and report it in one remark.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_LIB_TRANSFORMS_PLANNING_H
#define MEMSCHED_LIB_TRANSFORMS_PLANNING_H

#include "memsched/Core/Planner.h"

#include "mlir/IR/Location.h"
#include "mlir/Support/LLVM.h"

#include <string>

namespace mlir::memsched {

/// The options both passes declare, as values.
struct PlanningOptions {
  SmallVector<::memsched::Method> methods;
  ::memsched::PlanOptions plan;
  /// Bytes; 0 = no budget.
  uint64_t budget = 0;
};

/// Parses the option values; on a bad one emits an error at `loc` (naming
/// `pass`) and fails.
FailureOr<PlanningOptions>
parsePlanningOptions(Location loc, StringRef pass,
                     ArrayRef<std::string> methods, uint64_t succThreshold,
                     uint64_t exactBudget, uint64_t improveBudget,
                     uint64_t budget);

/// What to apply and what is known about it.
struct PlanningOutcome {
  std::vector<::memsched::NodeId> order;
  /// The kept candidate's name, or "budget".
  std::string method;
  int64_t peak = 0;
  int64_t lowerBound = 0;
  bool provenOptimal = false;
  /// Whether `order` differs from the current one (0, 1, ..., n-1).
  bool moves = false;
};

/// Plans `g`, emits the remark at `loc` (`pass: baseline ... B, ...; kept
/// ...`), and returns what to apply; fails with an error at `loc` when the
/// budget cannot be met.
FailureOr<PlanningOutcome> planGraph(const ::memsched::Graph &g, Location loc,
                                     StringRef pass,
                                     const PlanningOptions &options);

/// Rearranges the ops of `block` that are nodes (opOf(v) is node v; nodes
/// are listed in current block order) into `order`. The nodes with
/// stays[v] set (a run already in that order, ::memsched::nodesThatStay)
/// stay put; every other op goes right before the op that follows it in
/// `order` (placed from the end, each lands before an op already in its
/// final place), and the last ones before `end` (null: the end of `block`).
/// Fewer ops move than when all do, and the ops that stay keep the memory
/// order that later walks of the IR (verifier, printer) profit from.
void moveIntoOrder(function_ref<Operation *(::memsched::NodeId)> opOf,
                   ArrayRef<::memsched::NodeId> order,
                   ArrayRef<uint8_t> stays, Block &block, Operation *end);

} // namespace mlir::memsched

#endif // MEMSCHED_LIB_TRANSFORMS_PLANNING_H
