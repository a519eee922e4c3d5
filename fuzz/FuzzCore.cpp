//===- FuzzCore.cpp - libFuzzer target: random graphs for the core --------===//
//
// Decodes bytes into a graph through GraphBuilder (any shape, including
// cycles, duplicate names and overflowing sizes, which must be refused) and
// checks on every graph that builds: each method returns a valid
// topological order, the best-of peak is <= the baseline's, and the
// timeline's peak equals a brute-force recount.
//
//===----------------------------------------------------------------------===//

#include "memsched/Core/Planner.h"
#include "memsched/Core/Timeline.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace memsched;

namespace {
[[noreturn]] void fail(const char *what) {
  fprintf(stderr, "FuzzCore: property violated: %s\n", what);
  abort();
}

struct Bytes {
  const uint8_t *data;
  size_t size, pos = 0;
  uint8_t next() { return pos < size ? data[pos++] : 0; }
  uint64_t size64() {
    uint8_t kind = next();
    if (kind < 8) // Occasionally huge, to exercise the overflow checks.
      return (uint64_t(1) << 62) + next();
    return uint64_t(next()) * (kind & 15);
  }
};

/// post_alloc(t) by the model's definition, O(steps x buffers x readers).
int64_t bruteForcePeak(const Graph &g, const std::vector<NodeId> &order) {
  size_t n = order.size();
  if (n == 0)
    return 0;
  std::vector<uint32_t> step(n);
  for (uint32_t t = 0; t < n; ++t)
    step[order[t]] = t;
  int64_t peak = INT64_MIN;
  for (uint32_t t = 0; t < n; ++t) {
    int64_t live = 0;
    for (BufferId b = 0; b < g.numBuffers(); ++b) {
      uint32_t start = g.isInput(b) ? 0 : step[g.producer(b)];
      uint32_t end = start;
      for (NodeId r : g.bufferReaders(b))
        end = std::max(end, step[r]);
      if (start <= t)
        live += int64_t(g.sizeAlloc(b));
      if (!g.isOutput(b) && end < t)
        live -= int64_t(g.sizeFree(b));
    }
    peak = std::max(peak, live);
  }
  return peak;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Bytes in{data, size};
  GraphBuilder b;
  uint32_t numNodes = in.next() % 24;
  for (uint32_t v = 0; v < numNodes; ++v)
    b.addNode("n" + std::to_string(in.next() % 32)); // Duplicates possible.
  uint32_t numInputs = in.next() % 4;
  for (uint32_t i = 0; i < numInputs; ++i) {
    uint64_t s = in.size64();
    b.addInput("i" + std::to_string(i), s, s);
  }
  if (numNodes > 0) {
    uint32_t numBuffers = in.next() % 32;
    for (uint32_t i = 0; i < numBuffers; ++i) {
      uint64_t alloc = in.size64(), free = in.next() & 1 ? alloc : in.size64();
      b.addBuffer(in.next() % numNodes, "b" + std::to_string(i), alloc, free);
    }
    uint32_t total = numInputs + numBuffers;
    uint32_t numReads = total ? in.next() % 64 : 0;
    for (uint32_t i = 0; i < numReads; ++i)
      b.addRead(in.next() % numNodes, in.next() % total);
    uint32_t numDeps = in.next() % 8;
    for (uint32_t i = 0; i < numDeps; ++i)
      b.addOrderDep(in.next() % numNodes, in.next() % numNodes);
    for (uint32_t i = 0; total && i < in.next() % 4; ++i)
      b.markOutput(in.next() % total);
  }
  std::string error;
  std::optional<Graph> g = b.build(error);
  if (!g) {
    if (error.empty())
      fail("a refused graph comes with a reason");
    return 0;
  }
  const Method methods[] = {Method::Baseline, Method::Lpmf, Method::Bfs,
                            Method::Dfs,      Method::Improve, Method::Exact};
  PlanOptions options;
  options.lpmf.succThreshold = in.next() % 2 ? 0 : in.next();
  options.exact.budget = in.next() % 3000;
  options.improve.budget = in.next() % 200000;
  Plan plan = planBestOf(*g, methods, options);
  if (plan.lowerBound > plan.best().peak)
    fail("the lower bound is above the kept peak");
  // Small graphs: every valid order, for the true optimum.
  if (g->numNodes() <= 6) {
    std::vector<NodeId> order = g->baselineOrder();
    std::vector<NodeId> best = plan.best().order;
    int64_t optimum = plan.best().peak;
    do {
      if (isValidOrder(*g, order) && computePeak(*g, order) < optimum) {
        optimum = computePeak(*g, order);
        best = order;
      }
    } while (std::next_permutation(order.begin(), order.end()));
    if (plan.lowerBound > optimum)
      fail("the lower bound is above the optimum");
    if (plan.provenOptimal && plan.best().peak != optimum)
      fail("proven optimal but not optimal");
    // Given an optimal order, the budget mode meets the optimum.
    std::vector<std::vector<NodeId>> orders{best};
    BudgetResult fit = budgetOrder(*g, optimum, orders, options.improve);
    if (!fit.met || !isValidOrder(*g, fit.order) ||
        computePeak(*g, fit.order) > optimum)
      fail("the budget mode misses a budget the optimum meets");
  }
  int64_t bestSoFar = std::numeric_limits<int64_t>::max();
  for (const Candidate &c : plan.candidates) {
    if (!isValidOrder(*g, c.order))
      fail(methodName(c.method));
    if ((c.method == Method::Improve || c.method == Method::Exact) &&
        c.peak > bestSoFar)
      fail("a search is worse than the candidate it starts from");
    bestSoFar = std::min(bestSoFar, c.peak);
    Timeline tl = computeTimeline(*g, c.order);
    if (tl.peak != c.peak)
      fail("the planner's peak differs from the timeline's");
    if (c.peak != bruteForcePeak(*g, c.order))
      fail("the timeline's peak differs from a brute-force recount");
  }
  if (plan.best().peak > plan.candidates[0].peak)
    fail("best-of is worse than the baseline");
  return 0;
}
