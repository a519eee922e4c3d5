//===- LowerBound.cpp - Peaks no order can go below -----------------------===//
//
// post_alloc at a step is the sum, over buffers, of a contribution that
// depends on the buffer's state then: 0 before its producer runs, size_alloc
// while live, size_alloc - size_free once freed (negative for the parts of a
// packed allocation, positive for the packed buffer itself). A bound on one
// step is the sum of the least contribution each buffer can have at it.
//
//===----------------------------------------------------------------------===//

#include "WindowSearch.h"
#include "memsched/Core/Search.h"

#include <algorithm>
#include <bit>
#include <limits>

using namespace memsched;
using namespace memsched::detail;

Reachability detail::computeReachability(const Graph &g) {
  Reachability r;
  size_t n = g.numNodes();
  r.words = (n + 63) / 64;
  r.anc.assign(n * r.words, 0);
  r.desc.assign(n * r.words, 0);
  // Row v |= row u and bit u, for each neighbour u already complete.
  auto absorb = [&](std::vector<uint64_t> &rows, NodeId v,
                    std::span<const NodeId> neighbours) {
    uint64_t *row = rows.data() + v * r.words;
    for (NodeId u : neighbours) {
      const uint64_t *other = rows.data() + u * r.words;
      for (size_t w = 0; w < r.words; ++w)
        row[w] |= other[w];
      row[u / 64] |= uint64_t(1) << (u % 64);
    }
  };
  // The baseline is a valid order: predecessors come first.
  for (NodeId v = 0; v < n; ++v)
    absorb(r.anc, v, g.predNodes(v));
  for (NodeId v = NodeId(n); v-- > 0;)
    absorb(r.desc, v, g.succNodes(v));
  return r;
}

namespace {
int64_t alloc(const Graph &g, BufferId b) { return int64_t(g.sizeAlloc(b)); }
int64_t freed(const Graph &g, BufferId b) { return int64_t(g.sizeFree(b)); }

/// The least contribution of b at a step about which nothing is known except
/// whether the step is step 0 (`canBeFirst`).
int64_t leastAnywhere(const Graph &g, BufferId b, bool canBeFirst) {
  int64_t a = alloc(g, b), f = freed(g, b);
  if (g.isInput(b)) {
    if (g.isOutput(b))
      return a;
    // An unread input dies after step 0; a read one may be dead by then.
    return canBeFirst && g.bufferReaders(b).empty() ? std::min(a, a - f)
                                                    : a - f;
  }
  if (g.isOutput(b))
    return 0; // Not yet made, or live.
  return std::min<int64_t>(0, a - f);
}
} // namespace

std::vector<int64_t> detail::computeNodeBounds(const Graph &g,
                                                const Reachability *reach) {
  size_t n = g.numNodes(), m = g.numBuffers();
  std::vector<int64_t> bound(n, 0);
  if (!reach) {
    // Every buffer at its least, except the node's reads (live) and its own
    // buffers (just made).
    int64_t base = 0, baseFirst = 0;
    for (BufferId b = 0; b < m; ++b) {
      base += leastAnywhere(g, b, false);
      baseFirst += leastAnywhere(g, b, true);
    }
    for (NodeId v = 0; v < n; ++v) {
      bool canBeFirst = g.predNodes(v).empty();
      int64_t sum = canBeFirst ? baseFirst : base;
      for (BufferId b : g.nodeBuffers(v))
        sum += alloc(g, b) - leastAnywhere(g, b, canBeFirst);
      for (BufferId b : g.predBuffers(v))
        sum += alloc(g, b) - leastAnywhere(g, b, canBeFirst);
      bound[v] = sum;
    }
    return bound;
  }
  const Reachability &r = *reach;
  std::vector<uint8_t> isRead(m, 0);
  for (NodeId v = 0; v < n; ++v) {
    for (BufferId b : g.predBuffers(v))
      isRead[b] = 1;
    int64_t sum = 0;
    bool canBeFirst = g.predNodes(v).empty();
    for (BufferId b = 0; b < m; ++b) {
      int64_t a = alloc(g, b), f = freed(g, b);
      NodeId p = g.producer(b);
      if (p == v || isRead[b]) {
        sum += a;
        continue;
      }
      bool startedSure = p == kNoNode || r.isAnc(p, v);
      bool startedMaybe = p == kNoNode || !r.isDesc(p, v);
      // Can b be freed before v's step? Not if it is an output or a reader
      // is v or comes after v; surely if every reader comes before v (an
      // unread input only when v cannot be first).
      bool mustLive = g.isOutput(b);
      bool allBefore = !g.isOutput(b);
      for (NodeId reader : g.bufferReaders(b)) {
        if (reader == v || r.isDesc(reader, v))
          mustLive = true;
        if (!r.isAnc(reader, v))
          allBefore = false;
      }
      if (p == kNoNode && g.bufferReaders(b).empty() && canBeFirst)
        allBefore = false;
      int64_t least;
      if (!startedMaybe)
        least = 0;
      else if (allBefore && startedSure)
        least = a - f;
      else {
        least = mustLive ? a : std::min(a, a - f);
        if (!startedSure)
          least = std::min<int64_t>(least, 0);
      }
      sum += least;
    }
    for (BufferId b : g.predBuffers(v))
      isRead[b] = 0;
    bound[v] = sum;
  }
  return bound;
}

GraphBounds detail::computeGraphBounds(const Graph &g) {
  GraphBounds bounds;
  if (g.numNodes() <= kReachabilityLimit)
    bounds.reach = computeReachability(g);
  bounds.nodeBounds =
      computeNodeBounds(g, bounds.reach ? &*bounds.reach : nullptr);
  bounds.lowerBound = lowerBoundFrom(g, bounds.nodeBounds);
  return bounds;
}

LowerBound memsched::computeLowerBound(const Graph &g) {
  return computeGraphBounds(g).lowerBound;
}

LowerBound detail::lowerBoundFrom(const Graph &g,
                                  std::span<const int64_t> bounds) {
  LowerBound lb;
  size_t n = g.numNodes();
  if (n == 0)
    return lb;
  // Step 0: the freeable inputs and the smallest node that can go first.
  int64_t inputs = 0;
  for (BufferId b : g.inputs())
    inputs += alloc(g, b);
  int64_t smallestFirst = std::numeric_limits<int64_t>::max();
  for (NodeId v = 0; v < n; ++v)
    if (g.predNodes(v).empty())
      smallestFirst = std::min(smallestFirst, int64_t(g.nodeSize(v)));
  lb.atStart = inputs + smallestFirst;
  // Last step: what is left at the end, plus what the last node (a node
  // with no successor) frees as the last reader of everything it reads.
  int64_t atEnd = 0;
  for (BufferId b = 0; b < g.numBuffers(); ++b)
    atEnd += g.isOutput(b) ? alloc(g, b) : alloc(g, b) - freed(g, b);
  int64_t unreadInputs = 0;
  if (n == 1)
    for (BufferId b : g.inputs())
      if (!g.isOutput(b) && g.bufferReaders(b).empty())
        unreadInputs += freed(g, b);
  int64_t leastLast = std::numeric_limits<int64_t>::max();
  for (NodeId v = 0; v < n; ++v) {
    if (!g.succNodes(v).empty())
      continue;
    int64_t frees = unreadInputs;
    for (BufferId b : g.predBuffers(v))
      if (!g.isOutput(b))
        frees += freed(g, b);
    for (BufferId b : g.nodeBuffers(v))
      if (!g.isOutput(b) && g.bufferReaders(b).empty())
        frees += freed(g, b);
    leastLast = std::min(leastLast, frees);
  }
  lb.atEnd = atEnd + leastLast;
  // Each node's step.
  lb.usedReachability = n <= kReachabilityLimit;
  lb.workingSet = std::numeric_limits<int64_t>::min();
  for (NodeId v = 0; v < n; ++v)
    if (bounds[v] > lb.workingSet) {
      lb.workingSet = bounds[v];
      lb.workingSetNode = v;
    }
  lb.bytes = std::max({lb.atStart, lb.atEnd, lb.workingSet, int64_t(0)});
  return lb;
}
