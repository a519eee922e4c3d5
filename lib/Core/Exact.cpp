//===- Exact.cpp - Minimum-peak order by search over scheduled sets -------===//
//
// Decomposition first: a node comparable to every other node (an ancestor
// or descendant of each) sits at the same step in every order, with the same
// nodes before it. The graph splits at such nodes into parts that occupy the
// same steps in every order; live memory at a part's boundary is the same in
// every order, so each part is searched on its own (WindowSearcher) and the
// peak is the largest part's. Parts are searched from the one with the
// highest peak in the incumbent down; a part whose incumbent peak is already
// at or below what the whole graph is known to need is left as it is.
//
//===----------------------------------------------------------------------===//

#include "KeySort.h"
#include "WindowSearch.h"
#include "memsched/Core/Search.h"
#include "memsched/Core/Timeline.h"

#include <algorithm>
#include <bit>

using namespace memsched;
using namespace memsched::detail;

namespace {
/// Parts longer than this are not searched (each state is a bit per node,
/// and finding the ready nodes of a state scans the part).
constexpr uint32_t kPartLimit = 2048;

struct Part {
  uint32_t start, len;
  int64_t incumbentMax;
};

/// Whether each baseline position holds a node comparable to all others,
/// without reachability (O(n + e), a sufficient test): no edge jumps over
/// v, every node before v has a successor and every node after v a
/// predecessor. Then following successors from any earlier node climbs to v
/// (they never pass it), and following predecessors from any later node
/// comes down to v.
std::vector<uint8_t> cutsWithoutReachability(const Graph &g) {
  uint32_t n = uint32_t(g.numNodes());
  std::vector<uint8_t> cut(n, 0);
  std::vector<uint8_t> laterAllHavePreds(n + 1, 1);
  for (NodeId v = n; v-- > 0;)
    laterAllHavePreds[v] = laterAllHavePreds[v + 1] && !g.predNodes(v).empty();
  uint32_t reach = 0; // Furthest successor of any node before v.
  bool earlierAllHaveSuccs = true;
  for (NodeId v = 0; v < n; ++v) {
    cut[v] = reach <= v && earlierAllHaveSuccs && laterAllHavePreds[v + 1];
    for (NodeId s : g.succNodes(v))
      reach = std::max(reach, s);
    earlierAllHaveSuccs = earlierAllHaveSuccs && !g.succNodes(v).empty();
  }
  return cut;
}

/// Positions where the graph splits: nodes comparable to all others form
/// parts of their own, and the runs between them form the rest.
std::vector<Part> splitParts(const Graph &g, const Reachability *reach) {
  uint32_t n = uint32_t(g.numNodes());
  std::vector<Part> parts;
  std::vector<uint8_t> linearCuts;
  if (!reach)
    linearCuts = cutsWithoutReachability(g);
  uint32_t runStart = 0;
  for (NodeId v = 0; v < n; ++v) {
    if (reach) {
      size_t anc = 0, desc = 0;
      for (size_t w = 0; w < reach->words; ++w) {
        anc += std::popcount(reach->anc[v * reach->words + w]);
        desc += std::popcount(reach->desc[v * reach->words + w]);
      }
      // In the baseline (a valid order) every ancestor comes first, so a
      // node with v ancestors and n-1-v descendants is comparable to all.
      if (anc != v || desc != n - 1 - v)
        continue;
    } else if (!linearCuts[v]) {
      continue;
    }
    if (runStart < v)
      parts.push_back({runStart, v - runStart, 0});
    parts.push_back({v, 1, 0});
    runStart = v + 1;
  }
  if (runStart < n)
    parts.push_back({runStart, n - runStart, 0});
  return parts;
}
} // namespace

SearchResult memsched::exactOrder(const Graph &g,
                                  std::span<const NodeId> incumbent,
                                  const ExactOptions &options) {
  // The incumbent's peak (O(n + e)) lets the search return at once when
  // the incumbent already reaches the bound.
  return detail::exactOrder(g, incumbent, options, computeGraphBounds(g),
                            computePeak(g, incumbent));
}

SearchResult detail::exactOrder(const Graph &g,
                                std::span<const NodeId> incumbent,
                                const ExactOptions &options,
                                const GraphBounds &bounds,
                                int64_t incumbentPeak) {
  SearchResult res;
  const size_t n = g.numNodes();
  res.order.assign(incumbent.begin(), incumbent.end());
  if (n == 0) {
    res.provenOptimal = true;
    return res;
  }
  int64_t floor = bounds.lowerBound.bytes;
  if (incumbentPeak >= 0 && incumbentPeak <= floor) {
    // The incumbent already reaches the bound: no part can lower the peak
    // and the search below would skip every one of them. Returned at once:
    // splitting a million-node chain into its million parts, timing and
    // sorting them costs as much as LPMF on it.
    res.peak = incumbentPeak;
    res.lowerBound = incumbentPeak;
    res.provenOptimal = true;
    return res;
  }

  std::vector<Part> parts =
      splitParts(g, bounds.reach ? &*bounds.reach : nullptr);
  size_t largest = 0;
  for (const Part &p : parts)
    largest = std::max<size_t>(largest, p.len);
  auto tooLargeNote = [&] {
    return "a part of " + std::to_string(largest) +
           " nodes is over the search limit of " + std::to_string(kPartLimit);
  };
  if (incumbentPeak >= 0 && parts.size() == 1 && largest > kPartLimit) {
    // The one part cannot be searched: the incumbent is the answer (the
    // loop below would skip the part with the same verdict).
    res.peak = incumbentPeak;
    res.lowerBound = std::min(floor, res.peak);
    res.provenOptimal = res.peak <= floor;
    if (!res.provenOptimal)
      res.note = tooLargeNote();
    return res;
  }

  // The step of each node and the memory in use after each step allocates:
  // all the search needs of the incumbent's timeline (a million-node
  // graph's full timeline is 45 MB of fresh pages, this is 12 MB).
  std::vector<uint32_t> pos;
  std::vector<int64_t> postAlloc;
  computeStepTotals(g, res.order, pos, postAlloc);
  for (Part &p : parts)
    p.incumbentMax = *std::max_element(postAlloc.begin() + p.start,
                                       postAlloc.begin() + p.start + p.len);
  // Highest incumbent peak first, ties in part order: a stable radix sort
  // on the complement of the peak with its sign bit flipped (so unsigned
  // order is descending signed order), since a graph can split into a
  // million parts (a chain).
  std::vector<uint64_t> keys(parts.size());
  for (size_t k = 0; k < parts.size(); ++k)
    keys[k] =
        ~(static_cast<uint64_t>(parts[k].incumbentMax) ^ (uint64_t(1) << 63));
  std::vector<uint32_t> byPeak = orderByKey(keys);
  keys = std::vector<uint64_t>();
  int64_t inputs = 0;
  for (BufferId b : g.inputs())
    inputs += int64_t(g.sizeAlloc(b));

  WindowSearcher searcher(g, bounds.nodeBounds);
  bool tooLarge = false, outOfBudget = false, changed = false;
  for (uint32_t k : byPeak) {
    const Part &p = parts[k];
    if (p.incumbentMax <= floor)
      continue; // Cannot lower the peak of the whole graph.
    if (p.len > kPartLimit) {
      tooLarge = true;
      continue;
    }
    if (res.work >= options.budget) {
      outOfBudget = true;
      continue;
    }
    // What is live after the frees of the step before the part: after the
    // allocations of its first step less what that step allocates.
    int64_t liveBefore =
        p.start == 0
            ? inputs
            : postAlloc[p.start] - int64_t(g.nodeSize(res.order[p.start]));
    WindowResult wr =
        searcher.solve(res.order, pos, p.start, p.len, liveBefore,
                       p.incumbentMax, floor, options.budget - res.work);
    res.work += wr.expanded;
    switch (wr.status) {
    case WindowResult::Found:
      std::copy(wr.order.begin(), wr.order.end(),
                res.order.begin() + p.start);
      for (uint32_t i = p.start; i < p.start + p.len; ++i)
        pos[res.order[i]] = i;
      floor = std::max(floor, wr.max);
      changed = true;
      break;
    case WindowResult::NoBetter:
      floor = std::max(floor, p.incumbentMax);
      break;
    case WindowResult::OutOfBudget:
      floor = std::max(floor, wr.lowerBound);
      outOfBudget = true;
      break;
    }
  }
  // Unchanged, the incumbent's peak is the highest of its totals.
  res.peak = changed ? computePeak(g, res.order)
                     : *std::max_element(postAlloc.begin(), postAlloc.end());
  res.lowerBound = std::min(floor, res.peak);
  res.provenOptimal = res.peak <= floor;
  if (!res.provenOptimal) {
    if (outOfBudget)
      res.note = "exact-budget of " + std::to_string(options.budget) +
                 " states ran out";
    if (tooLarge)
      res.note += std::string(res.note.empty() ? "" : "; ") + tooLargeNote();
    if (res.note.empty())
      res.note = "search incomplete";
  }
  return res;
}
