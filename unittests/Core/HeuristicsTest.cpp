//===- HeuristicsTest.cpp - LPMF, BFS, DFS against references -------------===//
//
// Straightforward transcriptions of the model's definitions (a linear scan
// of the ready set, priority lists rebuilt on every pick, a recursive walk)
// serve as references for the optimised core algorithms, on hand-made and on
// random seeded graphs.
//
//===----------------------------------------------------------------------===//

#include "RandomGraph.h"
#include "memsched/Core/Generator.h"
#include "memsched/Core/Planner.h"
#include "memsched/Core/Timeline.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <set>

using namespace memsched;
using namespace memsched::test;

namespace {

/// Scans the whole ready set at every step, as Inductor does.
std::vector<NodeId> referenceLpmf(const Graph &g, uint64_t succThreshold) {
  size_t n = g.numNodes();
  std::vector<int64_t> indeg(n), toFree(n, 0);
  std::vector<int64_t> uses(g.numBuffers());
  for (NodeId v = 0; v < n; ++v)
    indeg[v] = int64_t(g.predNodes(v).size());
  for (BufferId b = 0; b < g.numBuffers(); ++b)
    uses[b] = int64_t(g.bufferReaders(b).size()) + (g.isOutput(b) ? 1 : 0);
  for (NodeId v = 0; v < n; ++v) {
    for (BufferId b : g.predBuffers(v))
      if (uses[b] == 1)
        toFree[v] += int64_t(g.sizeFree(b));
    for (BufferId b : g.nodeBuffers(v))
      if (uses[b] == 0)
        toFree[v] += int64_t(g.sizeFree(b));
  }
  int64_t live = 0, outputs = 0;
  for (BufferId b : g.inputs())
    live += int64_t(g.sizeFree(b));
  for (BufferId b = 0; b < g.numBuffers(); ++b)
    if (g.isOutput(b))
      outputs += int64_t(g.sizeFree(b));
  int64_t maxMem = std::max(live, outputs);
  std::vector<NodeId> ready; // In the order nodes became ready.
  for (NodeId v = 0; v < n; ++v)
    if (indeg[v] == 0)
      ready.push_back(v);
  std::vector<NodeId> order;
  while (!ready.empty()) {
    int64_t gap = maxMem - live;
    auto size = [&](NodeId v) { return int64_t(g.nodeSize(v)); };
    size_t pick = 0;
    bool succMode = false;
    if (succThreshold > 0) {
      int64_t smallest = size(ready[0]);
      for (NodeId v : ready)
        smallest = std::min(smallest, size(v));
      succMode = uint64_t(smallest) > succThreshold;
    }
    auto earliestSucc = [&](NodeId v) {
      uint32_t e = uint32_t(n);
      for (NodeId s : g.succNodes(v))
        e = std::min(e, s);
      return e;
    };
    for (size_t i = 1; i < ready.size(); ++i) {
      NodeId a = ready[i], b = ready[pick];
      bool less;
      if (succMode) {
        less = earliestSucc(a) < earliestSucc(b);
      } else {
        auto key = [&](NodeId v) {
          return std::make_tuple(size(v) > gap ? size(v) : 0,
                                 size(v) - toFree[v], v);
        };
        less = key(a) < key(b);
      }
      if (less)
        pick = i;
    }
    NodeId v = ready[pick];
    ready.erase(ready.begin() + pick);
    order.push_back(v);
    live += size(v);
    maxMem = std::max(maxMem, live);
    live -= toFree[v];
    for (NodeId s : g.succNodes(v))
      if (--indeg[s] == 0)
        ready.push_back(s);
    for (BufferId b : g.predBuffers(v))
      if (--uses[b] == 1)
        for (NodeId r : g.bufferReaders(b))
          toFree[r] += int64_t(g.sizeFree(b));
  }
  return order;
}

/// Rebuilds every ready node's priority list at every pick.
std::vector<NodeId> referenceBfs(const Graph &g) {
  size_t n = g.numNodes();
  std::vector<int64_t> position(n, -1);
  std::set<NodeId> done;
  std::vector<NodeId> order;
  while (order.size() < n) {
    std::vector<std::pair<std::vector<int64_t>, NodeId>> ready;
    for (NodeId v = 0; v < n; ++v) {
      if (done.count(v))
        continue;
      bool ok = true;
      std::vector<int64_t> prio;
      for (NodeId p : g.predNodes(v)) {
        ok &= done.count(p) != 0;
        prio.push_back(position[p]);
      }
      if (!ok)
        continue;
      std::sort(prio.begin(), prio.end());
      ready.emplace_back(prio, v);
    }
    auto best = *std::min_element(ready.begin(), ready.end());
    position[best.second] = int64_t(order.size());
    order.push_back(best.second);
    done.insert(best.second);
  }
  return order;
}

/// The recursive walk of the model (fine for the small test graphs).
std::vector<NodeId> referenceDfs(const Graph &g) {
  size_t n = g.numNodes();
  std::vector<uint64_t> weight(n);
  for (NodeId v = 0; v < n; ++v) {
    weight[v] = g.nodeSize(v);
    for (BufferId b : g.predBuffers(v))
      weight[v] += g.sizeFree(b);
  }
  auto byWeight = [&](std::vector<NodeId> nodes) {
    std::sort(nodes.begin(), nodes.end(), [&](NodeId a, NodeId b) {
      return std::make_pair(weight[a], a) < std::make_pair(weight[b], b);
    });
    return nodes;
  };
  std::vector<bool> seen(n, false);
  std::vector<NodeId> order;
  std::function<void(NodeId)> visit = [&](NodeId v) {
    if (seen[v])
      return;
    seen[v] = true;
    auto preds = g.predNodes(v);
    for (NodeId p : byWeight({preds.begin(), preds.end()}))
      visit(p);
    order.push_back(v);
  };
  for (NodeId v : byWeight(g.baselineOrder()))
    visit(v);
  return order;
}

TEST(HeuristicsTest, MatchReferencesOnRandomGraphs) {
  for (unsigned seed = 0; seed < 1000; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 rng(seed);
    Graph g = toGraph(makeRandomGraph(rng, seed < 500 ? 14 : 60));
    std::vector<NodeId> lpmf = lpmfOrder(g);
    EXPECT_TRUE(isValidOrder(g, lpmf));
    EXPECT_EQ(lpmf, referenceLpmf(g, 0));
    uint64_t threshold = 1 + seed % 700;
    EXPECT_EQ(lpmfOrder(g, {threshold}), referenceLpmf(g, threshold));
    std::vector<NodeId> bfs = bfsOrder(g);
    EXPECT_TRUE(isValidOrder(g, bfs));
    EXPECT_EQ(bfs, referenceBfs(g));
    std::vector<NodeId> dfs = dfsOrder(g);
    EXPECT_TRUE(isValidOrder(g, dfs));
    EXPECT_EQ(dfs, referenceDfs(g));
  }
}

TEST(HeuristicsTest, MatchReferencesOnGeneratedFamilies) {
  // Every generator family at a few hundred nodes, with several seeds and
  // size distributions (pow2 sizes make ties frequent).
  for (GraphFamily family :
       {GraphFamily::Layered, GraphFamily::Transformer, GraphFamily::Optimizer,
        GraphFamily::Chain, GraphFamily::RandomWired, GraphFamily::FanOut}) {
    for (uint64_t seed = 1; seed <= 4; ++seed) {
      SCOPED_TRACE(std::string(graphFamilyName(family)) + " seed " +
                   std::to_string(seed));
      GeneratorOptions options;
      options.family = family;
      options.numNodes = 300;
      options.seed = seed;
      options.sizes = seed % 2 ? SizeDistribution::Pow2
                               : SizeDistribution::Uniform;
      options.maxSize = seed == 3 ? 4096 : 1 << 20;
      std::string error;
      std::optional<Graph> g = generateGraph(options, error);
      ASSERT_TRUE(g) << error;
      EXPECT_TRUE(isValidOrder(*g, g->baselineOrder()));
      EXPECT_EQ(lpmfOrder(*g), referenceLpmf(*g, 0));
      EXPECT_EQ(lpmfOrder(*g, {1 << 12}), referenceLpmf(*g, 1 << 12));
      EXPECT_EQ(bfsOrder(*g), referenceBfs(*g));
      EXPECT_EQ(dfsOrder(*g), referenceDfs(*g));
    }
  }
}

TEST(HeuristicsTest, DfsLongPredecessorLists) {
  // DFS sorts lists of over 64 predecessors in one pass over the nodes in
  // rank order rather than one by one. Here those lists' order decides the
  // result: the nodes with long lists weigh nothing, so they are the first
  // roots, and their predecessors (sources whose weights are not in index
  // order) are visited from them.
  GraphBuilder b;
  std::vector<BufferId> made;
  for (uint32_t i = 0; i < 300; ++i) {
    NodeId v = b.addNode("src" + std::to_string(i));
    made.push_back(b.addBuffer(v, "s" + std::to_string(i),
                               (i * 7919) % 997 + 1, /*sizeFree=*/0));
  }
  for (uint32_t k = 0; k < 3; ++k) {
    NodeId sink = b.addNode("sink" + std::to_string(k));
    for (uint32_t i = k; i < made.size(); i += k + 1) // 300, 150, 100 reads.
      b.addRead(sink, made[i]);
  }
  std::string error;
  std::optional<Graph> g = b.build(error);
  ASSERT_TRUE(g) << error;
  std::vector<NodeId> dfs = dfsOrder(*g);
  EXPECT_EQ(dfs, referenceDfs(*g));
  EXPECT_NE(dfs, g->baselineOrder());
}

// Thousands of nodes of one size ready at once (a fan-out) or in order
// (an optimizer's steps): LPMF's runs grow past the length at which their
// consumed front is reclaimed, while decreases and stale entries go on.
TEST(HeuristicsTest, LpmfLongRuns) {
  for (GraphFamily family : {GraphFamily::FanOut, GraphFamily::Optimizer,
                             GraphFamily::Layered}) {
    for (SizeDistribution sizes :
         {SizeDistribution::Fixed, SizeDistribution::Pow2}) {
      SCOPED_TRACE(std::string(graphFamilyName(family)) +
                   (sizes == SizeDistribution::Fixed ? " fixed" : " pow2"));
      GeneratorOptions options;
      options.family = family;
      options.numNodes = 12000;
      options.seed = 7;
      options.sizes = sizes;
      options.maxSize = 1 << 12;
      std::string error;
      std::optional<Graph> g = generateGraph(options, error);
      ASSERT_TRUE(g) << error;
      EXPECT_EQ(lpmfOrder(*g), referenceLpmf(*g, 0));
    }
  }
}

TEST(HeuristicsTest, LpmfSizeClassesWithManyDistinctSizes) {
  // LPMF groups nodes by distinct size: through a table that grows (2,000
  // nodes, about as many sizes) and through a sort of all nodes once the
  // distinct sizes exceed 4,096 (6,000 nodes).
  for (uint64_t numNodes : {2000, 6000}) {
    SCOPED_TRACE(std::to_string(numNodes) + " nodes");
    GeneratorOptions options;
    options.family = GraphFamily::Layered;
    options.numNodes = numNodes;
    options.seed = 7;
    options.sizes = SizeDistribution::Uniform;
    options.maxSize = uint64_t(1) << 30;
    std::string error;
    std::optional<Graph> g = generateGraph(options, error);
    ASSERT_TRUE(g) << error;
    std::set<uint64_t> sizes;
    for (NodeId v = 0; v < g->numNodes(); ++v)
      sizes.insert(g->nodeSize(v));
    EXPECT_GT(sizes.size(), numNodes == 2000 ? 1024u : 4096u);
    EXPECT_EQ(lpmfOrder(*g), referenceLpmf(*g, 0));
  }
}

TEST(HeuristicsTest, GeneratorIsDeterministic) {
  GeneratorOptions options;
  options.numNodes = 500;
  options.seed = 9;
  std::string error;
  std::optional<Graph> a = generateGraph(options, error);
  std::optional<Graph> b = generateGraph(options, error);
  ASSERT_TRUE(a && b);
  ASSERT_EQ(a->numBuffers(), b->numBuffers());
  for (BufferId x = 0; x < a->numBuffers(); ++x) {
    EXPECT_EQ(a->sizeAlloc(x), b->sizeAlloc(x));
    EXPECT_EQ(std::vector<NodeId>(a->bufferReaders(x).begin(),
                                  a->bufferReaders(x).end()),
              std::vector<NodeId>(b->bufferReaders(x).begin(),
                                  b->bufferReaders(x).end()));
  }
}

TEST(HeuristicsTest, LpmfPrefersWhatFitsUnderTheHighWaterMark) {
  // x (100, freeable) is read by a (makes 100) and b (makes 10); the graph
  // output o (200) sets max_mem = 200 from the start, live = 100, gap = 100.
  // a: size 100 <= gap, net 100 - 0; b: size 10 <= gap, net 10 - 0: b first.
  GraphBuilder bld;
  BufferId x = bld.addInput("x", 100, 100);
  NodeId a = bld.addNode("a"), b = bld.addNode("b"), c = bld.addNode("c");
  BufferId ab = bld.addBuffer(a, "ab", 100, 100);
  BufferId bb = bld.addBuffer(b, "bb", 10, 10);
  BufferId o = bld.addBuffer(c, "o", 200, 200);
  bld.addRead(a, x);
  bld.addRead(b, x);
  bld.addRead(c, ab);
  bld.addRead(c, bb);
  bld.markOutput(o);
  Graph g = build(bld);
  EXPECT_EQ(lpmfOrder(g), (std::vector<NodeId>{b, a, c}));
}

TEST(HeuristicsTest, DeepChainsDoNotRecurse) {
  // A 200,000-node chain, listed backwards in weight order so the walk goes
  // all the way down from the first root.
  GraphBuilder bld;
  const uint32_t n = 200000;
  BufferId prev = kNoNode;
  for (uint32_t i = 0; i < n; ++i) {
    NodeId v = bld.addNode("n" + std::to_string(i));
    if (prev != kNoNode)
      bld.addRead(v, prev);
    prev = bld.addBuffer(v, "b" + std::to_string(i), n - i, n - i);
  }
  Graph g = build(bld);
  for (auto order : {dfsOrder(g), bfsOrder(g), lpmfOrder(g)})
    EXPECT_EQ(order, g.baselineOrder());
}

TEST(PlannerTest, BestOfKeepsLowestPeakFirstListedOnTies) {
  // Two independent producer/consumer pairs. Baseline, BFS and DFS all run
  // both producers first (every weight is 100, BFS prefers the empty
  // priority of p1 over c0's [0]): both buffers live at once, 200. LPMF
  // runs c0 right after p0 (it frees 100): 100.
  GraphBuilder bld;
  NodeId p0 = bld.addNode("p0"), p1 = bld.addNode("p1");
  NodeId c0 = bld.addNode("c0"), c1 = bld.addNode("c1");
  bld.addRead(c0, bld.addBuffer(p0, "a", 100, 100));
  bld.addRead(c1, bld.addBuffer(p1, "b", 100, 100));
  Graph g = build(bld);
  std::vector<Method> all{Method::Baseline, Method::Dfs, Method::Lpmf,
                          Method::Bfs};
  Plan plan = planBestOf(g, all);
  ASSERT_EQ(plan.candidates.size(), 4u);
  EXPECT_EQ(plan.candidates[0].peak, 200);
  EXPECT_EQ(plan.candidates[1].peak, 200);
  EXPECT_EQ(plan.candidates[2].peak, 100);
  EXPECT_EQ(plan.candidates[3].peak, 200);
  EXPECT_EQ(plan.best().method, Method::Lpmf);
  EXPECT_EQ(plan.best().order, (std::vector<NodeId>{p0, c0, p1, c1}));
  // A tie keeps the candidate listed first.
  std::vector<Method> tied{Method::Dfs, Method::Baseline};
  EXPECT_EQ(planBestOf(g, tied).best().method, Method::Dfs);
}

TEST(PlannerTest, PropertiesOnRandomGraphs) {
  // Every candidate is a valid order whose recorded peak is its timeline's;
  // the kept peak is the minimum and never above the baseline's.
  const Method all[] = {Method::Baseline, Method::Lpmf, Method::Bfs,
                        Method::Dfs};
  for (unsigned seed = 0; seed < 300; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 rng(seed);
    Graph g = toGraph(makeRandomGraph(rng, 40));
    Plan plan = planBestOf(g, all, {{uint64_t(seed % 3) * 500}});
    ASSERT_EQ(plan.candidates.size(), 4u);
    for (const Candidate &c : plan.candidates) {
      EXPECT_TRUE(isValidOrder(g, c.order));
      EXPECT_EQ(c.peak, computeTimeline(g, c.order).peak);
      EXPECT_LE(plan.best().peak, c.peak);
    }
    EXPECT_LE(plan.best().peak, plan.candidates[0].peak);
  }
}

TEST(PlannerTest, ParsesMethodNames) {
  EXPECT_EQ(parseMethod("lpmf"), Method::Lpmf);
  EXPECT_EQ(parseMethod("baseline"), Method::Baseline);
  EXPECT_EQ(parseMethod("LPMF"), std::nullopt);
  EXPECT_STREQ(methodName(Method::Bfs), "bfs");
}

} // namespace
