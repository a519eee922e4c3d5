//===- Timeline.cpp - Lifetimes, memory timeline and peak -----------------===//
//
// One pass over buffers and their readers gives every lifetime; a difference
// array over steps turns lifetimes into the timeline. O(nodes + edges).
//
//===----------------------------------------------------------------------===//

#include "memsched/Core/Timeline.h"

#include <algorithm>

using namespace memsched;

bool memsched::isValidOrder(const Graph &g, std::span<const NodeId> order,
                            std::string *why) {
  auto fail = [&](std::string msg) {
    if (why)
      *why = std::move(msg);
    return false;
  };
  size_t n = g.numNodes();
  if (order.size() != n)
    return fail("order has " + std::to_string(order.size()) +
                " nodes, graph has " + std::to_string(n));
  std::vector<uint32_t> step(n, kNoNode);
  for (uint32_t t = 0; t < n; ++t) {
    NodeId v = order[t];
    if (v >= n)
      return fail("order names node #" + std::to_string(v) +
                  " which does not exist");
    if (step[v] != kNoNode)
      return fail("node '" + std::string(g.nodeName(v)) +
                  "' appears twice in the order");
    step[v] = t;
  }
  for (uint32_t t = 0; t < n; ++t)
    for (NodeId p : g.predNodes(order[t]))
      if (step[p] > t)
        return fail("node '" + std::string(g.nodeName(order[t])) +
                    "' runs before its predecessor '" +
                    std::string(g.nodeName(p)) + "'");
  return true;
}

/// The lifetimes of computeTimeline: per-step allocation and free totals
/// (`freeAt[t]` is what is released after step t) and each buffer's first
/// and last step.
static void accumulate(const Graph &g, std::span<const NodeId> order,
                       std::vector<uint32_t> &step,
                       std::vector<int64_t> &allocAt,
                       std::vector<int64_t> &freeAt,
                       std::vector<uint32_t> &starts,
                       std::vector<uint32_t> &ends) {
  size_t n = order.size(), m = g.numBuffers();
  step.assign(g.numNodes(), 0);
  for (uint32_t t = 0; t < n; ++t)
    step[order[t]] = t;
  allocAt.assign(n, 0);
  freeAt.assign(n, 0);
  starts.assign(m, 0);
  ends.assign(m, 0);
  uint32_t last = n == 0 ? 0 : static_cast<uint32_t>(n - 1);
  for (BufferId b = 0; b < m; ++b) {
    NodeId p = g.producer(b);
    uint32_t start = p == kNoNode ? 0 : step[p];
    uint32_t end = start;
    for (NodeId r : g.bufferReaders(b))
      end = std::max(end, step[r]);
    if (g.isOutput(b))
      end = last;
    starts[b] = start;
    ends[b] = end;
    if (n == 0)
      continue;
    allocAt[start] += static_cast<int64_t>(g.sizeAlloc(b));
    if (!g.isOutput(b))
      freeAt[end] += static_cast<int64_t>(g.sizeFree(b));
  }
}

Timeline memsched::computeTimeline(const Graph &g,
                                   std::span<const NodeId> order) {
  Timeline tl;
  std::vector<int64_t> allocAt, freeAt;
  accumulate(g, order, tl.nodeStep, allocAt, freeAt, tl.bufferStart,
             tl.bufferEnd);
  size_t n = order.size();
  tl.postAlloc.resize(n);
  tl.postFree.resize(n);
  int64_t live = 0;
  for (uint32_t t = 0; t < n; ++t) {
    live += allocAt[t];
    tl.postAlloc[t] = live;
    live -= freeAt[t];
    tl.postFree[t] = live;
    if (tl.peakStep == kNoNode || tl.postAlloc[t] > tl.peak) {
      tl.peak = tl.postAlloc[t];
      tl.peakStep = t;
    }
  }
  return tl;
}

int64_t memsched::computePeak(const Graph &g, std::span<const NodeId> order,
                              uint32_t *peakStep) {
  size_t n = order.size(), m = g.numBuffers();
  std::vector<uint32_t> step(g.numNodes(), 0);
  for (uint32_t t = 0; t < n; ++t)
    step[order[t]] = t;
  // One difference array instead of computeTimeline's two: delta[t] is what
  // step t allocates minus what was freed after step t - 1, so its running
  // sum at t is the memory in use right after step t allocates. Half the
  // memory, and one array to stream through. The loop is not shared with
  // accumulate: through a common lifetime helper this function ran 20-40%
  // slower on three generated families at a million nodes
  // (docs/performance-history.md, eighteenth round).
  std::vector<int64_t> delta(n + 1, 0);
  for (BufferId b = 0; b < m && n != 0; ++b) {
    NodeId p = g.producer(b);
    uint32_t start = p == kNoNode ? 0 : step[p];
    delta[start] += static_cast<int64_t>(g.sizeAlloc(b));
    if (g.isOutput(b))
      continue;
    uint32_t end = start;
    for (NodeId r : g.bufferReaders(b))
      end = std::max(end, step[r]);
    delta[end + 1] -= static_cast<int64_t>(g.sizeFree(b));
  }
  int64_t live = 0, peak = 0;
  uint32_t at = kNoNode;
  for (uint32_t t = 0; t < n; ++t) {
    live += delta[t];
    if (at == kNoNode || live > peak) {
      peak = live;
      at = t;
    }
  }
  if (peakStep)
    *peakStep = at;
  return peak;
}

void memsched::computeStepTotals(const Graph &g,
                                 std::span<const NodeId> order,
                                 std::vector<uint32_t> &nodeStep,
                                 std::vector<int64_t> &postAlloc) {
  // computePeak's difference array, then its running sums in place. The
  // loop is computePeak's, written out again rather than shared: computePeak
  // ran 20-40% slower through a common lifetime helper (eighteenth round of
  // docs/performance-history.md), and through a helper filling vectors the
  // twentieth round saw its code change and measured it up to 16% slower.
  size_t n = order.size(), m = g.numBuffers();
  nodeStep.assign(g.numNodes(), 0);
  for (uint32_t t = 0; t < n; ++t)
    nodeStep[order[t]] = t;
  postAlloc.assign(n + 1, 0);
  for (BufferId b = 0; b < m && n != 0; ++b) {
    NodeId p = g.producer(b);
    uint32_t start = p == kNoNode ? 0 : nodeStep[p];
    postAlloc[start] += static_cast<int64_t>(g.sizeAlloc(b));
    if (g.isOutput(b))
      continue;
    uint32_t end = start;
    for (NodeId r : g.bufferReaders(b))
      end = std::max(end, nodeStep[r]);
    postAlloc[end + 1] -= static_cast<int64_t>(g.sizeFree(b));
  }
  int64_t live = 0;
  for (uint32_t t = 0; t < n; ++t)
    postAlloc[t] = live += postAlloc[t];
  postAlloc.resize(n);
}
