//===- Bfs.cpp - FIFO order by predecessors' positions --------------------===//
//
// A ready node's priority is the ascending list of the positions at which
// its predecessors ran, fixed once it becomes ready (all predecessors have
// run). Priorities live in one flat array and the heap compares them in
// place, so nothing is rebuilt after a push.
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
  // std::priority_queue pops the largest: "greater" means lower priority.
  auto later = [&](NodeId a, NodeId b) {
    auto pa = priority(a), pb = priority(b);
    if (std::lexicographical_compare(pb.begin(), pb.end(), pa.begin(),
                                     pa.end()))
      return true;
    if (std::lexicographical_compare(pa.begin(), pa.end(), pb.begin(),
                                     pb.end()))
      return false;
    return a > b;
  };
  std::priority_queue<NodeId, std::vector<NodeId>, decltype(later)> heap(
      later);
  for (NodeId v = 0; v < n; ++v)
    if (indeg[v] == 0)
      heap.push(v);

  std::vector<NodeId> order;
  order.reserve(n);
  while (!heap.empty()) {
    NodeId v = heap.top();
    heap.pop();
    position[v] = static_cast<uint32_t>(order.size());
    order.push_back(v);
    for (NodeId s : g.succNodes(v)) {
      if (--indeg[s] != 0)
        continue;
      uint32_t *out = prio.data() + prioBegin[s];
      for (NodeId p : g.predNodes(s))
        *out++ = position[p];
      std::sort(prio.data() + prioBegin[s], out);
      heap.push(s);
    }
  }
  return order;
}
