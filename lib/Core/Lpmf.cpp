//===- Lpmf.cpp - Least peak memory first ---------------------------------===//
//
// Inductor picks the ready node with the smallest key
//   (size(v) if size(v) > gap else 0, size(v) - to_free(v), index(v)),
// where gap = max_mem - live changes after every pick. Nodes whose size fits
// in the gap all have first key 0 and beat every node that does not fit, so
// the pick is
//   - among ready nodes with size <= gap: the smallest (size - to_free, index);
//   - else among the others: the smallest (size, size - to_free, index).
// Sorting all nodes once by size turns "size <= gap" into a prefix of that
// order, so a segment tree over it answers both questions in O(log n) while
// gap moves and to_free grows. A third key serves the successor-based
// strategy.
//
//===----------------------------------------------------------------------===//

#include "memsched/Core/Heuristics.h"

#include <algorithm>
#include <numeric>

using namespace memsched;

namespace {

/// Per-node state the comparisons read.
struct LpmfState {
  std::vector<int64_t> size, toFree;
  std::vector<uint32_t> earliestSucc, readySeq;

  /// (size, size - to_free, index)
  bool lessNoFit(NodeId a, NodeId b) const {
    if (size[a] != size[b])
      return size[a] < size[b];
    int64_t da = size[a] - toFree[a], db = size[b] - toFree[b];
    if (da != db)
      return da < db;
    return a < b;
  }
  /// (size - to_free, index)
  bool lessFit(NodeId a, NodeId b) const {
    int64_t da = size[a] - toFree[a], db = size[b] - toFree[b];
    if (da != db)
      return da < db;
    return a < b;
  }
  /// (earliest successor, readiness order)
  bool lessSucc(NodeId a, NodeId b) const {
    if (earliestSucc[a] != earliestSucc[b])
      return earliestSucc[a] < earliestSucc[b];
    return readySeq[a] < readySeq[b];
  }
};

/// A segment tree over nodes sorted by size; each tree node keeps the best
/// ready node of its range under each of the three orders.
class ReadyTree {
public:
  enum Key { NoFit = 0, Fit = 1, Succ = 2 };

  ReadyTree(const LpmfState &state, std::vector<NodeId> leafNode)
      : state(state), leafNode(std::move(leafNode)) {
    width = 1;
    while (width < this->leafNode.size())
      width <<= 1;
    best.assign(3 * 2 * width, kNoNode);
  }

  void set(uint32_t leaf, bool present) {
    uint32_t i = leaf + width;
    NodeId v = present ? leafNode[leaf] : kNoNode;
    for (int k = 0; k < 3; ++k)
      at(i, k) = v;
    for (i >>= 1; i >= 1; i >>= 1)
      for (int k = 0; k < 3; ++k)
        at(i, k) = pick(at(2 * i, k), at(2 * i + 1, k), k);
  }

  /// Best node under `key` among leaves [lo, hi).
  NodeId query(uint32_t lo, uint32_t hi, int key) const {
    NodeId result = kNoNode;
    for (lo += width, hi += width; lo < hi; lo >>= 1, hi >>= 1) {
      if (lo & 1)
        result = pick(result, at(lo++, key), key);
      if (hi & 1)
        result = pick(result, at(--hi, key), key);
    }
    return result;
  }

private:
  NodeId &at(uint32_t i, int key) { return best[3 * i + key]; }
  NodeId at(uint32_t i, int key) const { return best[3 * i + key]; }

  NodeId pick(NodeId a, NodeId b, int key) const {
    if (a == kNoNode)
      return b;
    if (b == kNoNode)
      return a;
    bool less = key == NoFit  ? state.lessNoFit(b, a)
                : key == Fit ? state.lessFit(b, a)
                             : state.lessSucc(b, a);
    return less ? b : a;
  }

  const LpmfState &state;
  std::vector<NodeId> leafNode;
  uint32_t width;
  std::vector<NodeId> best;
};

} // namespace

std::vector<NodeId> memsched::lpmfOrder(const Graph &g,
                                        const LpmfOptions &options) {
  size_t n = g.numNodes(), m = g.numBuffers();
  LpmfState state;
  state.size.resize(n);
  state.toFree.assign(n, 0);
  state.earliestSucc.resize(n);
  state.readySeq.assign(n, 0);
  std::vector<uint32_t> indeg(n);
  for (NodeId v = 0; v < n; ++v) {
    state.size[v] = static_cast<int64_t>(g.nodeSize(v));
    indeg[v] = static_cast<uint32_t>(g.predNodes(v).size());
    auto succs = g.succNodes(v);
    state.earliestSucc[v] =
        succs.empty() ? static_cast<uint32_t>(n) : succs.front();
  }
  std::vector<uint32_t> uses(m);
  for (BufferId b = 0; b < m; ++b)
    uses[b] = static_cast<uint32_t>(g.bufferReaders(b).size()) +
              (g.isOutput(b) ? 1 : 0);
  for (NodeId v = 0; v < n; ++v) {
    for (BufferId b : g.predBuffers(v))
      if (uses[b] == 1)
        state.toFree[v] += static_cast<int64_t>(g.sizeFree(b));
    for (BufferId b : g.nodeBuffers(v))
      if (uses[b] == 0)
        state.toFree[v] += static_cast<int64_t>(g.sizeFree(b));
  }
  int64_t live = 0, outputs = 0;
  for (BufferId b : g.inputs())
    live += static_cast<int64_t>(g.sizeFree(b));
  for (BufferId b = 0; b < m; ++b)
    if (g.isOutput(b))
      outputs += static_cast<int64_t>(g.sizeFree(b));
  int64_t maxMem = std::max(live, outputs);

  // Leaves sorted by size; sortedSize answers "how many fit in the gap".
  std::vector<NodeId> bySize(n);
  std::iota(bySize.begin(), bySize.end(), 0);
  std::stable_sort(bySize.begin(), bySize.end(), [&](NodeId a, NodeId b) {
    return state.size[a] < state.size[b];
  });
  std::vector<uint32_t> leafOf(n);
  std::vector<int64_t> sortedSize(n);
  for (uint32_t i = 0; i < n; ++i) {
    leafOf[bySize[i]] = i;
    sortedSize[i] = state.size[bySize[i]];
  }
  ReadyTree tree(state, bySize);
  std::vector<uint8_t> isReady(n, 0);
  uint32_t seq = 0;
  auto makeReady = [&](NodeId v) {
    state.readySeq[v] = seq++;
    isReady[v] = 1;
    tree.set(leafOf[v], true);
  };
  for (NodeId v = 0; v < n; ++v)
    if (indeg[v] == 0)
      makeReady(v);

  std::vector<NodeId> order;
  order.reserve(n);
  const uint32_t all = static_cast<uint32_t>(n);
  while (order.size() < n) {
    NodeId v = kNoNode;
    if (options.succThreshold > 0) {
      NodeId smallest = tree.query(0, all, ReadyTree::NoFit);
      if (smallest != kNoNode &&
          static_cast<uint64_t>(state.size[smallest]) > options.succThreshold)
        v = tree.query(0, all, ReadyTree::Succ);
    }
    if (v == kNoNode) {
      int64_t gap = maxMem - live;
      uint32_t fit = static_cast<uint32_t>(
          std::upper_bound(sortedSize.begin(), sortedSize.end(), gap) -
          sortedSize.begin());
      v = tree.query(0, fit, ReadyTree::Fit);
      if (v == kNoNode)
        v = tree.query(fit, all, ReadyTree::NoFit);
    }
    if (v == kNoNode)
      break; // Nothing ready: only possible on a cyclic graph.
    isReady[v] = 0;
    tree.set(leafOf[v], false);
    order.push_back(v);

    live += state.size[v];
    maxMem = std::max(maxMem, live);
    live -= state.toFree[v];

    for (NodeId s : g.succNodes(v))
      if (--indeg[s] == 0)
        makeReady(s);
    for (BufferId b : g.predBuffers(v)) {
      if (--uses[b] != 1)
        continue;
      int64_t freed = static_cast<int64_t>(g.sizeFree(b));
      for (NodeId r : g.bufferReaders(b)) {
        state.toFree[r] += freed;
        if (isReady[r] && freed != 0)
          tree.set(leafOf[r], true);
      }
    }
  }
  return order;
}
