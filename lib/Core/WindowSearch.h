//===- WindowSearch.h - Window search and shared bounds (internal) -*- C++ -*-===//
//
// The search shared by exactOrder and improveOrder. Given a valid order and
// a window of consecutive positions [start, start+len), every node before the
// window stays before it and every node after stays after, so memory before
// and after the window does not depend on how the window's nodes are
// arranged: only the steps inside it do. The searcher finds an arrangement
// whose largest post_alloc inside the window is below `bound`, minimal among
// them, or proves there is none, by best-first search over scheduled sets:
//
// - a state is the set S of window nodes scheduled so far; live memory after
//   S depends on S alone, so one state per set is kept (the lowest
//   peak-so-far g reaching it);
// - states are expanded in increasing f = max(g, h), h an admissible bound on
//   the steps still to come (each remaining node's static working-set bound,
//   and the next step's live memory plus the smallest remaining node); the
//   first complete state popped is optimal;
// - a ready node whose step stays within max(g, floor) and that frees at
//   least what it allocates is scheduled at once without branching: moving
//   such a node earlier never raises a later step (what a node frees only
//   grows as more nodes are scheduled), and floor is a bound the whole
//   graph's peak cannot go below.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_LIB_CORE_WINDOWSEARCH_H
#define MEMSCHED_LIB_CORE_WINDOWSEARCH_H

#include "memsched/Core/Search.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace memsched::detail {

struct WindowResult {
  enum Status {
    /// `order` has window max `max` < bound, the least the search allows.
    Found,
    /// No arrangement has window max below the bound.
    NoBetter,
    /// The budget ran out; `lowerBound` is the least f still open.
    OutOfBudget,
  };
  Status status = NoBetter;
  std::vector<NodeId> order;
  int64_t max = 0;
  /// A bound on max(optimal window max, floor) from below: the optimum of
  /// the searched space is at least this.
  int64_t lowerBound = 0;
  /// States generated (the work the budget counts).
  uint64_t expanded = 0;
};

class WindowSearcher {
public:
  /// `nodeBound[v]`: a bound on post_alloc at v's step valid for every
  /// order (computeNodeBounds); may be empty. It must outlive the searcher.
  WindowSearcher(const Graph &g, std::span<const int64_t> nodeBound);

  /// Searches the window [start, start+len) of `order` (pos is its inverse);
  /// `liveBefore` is post_free of the step before the window (the freeable
  /// inputs' total when start is 0).
  WindowResult solve(std::span<const NodeId> order,
                     std::span<const uint32_t> pos, uint32_t start,
                     uint32_t len, int64_t liveBefore, int64_t bound,
                     int64_t floor, uint64_t budget);

private:
  const Graph &g;
  std::span<const int64_t> nodeBound;
};

/// Ancestor and descendant bit matrices (n x ceil(n/64) words each).
struct Reachability {
  size_t words = 0;
  std::vector<uint64_t> anc, desc;
  bool isAnc(NodeId a, NodeId v) const {
    return (anc[v * words + a / 64] >> (a % 64)) & 1;
  }
  bool isDesc(NodeId d, NodeId v) const {
    return (desc[v * words + d / 64] >> (d % 64)) & 1;
  }
};
Reachability computeReachability(const Graph &g);

/// Per node, a bound on post_alloc at its step in every order (the working
/// set the node needs, plus memory that must or may be live then), sharper
/// with reachability (`reach` may be null).
std::vector<int64_t> computeNodeBounds(const Graph &g, const Reachability *reach);

/// The graph-wide bound from per-node bounds (computeNodeBounds).
LowerBound lowerBoundFrom(const Graph &g, std::span<const int64_t> nodeBounds);

/// What the searches derive from the graph alone, computed once per graph:
/// reachability (up to kReachabilityLimit nodes), the per-node bounds and
/// the graph's lower bound.
struct GraphBounds {
  std::optional<Reachability> reach;
  std::vector<int64_t> nodeBounds;
  LowerBound lowerBound;
};
GraphBounds computeGraphBounds(const Graph &g);

/// exactOrder and improveOrder with bounds already computed (planBestOf
/// shares one GraphBounds between them) and, when known, the peak of the
/// order they start from (-1: not known). With it they return at once, with
/// the same result, when they could not change the order: the start already
/// reaches the lower bound (exact), every part of the graph is over exact's
/// search limit, or one evaluation of an order would exceed improve's
/// budget.
SearchResult exactOrder(const Graph &g, std::span<const NodeId> incumbent,
                        const ExactOptions &options, const GraphBounds &bounds,
                        int64_t incumbentPeak = -1);
SearchResult improveOrder(const Graph &g, std::span<const NodeId> start,
                          const ImproveOptions &options,
                          const GraphBounds &bounds, int64_t startPeak = -1);

} // namespace memsched::detail

#endif // MEMSCHED_LIB_CORE_WINDOWSEARCH_H
