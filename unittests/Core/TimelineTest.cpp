//===- TimelineTest.cpp - Lifetimes, timeline and peak --------------------===//
//
// Hand-computed small cases, and random seeded graphs checked against a
// brute-force evaluator that applies the model's definitions literally.
//
//===----------------------------------------------------------------------===//

#include "RandomGraph.h"
#include "memsched/Core/Timeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace memsched;
using namespace memsched::test;

namespace {

TEST(TimelineTest, HandComputedChain) {
  // x(64, freeable) -> op0 -> a(100) -> op1 -> b(10, output); op1 also reads x.
  GraphBuilder b;
  BufferId x = b.addInput("x", 64, 64);
  NodeId n0 = b.addNode("op0"), n1 = b.addNode("op1");
  BufferId a = b.addBuffer(n0, "a", 100, 100);
  BufferId o = b.addBuffer(n1, "b", 10, 10);
  b.addRead(n0, x);
  b.addRead(n1, x);
  b.addRead(n1, a);
  b.markOutput(o);
  Graph g = build(b);
  Timeline tl = computeTimeline(g, g.baselineOrder());
  // step 0: 64 + 100; step 1: + 10 = 174, then x and a die: 10.
  EXPECT_EQ(tl.postAlloc, (std::vector<int64_t>{164, 174}));
  EXPECT_EQ(tl.postFree, (std::vector<int64_t>{164, 10}));
  EXPECT_EQ(tl.peak, 174);
  EXPECT_EQ(tl.peakStep, 1u);
  EXPECT_EQ(tl.bufferStart[x], 0u);
  EXPECT_EQ(tl.bufferEnd[x], 1u);
  EXPECT_EQ(tl.bufferEnd[o], 1u);
  uint32_t step = 0;
  EXPECT_EQ(computePeak(g, g.baselineOrder(), &step), 174);
  EXPECT_EQ(step, 1u);
}

TEST(TimelineTest, OrderChangesPeak) {
  // Two independent producer/consumer pairs: interleaving them costs more.
  GraphBuilder b;
  NodeId p0 = b.addNode("p0"), c0 = b.addNode("c0");
  NodeId p1 = b.addNode("p1"), c1 = b.addNode("c1");
  BufferId a = b.addBuffer(p0, "a", 100, 100);
  BufferId bb = b.addBuffer(p1, "b", 100, 100);
  b.addRead(c0, a);
  b.addRead(c1, bb);
  Graph g = build(b);
  std::vector<NodeId> sequential{p0, c0, p1, c1}, interleaved{p0, p1, c0, c1};
  EXPECT_EQ(computePeak(g, sequential), 100);
  EXPECT_EQ(computePeak(g, interleaved), 200);
}

TEST(TimelineTest, EmptyGraph) {
  GraphBuilder b;
  b.markOutput(b.addInput("x", 5, 5));
  Graph g = build(b);
  Timeline tl = computeTimeline(g, {});
  EXPECT_EQ(tl.peak, 0);
  EXPECT_EQ(tl.peakStep, kNoNode);
  EXPECT_TRUE(tl.postAlloc.empty());
  uint32_t step = 0;
  EXPECT_EQ(computePeak(g, {}, &step), 0);
  EXPECT_EQ(step, kNoNode);
}

TEST(TimelineTest, ValidatesOrders) {
  GraphBuilder b;
  NodeId n0 = b.addNode("op0"), n1 = b.addNode("op1");
  b.addRead(n1, b.addBuffer(n0, "a", 1, 1));
  Graph g = build(b);
  std::string why;
  EXPECT_TRUE(isValidOrder(g, std::vector<NodeId>{0, 1}, &why));
  EXPECT_FALSE(isValidOrder(g, std::vector<NodeId>{1, 0}, &why));
  EXPECT_EQ(why, "node 'op1' runs before its predecessor 'op0'");
  EXPECT_FALSE(isValidOrder(g, std::vector<NodeId>{0, 0}, &why));
  EXPECT_EQ(why, "node 'op0' appears twice in the order");
  EXPECT_FALSE(isValidOrder(g, std::vector<NodeId>{0}, &why));
  EXPECT_FALSE(isValidOrder(g, std::vector<NodeId>{0, 5}, &why));
}

/// The model's definitions, applied literally: O(steps x buffers x reads).
/// Returns post_alloc per step; post_free per step goes to `postFree`.
std::vector<int64_t> bruteForcePostAlloc(const RandomGraph &r,
                                         const std::vector<NodeId> &order,
                                         std::vector<int64_t> &postFree) {
  int n = r.numNodes;
  std::vector<int> step(n);
  for (int t = 0; t < n; ++t)
    step[order[t]] = t;
  std::vector<int64_t> post(n, 0);
  postFree.assign(n, 0);
  for (int t = 0; t < n; ++t) {
    for (size_t i = 0; i < r.bufs.size(); ++i) {
      const RandomGraph::Buf &buf = r.bufs[i];
      int start = buf.producer < 0 ? 0 : step[buf.producer];
      int end = start;
      for (auto [v, b] : r.reads)
        if (b == int(i))
          end = std::max(end, step[v]);
      if (buf.output)
        end = n; // Never freed inside the graph.
      if (start <= t)
        post[t] += int64_t(buf.alloc);
      if (end < t)
        post[t] -= int64_t(buf.free);
      if (end == t)
        postFree[t] -= int64_t(buf.free);
    }
    postFree[t] += post[t];
  }
  return post;
}

TEST(TimelineTest, MatchesBruteForceOnRandomGraphs) {
  for (unsigned seed = 0; seed < 500; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 rng(seed);
    RandomGraph r = makeRandomGraph(rng);
    Graph g = toGraph(r);
    for (int trial = 0; trial < 3; ++trial) {
      std::vector<NodeId> order =
          trial == 0 ? g.baselineOrder() : randomOrder(r, rng);
      ASSERT_TRUE(isValidOrder(g, order));
      std::vector<int64_t> expectedFree;
      std::vector<int64_t> expected =
          bruteForcePostAlloc(r, order, expectedFree);
      Timeline tl = computeTimeline(g, order);
      EXPECT_EQ(tl.postAlloc, expected);
      EXPECT_EQ(tl.postFree, expectedFree);
      int64_t peak = expected.empty()
                         ? 0
                         : *std::max_element(expected.begin(), expected.end());
      EXPECT_EQ(tl.peak, peak);
      uint32_t peakStep = 0;
      EXPECT_EQ(computePeak(g, order, &peakStep), peak);
      if (!expected.empty()) {
        uint32_t first = uint32_t(
            std::max_element(expected.begin(), expected.end()) -
            expected.begin());
        EXPECT_EQ(tl.peakStep, first);
        EXPECT_EQ(peakStep, first);
      }
      // The lean totals: the same steps and postAlloc, and the live memory
      // before each step (postFree of the step before) from postAlloc less
      // what the step's node allocates.
      std::vector<uint32_t> nodeStep;
      std::vector<int64_t> postAlloc;
      computeStepTotals(g, order, nodeStep, postAlloc);
      EXPECT_EQ(nodeStep, tl.nodeStep);
      EXPECT_EQ(postAlloc, expected);
      for (size_t t = 1; t < postAlloc.size(); ++t)
        EXPECT_EQ(postAlloc[t] - int64_t(g.nodeSize(order[t])),
                  expectedFree[t - 1])
            << "step " << t;
    }
  }
}

} // namespace
