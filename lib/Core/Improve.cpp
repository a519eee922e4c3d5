//===- Improve.cpp - Local improvement of an order ------------------------===//
//
// Repeatedly attacks the first step at the peak: first by re-scheduling a
// window of nodes around it exactly (WindowSearcher, asking for a window max
// below the peak), then by moving one node across it (a node before the
// peak whose successors all come after it, moved later; a node after the
// peak whose predecessors all come before it, moved earlier). A change is
// kept only if it lowers (peak, number of steps at the peak), so the result
// is never worse and the loop ends.
//
//===----------------------------------------------------------------------===//

#include "WindowSearch.h"
#include "memsched/Core/Search.h"
#include "memsched/Core/Timeline.h"

#include <algorithm>

using namespace memsched;
using namespace memsched::detail;

namespace {
/// Candidate node moves tried per round.
constexpr size_t kMovesPerRound = 64;
/// States one window search may generate.
constexpr uint64_t kWindowBudget = 20000;

class Improver {
public:
  Improver(const Graph &g, std::vector<NodeId> start, int64_t target,
           int64_t floor, std::span<const int64_t> nodeBounds,
           const ImproveOptions &options)
      : g(g), searcher(g, nodeBounds), order(std::move(start)),
        pos(order.size()), target(target), floor(floor), options(options) {}

  SearchResult run() {
    refresh();
    while (tl.peak > target && work < options.budget) {
      if (tryWindows() || tryMoves())
        continue;
      break;
    }
    SearchResult r;
    r.peak = tl.peak;
    r.lowerBound = std::min(floor, tl.peak);
    r.provenOptimal = tl.peak <= floor;
    r.work = work;
    r.order = std::move(order);
    return r;
  }

private:
  uint64_t evalCost() const { return g.numNodes() + g.numEdges() + 1; }

  void refresh() {
    tl = computeTimeline(g, order);
    for (uint32_t i = 0; i < order.size(); ++i)
      pos[order[i]] = i;
    atPeak = std::count(tl.postAlloc.begin(), tl.postAlloc.end(), tl.peak);
    work += evalCost();
  }

  bool tryWindows() {
    uint32_t n = uint32_t(order.size());
    uint32_t len = std::min(options.window, n);
    if (len < 2)
      return false;
    uint32_t t = tl.peakStep;
    int64_t starts[] = {int64_t(t) - len / 2, int64_t(t) + 1 - len, int64_t(t)};
    int64_t tried[3];
    size_t numTried = 0;
    for (int64_t s : starts) {
      s = std::clamp<int64_t>(s, 0, n - len);
      if (std::find(tried, tried + numTried, s) != tried + numTried)
        continue;
      tried[numTried++] = s;
      if (work >= options.budget)
        return false;
      int64_t before = 0;
      if (s > 0)
        before = tl.postFree[s - 1];
      else
        for (BufferId b : g.inputs())
          before += int64_t(g.sizeAlloc(b));
      WindowResult wr = searcher.solve(
          order, pos, uint32_t(s), len, before, tl.peak, floor,
          std::min(kWindowBudget, options.budget - work));
      work += wr.expanded + 1;
      if (wr.status == WindowResult::Found) {
        std::copy(wr.order.begin(), wr.order.end(), order.begin() + s);
        refresh();
        return true;
      }
    }
    return false;
  }

  /// Moves the node at position `from` to position `to`; returns whether the
  /// result is better, undoing the move if not.
  bool tryMove(uint32_t from, uint32_t to) {
    if (from == to || work >= options.budget)
      return false;
    auto rotate = [&](uint32_t a, uint32_t b) {
      if (a < b)
        std::rotate(order.begin() + a, order.begin() + a + 1,
                    order.begin() + b + 1);
      else
        std::rotate(order.begin() + b, order.begin() + a,
                    order.begin() + a + 1);
    };
    rotate(from, to);
    uint32_t step = 0;
    int64_t peak = computePeak(g, order, &step);
    work += evalCost();
    bool better = peak < tl.peak;
    if (!better && peak == tl.peak) {
      Timeline after = computeTimeline(g, order);
      work += evalCost();
      better = size_t(std::count(after.postAlloc.begin(), after.postAlloc.end(),
                                 peak)) < atPeak;
    }
    if (better) {
      refresh();
      return true;
    }
    rotate(to, from);
    return false;
  }

  bool tryMoves() {
    uint32_t n = uint32_t(order.size());
    uint32_t t = tl.peakStep;
    struct Move {
      int64_t score;
      uint32_t from, to, alt;
    };
    std::vector<Move> moves;
    for (uint32_t p = 0; p < n; ++p) {
      NodeId v = order[p];
      if (p < t) {
        uint32_t firstSucc = n;
        for (NodeId s : g.succNodes(v))
          firstSucc = std::min(firstSucc, pos[s]);
        if (firstSucc > t)
          moves.push_back({int64_t(g.nodeSize(v)), p, t, firstSucc - 1});
      } else if (p > t) {
        uint32_t lastPred = 0;
        bool any = false;
        for (NodeId q : g.predNodes(v)) {
          lastPred = std::max(lastPred, pos[q]);
          any = true;
        }
        if (any && lastPred >= t)
          continue;
        int64_t frees = 0;
        for (BufferId b : g.predBuffers(v))
          frees += int64_t(g.sizeFree(b));
        moves.push_back({frees - int64_t(g.nodeSize(v)), p, t,
                         any ? lastPred + 1 : 0});
      }
    }
    std::stable_sort(moves.begin(), moves.end(),
                     [](const Move &a, const Move &b) { return a.score > b.score; });
    if (moves.size() > kMovesPerRound)
      moves.resize(kMovesPerRound);
    for (const Move &m : moves)
      if (tryMove(m.from, m.to) || tryMove(m.from, m.alt))
        return true;
    return false;
  }

  const Graph &g;
  WindowSearcher searcher;
  std::vector<NodeId> order;
  std::vector<uint32_t> pos;
  Timeline tl;
  size_t atPeak = 0;
  int64_t target, floor;
  const ImproveOptions &options;
  uint64_t work = 0;
};

} // namespace

SearchResult memsched::improveOrder(const Graph &g,
                                    std::span<const NodeId> start,
                                    const ImproveOptions &options) {
  return detail::improveOrder(g, start, options, computeGraphBounds(g));
}

SearchResult detail::improveOrder(const Graph &g, std::span<const NodeId> start,
                                  const ImproveOptions &options,
                                  const GraphBounds &bounds,
                                  int64_t startPeak) {
  int64_t floor = bounds.lowerBound.bytes;
  uint64_t evalCost = g.numNodes() + g.numEdges() + 1;
  if (startPeak >= 0 && (evalCost >= options.budget || startPeak <= floor)) {
    // The first evaluation alone would use up the budget, or the start
    // already reaches the lower bound: nothing is tried (the result and the
    // work counted are those of the one evaluation run() would make).
    SearchResult r;
    r.order.assign(start.begin(), start.end());
    r.peak = startPeak;
    r.lowerBound = std::min(floor, startPeak);
    r.provenOptimal = startPeak <= floor;
    r.work = evalCost;
    return r;
  }
  Improver improver(g, {start.begin(), start.end()}, floor, floor,
                    bounds.nodeBounds, options);
  return improver.run();
}

/// The first place in `tails` (ascending) whose node is not below `v`,
/// knowing that the places before `from` are below it. The nodes of an
/// increasing stretch of an order mostly land right at `from` (the place
/// after the one before), which is checked first: O(1) there instead of a
/// binary search over a tails array of up to n entries (4 MB at a million
/// nodes, its first levels cache misses).
static size_t placeAfter(const std::vector<NodeId> &tails, size_t from,
                         NodeId v) {
  if (from == tails.size() || tails[from] >= v)
    return from;
  return std::lower_bound(tails.begin() + from + 1, tails.end(), v) -
         tails.begin();
}

/// The place of each node of `order` in the longest-increasing-run search
/// (patience sorting over baseline indices): calls place(i, k) for the i-th
/// node, which ends a run of length k + 1; tailNodes[k] is the smallest last
/// node of such a run so far. O(n log n), about O(n) on orders made of few
/// increasing stretches.
template <typename Place>
static size_t forEachPlace(std::span<const NodeId> order, Place place) {
  std::vector<NodeId> tailNodes;
  size_t k = 0;
  for (uint32_t i = 0; i < order.size(); ++i) {
    NodeId v = order[i];
    // After a node u at place k, every place up to k holds a node <= u: a
    // larger node goes after k.
    k = i > 0 && v > order[i - 1]
            ? placeAfter(tailNodes, k + 1, v)
            : std::lower_bound(tailNodes.begin(), tailNodes.end(), v) -
                  tailNodes.begin();
    if (k == tailNodes.size())
      tailNodes.push_back(v);
    else
      tailNodes[k] = v;
    place(i, k);
  }
  return tailNodes.size();
}

size_t memsched::countMovedNodes(std::span<const NodeId> order) {
  // Longest increasing subsequence of baseline indices.
  return order.size() - forEachPlace(order, [](uint32_t, size_t) {});
}

std::vector<uint8_t> memsched::nodesThatStay(std::span<const NodeId> order) {
  // Longest increasing subsequence of baseline indices with back links:
  // tails[k] is the position in `order` of the smallest last node of a run
  // of length k + 1; prev[i] is the position before i in its run.
  std::vector<uint32_t> tails, prev(order.size(), kNoNode);
  forEachPlace(order, [&](uint32_t i, size_t k) {
    if (k > 0)
      prev[i] = tails[k - 1];
    if (k == tails.size())
      tails.push_back(i);
    else
      tails[k] = i;
  });
  std::vector<uint8_t> stays(order.size(), 0);
  for (uint32_t i = tails.empty() ? kNoNode : tails.back(); i != kNoNode;
       i = prev[i])
    stays[order[i]] = 1;
  return stays;
}

namespace {
/// `base`'s first `prefix` nodes and last `suffix` nodes kept in baseline
/// order at the ends, `order`'s order for the rest. Valid when `order` is:
/// a baseline prefix is closed under predecessors, a suffix under
/// successors.
std::vector<NodeId> blend(std::span<const NodeId> order, uint32_t prefix,
                          uint32_t suffix) {
  uint32_t n = uint32_t(order.size());
  std::vector<NodeId> out;
  out.reserve(n);
  for (NodeId v = 0; v < prefix; ++v)
    out.push_back(v);
  for (NodeId v : order)
    if (v >= prefix && v < n - suffix)
      out.push_back(v);
  for (NodeId v = n - suffix; v < n; ++v)
    out.push_back(v);
  return out;
}
} // namespace

BudgetResult memsched::budgetOrder(const Graph &g, int64_t budget,
                                   std::span<const std::vector<NodeId>> candidates,
                                   const ImproveOptions &options) {
  BudgetResult best;
  best.order = g.baselineOrder();
  best.peak = computePeak(g, best.order);
  if (best.peak <= budget) {
    best.met = true;
    return best;
  }
  GraphBounds bounds = computeGraphBounds(g);
  int64_t floor = bounds.lowerBound.bytes;
  std::vector<std::vector<NodeId>> tries;
  {
    // The baseline, repaired around its peaks until it fits.
    Improver repair(g, best.order, budget, floor, bounds.nodeBounds, options);
    tries.push_back(repair.run().order);
  }
  tries.insert(tries.end(), candidates.begin(), candidates.end());
  const uint32_t n = uint32_t(g.numNodes());
  for (std::vector<NodeId> &order : tries) {
    int64_t peak = computePeak(g, order);
    if (peak > budget) {
      if (!best.met && peak < best.peak) {
        best.peak = peak;
        best.order = order;
      }
      continue;
    }
    // Keep as long a baseline prefix, then suffix, as still fits.
    auto fits = [&](uint32_t prefix, uint32_t suffix) {
      return computePeak(g, blend(order, prefix, suffix)) <= budget;
    };
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
      uint32_t mid = lo + (hi - lo + 1) / 2;
      if (fits(mid, 0))
        lo = mid;
      else
        hi = mid - 1;
    }
    uint32_t prefix = lo;
    lo = 0, hi = n - prefix;
    while (lo < hi) {
      uint32_t mid = lo + (hi - lo + 1) / 2;
      if (fits(prefix, mid))
        lo = mid;
      else
        hi = mid - 1;
    }
    std::vector<NodeId> kept = blend(order, prefix, lo);
    size_t moved = countMovedNodes(kept);
    int64_t keptPeak = computePeak(g, kept);
    if (!best.met || moved < best.moved ||
        (moved == best.moved && keptPeak < best.peak)) {
      best.met = true;
      best.order = std::move(kept);
      best.peak = keptPeak;
      best.moved = moved;
    }
  }
  if (!best.met)
    best.moved = countMovedNodes(best.order);
  return best;
}
