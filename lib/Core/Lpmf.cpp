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
// compare within a class. Each class's ready nodes (a run of those that
// arrived in order, and a binary heap of the others; a key only decreases,
// as to_free only grows: the node is added again and its old entry dropped
// when it surfaces) and a min tree over the classes' minima answer all of
// it in O(log n) while the gap moves (a class holds at most one entry per
// ready node and per decrease, n + e in all); the classes hold only ready
// nodes, so what a pick touches stays small and in cache however large the
// graph is. A node that becomes ready while no other is ready stays out of
// the classes until a second one joins it: while it is alone it is the pick,
// whatever the keys, which makes a chain's picks O(1).
//
//===----------------------------------------------------------------------===//

#include "memsched/Core/Heuristics.h"

#include "KeySort.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <queue>
#include <span>
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

/// (key, node) order, without branches.
inline bool before(const Entry &a, const Entry &b) {
  return (a.key < b.key) | ((a.key == b.key) & (a.node < b.node));
}
inline const Entry &least(const Entry &a, const Entry &b) {
  return before(b, a) ? b : a;
}

/// The ready nodes, grouped by size class (nodes of one size). Each class
/// keeps its ready nodes under (size - to_free, index) in two parts: a run,
/// a queue of entries that arrived in ascending order (nodes often become
/// ready in index order with equal keys: the sources, the steps of a
/// compiled optimizer), and a binary min-heap for the others; the class's
/// least entry is the lesser of the run's front and the heap's top. One
/// tree over the classes, in ascending size, holds the classes' minima.
/// "Fits under the gap" is a prefix of the classes. A heap holds only ready
/// nodes that came out of order, so it stays small and in the caches
/// however large the graph is.
/// to_free only grows, so a key only decreases: a decrease adds the node
/// again with its lower key and leaves the old entry in place, and a pick
/// that is not a class minimum (the successor strategy's) only marks its
/// node. Both leave stale entries, which are dropped when they become their
/// class's least: a node's latest entry comes before its older ones, so a
/// stale least entry is always one of a node already picked. No heap
/// position is kept per node: a sift moves entries without writing to a
/// per-node array at random places.
class ReadySets {
public:
  /// `classOf[v]` for every node, of `numClasses` classes. The runs and
  /// heaps grow as they fill: reserving each class's node count up front
  /// made LPMF 2.5-3x slower on the transformer and chain families at a
  /// million nodes (docs/performance-history.md, thirteenth round).
  ReadySets(std::vector<uint32_t> classOf, size_t numClasses)
      : classOf(std::move(classOf)), state(this->classOf.size(), kWaiting) {
    size_t k = numClasses;
    classes.resize(k);
    width = 1;
    while (width < k)
      width <<= 1;
    top.assign(2 * width, kEmpty);
  }

  bool isReady(NodeId v) const { return state[v] == kReady; }

  /// Makes v ready with `key`. A node that becomes ready when no other is
  /// is held apart, outside the classes, until a second one joins it or it
  /// is picked: whatever the keys and the gap, the only ready node is the
  /// pick, and on a chain (or a chain-like stretch of a graph) this skips
  /// two walks of the class tree per node.
  void insert(NodeId v, int64_t key) {
    state[v] = kReady;
    if (alone.node == kNoNode && top[1].node == kNoNode) {
      // No ready node: a class's least entry is never a picked node's, so
      // an empty class tree means no ready node in the classes.
      alone = {key, v};
      return;
    }
    if (alone.node != kNoNode) {
      push(classOf[alone.node], alone);
      alone = kEmpty;
    }
    push(classOf[v], {key, v});
  }

  /// Lowers the key of ready node v to `key`.
  void decrease(NodeId v, int64_t key) {
    if (v == alone.node)
      alone.key = key;
    else
      push(classOf[v], {key, v});
  }

  /// The only ready node when it is held apart from the classes (then the
  /// classes hold no ready node), else kNoNode.
  NodeId onlyReady() const { return alone.node; }

  /// The least ready entry of class c.
  const Entry &classLeast(uint32_t c) const { return top[width + c]; }

  /// Removes ready node v.
  void remove(NodeId v) {
    state[v] = kPicked;
    if (v == alone.node) {
      alone = kEmpty;
      return;
    }
    uint32_t c = classOf[v];
    if (top[width + c].node == v)
      popStale(c);
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

  uint32_t classOfNode(NodeId v) const { return classOf[v]; }

private:
  enum : uint8_t { kWaiting, kReady, kPicked };
  /// A run's consumed front is reclaimed once it is this long and half the
  /// run.
  static constexpr size_t kCompactAfter = 4096;

  /// One class's ready entries: run[head..] ascending, and a heap.
  struct Class {
    std::vector<Entry> run;
    size_t head = 0;
    std::vector<Entry> heap;

    bool runEmpty() const { return head == run.size(); }
    Entry least() const {
      Entry r = runEmpty() ? kEmpty : run[head];
      return heap.empty() ? r : ::least(r, heap[0]);
    }
  };

  void push(uint32_t c, Entry e) {
    Class &k = classes[c];
    if (k.runEmpty() || !before(e, k.run.back())) {
      k.run.push_back(e);
    } else {
      std::vector<Entry> &h = k.heap;
      size_t i = h.size();
      h.push_back(e);
      while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!before(e, h[parent]))
          break;
        h[i] = h[parent];
        i = parent;
      }
      h[i] = e;
    }
    if (before(e, top[width + c]))
      setTop(c, e);
  }

  /// Removes class c's least entry, then every stale entry that becomes
  /// the least after it.
  void popStale(uint32_t c) {
    Class &k = classes[c];
    do {
      bool fromRun = !k.runEmpty() &&
                     (k.heap.empty() || before(k.run[k.head], k.heap[0]));
      if (fromRun) {
        if (++k.head == k.run.size()) {
          k.run.clear();
          k.head = 0;
        } else if (k.head >= kCompactAfter && 2 * k.head >= k.run.size()) {
          // Reuse the front rather than keep growing into fresh memory;
          // each entry is moved at most once per halving: O(1) amortised.
          k.run.erase(k.run.begin(), k.run.begin() + k.head);
          k.head = 0;
        }
        continue;
      }
      std::vector<Entry> &h = k.heap;
      Entry e = h.back();
      h.pop_back();
      size_t n = h.size(), i = 0;
      if (n == 0)
        continue;
      for (;;) {
        size_t l = 2 * i + 1;
        if (l >= n)
          break;
        size_t child = l + 1 < n && before(h[l + 1], h[l]) ? l + 1 : l;
        if (!before(h[child], e))
          break;
        h[i] = h[child];
        i = child;
      }
      h[i] = e;
    } while ((!k.runEmpty() || !k.heap.empty()) &&
             state[k.least().node] == kPicked);
    setTop(c, k.least());
  }

  /// Records e as class c's minimum and updates the tree over the classes.
  void setTop(uint32_t c, Entry e) {
    size_t t = width + c;
    if (top[t] == e)
      return;
    top[t] = e;
    for (t >>= 1; t >= 1; t >>= 1) {
      const Entry &m = least(top[2 * t], top[2 * t + 1]);
      if (top[t] == m)
        return;
      top[t] = m;
    }
  }

  std::vector<uint32_t> classOf;
  std::vector<uint8_t> state;
  std::vector<Class> classes;
  std::vector<Entry> top;
  size_t width;
  Entry alone = kEmpty; // The node held apart, see insert().
};

} // namespace

namespace {
/// Every node's size class: classes are the distinct node sizes in
/// ascending order.
struct SizeClasses {
  std::vector<uint32_t> of;    // Per node.
  std::vector<int64_t> size; // Per class, ascending.
};

/// Graphs have few distinct sizes: a small open-addressing table gathers
/// them in one pass and only they are sorted. Sorting every node by size
/// instead (the fallback, when distinct sizes are many) needs two arrays of
/// 16 bytes per node: 32 MB of fresh pages at a million nodes.
SizeClasses sizeClasses(std::span<const int64_t> size) {
  size_t n = size.size();
  SizeClasses classes;
  classes.of.resize(n);
  // Distinct sizes, in order of first appearance.
  std::vector<int64_t> seen;
  const size_t maxDistinct = std::max<size_t>(4096, n / 16);
  std::vector<uint32_t> slots(1024, kNoNode);
  // The slot holding `key`, or the empty slot where it belongs.
  auto findSlot = [&](int64_t key) {
    uint64_t h = static_cast<uint64_t>(key) * 0x9E3779B97F4A7C15ull;
    size_t slot = static_cast<size_t>(h >> 40) & (slots.size() - 1);
    while (slots[slot] != kNoNode && seen[slots[slot]] != key)
      slot = (slot + 1) & (slots.size() - 1);
    return slot;
  };
  bool fits = true;
  for (size_t v = 0; v < n; ++v) {
    size_t slot = findSlot(size[v]);
    if (slots[slot] == kNoNode) {
      if (seen.size() == maxDistinct) {
        fits = false;
        break;
      }
      if (2 * (seen.size() + 1) > slots.size()) { // Keep the load <= 1/2.
        slots.assign(2 * slots.size(), kNoNode);
        for (uint32_t id = 0; id < seen.size(); ++id)
          slots[findSlot(seen[id])] = id;
        slot = findSlot(size[v]);
      }
      slots[slot] = static_cast<uint32_t>(seen.size());
      seen.push_back(size[v]);
    }
    classes.of[v] = slots[slot];
  }
  if (fits) {
    std::vector<uint32_t> byId(seen.size());
    std::iota(byId.begin(), byId.end(), 0);
    std::sort(byId.begin(), byId.end(),
              [&](uint32_t a, uint32_t b) { return seen[a] < seen[b]; });
    std::vector<uint32_t> rank(seen.size());
    for (uint32_t r = 0; r < byId.size(); ++r) {
      rank[byId[r]] = r;
      classes.size.push_back(seen[byId[r]]);
    }
    for (uint32_t &c : classes.of)
      c = rank[c];
    return classes;
  }
  // Many distinct sizes: sort the nodes by size.
  std::vector<NodeId> bySize = detail::orderByKey(
      {reinterpret_cast<const uint64_t *>(size.data()), n}); // Sizes >= 0.
  for (NodeId v : bySize) {
    if (classes.size.empty() || classes.size.back() != size[v])
      classes.size.push_back(size[v]);
    classes.of[v] = static_cast<uint32_t>(classes.size.size() - 1);
  }
  return classes;
}
} // namespace

std::vector<NodeId> memsched::lpmfOrder(const Graph &g,
                                        const LpmfOptions &options) {
  size_t n = g.numNodes(), m = g.numBuffers();
  // The main loop's state, one narrow array per field: a pick touches its
  // successors' in-degrees and its buffers' use counts at random places, so
  // packing them densely keeps more of them in the caches (and at a million
  // nodes, 19 MB instead of 44 MB of fresh pages). A buffer's size_free is
  // only read when its use count reaches 1: the graph's own array serves.
  std::vector<int64_t> key(n); // size - to_free
  std::vector<uint32_t> indeg(n), uses(m);
  std::vector<int64_t> size(n); // Apart: only a pick reads it.
  for (BufferId b = 0; b < m; ++b)
    uses[b] = static_cast<uint32_t>(g.bufferReaders(b).size()) +
              (g.isOutput(b) ? 1 : 0);
  for (NodeId v = 0; v < n; ++v) {
    size[v] = static_cast<int64_t>(g.nodeSize(v));
    int64_t k = size[v];
    indeg[v] = static_cast<uint32_t>(g.predNodes(v).size());
    for (BufferId b : g.predBuffers(v))
      if (uses[b] == 1)
        k -= static_cast<int64_t>(g.sizeFree(b));
    for (BufferId b : g.nodeBuffers(v))
      if (uses[b] == 0)
        k -= static_cast<int64_t>(g.sizeFree(b));
    key[v] = k;
  }
  int64_t live = 0, outputs = 0;
  for (BufferId b : g.inputs())
    live += static_cast<int64_t>(g.sizeFree(b));
  for (BufferId b = 0; b < m; ++b)
    if (g.isOutput(b))
      outputs += static_cast<int64_t>(g.sizeFree(b));
  int64_t maxMem = std::max(live, outputs);

  // Size classes in ascending size.
  SizeClasses classes = sizeClasses(size);
  const std::vector<int64_t> &classSize = classes.size;
  size = std::vector<int64_t>();
  ReadySets ready(std::move(classes.of), classSize.size());

  // The successor-based strategy's key is fixed once a node is ready, so a
  // heap with lazy deletion serves it.
  using SuccKey = std::tuple<uint32_t, uint32_t, NodeId>;
  std::priority_queue<SuccKey, std::vector<SuccKey>, std::greater<SuccKey>>
      succHeap;
  uint32_t seq = 0;
  auto makeReady = [&](NodeId v) {
    ready.insert(v, key[v]);
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
    NodeId v = ready.onlyReady();
    if (v == kNoNode && options.succThreshold > 0) {
      uint32_t smallest = ready.firstReadyClass(0);
      if (smallest != kNoNode && static_cast<uint64_t>(classSize[smallest]) >
                                     options.succThreshold) {
        while (!ready.isReady(std::get<2>(succHeap.top())))
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
    ready.remove(v); // Marks it; pops it if it is its class's minimum.
    int64_t sizeV = classSize[ready.classOfNode(v)];
    order.push_back(v);

    live += sizeV;
    maxMem = std::max(maxMem, live);
    live -= sizeV - key[v]; // to_free

    for (NodeId s : g.succNodes(v))
      if (--indeg[s] == 0)
        makeReady(s);
    for (BufferId b : g.predBuffers(v)) {
      if (--uses[b] != 1)
        continue;
      auto sizeFree = static_cast<int64_t>(g.sizeFree(b));
      if (sizeFree == 0)
        continue;
      for (NodeId r : g.bufferReaders(b)) {
        key[r] -= sizeFree;
        if (ready.isReady(r))
          ready.decrease(r, key[r]);
      }
    }
  }
  return order;
}
