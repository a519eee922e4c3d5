//===- Heuristics.h - Inductor's LPMF, BFS and DFS orders -------*- C++ -*-===//
//
// The three greedy topological orders of PyTorch Inductor's memory planner,
// faithful to its tie-breaking (docs/model.md of the project, "The heuristic
// orders"). Each returns a permutation of the graph's nodes that respects
// predNodes. None of them recurses.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_CORE_HEURISTICS_H
#define MEMSCHED_CORE_HEURISTICS_H

#include "memsched/Core/Graph.h"

#include <cstdint>
#include <vector>

namespace memsched {

struct LpmfOptions {
  /// Inductor's size_threshold_for_succ_based_strategy: when > 0 and every
  /// ready node is larger than this many bytes, pick the ready node whose
  /// earliest successor comes first (ties to the one that became ready
  /// first). 0 turns it off.
  uint64_t succThreshold = 0;
};

/// Least peak memory first: a greedy over the ready set that prefers nodes
/// whose allocation fits under the high-water mark, then the smallest net
/// growth, then baseline index. O((n + e) log n).
std::vector<NodeId> lpmfOrder(const Graph &g, const LpmfOptions &options = {});

/// FIFO by predecessors' execution positions: a ready node's priority is the
/// ascending list of its predecessors' positions (lexicographic, a proper
/// prefix first), ties by index. O(e log n) list comparisons.
std::vector<NodeId> bfsOrder(const Graph &g);

/// Post-order walk: roots in ascending (weight, index), predecessors of a
/// node visited in the same order, where weight(v) = size(v) + size_free of
/// v's pred_buffers. Iterative. O(n log n + e log e).
std::vector<NodeId> dfsOrder(const Graph &g);

} // namespace memsched

#endif // MEMSCHED_CORE_HEURISTICS_H
