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

std::vector<NodeId> memsched::lpmfOrder(const Graph &g,
                                        const LpmfOptions &options) {
  size_t n = g.numNodes(), m = g.numBuffers();
  std::vector<int64_t> size(n), toFree(n, 0);
  std::vector<uint32_t> indeg(n);
  for (NodeId v = 0; v < n; ++v) {
    size[v] = static_cast<int64_t>(g.nodeSize(v));
    indeg[v] = static_cast<uint32_t>(g.predNodes(v).size());
  }
  std::vector<uint32_t> uses(m);
  for (BufferId b = 0; b < m; ++b)
    uses[b] = static_cast<uint32_t>(g.bufferReaders(b).size()) +
              (g.isOutput(b) ? 1 : 0);
  for (NodeId v = 0; v < n; ++v) {
    for (BufferId b : g.predBuffers(v))
      if (uses[b] == 1)
        toFree[v] += static_cast<int64_t>(g.sizeFree(b));
    for (BufferId b : g.nodeBuffers(v))
      if (uses[b] == 0)
        toFree[v] += static_cast<int64_t>(g.sizeFree(b));
  }
  int64_t live = 0, outputs = 0;
  for (BufferId b : g.inputs())
    live += static_cast<int64_t>(g.sizeFree(b));
  for (BufferId b = 0; b < m; ++b)
    if (g.isOutput(b))
      outputs += static_cast<int64_t>(g.sizeFree(b));
  int64_t maxMem = std::max(live, outputs);

  // Leaves in (size, index) order; sizes equal to a leaf's form the range
  // [groupBegin, groupEnd) around it.
  std::vector<NodeId> bySize(n);
  std::iota(bySize.begin(), bySize.end(), 0);
  std::stable_sort(bySize.begin(), bySize.end(),
                   [&](NodeId a, NodeId b) { return size[a] < size[b]; });
  std::vector<uint32_t> leafOf(n), groupEnd(n);
  std::vector<int64_t> sortedSize(n);
  for (uint32_t i = 0; i < n; ++i) {
    leafOf[bySize[i]] = i;
    sortedSize[i] = size[bySize[i]];
  }
  for (uint32_t i = static_cast<uint32_t>(n); i-- > 0;)
    groupEnd[i] = i + 1 < n && sortedSize[i + 1] == sortedSize[i]
                      ? groupEnd[i + 1]
                      : i + 1;
  ReadyTree tree(n);
  std::vector<uint8_t> isReady(n, 0);

  // The successor-based strategy's key is fixed once a node is ready, so a
  // heap with lazy deletion serves it.
  using SuccKey = std::tuple<uint32_t, uint32_t, NodeId>;
  std::priority_queue<SuccKey, std::vector<SuccKey>, std::greater<SuccKey>>
      succHeap;
  uint32_t seq = 0;
  auto makeReady = [&](NodeId v) {
    isReady[v] = 1;
    tree.set(leafOf[v], v, size[v] - toFree[v]);
    if (options.succThreshold > 0) {
      auto succs = g.succNodes(v);
      uint32_t earliest =
          succs.empty() ? static_cast<uint32_t>(n) : succs.front();
      succHeap.emplace(earliest, seq++, v);
    }
  };
  for (NodeId v = 0; v < n; ++v)
    if (indeg[v] == 0)
      makeReady(v);

  std::vector<NodeId> order;
  order.reserve(n);
  while (order.size() < n) {
    NodeId v = kNoNode;
    if (options.succThreshold > 0) {
      uint32_t smallest = tree.firstPresent(0);
      if (smallest != kNoNode && static_cast<uint64_t>(sortedSize[smallest]) >
                                     options.succThreshold) {
        while (!isReady[std::get<2>(succHeap.top())])
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
    isReady[v] = 0;
    tree.set(leafOf[v], kNoNode, 0);
    order.push_back(v);

    live += size[v];
    maxMem = std::max(maxMem, live);
    live -= toFree[v];

    for (NodeId s : g.succNodes(v))
      if (--indeg[s] == 0)
        makeReady(s);
    for (BufferId b : g.predBuffers(v)) {
      if (--uses[b] != 1)
        continue;
      int64_t freed = static_cast<int64_t>(g.sizeFree(b));
      if (freed == 0)
        continue;
      for (NodeId r : g.bufferReaders(b)) {
        toFree[r] += freed;
        if (isReady[r])
          tree.set(leafOf[r], r, size[r] - toFree[r]);
      }
    }
  }
  return order;
}
