//===- WindowSearch.cpp - Exact re-scheduling of a window -----------------===//

#include "WindowSearch.h"

#include <algorithm>
#include <limits>
#include <queue>

using namespace memsched;
using namespace memsched::detail;

WindowSearcher::WindowSearcher(const Graph &g,
                               std::span<const int64_t> nodeBound)
    : g(g), nodeBound(nodeBound) {}

namespace {

/// Open-addressing set of states keyed by their bitsets.
class StateTable {
public:
  StateTable(const std::vector<uint64_t> &pool, size_t words)
      : pool(pool), words(words), slots(1024, kEmpty) {}

  /// The state with these bits, or kEmpty.
  uint32_t find(const uint64_t *bits, uint64_t hash) const {
    for (size_t i = hash & (slots.size() - 1);; i = (i + 1) & (slots.size() - 1)) {
      uint32_t s = slots[i];
      if (s == kEmpty)
        return kEmpty;
      if (std::equal(bits, bits + words, pool.data() + size_t(s) * words))
        return s;
    }
  }
  /// Adds state `s` (its bits already in the pool, not in the table).
  void insert(uint32_t s, uint64_t hash) {
    if (2 * (count + 1) > slots.size())
      grow();
    place(s, hash);
    ++count;
  }
  static uint64_t hashOf(const uint64_t *bits, size_t words) {
    uint64_t h = 0x9e3779b97f4a7c15ull;
    for (size_t i = 0; i < words; ++i) {
      h ^= bits[i] + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
      h *= 0xbf58476d1ce4e5b9ull;
    }
    return h ^ (h >> 31);
  }
  static constexpr uint32_t kEmpty = std::numeric_limits<uint32_t>::max();

private:
  void place(uint32_t s, uint64_t hash) {
    size_t i = hash & (slots.size() - 1);
    while (slots[i] != kEmpty)
      i = (i + 1) & (slots.size() - 1);
    slots[i] = s;
  }
  void grow() {
    std::vector<uint32_t> old(slots.size() * 2, kEmpty);
    old.swap(slots);
    for (uint32_t s : old)
      if (s != kEmpty)
        place(s, hashOf(pool.data() + size_t(s) * words, words));
  }
  const std::vector<uint64_t> &pool;
  size_t words;
  std::vector<uint32_t> slots;
  size_t count = 0;
};

struct State {
  int64_t g, live;
  uint32_t parent, added, depth;
  /// First positions in the by-bound and by-size lists that may still be
  /// unscheduled, and the first unscheduled window position (sets only grow
  /// along a path, so the cursors only advance).
  uint32_t boundCursor, sizeCursor, firstFree;
};

struct OpenEntry {
  int64_t f, g;
  uint32_t depth, state;
  /// Pops the least f, then the deepest, then the first created.
  bool operator<(const OpenEntry &o) const {
    if (f != o.f)
      return f > o.f;
    if (depth != o.depth)
      return depth < o.depth;
    return state > o.state;
  }
};

/// States kept at most, and the memory their bitsets and records may take:
/// the search stops (out of budget) at either, whatever the budget says.
constexpr size_t kMaxStates = 4u << 20;
constexpr size_t kMaxStateBytes = size_t(256) << 20;

} // namespace

WindowResult WindowSearcher::solve(std::span<const NodeId> order,
                                   std::span<const uint32_t> pos,
                                   uint32_t start, uint32_t len,
                                   int64_t liveBefore, int64_t bound,
                                   int64_t floor, uint64_t budget) {
  WindowResult result;
  result.lowerBound = bound;
  if (len == 0)
    return result;
  {
    // The root test, before any window structure is built: no order of the
    // window does better than its largest static bound, or than its smallest
    // node on top of what is live before it. A graph can split into a
    // million one-node parts (a chain), which nearly all stop here.
    int64_t maxBound = std::numeric_limits<int64_t>::min();
    int64_t minSize = std::numeric_limits<int64_t>::max();
    for (uint32_t i = start; i < start + len; ++i) {
      NodeId v = order[i];
      if (!nodeBound.empty())
        maxBound = std::max(maxBound, nodeBound[v]);
      minSize = std::min(minSize, int64_t(g.nodeSize(v)));
    }
    if (std::max(maxBound, liveBefore + minSize) >= bound)
      return result; // NoBetter at the root.
  }
  const uint32_t end = start + len;
  const size_t words = (len + 63) / 64;
  const size_t maxStates = std::min(
      kMaxStates, kMaxStateBytes / (words * sizeof(uint64_t) + sizeof(State)));
  auto local = [&](NodeId v) { return pos[v] - start; };
  auto inWindow = [&](NodeId v) { return pos[v] >= start && pos[v] < end; };

  // Window-local structure: predecessors, sizes, and what each node may
  // free (a read buffer with no reader after the window, freed once every
  // other reader inside the window has run).
  std::vector<uint32_t> predOff{0}, preds, freeOff{0}, freeReaders,
      itemOff{0};
  std::vector<int64_t> size(len), fixedFree(len, 0), itemFree;
  int64_t firstStepFree = 0;
  if (start == 0)
    for (BufferId b : g.inputs())
      if (!g.isOutput(b) && g.bufferReaders(b).empty())
        firstStepFree += int64_t(g.sizeFree(b));
  for (uint32_t i = 0; i < len; ++i) {
    NodeId v = order[start + i];
    size[i] = int64_t(g.nodeSize(v));
    for (NodeId p : g.predNodes(v))
      if (inWindow(p))
        preds.push_back(local(p));
    predOff.push_back(uint32_t(preds.size()));
    for (BufferId b : g.nodeBuffers(v))
      if (!g.isOutput(b) && g.bufferReaders(b).empty())
        fixedFree[i] += int64_t(g.sizeFree(b));
    for (BufferId b : g.predBuffers(v)) {
      if (g.isOutput(b))
        continue;
      bool readLater = false;
      size_t first = freeReaders.size();
      for (NodeId r : g.bufferReaders(b)) {
        if (pos[r] >= end) {
          readLater = true;
          break;
        }
        if (r != v && pos[r] >= start)
          freeReaders.push_back(local(r));
      }
      if (readLater) {
        freeReaders.resize(first);
        continue;
      }
      itemFree.push_back(int64_t(g.sizeFree(b)));
      freeOff.push_back(uint32_t(freeReaders.size()));
    }
    itemOff.push_back(uint32_t(itemFree.size()));
  }
  // Remaining-node bounds, for h: by static bound (descending) and by size
  // (ascending).
  std::vector<uint32_t> byBound(len), bySize(len);
  for (uint32_t i = 0; i < len; ++i)
    byBound[i] = bySize[i] = i;
  auto boundOf = [&](uint32_t i) {
    return nodeBound.empty() ? std::numeric_limits<int64_t>::min()
                             : nodeBound[order[start + i]];
  };
  std::stable_sort(byBound.begin(), byBound.end(), [&](uint32_t a, uint32_t b) {
    return boundOf(a) > boundOf(b);
  });
  std::stable_sort(bySize.begin(), bySize.end(),
                   [&](uint32_t a, uint32_t b) { return size[a] < size[b]; });

  std::vector<uint64_t> pool;
  std::vector<State> states;
  StateTable table(pool, words);
  auto has = [&](const uint64_t *bits, uint32_t i) {
    return (bits[i / 64] >> (i % 64)) & 1;
  };
  auto freedBy = [&](const uint64_t *bits, uint32_t i, uint32_t depth) {
    int64_t freed = fixedFree[i] + (depth == 0 ? firstStepFree : 0);
    for (uint32_t k = itemOff[i]; k < itemOff[i + 1]; ++k) {
      bool all = true;
      for (uint32_t j = freeOff[k]; j < freeOff[k + 1] && all; ++j)
        all = has(bits, freeReaders[j]);
      if (all)
        freed += itemFree[k];
    }
    return freed;
  };
  auto heuristic = [&](const uint64_t *bits, int64_t live, uint32_t depth,
                       uint32_t &boundCursor, uint32_t &sizeCursor) {
    if (depth == len)
      return std::numeric_limits<int64_t>::min();
    while (has(bits, byBound[boundCursor]))
      ++boundCursor;
    while (has(bits, bySize[sizeCursor]))
      ++sizeCursor;
    return std::max(boundOf(byBound[boundCursor]),
                    live + size[bySize[sizeCursor]]);
  };

  std::priority_queue<OpenEntry> open;
  pool.assign(words, 0);
  states.push_back({std::numeric_limits<int64_t>::min(), liveBefore,
                    StateTable::kEmpty, 0, 0, 0, 0, 0});
  table.insert(0, StateTable::hashOf(pool.data(), words));
  {
    // Passed the root test above: h0 is the same value, below the bound.
    int64_t h0 = heuristic(pool.data(), liveBefore, 0, states[0].boundCursor,
                           states[0].sizeCursor);
    open.push({h0, states[0].g, 0, 0});
  }
  std::vector<uint64_t> child(words);
  std::vector<uint32_t> ready;
  while (!open.empty()) {
    OpenEntry top = open.top();
    open.pop();
    const State cur = states[top.state];
    if (top.g != cur.g)
      continue; // Superseded by a better path to the same set.
    if (cur.depth == len) {
      result.status = WindowResult::Found;
      result.max = cur.g;
      result.lowerBound = cur.g;
      for (uint32_t s = top.state; states[s].parent != StateTable::kEmpty;
           s = states[s].parent)
        result.order.push_back(order[start + states[s].added]);
      std::reverse(result.order.begin(), result.order.end());
      return result;
    }
    if (result.expanded >= budget || states.size() >= maxStates) {
      result.status = WindowResult::OutOfBudget;
      result.lowerBound = top.f;
      return result;
    }
    const uint64_t *bits = pool.data() + size_t(top.state) * words;
    ready.clear();
    for (uint32_t i = cur.firstFree; i < len; ++i) {
      if (has(bits, i))
        continue;
      bool ok = true;
      for (uint32_t k = predOff[i]; k < predOff[i + 1] && ok; ++k)
        ok = has(bits, preds[k]);
      if (ok)
        ready.push_back(i);
    }
    // A node that frees what it takes, at no new peak, goes first.
    bool anyScheduled = start > 0 || cur.depth > 0;
    int64_t ceiling = std::max(cur.g, floor);
    for (uint32_t i : ready) {
      if (!anyScheduled)
        break;
      if (cur.live + size[i] <= ceiling &&
          freedBy(bits, i, cur.depth) >= size[i]) {
        ready.assign(1, i);
        break;
      }
    }
    for (uint32_t i : ready) {
      ++result.expanded; // Work is counted per state generated.
      int64_t post = cur.live + size[i];
      int64_t g2 = std::max(cur.g, post);
      int64_t live2 = post - freedBy(bits, i, cur.depth);
      std::copy(bits, bits + words, child.begin());
      child[i / 64] |= uint64_t(1) << (i % 64);
      uint32_t boundCursor = cur.boundCursor, sizeCursor = cur.sizeCursor;
      uint32_t firstFree = cur.firstFree;
      while (firstFree < len && has(child.data(), firstFree))
        ++firstFree;
      int64_t f = std::max(g2, heuristic(child.data(), live2, cur.depth + 1,
                                         boundCursor, sizeCursor));
      if (f >= bound)
        continue;
      uint64_t hash = StateTable::hashOf(child.data(), words);
      uint32_t s = table.find(child.data(), hash);
      if (s != StateTable::kEmpty) {
        if (states[s].g <= g2)
          continue;
        states[s].g = g2;
        states[s].parent = top.state;
        states[s].added = i;
        states[s].boundCursor = boundCursor;
        states[s].sizeCursor = sizeCursor;
        states[s].firstFree = firstFree;
      } else {
        s = uint32_t(states.size());
        pool.insert(pool.end(), child.begin(), child.end());
        bits = pool.data() + size_t(top.state) * words; // pool may move
        states.push_back({g2, live2, top.state, i, cur.depth + 1, boundCursor,
                          sizeCursor, firstFree});
        table.insert(s, hash);
      }
      open.push({f, g2, cur.depth + 1, s});
    }
  }
  return result; // NoBetter: every arrangement reaches the bound.
}
