//===- Timeline.h - Lifetimes, memory timeline and peak ---------*- C++ -*-===//
//
// Evaluates a schedule (a permutation of a Graph's nodes) under the model's
// rules: a node-produced buffer starts at its producer's step, a freeable
// input at step 0; it ends at its last reader's step (its own start if it has
// none); graph outputs live through the last step. post_alloc(t) counts
// size_alloc of started buffers minus size_free of buffers ended before t;
// post_free(t) also drops the buffers ending at t. The peak is the largest
// post_alloc (0 for an empty graph). Everything is O(nodes + edges).
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_CORE_TIMELINE_H
#define MEMSCHED_CORE_TIMELINE_H

#include "memsched/Core/Graph.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace memsched {

/// The full memory picture of one order.
struct Timeline {
  /// Step of each node in the evaluated order (inverse permutation).
  std::vector<uint32_t> nodeStep;
  /// Per buffer: first and last step it occupies memory. For a graph output
  /// the end is the last step (it is never freed inside the graph); for a
  /// graph with no nodes both are 0.
  std::vector<uint32_t> bufferStart, bufferEnd;
  /// Per step: memory after the step's allocations, and after its frees.
  std::vector<int64_t> postAlloc, postFree;
  /// Largest postAlloc, 0 when there are no steps.
  int64_t peak = 0;
  /// First step reaching the peak, kNoNode when there are no steps.
  uint32_t peakStep = kNoNode;
};

/// Checks that `order` is a permutation of the graph's nodes in which every
/// node comes after all its predNodes. On failure returns false and explains
/// why in `why` (naming the nodes involved).
bool isValidOrder(const Graph &g, std::span<const NodeId> order,
                  std::string *why = nullptr);

/// Computes lifetimes and the per-step timeline of a valid order.
Timeline computeTimeline(const Graph &g, std::span<const NodeId> order);

/// Computes only the peak (and its step) of a valid order; same result as
/// computeTimeline(g, order).peak, with less memory traffic.
int64_t computePeak(const Graph &g, std::span<const NodeId> order,
                    uint32_t *peakStep = nullptr);

/// The step of each node and computeTimeline's postAlloc, and nothing else,
/// of a valid order: what a search over parts of the order needs, in a
/// quarter of the timeline's memory. What is live before step t > 0 (the
/// timeline's postFree[t - 1]) is postAlloc[t] - g.nodeSize(order[t]).
void computeStepTotals(const Graph &g, std::span<const NodeId> order,
                       std::vector<uint32_t> &nodeStep,
                       std::vector<int64_t> &postAlloc);

} // namespace memsched

#endif // MEMSCHED_CORE_TIMELINE_H
