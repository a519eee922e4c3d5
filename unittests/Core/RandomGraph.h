//===- RandomGraph.h - Seeded random graphs for core tests ------*- C++ -*-===//
//
// Random graphs kept in a plain description independent of Graph, so that
// reference evaluators in the tests do not reuse the code under test.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_UNITTESTS_RANDOMGRAPH_H
#define MEMSCHED_UNITTESTS_RANDOMGRAPH_H

#include "memsched/Core/Graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace memsched::test {

inline Graph build(GraphBuilder &b) {
  std::string error;
  std::optional<Graph> g = b.build(error);
  EXPECT_TRUE(g) << error;
  return std::move(*g);
}

/// A random graph description, kept independently of Graph so that the
/// brute-force evaluator does not reuse the code under test.
struct RandomGraph {
  struct Buf {
    int producer; // -1: freeable input
    uint64_t alloc, free;
    bool output;
  };
  int numNodes = 0;
  std::vector<Buf> bufs;
  std::vector<std::pair<int, int>> reads;    // (node, buffer)
  std::vector<std::pair<int, int>> orderDeps; // (before, after)
};

inline RandomGraph makeRandomGraph(std::mt19937 &rng, int maxNodes = 14) {
  RandomGraph r;
  auto pick = [&](int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng);
  };
  auto size = [&]() -> uint64_t {
    return pick(0, 4) == 0 ? 0 : uint64_t(pick(1, 1000));
  };
  r.numNodes = pick(0, maxNodes);
  int numInputs = pick(0, 3);
  for (int i = 0; i < numInputs; ++i) {
    uint64_t s = size();
    r.bufs.push_back({-1, s, s, pick(0, 5) == 0});
  }
  for (int v = 0; v < r.numNodes; ++v) {
    // Reads come from buffers defined so far (baseline stays valid).
    int numReads = r.bufs.empty() ? 0 : pick(0, 3);
    for (int k = 0; k < numReads; ++k)
      r.reads.emplace_back(v, pick(0, int(r.bufs.size()) - 1));
    if (v > 0 && pick(0, 4) == 0)
      r.orderDeps.emplace_back(pick(0, v - 1), v);
    int numBufs = pick(0, 3);
    for (int k = 0; k < numBufs; ++k) {
      uint64_t s = size();
      // Sometimes a packed-style (alloc, 0) or part-style (0, free) buffer.
      int kind = pick(0, 5);
      r.bufs.push_back({v, kind == 0 ? 0 : s, kind == 1 ? 0 : s,
                        pick(0, 6) == 0});
    }
  }
  return r;
}

inline Graph toGraph(const RandomGraph &r) {
  GraphBuilder b;
  for (int v = 0; v < r.numNodes; ++v)
    b.addNode("n" + std::to_string(v));
  for (size_t i = 0; i < r.bufs.size(); ++i) {
    const RandomGraph::Buf &buf = r.bufs[i];
    std::string name = "b" + std::to_string(i);
    BufferId id = buf.producer < 0
                      ? b.addInput(name, buf.alloc, buf.free)
                      : b.addBuffer(buf.producer, name, buf.alloc, buf.free);
    if (buf.output)
      b.markOutput(id);
  }
  for (auto [v, buf] : r.reads)
    b.addRead(v, buf);
  for (auto [before, after] : r.orderDeps)
    b.addOrderDep(before, after);
  return build(b);
}

/// A random topological order of the random graph.
inline std::vector<NodeId> randomOrder(const RandomGraph &r, std::mt19937 &rng) {
  std::vector<std::vector<int>> preds(r.numNodes);
  for (auto [v, buf] : r.reads)
    if (r.bufs[buf].producer >= 0 && r.bufs[buf].producer != v)
      preds[v].push_back(r.bufs[buf].producer);
  for (auto [before, after] : r.orderDeps)
    preds[after].push_back(before);
  std::vector<bool> done(r.numNodes, false);
  std::vector<NodeId> order;
  while (int(order.size()) < r.numNodes) {
    std::vector<int> ready;
    for (int v = 0; v < r.numNodes; ++v)
      if (!done[v] && std::all_of(preds[v].begin(), preds[v].end(),
                                  [&](int p) { return done[p]; }))
        ready.push_back(v);
    int v = ready[std::uniform_int_distribution<size_t>(
        0, ready.size() - 1)(rng)];
    done[v] = true;
    order.push_back(v);
  }
  return order;
}

} // namespace memsched::test

#endif // MEMSCHED_UNITTESTS_RANDOMGRAPH_H
