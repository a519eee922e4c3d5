//===- Lpmf.cpp - Least peak memory first ---------------------------------===//
//
// Inductor picks the ready node with the smallest key
//   (size(v) if size(v) > gap else 0, size(v) - to_free(v), index(v)),
// where gap = max_mem - live changes after every pick. Nodes whose size fits
// in the gap all have first key 0 and beat every node that does not fit, so
// the pick is
//   - among ready nodes with size <= gap: the smallest (size - to_free, index);
//   - else among the others: the smallest (size, size - to_free, index).
// Grouping the nodes by size (one radix sort) turns "size <= gap" into a
// prefix of the size classes and "the smallest size" into the first class
// with a ready node, after which only (size - to_free, index) is left to
// compare within a class. Min trees per class and one over the classes
// answer all of it in O(log n) while the gap moves and to_free grows; a pick
// touches only the class tree, which is small when sizes repeat.
//
//===----------------------------------------------------------------------===//

#include "memsched/Core/Heuristics.h"

#include "KeySort.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <queue>
#include <tuple>

using namespace memsched;

namespace {

/// A ready node and its key (size - to_free); empty entries hold kNoNode and
/// sort after every node.
struct Entry {
  int64_t key;
  NodeId node;
  bool operator==(const Entry &) const = default;
};
constexpr Entry kEmpty{std::numeric_limits<int64_t>::max(), kNoNode};

/// (key, node) order, without branches: the pair as one 96-bit integer.
inline bool before(const Entry &a, const Entry &b) {
  auto wide = [](const Entry &e) {
    return static_cast<__int128>(e.key) * (static_cast<__int128>(1) << 32) +
           e.node;
  };
  return wide(a) < wide(b);
}
inline const Entry &least(const Entry &a, const Entry &b) {
  return before(b, a) ? b : a;
}

/// The ready nodes, grouped by size class (nodes of one size, in index
/// order). Each class has its own min tree (bottom-up, exactly 2 * members
/// entries, the class minimum at its root), and one tree over the classes,
/// in ascending size, holds those minima. "Fits under the gap" is a prefix
/// of the classes, so a pick queries only the small class tree, and an
/// update climbs its class's tree, then the class tree only if the class
/// minimum changed.
class ReadySets {
public:
  /// `classOf[v]` and `slot[v]` (v's position within its class) for every
  /// node; `classSize[c]` = number of nodes of class c.
  ReadySets(std::vector<uint32_t> classOf, std::vector<uint32_t> slot,
            const std::vector<uint32_t> &classSize)
      : classOf(std::move(classOf)), slot(std::move(slot)) {
    size_t k = classSize.size();
    base.resize(k + 1);
    count = classSize;
    base[0] = 0;
    for (size_t c = 0; c < k; ++c)
      base[c + 1] = base[c] + 2 * static_cast<size_t>(classSize[c]);
    member.assign(base[k], kEmpty);
    width = 1;
    while (width < k)
      width <<= 1;
    top.assign(2 * width, kEmpty);
  }

  /// Makes v ready with `key`, updates its key, or (v empty) removes it.
  void set(NodeId v, Entry e) {
    uint32_t c = classOf[v];
    Entry *tree = member.data() + base[c];
    size_t i = count[c] + slot[v];
    tree[i] = e;
    for (i >>= 1; i >= 1; i >>= 1) {
      const Entry &m = least(tree[2 * i], tree[2 * i + 1]);
      if (tree[i] == m)
        return; // Unchanged here, so unchanged above and in the class tree.
      tree[i] = m;
    }
    // tree[1] is the class minimum (the leaf itself for a class of one).
    size_t t = width + c;
    if (top[t] == tree[1])
      return;
    top[t] = tree[1];
    for (t >>= 1; t >= 1; t >>= 1) {
      const Entry &m = least(top[2 * t], top[2 * t + 1]);
      if (top[t] == m)
        return;
      top[t] = m;
    }
  }

  /// The least ready entry among classes [0, end).
  Entry leastBelow(uint32_t end) const {
    if (end >= width)
      return top[1];
    Entry best = kEmpty;
    for (size_t lo = width, hi = width + end; lo < hi; lo >>= 1, hi >>= 1) {
      if (lo & 1)
        best = least(best, top[lo++]);
      if (hi & 1)
        best = least(best, top[--hi]);
    }
    return best;
  }

  /// The first class at or after `from` with a ready node, or kNoNode.
  uint32_t firstReadyClass(uint32_t from) const {
    if (from >= width)
      return kNoNode;
    size_t i = from + width;
    if (top[i].node != kNoNode)
      return from;
    for (;;) {
      if (i == 1)
        return kNoNode;
      if ((i & 1) == 0 && top[i + 1].node != kNoNode) {
        ++i;
        break;
      }
      i >>= 1;
    }
    while (i < width)
      i = top[2 * i].node != kNoNode ? 2 * i : 2 * i + 1;
    return static_cast<uint32_t>(i - width);
  }

  /// The least ready entry of class c.
  const Entry &classLeast(uint32_t c) const { return top[width + c]; }

private:
  std::vector<uint32_t> classOf, slot, count;
  std::vector<size_t> base;
  std::vector<Entry> member, top;
  size_t width;
};

} // namespace

namespace {
/// What the main loop touches per node: 16 bytes.
struct NodeState {
  int64_t key = 0; // size - to_free
  uint32_t indeg = 0;
  bool ready = false;
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
  std::vector<int64_t> size(n); // Apart: only a pick reads it.
  std::vector<BufferState> buf(m);
  for (BufferId b = 0; b < m; ++b) {
    buf[b].sizeFree = static_cast<int64_t>(g.sizeFree(b));
    buf[b].uses = static_cast<uint32_t>(g.bufferReaders(b).size()) +
                  (g.isOutput(b) ? 1 : 0);
  }
  for (NodeId v = 0; v < n; ++v) {
    NodeState &s = node[v];
    size[v] = static_cast<int64_t>(g.nodeSize(v));
    s.key = size[v];
    s.indeg = static_cast<uint32_t>(g.predNodes(v).size());
    for (BufferId b : g.predBuffers(v))
      if (buf[b].uses == 1)
        s.key -= buf[b].sizeFree;
    for (BufferId b : g.nodeBuffers(v))
      if (buf[b].uses == 0)
        s.key -= buf[b].sizeFree;
  }
  int64_t live = 0, outputs = 0;
  for (BufferId b : g.inputs())
    live += buf[b].sizeFree;
  for (BufferId b = 0; b < m; ++b)
    if (g.isOutput(b))
      outputs += buf[b].sizeFree;
  int64_t maxMem = std::max(live, outputs);

  // Size classes in ascending size; within a class, nodes in index order.
  std::vector<NodeId> bySize = detail::orderByKey(
      {reinterpret_cast<const uint64_t *>(size.data()), n}); // Sizes >= 0.
  std::vector<uint32_t> classOf(n), slot(n), classCount;
  std::vector<int64_t> classSize;
  for (NodeId v : bySize) {
    if (classSize.empty() || classSize.back() != size[v]) {
      classSize.push_back(size[v]);
      classCount.push_back(0);
    }
    classOf[v] = static_cast<uint32_t>(classSize.size() - 1);
    slot[v] = classCount.back()++;
  }
  ReadySets ready(std::move(classOf), std::move(slot), classCount);

  // The successor-based strategy's key is fixed once a node is ready, so a
  // heap with lazy deletion serves it.
  using SuccKey = std::tuple<uint32_t, uint32_t, NodeId>;
  std::priority_queue<SuccKey, std::vector<SuccKey>, std::greater<SuccKey>>
      succHeap;
  uint32_t seq = 0;
  auto makeReady = [&](NodeId v) {
    NodeState &s = node[v];
    s.ready = true;
    ready.set(v, {s.key, v});
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
      uint32_t smallest = ready.firstReadyClass(0);
      if (smallest != kNoNode && static_cast<uint64_t>(classSize[smallest]) >
                                     options.succThreshold) {
        while (!node[std::get<2>(succHeap.top())].ready)
          succHeap.pop(); // Already scheduled.
        v = std::get<2>(succHeap.top());
      }
    }
    if (v == kNoNode) {
      int64_t gap = maxMem - live;
      uint32_t fit = static_cast<uint32_t>(
          std::upper_bound(classSize.begin(), classSize.end(), gap) -
          classSize.begin());
      v = ready.leastBelow(fit).node;
      if (v == kNoNode) {
        // Nothing fits: the smallest size wins, then (size - to_free, index)
        // among the nodes of that size.
        uint32_t first = ready.firstReadyClass(fit);
        if (first == kNoNode)
          break; // Nothing ready: only possible on a cyclic graph.
        v = ready.classLeast(first).node;
      }
    }
    NodeState &picked = node[v];
    picked.ready = false;
    ready.set(v, kEmpty);
    order.push_back(v);

    live += size[v];
    maxMem = std::max(maxMem, live);
    live -= size[v] - picked.key; // to_free

    for (NodeId s : g.succNodes(v))
      if (--node[s].indeg == 0)
        makeReady(s);
    for (BufferId b : g.predBuffers(v)) {
      BufferState &bs = buf[b];
      if (--bs.uses != 1 || bs.sizeFree == 0)
        continue;
      for (NodeId r : g.bufferReaders(b)) {
        NodeState &rs = node[r];
        rs.key -= bs.sizeFree;
        if (rs.ready)
          ready.set(r, {rs.key, r});
      }
    }
  }
  return order;
}
