//===- Lpmf.cpp - Least peak memory first ---------------------------------===//
//
// Inductor picks the ready node with the smallest key
//   (size(v) if size(v) > gap else 0, size(v) - to_free(v), index(v)),
// where gap = max_mem - live changes after every pick. Nodes whose size fits
// in the gap all have first key 0 and beat every node that does not fit, so
// the pick is
//   - among ready nodes with size <= gap: the smallest (size - to_free, index);
//   - else among the others: the smallest (size, size - to_free, index).
// Sorting all nodes once by (size, index) turns "size <= gap" into a prefix
// of that order and "the smallest size" into the first ready leaf, after
// which only (size - to_free, index) is left to compare, within a range of
// equal sizes. One segment tree holding that key answers all of it in
// O(log n) while the gap moves and to_free grows.
//
//===----------------------------------------------------------------------===//

#include "memsched/Core/Heuristics.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <queue>
#include <tuple>

using namespace memsched;

namespace {

/// A segment tree over the nodes sorted by (size, index). Each tree node
/// holds, inline, the smallest (size - to_free, index) among the ready nodes
/// of its range, so updates and queries touch only the tree.
class ReadyTree {
public:
  explicit ReadyTree(size_t numLeaves) {
    width = 1;
    while (width < numLeaves)
      width <<= 1;
    diff.assign(2 * width, kEmptyDiff);
    node.assign(2 * width, kNoNode);
  }

  /// Makes leaf `leaf` hold node `v` with key `d`, or empty (v = kNoNode).
  void set(uint32_t leaf, NodeId v, int64_t d) {
    uint32_t i = leaf + width;
    diff[i] = v == kNoNode ? kEmptyDiff : d;
    node[i] = v;
    for (i >>= 1; i >= 1; i >>= 1) {
      uint32_t l = 2 * i, r = l + 1;
      uint32_t best = less(r, l) ? r : l;
      if (diff[i] == diff[best] && node[i] == node[best])
        break; // Unchanged here, so unchanged above.
      diff[i] = diff[best];
      node[i] = node[best];
    }
  }

  /// The ready node with the smallest (size - to_free, index) among leaves
  /// [lo, hi), or kNoNode.
  NodeId query(uint32_t lo, uint32_t hi) const {
    uint32_t best = 0; // Index of the best tree node so far (0 = none).
    for (lo += width, hi += width; lo < hi; lo >>= 1, hi >>= 1) {
      if (lo & 1) {
        if (best == 0 || less(lo, best))
          best = lo;
        ++lo;
      }
      if (hi & 1) {
        --hi;
        if (best == 0 || less(hi, best))
          best = hi;
      }
    }
    return best == 0 ? kNoNode : node[best];
  }

  /// The first leaf at or after `pos` that holds a ready node, or kNoNode.
  uint32_t firstPresent(uint32_t pos) const {
    if (pos >= width)
      return kNoNode;
    uint32_t i = pos + width;
    if (node[i] != kNoNode)
      return pos;
    for (;;) {
      if (i == 1)
        return kNoNode;
      if ((i & 1) == 0 && node[i + 1] != kNoNode) {
        ++i;
        break;
      }
      i >>= 1;
    }
    while (i < width)
      i = node[2 * i] != kNoNode ? 2 * i : 2 * i + 1;
    return i - width;
  }

private:
  static constexpr int64_t kEmptyDiff = std::numeric_limits<int64_t>::max();
  bool less(uint32_t a, uint32_t b) const {
    if (node[a] == kNoNode)
      return false;
    if (node[b] == kNoNode)
      return true;
    return diff[a] != diff[b] ? diff[a] < diff[b] : node[a] < node[b];
  }

  uint32_t width;
  std::vector<int64_t> diff;
  std::vector<NodeId> node;
};

} // namespace

namespace {
/// What the main loop touches per node, in one cache line.
struct NodeState {
  int64_t size = 0;
  int64_t toFree = 0;
  uint32_t indeg = 0;
  uint32_t leaf = 0;
  bool ready = false;
  int64_t key() const { return size - toFree; }
};
/// What the main loop touches per buffer.
struct BufferState {
  int64_t sizeFree = 0;
  uint32_t uses = 0;
};
} // namespace

std::vector<NodeId> memsched::lpmfOrder(const Graph &g,
                                        const LpmfOptions &options) {
  size_t n = g.numNodes(), m = g.numBuffers();
  std::vector<NodeState> node(n);
  std::vector<BufferState> buf(m);
  for (BufferId b = 0; b < m; ++b) {
    buf[b].sizeFree = static_cast<int64_t>(g.sizeFree(b));
    buf[b].uses = static_cast<uint32_t>(g.bufferReaders(b).size()) +
                  (g.isOutput(b) ? 1 : 0);
  }
  for (NodeId v = 0; v < n; ++v) {
    NodeState &s = node[v];
    s.size = static_cast<int64_t>(g.nodeSize(v));
    s.indeg = static_cast<uint32_t>(g.predNodes(v).size());
    for (BufferId b : g.predBuffers(v))
      if (buf[b].uses == 1)
        s.toFree += buf[b].sizeFree;
    for (BufferId b : g.nodeBuffers(v))
      if (buf[b].uses == 0)
        s.toFree += buf[b].sizeFree;
  }
  int64_t live = 0, outputs = 0;
  for (BufferId b : g.inputs())
    live += buf[b].sizeFree;
  for (BufferId b = 0; b < m; ++b)
    if (g.isOutput(b))
      outputs += buf[b].sizeFree;
  int64_t maxMem = std::max(live, outputs);

  // Leaves in (size, index) order; sizes equal to a leaf's form the range
  // [leaf, groupEnd[leaf]) from its first leaf on.
  std::vector<NodeId> bySize(n);
  std::iota(bySize.begin(), bySize.end(), 0);
  std::stable_sort(bySize.begin(), bySize.end(), [&](NodeId a, NodeId b) {
    return node[a].size < node[b].size;
  });
  std::vector<uint32_t> groupEnd(n);
  std::vector<int64_t> sortedSize(n);
  for (uint32_t i = 0; i < n; ++i) {
    node[bySize[i]].leaf = i;
    sortedSize[i] = node[bySize[i]].size;
  }
  for (uint32_t i = static_cast<uint32_t>(n); i-- > 0;)
    groupEnd[i] = i + 1 < n && sortedSize[i + 1] == sortedSize[i]
                      ? groupEnd[i + 1]
                      : i + 1;
  ReadyTree tree(n);

  // The successor-based strategy's key is fixed once a node is ready, so a
  // heap with lazy deletion serves it.
  using SuccKey = std::tuple<uint32_t, uint32_t, NodeId>;
  std::priority_queue<SuccKey, std::vector<SuccKey>, std::greater<SuccKey>>
      succHeap;
  uint32_t seq = 0;
  auto makeReady = [&](NodeId v) {
    NodeState &s = node[v];
    s.ready = true;
    tree.set(s.leaf, v, s.key());
    if (options.succThreshold > 0) {
      auto succs = g.succNodes(v);
      uint32_t earliest =
          succs.empty() ? static_cast<uint32_t>(n) : succs.front();
      succHeap.emplace(earliest, seq++, v);
    }
  };
  for (NodeId v = 0; v < n; ++v)
    if (node[v].indeg == 0)
      makeReady(v);

  std::vector<NodeId> order;
  order.reserve(n);
  while (order.size() < n) {
    NodeId v = kNoNode;
    if (options.succThreshold > 0) {
      uint32_t smallest = tree.firstPresent(0);
      if (smallest != kNoNode && static_cast<uint64_t>(sortedSize[smallest]) >
                                     options.succThreshold) {
        while (!node[std::get<2>(succHeap.top())].ready)
          succHeap.pop(); // Already scheduled.
        v = std::get<2>(succHeap.top());
      }
    }
    if (v == kNoNode) {
      int64_t gap = maxMem - live;
      uint32_t fit = static_cast<uint32_t>(
          std::upper_bound(sortedSize.begin(), sortedSize.end(), gap) -
          sortedSize.begin());
      v = tree.query(0, fit);
      if (v == kNoNode) {
        // Nothing fits: the smallest size wins, then (size - to_free, index)
        // among the nodes of that size.
        uint32_t first = tree.firstPresent(fit);
        if (first == kNoNode)
          break; // Nothing ready: only possible on a cyclic graph.
        v = tree.query(first, groupEnd[first]);
      }
    }
    NodeState &picked = node[v];
    picked.ready = false;
    tree.set(picked.leaf, kNoNode, 0);
    order.push_back(v);

    live += picked.size;
    maxMem = std::max(maxMem, live);
    live -= picked.toFree;

    for (NodeId s : g.succNodes(v))
      if (--node[s].indeg == 0)
        makeReady(s);
    for (BufferId b : g.predBuffers(v)) {
      BufferState &bs = buf[b];
      if (--bs.uses != 1 || bs.sizeFree == 0)
        continue;
      for (NodeId r : g.bufferReaders(b)) {
        NodeState &rs = node[r];
        rs.toFree += bs.sizeFree;
        if (rs.ready)
          tree.set(rs.leaf, r, rs.key());
      }
    }
  }
  return order;
}
