//===- Search.h - Exact search, lower bounds, improvement, budgets -*- C++ -*-===//
//
// What memsched does beyond Inductor's best of four greedy orders:
//
// - computeLowerBound: a peak no order of the graph can go below, from the
//   memory that must be live at step 0, at the last step and at each node's
//   own step (using ancestor/descendant sets on graphs small enough for them);
// - exactOrder: the minimum-peak order by best-first search over scheduled
//   sets, after splitting the graph at nodes every order must pass through;
// - improveOrder: local improvement of a given order (exact re-scheduling of
//   windows around the peak, then single-node moves), never worse;
// - budgetOrder: an order within a memory budget that moves few nodes away
//   from the baseline.
//
// Every search is bounded by a count of work (states expanded, orders
// evaluated), never by time, so results are the same on every machine.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_CORE_SEARCH_H
#define MEMSCHED_CORE_SEARCH_H

#include "memsched/Core/Graph.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace memsched {

/// A lower bound on the peak of every order, and which fact gives it.
struct LowerBound {
  int64_t bytes = 0;
  /// Each part: freeable inputs plus the smallest first node at step 0; the
  /// memory of the last step (outputs plus the last node's working set);
  /// the largest working set a node must have at its own step.
  int64_t atStart = 0, atEnd = 0, workingSet = 0;
  /// The node whose working set gives `workingSet` (kNoNode if none).
  NodeId workingSetNode = kNoNode;
  /// Whether ancestor/descendant sets were used (graphs up to
  /// kReachabilityLimit nodes); larger graphs get the linear-time bound.
  bool usedReachability = false;
};

/// Graphs with at most this many nodes get reachability-based bounds and
/// decomposition (two n x n bit matrices: 4 MiB at the limit).
inline constexpr size_t kReachabilityLimit = 4096;

LowerBound computeLowerBound(const Graph &g);

/// The outcome of a search: an order, its peak, and what is known about the
/// optimum.
struct SearchResult {
  std::vector<NodeId> order;
  int64_t peak = 0;
  /// No order has a lower peak than this (<= peak).
  int64_t lowerBound = 0;
  /// peak == lowerBound: no order is better.
  bool provenOptimal = false;
  /// Work done (states expanded for the search, orders evaluated for moves).
  uint64_t work = 0;
  /// Why the proof is missing, when it is (empty when proven).
  std::string note;
};

struct ExactOptions {
  /// States expanded, summed over all parts of the graph.
  uint64_t budget = 100000;
};

/// Searches for a minimum-peak order, starting from `incumbent` (a valid
/// order; its peak is the bound to beat). Returns an order no worse than the
/// incumbent; provenOptimal when the search completed within the budget.
SearchResult exactOrder(const Graph &g, std::span<const NodeId> incumbent,
                        const ExactOptions &options = {});

struct ImproveOptions {
  /// Work units: one per state expanded by a window search, and one per node
  /// and edge of each order evaluated by a move.
  uint64_t budget = 2000000;
  /// Nodes re-scheduled exactly at a time.
  uint32_t window = 12;
};

/// Locally improves `start` (a valid order). Never returns a higher peak; on
/// equal peak, fewer steps reach it.
SearchResult improveOrder(const Graph &g, std::span<const NodeId> start,
                          const ImproveOptions &options = {});

/// The number of nodes that must be taken out and put back elsewhere to turn
/// the baseline into `order`: n minus the longest run of nodes that keep
/// their relative baseline order.
size_t countMovedNodes(std::span<const NodeId> order);

struct BudgetResult {
  /// True when an order with peak <= the budget was found.
  bool met = false;
  std::vector<NodeId> order;
  int64_t peak = 0;
  /// countMovedNodes(order).
  size_t moved = 0;
};

/// Finds an order whose peak is within `budget` bytes moving as few nodes as
/// it can from the baseline: the baseline if it fits, else repairs of the
/// baseline and of `candidates` (valid orders, e.g. the heuristics' and the
/// search's), keeping the fewest moved nodes among those that fit. When none
/// fits, `order` and `peak` are the lowest peak seen.
BudgetResult budgetOrder(const Graph &g, int64_t budget,
                         std::span<const std::vector<NodeId>> candidates,
                         const ImproveOptions &options = {});

} // namespace memsched

#endif // MEMSCHED_CORE_SEARCH_H
