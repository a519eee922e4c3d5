//===- SearchTest.cpp - Exact search, bounds, improvement, budgets --------===//
//
// On random seeded graphs small enough to enumerate every topological
// order, the exact search must find the true minimum peak, the lower bound
// must never exceed it, improvement must never make an order worse, and the
// budget mode must meet every budget that some order meets.
//
//===----------------------------------------------------------------------===//

#include "RandomGraph.h"
#include "WindowSearch.h"
#include "memsched/Core/Planner.h"
#include "memsched/Core/Heuristics.h"
#include "memsched/Core/Search.h"
#include "memsched/Core/Timeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <numeric>
#include <random>

using namespace memsched;
using namespace memsched::test;

namespace {

/// Enumerates every topological order of `r` (depth-first, explicit
/// stack) and returns the least peak, computing memory step by step from
/// the model's definitions on the plain description. std::nullopt if there
/// are more than `limit` orders.
std::optional<int64_t> bruteForceOptimum(const RandomGraph &r,
                                         uint64_t limit) {
  int n = r.numNodes;
  if (n == 0)
    return 0;
  std::vector<std::vector<int>> preds(n), readsOf(n);
  std::vector<std::vector<int>> readersOf(r.bufs.size());
  for (auto [v, b] : r.reads) {
    if (std::find(readsOf[v].begin(), readsOf[v].end(), b) == readsOf[v].end()) {
      readsOf[v].push_back(b);
      readersOf[b].push_back(v);
    }
    if (r.bufs[b].producer >= 0 && r.bufs[b].producer != v)
      preds[v].push_back(r.bufs[b].producer);
  }
  for (auto [before, after] : r.orderDeps)
    preds[after].push_back(before);
  int64_t inputs = 0;
  for (const RandomGraph::Buf &b : r.bufs)
    if (b.producer < 0)
      inputs += int64_t(b.alloc);

  struct Frame {
    int next; // next candidate node to try at this depth
  };
  std::vector<int> order;
  std::vector<bool> done(n, false);
  std::vector<int64_t> liveAt{inputs}, peakAt{std::numeric_limits<int64_t>::min()};
  std::vector<Frame> stack{{0}};
  int64_t best = std::numeric_limits<int64_t>::max();
  uint64_t leaves = 0;
  while (!stack.empty()) {
    Frame &f = stack.back();
    if (int(order.size()) == n) {
      best = std::min(best, peakAt.back());
      if (++leaves > limit)
        return std::nullopt;
      stack.pop_back();
      done[order.back()] = false;
      order.pop_back();
      liveAt.pop_back();
      peakAt.pop_back();
      continue;
    }
    int v = f.next;
    while (v < n && (done[v] || !std::all_of(preds[v].begin(), preds[v].end(),
                                             [&](int p) { return done[p]; })))
      ++v;
    if (v == n) {
      stack.pop_back();
      if (!order.empty()) {
        done[order.back()] = false;
        order.pop_back();
        liveAt.pop_back();
        peakAt.pop_back();
      }
      continue;
    }
    f.next = v + 1;
    // Schedule v: its buffers start, then buffers whose last reader (or
    // whose producer, if unread) is v die, unless they are outputs.
    int64_t live = liveAt.back();
    for (const RandomGraph::Buf &b : r.bufs)
      if (b.producer == v)
        live += int64_t(b.alloc);
    int64_t post = live;
    done[v] = true;
    for (size_t i = 0; i < r.bufs.size(); ++i) {
      const RandomGraph::Buf &b = r.bufs[i];
      if (b.output)
        continue;
      bool mine = b.producer == v ||
                  (b.producer < 0 && order.empty()); // inputs start at 0
      bool readHere = std::find(readsOf[v].begin(), readsOf[v].end(), int(i)) !=
                      readsOf[v].end();
      bool allDone = std::all_of(readersOf[i].begin(), readersOf[i].end(),
                                 [&](int x) { return done[x]; });
      if ((readHere && allDone) || (mine && readersOf[i].empty()))
        live -= int64_t(b.free);
    }
    order.push_back(v);
    liveAt.push_back(live);
    peakAt.push_back(std::max(peakAt.back(), post));
    stack.push_back({0});
  }
  return best;
}

TEST(SearchTest, ExactMatchesBruteForceOnRandomGraphs) {
  int compared = 0;
  for (unsigned seed = 0; seed < 400; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 rng(seed);
    RandomGraph r = makeRandomGraph(rng, 10);
    std::optional<int64_t> optimum = bruteForceOptimum(r, 400000);
    if (!optimum)
      continue;
    ++compared;
    Graph g = toGraph(r);
    std::vector<NodeId> start = lpmfOrder(g);
    int64_t startPeak = computePeak(g, start);

    LowerBound lb = computeLowerBound(g);
    EXPECT_LE(lb.bytes, *optimum);

    SearchResult exact = exactOrder(g, start);
    ASSERT_TRUE(isValidOrder(g, exact.order));
    EXPECT_EQ(exact.peak, computePeak(g, exact.order));
    EXPECT_EQ(exact.peak, *optimum);
    EXPECT_TRUE(exact.provenOptimal);
    EXPECT_EQ(exact.lowerBound, *optimum);

    SearchResult better = improveOrder(g, start);
    ASSERT_TRUE(isValidOrder(g, better.order));
    EXPECT_EQ(better.peak, computePeak(g, better.order));
    EXPECT_LE(better.peak, startPeak);
    EXPECT_GE(better.peak, *optimum);
    EXPECT_LE(better.lowerBound, *optimum);

    Plan plan = planBestOf(g, defaultMethods());
    EXPECT_EQ(plan.best().peak, *optimum);
    EXPECT_TRUE(plan.provenOptimal);

    // The budget mode meets the optimum and fails just below it.
    std::vector<std::vector<NodeId>> candidates{exact.order};
    BudgetResult fits = budgetOrder(g, *optimum, candidates);
    EXPECT_TRUE(fits.met);
    ASSERT_TRUE(isValidOrder(g, fits.order));
    EXPECT_LE(computePeak(g, fits.order), *optimum);
    EXPECT_EQ(fits.moved, countMovedNodes(fits.order));
    BudgetResult tooTight = budgetOrder(g, *optimum - 1, candidates);
    EXPECT_FALSE(tooTight.met);
    EXPECT_GE(tooTight.peak, *optimum);
    int64_t baselinePeak = computePeak(g, g.baselineOrder());
    BudgetResult loose = budgetOrder(g, baselinePeak, candidates);
    EXPECT_TRUE(loose.met);
    EXPECT_EQ(loose.moved, 0u);
  }
  EXPECT_GT(compared, 300);
}

TEST(SearchTest, ExactOutOfBudgetSaysSo) {
  // The 6-node graph of test/Transforms/reorder-search.mlir: every greedy
  // order misses the optimum (289), the static bound is 273.
  GraphBuilder b;
  BufferId in0 = b.addInput("in0", 69, 69), in1 = b.addInput("in1", 76, 76);
  BufferId in2 = b.addInput("in2", 27, 27), in3 = b.addInput("in3", 79, 79);
  NodeId n[6];
  for (int i = 0; i < 6; ++i)
    n[i] = b.addNode("n" + std::to_string(i));
  BufferId b4 = b.addBuffer(n[0], "b4", 22, 22);
  BufferId b5 = b.addBuffer(n[1], "b5", 89, 89);
  b.addBuffer(n[2], "b6", 38, 38);
  b.addBuffer(n[3], "b7", 31, 31);
  BufferId b8 = b.addBuffer(n[3], "b8", 6, 6);
  BufferId b9 = b.addBuffer(n[4], "b9", 6, 6);
  b.markOutput(b.addBuffer(n[5], "b10", 83, 83));
  for (BufferId x : {in1, in2, in3})
    b.addRead(n[0], x);
  for (BufferId x : {in0, in3})
    b.addRead(n[1], x);
  for (BufferId x : {in1, in2})
    b.addRead(n[2], x);
  for (BufferId x : {in0, in2, b5})
    b.addRead(n[3], x);
  for (BufferId x : {in0, b4, b8})
    b.addRead(n[4], x);
  for (BufferId x : {b5, b9})
    b.addRead(n[5], x);
  Graph g = build(b);
  std::vector<NodeId> start = g.baselineOrder();
  ASSERT_EQ(computePeak(g, start), 362);

  // One state: the baseline stays, with the bound the search reached.
  ExactOptions tight;
  tight.budget = 1;
  SearchResult r = exactOrder(g, start, tight);
  EXPECT_FALSE(r.provenOptimal);
  EXPECT_EQ(r.order, start);
  EXPECT_EQ(r.peak, 362);
  EXPECT_EQ(r.lowerBound, 279);
  EXPECT_NE(r.note.find("exact-budget of 1 states ran out"), std::string::npos)
      << r.note;

  // The default budget finds and proves the optimum.
  SearchResult full = exactOrder(g, start);
  EXPECT_TRUE(full.provenOptimal) << full.note;
  EXPECT_EQ(full.peak, 289);
  EXPECT_EQ(full.lowerBound, 289);
  EXPECT_TRUE(full.note.empty());
}

/// `count` diamonds in series, each with two branches of different shapes
/// (4 * count + 1 nodes): far too many sets for one search, but every
/// diamond's join is comparable to all nodes, so the parts are searched one
/// by one.
static Graph diamondSeries(int count) {
  GraphBuilder b;
  NodeId join = b.addNode("src");
  BufferId last = b.addBuffer(join, "src.out", 64, 64);
  for (int d = 0; d < count; ++d) {
    std::string p = "d" + std::to_string(d) + ".";
    // Listed c1 first: the baseline holds c1's 500 while a1 makes 1000.
    NodeId c1 = b.addNode(p + "c1");
    NodeId a1 = b.addNode(p + "a1");
    NodeId a2 = b.addNode(p + "a2");
    BufferId ba1 = b.addBuffer(a1, p + "ba1", 1000, 1000);
    BufferId ba2 = b.addBuffer(a2, p + "ba2", 10, 10);
    BufferId bc1 = b.addBuffer(c1, p + "bc1", 500, 500);
    b.addRead(a1, last);
    b.addRead(a2, ba1);
    b.addRead(c1, last);
    NodeId j = b.addNode(p + "join");
    b.addRead(j, ba2);
    b.addRead(j, bc1);
    last = b.addBuffer(j, p + "out", 64, 64);
  }
  b.markOutput(last);
  return build(b);
}

TEST(SearchTest, KnownStartPeakGivesTheSameResult) {
  // planBestOf hands both searches the peak of their start, which lets them
  // return at once when they could not change the order; with or without
  // it, the results must be the same. These graphs exercise the returns for
  // a start at the lower bound (both searches) and for a budget that no
  // evaluation fits (improve, budgets 1 and 50); exact's return for parts
  // over its search limit needs graphs of thousands of nodes.
  int atBound = 0;
  for (unsigned seed = 0; seed < 300; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937 rng(seed);
    RandomGraph r = makeRandomGraph(rng, 12);
    Graph g = toGraph(r);
    detail::GraphBounds bounds = detail::computeGraphBounds(g);
    std::vector<std::vector<NodeId>> starts{g.baselineOrder(), lpmfOrder(g),
                                            bfsOrder(g), dfsOrder(g)};
    starts.push_back(exactOrder(g, starts[1]).order);
    for (uint64_t budget : {uint64_t(1), uint64_t(50), uint64_t(2000000)}) {
      ExactOptions exactOptions;
      exactOptions.budget = budget;
      ImproveOptions improveOptions;
      improveOptions.budget = budget;
      for (const std::vector<NodeId> &start : starts) {
        int64_t peak = computePeak(g, start);
        atBound += peak <= bounds.lowerBound.bytes;
        SearchResult a = detail::exactOrder(g, start, exactOptions, bounds);
        SearchResult b =
            detail::exactOrder(g, start, exactOptions, bounds, peak);
        SearchResult c = detail::improveOrder(g, start, improveOptions, bounds);
        SearchResult d =
            detail::improveOrder(g, start, improveOptions, bounds, peak);
        for (auto [x, y] : {std::pair{&a, &b}, std::pair{&c, &d}}) {
          EXPECT_EQ(x->order, y->order);
          EXPECT_EQ(x->peak, y->peak);
          EXPECT_EQ(x->lowerBound, y->lowerBound);
          EXPECT_EQ(x->provenOptimal, y->provenOptimal);
          EXPECT_EQ(x->note, y->note);
        }
        EXPECT_EQ(a.work, b.work);
        EXPECT_EQ(c.work, d.work);
      }
    }
  }
  // The early return was taken often enough to be tested.
  EXPECT_GT(atBound, 500);
}

TEST(SearchTest, DecomposesAtNodesEveryOrderPassesThrough) {
  // 401 nodes (with reachability) and 6,001 nodes (over
  // kReachabilityLimit: the linear-time test finds the same joins).
  for (int count : {100, 1500}) {
    SCOPED_TRACE(count);
    Graph g = diamondSeries(count);
    // The baseline runs c1 first; exact alone must find branch a first.
    std::vector<NodeId> start = g.baselineOrder();
    SearchResult r = exactOrder(g, start);
    EXPECT_TRUE(r.provenOptimal) << r.note;
    // Branch a first: a2 makes 10 while a1's 1000 and src's 64 are live;
    // c1 first would hold 500 while a1 makes 1000.
    EXPECT_EQ(r.peak, 64 + 1000 + 10);
    EXPECT_EQ(r.lowerBound, r.peak);
    EXPECT_TRUE(isValidOrder(g, r.order));
  }
}

TEST(SearchTest, CountsMovedNodes) {
  std::vector<NodeId> same{0, 1, 2, 3}, oneMoved{1, 2, 3, 0},
      reversed{3, 2, 1, 0};
  EXPECT_EQ(countMovedNodes(same), 0u);
  EXPECT_EQ(countMovedNodes(oneMoved), 1u);
  EXPECT_EQ(countMovedNodes(reversed), 3u);
}

// The nodes that stay form a run in baseline order as long as the longest
// one, on every permutation of 6 nodes.
TEST(SearchTest, NodesThatStayAreALongestBaselineRun) {
  std::vector<NodeId> order{0, 1, 2, 3, 4, 5};
  size_t checked = 0;
  do {
    std::vector<uint8_t> stays = nodesThatStay(order);
    std::vector<NodeId> run;
    for (NodeId v : order)
      if (stays[v])
        run.push_back(v);
    EXPECT_TRUE(std::is_sorted(run.begin(), run.end()));
    EXPECT_EQ(order.size() - run.size(), countMovedNodes(order));
    ++checked;
  } while (std::next_permutation(order.begin(), order.end()));
  EXPECT_EQ(checked, 720u);
}

// Against a quadratic longest-increasing-run count, on random orders made
// of a few increasing stretches (where the search gallops) and on fully
// shuffled ones.
TEST(SearchTest, MovedNodesMatchQuadraticReference) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 200; ++trial) {
    size_t n = 1 + rng() % 300;
    std::vector<NodeId> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    if (trial % 2 == 0) {
      // Cut into a few stretches, each sorted.
      size_t cuts = 1 + rng() % 6;
      std::vector<size_t> at{0, n};
      for (size_t c = 0; c < cuts; ++c)
        at.push_back(rng() % n);
      std::sort(at.begin(), at.end());
      for (size_t c = 0; c + 1 < at.size(); ++c)
        std::sort(order.begin() + at[c], order.begin() + at[c + 1]);
    }
    std::vector<size_t> longest(n, 1);
    size_t best = 0;
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = 0; j < i; ++j)
        if (order[j] < order[i])
          longest[i] = std::max(longest[i], longest[j] + 1);
      best = std::max(best, longest[i]);
    }
    EXPECT_EQ(countMovedNodes(order), n - best) << "trial " << trial;
    std::vector<uint8_t> stays = nodesThatStay(order);
    std::vector<NodeId> run;
    for (NodeId v : order)
      if (stays[v])
        run.push_back(v);
    EXPECT_EQ(run.size(), best) << "trial " << trial;
    EXPECT_TRUE(std::is_sorted(run.begin(), run.end())) << "trial " << trial;
  }
}

TEST(SearchTest, LowerBoundParts) {
  // x (freeable, 100) -> op0 makes a (50) -> op1 makes out (30, output).
  GraphBuilder b;
  BufferId x = b.addInput("x", 100, 100);
  NodeId op0 = b.addNode("op0");
  BufferId a = b.addBuffer(op0, "a", 50, 50);
  b.addRead(op0, x);
  NodeId op1 = b.addNode("op1");
  BufferId out = b.addBuffer(op1, "out", 30, 30);
  b.addRead(op1, a);
  b.markOutput(out);
  Graph g = build(b);
  LowerBound lb = computeLowerBound(g);
  EXPECT_EQ(lb.atStart, 150);  // x + op0
  EXPECT_EQ(lb.atEnd, 80);     // out + a (freed by the last node)
  EXPECT_EQ(lb.workingSet, 150);
  EXPECT_EQ(lb.bytes, computePeak(g, g.baselineOrder()));
}

} // namespace
