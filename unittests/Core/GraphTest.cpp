//===- GraphTest.cpp - Core graph construction and validation -------------===//

#include "memsched/Core/Graph.h"

#include <gtest/gtest.h>

using namespace memsched;

namespace {

std::vector<uint32_t> toVector(std::span<const uint32_t> span) {
  return {span.begin(), span.end()};
}

TEST(GraphTest, DerivesRelations) {
  GraphBuilder b;
  BufferId x = b.addInput("x", 8, 8);
  NodeId n0 = b.addNode("op0"), n1 = b.addNode("op1"), n2 = b.addNode("op2");
  BufferId a = b.addBuffer(n0, "a", 10, 10);
  BufferId c = b.addBuffer(n0, "c", 5, 0);
  BufferId d = b.addBuffer(n1, "d", 7, 7);
  b.addRead(n0, x);
  b.addRead(n1, a);
  b.addRead(n1, a); // Repeats merge.
  b.addRead(n2, c);
  b.addRead(n2, d);
  b.addRead(n2, x);
  b.addOrderDep(n1, n2);
  b.markOutput(d);
  std::string error;
  std::optional<Graph> g = b.build(error);
  ASSERT_TRUE(g) << error;
  EXPECT_EQ(g->numNodes(), 3u);
  EXPECT_EQ(g->numBuffers(), 4u);
  EXPECT_EQ(g->nodeSize(n0), 15u);
  EXPECT_TRUE(g->isInput(x));
  EXPECT_TRUE(g->isOutput(d));
  EXPECT_FALSE(g->isOutput(a));
  EXPECT_EQ(toVector(g->nodeBuffers(n0)), (std::vector<uint32_t>{a, c}));
  EXPECT_EQ(toVector(g->predBuffers(n1)), (std::vector<uint32_t>{a}));
  EXPECT_EQ(toVector(g->predBuffers(n2)), (std::vector<uint32_t>{x, c, d}));
  EXPECT_EQ(toVector(g->bufferReaders(x)), (std::vector<uint32_t>{n0, n2}));
  EXPECT_EQ(toVector(g->predNodes(n2)), (std::vector<uint32_t>{n0, n1}));
  EXPECT_EQ(toVector(g->succNodes(n0)), (std::vector<uint32_t>{n1, n2}));
  EXPECT_EQ(toVector(g->orderPreds(n2)), (std::vector<uint32_t>{n1}));
  EXPECT_EQ(toVector(g->inputs()), (std::vector<uint32_t>{x}));
}

TEST(GraphTest, ReadsInAnyOrder) {
  // Reads added grouped by reader (with a reader that has none in between)
  // and the same reads shuffled give the same rows.
  auto build = [](bool shuffled) {
    GraphBuilder b;
    BufferId x = b.addInput("x", 8, 8);
    NodeId n0 = b.addNode("op0"), n1 = b.addNode("op1"),
           n2 = b.addNode("op2"), n3 = b.addNode("op3");
    BufferId a = b.addBuffer(n0, "a", 10, 10);
    BufferId c = b.addBuffer(n2, "c", 5, 5);
    (void)n1; // op1 reads nothing.
    std::vector<std::pair<NodeId, BufferId>> reads{
        {n0, x}, {n2, a}, {n2, x}, {n2, a}, {n3, c}, {n3, a}, {n3, x}};
    if (shuffled)
      reads = {{n3, a}, {n0, x}, {n2, x}, {n3, x}, {n2, a}, {n3, c}, {n2, a}};
    for (auto [v, buf] : reads)
      b.addRead(v, buf);
    std::string error;
    std::optional<Graph> g = b.build(error);
    EXPECT_TRUE(g) << error;
    return g;
  };
  for (bool shuffled : {false, true}) {
    SCOPED_TRACE(shuffled ? "shuffled" : "grouped");
    std::optional<Graph> g = build(shuffled);
    ASSERT_TRUE(g);
    EXPECT_EQ(toVector(g->predBuffers(0)), (std::vector<uint32_t>{0}));
    EXPECT_TRUE(g->predBuffers(1).empty());
    EXPECT_EQ(toVector(g->predBuffers(2)), (std::vector<uint32_t>{0, 1}));
    EXPECT_EQ(toVector(g->predBuffers(3)), (std::vector<uint32_t>{0, 1, 2}));
    EXPECT_EQ(toVector(g->bufferReaders(0)), (std::vector<uint32_t>{0, 2, 3}));
    EXPECT_EQ(toVector(g->bufferReaders(1)), (std::vector<uint32_t>{2, 3}));
    EXPECT_EQ(toVector(g->predNodes(3)), (std::vector<uint32_t>{0, 2}));
  }
}

TEST(GraphTest, SelfReadIsNotAPredecessor) {
  GraphBuilder b;
  NodeId n0 = b.addNode("op0");
  BufferId a = b.addBuffer(n0, "a", 1, 1);
  b.addRead(n0, a);
  std::string error;
  std::optional<Graph> g = b.build(error);
  ASSERT_TRUE(g) << error;
  EXPECT_TRUE(g->predNodes(n0).empty());
}

TEST(GraphTest, RejectsDuplicateNodeNames) {
  GraphBuilder b;
  b.addNode("op0");
  b.addNode("op0");
  std::string error;
  EXPECT_FALSE(b.build(error));
  EXPECT_EQ(error, "duplicate node name 'op0' (nodes #0 and #1)");
}

TEST(GraphTest, RejectsDuplicateBufferNames) {
  GraphBuilder b;
  b.addInput("buf", 1, 1);
  NodeId n = b.addNode("op0");
  b.addBuffer(n, "buf", 1, 1);
  std::string error;
  EXPECT_FALSE(b.build(error));
  EXPECT_EQ(error,
            "duplicate buffer name 'buf' (from graph input and node 'op0')");
}

TEST(GraphTest, RejectsCycleWithPath) {
  GraphBuilder b;
  NodeId n0 = b.addNode("a"), n1 = b.addNode("b"), n2 = b.addNode("c");
  b.addNode("d");
  BufferId x = b.addBuffer(n0, "x", 1, 1);
  BufferId y = b.addBuffer(n1, "y", 1, 1);
  b.addRead(n1, x);
  b.addRead(n2, y);
  b.addOrderDep(n2, n0);
  std::string error;
  EXPECT_FALSE(b.build(error));
  EXPECT_EQ(error, "dependency cycle: 'a' -> 'b' -> 'c' -> 'a'");
}

TEST(GraphTest, RejectsBaselineThatIsNotASchedule) {
  // Found by FuzzCore: an acyclic graph whose node list runs a reader before
  // its producer made the "baseline" candidate an invalid order.
  GraphBuilder b;
  NodeId n0 = b.addNode("reader"), n1 = b.addNode("producer");
  b.addRead(n0, b.addBuffer(n1, "x", 1, 1));
  std::string error;
  EXPECT_FALSE(b.build(error));
  EXPECT_EQ(error, "the node list is not a valid schedule: node 'reader' "
                   "runs before its predecessor 'producer'");
}

TEST(GraphTest, RejectsSelfOrderDependency) {
  GraphBuilder b;
  NodeId n0 = b.addNode("a");
  b.addOrderDep(n0, n0);
  std::string error;
  EXPECT_FALSE(b.build(error));
  EXPECT_EQ(error, "dependency cycle: 'a' -> 'a'");
}

TEST(GraphTest, RejectsOverflowingTotals) {
  GraphBuilder b;
  NodeId n = b.addNode("op0");
  b.addBuffer(n, "a", uint64_t(1) << 62, 0);
  b.addBuffer(n, "b", uint64_t(1) << 62, 0);
  std::string error;
  EXPECT_FALSE(b.build(error));
  EXPECT_NE(error.find("sizes overflow"), std::string::npos) << error;
}

TEST(GraphTest, AcceptsTotalsUpToInt64Max) {
  GraphBuilder b;
  NodeId n = b.addNode("op0");
  b.addBuffer(n, "a", (uint64_t(1) << 62) - 1, 0);
  b.addBuffer(n, "b", uint64_t(1) << 62, 0);
  std::string error;
  EXPECT_TRUE(b.build(error)) << error;
}

TEST(GraphTest, RejectsIndicesOutOfRange) {
  GraphBuilder b;
  NodeId n = b.addNode("op0");
  b.addRead(n, 7);
  std::string error;
  EXPECT_FALSE(b.build(error));
  EXPECT_EQ(error, "a read names a node or buffer that does not exist");
}

TEST(GraphTest, EmptyGraph) {
  GraphBuilder b;
  std::string error;
  std::optional<Graph> g = b.build(error);
  ASSERT_TRUE(g) << error;
  EXPECT_EQ(g->numNodes(), 0u);
  EXPECT_TRUE(g->baselineOrder().empty());
}

} // namespace
