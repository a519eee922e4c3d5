//===- Dfs.cpp - Post-order walk by weight --------------------------------===//
//
// Roots are taken in ascending (weight, index); a node's predecessors are
// visited in the same order before the node itself is appended. An explicit
// stack replaces recursion so a chain of a million nodes is fine.
//
//===----------------------------------------------------------------------===//

#include "memsched/Core/Heuristics.h"

#include "KeySort.h"

#include <algorithm>
#include <numeric>

using namespace memsched;

std::vector<NodeId> memsched::dfsOrder(const Graph &g) {
  size_t n = g.numNodes();
  // weight(v) = size(v) + size_free of its pred_buffers; each total is at
  // most 2^63-1, so the sum fits in 64 unsigned bits.
  std::vector<uint64_t> weight(n);
  for (NodeId v = 0; v < n; ++v) {
    weight[v] = g.nodeSize(v);
    for (BufferId b : g.predBuffers(v))
      weight[v] += g.sizeFree(b);
  }
  std::vector<NodeId> byWeight = detail::orderByKey(weight);
  std::vector<uint32_t> rank(n);
  for (uint32_t i = 0; i < n; ++i)
    rank[byWeight[i]] = i;

  // Each node's predecessors, sorted by rank, in one flat array. Short lists
  // (nearly all) are copied and sorted in place. Long ones are filled by
  // walking the nodes in rank order and appending each to the long lists of
  // its successors (succNodes is the exact transpose of predNodes), which
  // sorts them all in one O(n + e) pass: sorting a list of d nodes by
  // comparisons costs O(d log d), which on the fan-out family (a last node
  // with every other node as a predecessor) grew 16x for 10x the nodes.
  constexpr uint32_t kLongList = 64;
  std::vector<uint32_t> predBegin(n + 1, 0);
  for (NodeId v = 0; v < n; ++v)
    predBegin[v + 1] =
        predBegin[v] + static_cast<uint32_t>(g.predNodes(v).size());
  std::vector<NodeId> preds(predBegin[n]);
  bool anyLong = false;
  for (NodeId v = 0; v < n; ++v) {
    auto ps = g.predNodes(v);
    if (ps.size() > kLongList) {
      anyLong = true;
      continue;
    }
    NodeId *out = preds.data() + predBegin[v];
    std::copy(ps.begin(), ps.end(), out);
    std::sort(out, out + ps.size(),
              [&](NodeId a, NodeId b) { return rank[a] < rank[b]; });
  }
  if (anyLong) {
    std::vector<uint32_t> fill(predBegin.begin(), predBegin.end() - 1);
    for (NodeId p : byWeight)
      for (NodeId s : g.succNodes(p))
        if (predBegin[s + 1] - predBegin[s] > kLongList)
          preds[fill[s]++] = p;
  }

  std::vector<uint8_t> seen(n, 0);
  std::vector<NodeId> order;
  order.reserve(n);
  // Stack frames: the node and the next predecessor slot to look at.
  std::vector<std::pair<NodeId, uint32_t>> stack;
  for (NodeId root : byWeight) {
    if (seen[root])
      continue;
    seen[root] = 1;
    stack.emplace_back(root, predBegin[root]);
    while (!stack.empty()) {
      auto &[v, next] = stack.back();
      if (next == predBegin[v + 1]) {
        order.push_back(v);
        stack.pop_back();
        continue;
      }
      NodeId p = preds[next++];
      if (!seen[p]) {
        seen[p] = 1;
        stack.emplace_back(p, predBegin[p]);
      }
    }
  }
  return order;
}
