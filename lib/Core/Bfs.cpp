//===- Bfs.cpp - FIFO order by predecessors' positions --------------------===//
//
// A ready node's priority is the ascending list of the positions at which
// its predecessors ran, fixed once it becomes ready (all predecessors have
// run). Priorities live in one flat array and the heap compares them in
// place, so nothing is rebuilt after a push; each heap entry carries the
// list's first two positions, which settle most comparisons without
// reading the list. Sources, and nodes that become ready in priority
// order, bypass the heap.
//
//===----------------------------------------------------------------------===//

#include "memsched/Core/Heuristics.h"

#include <algorithm>
#include <queue>

using namespace memsched;

std::vector<NodeId> memsched::bfsOrder(const Graph &g) {
  size_t n = g.numNodes();
  std::vector<uint32_t> indeg(n), position(n, kNoNode);
  // Node v's priority is prio[prioBegin[v] .. prioBegin[v] + |preds(v)|).
  std::vector<uint32_t> prioBegin(n), prio;
  {
    size_t total = 0;
    for (NodeId v = 0; v < n; ++v) {
      indeg[v] = static_cast<uint32_t>(g.predNodes(v).size());
      prioBegin[v] = static_cast<uint32_t>(total);
      total += indeg[v];
    }
    prio.resize(total);
  }
  auto priority = [&](NodeId v) {
    const uint32_t *begin = prio.data() + prioBegin[v];
    return std::span<const uint32_t>(begin, g.predNodes(v).size());
  };
  // A heap entry carries the first two positions of the node's list, each
  // plus one (0: the list has ended), in one integer whose order is the
  // lists' order on those two places: most comparisons end there without
  // touching the lists.
  struct Item {
    uint64_t head;
    NodeId node;
  };
  auto headOf = [](std::span<const uint32_t> p) {
    uint64_t first = p.size() > 0 ? uint64_t(p[0]) + 1 : 0;
    uint64_t second = p.size() > 1 ? uint64_t(p[1]) + 1 : 0;
    return first << 32 | second;
  };
  // std::priority_queue pops the largest: "greater" means lower priority.
  auto later = [&](const Item &a, const Item &b) {
    if (a.head != b.head)
      return a.head > b.head;
    if ((a.head & 0xffffffffu) != 0) { // Both lists go on past two places.
      auto pa = priority(a.node).subspan(2), pb = priority(b.node).subspan(2);
      if (std::lexicographical_compare(pb.begin(), pb.end(), pa.begin(),
                                       pa.end()))
        return true;
      if (std::lexicographical_compare(pa.begin(), pa.end(), pb.begin(),
                                       pb.end()))
        return false;
    }
    return a.node > b.node;
  };
  // The ready nodes, in three places; the next node is the least of their
  // fronts.
  // - The sources: the empty list comes before every other, so they all run
  //   first, in index order (on a compiled optimizer, half of the graph).
  // - A run of entries that became ready in ascending priority, kept in
  //   arrival order (the readers of one buffer often become ready at once,
  //   in order): O(1) each instead of O(log n).
  // - A heap for the others.
  std::vector<NodeId> sources;
  for (NodeId v = 0; v < n; ++v)
    if (indeg[v] == 0)
      sources.push_back(v);
  std::vector<Item> run;
  size_t runHead = 0;
  std::priority_queue<Item, std::vector<Item>, decltype(later)> heap(later);
  auto push = [&](Item item) {
    if (runHead == run.size()) { // Drained: start a new run.
      run.clear();
      runHead = 0;
    }
    if (run.empty() || later(item, run.back()))
      run.push_back(item);
    else
      heap.push(item);
  };

  std::vector<NodeId> order;
  order.reserve(n);
  for (size_t next = 0;
       next < sources.size() || runHead < run.size() || !heap.empty();) {
    NodeId v;
    if (next < sources.size()) {
      v = sources[next++];
    } else if (runHead < run.size() &&
               (heap.empty() || later(heap.top(), run[runHead]))) {
      v = run[runHead++].node;
    } else {
      v = heap.top().node;
      heap.pop();
    }
    position[v] = static_cast<uint32_t>(order.size());
    order.push_back(v);
    for (NodeId s : g.succNodes(v)) {
      if (--indeg[s] != 0)
        continue;
      uint32_t *begin = prio.data() + prioBegin[s], *out = begin;
      for (NodeId p : g.predNodes(s))
        *out++ = position[p];
      std::sort(begin, out);
      push({headOf({begin, out}), s});
    }
  }
  return order;
}
