//===- CoreBenchmarks.cpp - Google Benchmark for the planning core --------===//
//
// Each method (LPMF, BFS, DFS; improve and exact from LPMF's order with
// their default budgets), the lower bound, peak evaluation and graph
// construction on every generated family at 1k, 10k, 100k and 1M nodes.
// Graphs are built once per (family, size) and cached. With glibc, the
// process keeps the memory it frees (see keepFreedMemory), so that each
// benchmark measures the method, not which benchmarks ran before it.
//
//   build/bin/memsched-bench --benchmark_filter='lpmf/random-wired'
//
//===----------------------------------------------------------------------===//

#include "memsched/Core/Generator.h"
#include "memsched/Core/Heuristics.h"
#include "memsched/Core/Search.h"
#include "memsched/Core/Timeline.h"

#include <benchmark/benchmark.h>

#include <limits>
#include <map>
#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace memsched;

namespace {

const Graph &cachedGraph(GraphFamily family, uint32_t nodes) {
  static std::map<std::pair<int, uint32_t>, std::unique_ptr<Graph>> cache;
  auto &slot = cache[{static_cast<int>(family), nodes}];
  if (!slot) {
    GeneratorOptions options;
    options.family = family;
    options.numNodes = nodes;
    options.seed = 42;
    std::string error;
    std::optional<Graph> g = generateGraph(options, error);
    if (!g) {
      fprintf(stderr, "generator failed: %s\n", error.c_str());
      abort();
    }
    slot = std::make_unique<Graph>(std::move(*g));
  }
  return *slot;
}

template <typename Fn>
void run(benchmark::State &state, GraphFamily family, Fn fn) {
  const Graph &g = cachedGraph(family, static_cast<uint32_t>(state.range(0)));
  for (auto _ : state)
    benchmark::DoNotOptimize(fn(g));
  state.counters["nodes"] = static_cast<double>(g.numNodes());
  state.counters["edges"] = static_cast<double>(g.numEdges());
  state.SetItemsProcessed(state.iterations() * g.numNodes());
}

void lpmf(benchmark::State &s, GraphFamily f) {
  run(s, f, [](const Graph &g) { return lpmfOrder(g); });
}
void bfs(benchmark::State &s, GraphFamily f) {
  run(s, f, [](const Graph &g) { return bfsOrder(g); });
}
void dfs(benchmark::State &s, GraphFamily f) {
  run(s, f, [](const Graph &g) { return dfsOrder(g); });
}
void lowerBound(benchmark::State &s, GraphFamily f) {
  run(s, f, [](const Graph &g) { return computeLowerBound(g).bytes; });
}
/// LPMF's order of the cached graph, computed outside the timed loop.
const std::vector<NodeId> &lpmfStart(benchmark::State &s, GraphFamily f) {
  static std::map<std::pair<int, int64_t>, std::vector<NodeId>> cache;
  std::vector<NodeId> &order = cache[{static_cast<int>(f), s.range(0)}];
  if (order.empty())
    order = lpmfOrder(cachedGraph(f, static_cast<uint32_t>(s.range(0))));
  return order;
}
void improve(benchmark::State &s, GraphFamily f) {
  const std::vector<NodeId> &start = lpmfStart(s, f);
  run(s, f, [&](const Graph &g) { return improveOrder(g, start).peak; });
}
void exact(benchmark::State &s, GraphFamily f) {
  const std::vector<NodeId> &start = lpmfStart(s, f);
  run(s, f, [&](const Graph &g) { return exactOrder(g, start).peak; });
}
void peak(benchmark::State &s, GraphFamily f) {
  std::vector<NodeId> order;
  run(s, f, [&](const Graph &g) {
    if (order.size() != g.numNodes())
      order = g.baselineOrder();
    return computePeak(g, order);
  });
}
void generate(benchmark::State &state, GraphFamily family) {
  GeneratorOptions options;
  options.family = family;
  options.numNodes = static_cast<uint32_t>(state.range(0));
  std::string error;
  for (auto _ : state)
    benchmark::DoNotOptimize(generateGraph(options, error));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void registerAll() {
  const GraphFamily families[] = {
      GraphFamily::Layered, GraphFamily::Transformer, GraphFamily::Optimizer,
      GraphFamily::Chain,   GraphFamily::RandomWired, GraphFamily::FanOut};
  struct Measure {
    const char *name;
    void (*fn)(benchmark::State &, GraphFamily);
  };
  const Measure measures[] = {{"lpmf", lpmf},
                              {"bfs", bfs},
                              {"dfs", dfs},
                              {"lower-bound", lowerBound},
                              {"improve", improve},
                              {"exact", exact},
                              {"peak", peak},
                              {"generate", generate}};
  for (const Measure &m : measures)
    for (GraphFamily f : families) {
      std::string name = std::string(m.name) + "/" + graphFamilyName(f);
      benchmark::RegisterBenchmark(name.c_str(), m.fn, f)
          ->RangeMultiplier(10)
          ->Range(1000, 1000000)
          ->Unit(benchmark::kMillisecond);
    }
}

/// glibc's malloc raises its mmap threshold to the size of the largest
/// mapped block freed so far and returns the top of its heap to the system
/// above twice that, so whether a method's large arrays (megabytes at 1M
/// nodes) are memory the process holds or fresh pages, a page fault per 4
/// KiB, depended on the benchmarks run before it: when a change elsewhere
/// made LPMF and the graph builder free two vectors sooner (both run before
/// `improve` is timed), `improve` at 1M nodes took 1.5 times as long with
/// the same code. Fixed thresholds turn the adjustment off: blocks up to 32
/// MiB (the most mallopt takes) come from the heap, and the heap is never
/// trimmed. What fresh pages cost a one-shot run is measured end to end
/// (utils/bench-e2e.py).
void keepFreedMemory() {
#ifdef __GLIBC__
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
#endif
}

} // namespace

int main(int argc, char **argv) {
  keepFreedMemory();
  registerAll();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv))
    return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
