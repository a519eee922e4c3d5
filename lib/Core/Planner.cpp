//===- Planner.cpp - Candidate orders and best-of selection ---------------===//

#include "memsched/Core/Planner.h"
#include "WindowSearch.h"
#include "memsched/Core/Timeline.h"

#include <algorithm>

using namespace memsched;

namespace {
struct MethodInfo {
  Method method;
  const char *name;
};
constexpr MethodInfo kMethods[] = {
    {Method::Baseline, "baseline"}, {Method::Lpmf, "lpmf"},
    {Method::Bfs, "bfs"},           {Method::Dfs, "dfs"},
    {Method::Improve, "improve"},   {Method::Exact, "exact"}};
constexpr Method kDefault[] = {Method::Baseline, Method::Lpmf,
                               Method::Bfs,      Method::Dfs,
                               Method::Improve,  Method::Exact};
constexpr Method kHeuristics[] = {Method::Baseline, Method::Lpmf, Method::Bfs,
                                  Method::Dfs};

/// The best heuristic order, where Improve and Exact start when nothing is
/// listed before them.
Candidate bestHeuristic(const Graph &g, const PlanOptions &options) {
  Candidate best{Method::Baseline, {}, 0};
  for (Method m : kHeuristics) {
    std::vector<NodeId> order = computeOrder(g, m, options);
    int64_t peak = computePeak(g, order);
    if (best.order.empty() || peak < best.peak)
      best = {m, std::move(order), peak};
  }
  return best;
}
} // namespace

const char *memsched::methodName(Method method) {
  for (const MethodInfo &info : kMethods)
    if (info.method == method)
      return info.name;
  return "unknown";
}

std::optional<Method> memsched::parseMethod(std::string_view name) {
  for (const MethodInfo &info : kMethods)
    if (name == info.name)
      return info.method;
  return std::nullopt;
}

const char *memsched::methodNames() {
  return "baseline, lpmf, bfs, dfs, improve, exact";
}

std::span<const Method> memsched::defaultMethods() { return kDefault; }

std::vector<NodeId> memsched::computeOrder(const Graph &g, Method method,
                                           const PlanOptions &options) {
  switch (method) {
  case Method::Baseline:
    return g.baselineOrder();
  case Method::Lpmf:
    return lpmfOrder(g, options.lpmf);
  case Method::Bfs:
    return bfsOrder(g);
  case Method::Dfs:
    return dfsOrder(g);
  case Method::Improve:
    return improveOrder(g, bestHeuristic(g, options).order, options.improve)
        .order;
  case Method::Exact:
    return exactOrder(g, bestHeuristic(g, options).order, options.exact).order;
  }
  return g.baselineOrder();
}

Plan memsched::planBestOf(const Graph &g, std::span<const Method> methods,
                          const PlanOptions &options) {
  Plan plan;
  // One set of bounds for the lower bound and both searches.
  detail::GraphBounds bounds = detail::computeGraphBounds(g);
  plan.lowerBound = bounds.lowerBound.bytes;
  for (Method method : methods) {
    Candidate c{method, {}, 0};
    if (method == Method::Improve || method == Method::Exact) {
      Candidate start = plan.candidates.empty() ? bestHeuristic(g, options)
                                                : plan.best();
      SearchResult r =
          method == Method::Improve
              ? detail::improveOrder(g, start.order, options.improve, bounds,
                                     start.peak)
              : detail::exactOrder(g, start.order, options.exact, bounds,
                                   start.peak);
      c.order = std::move(r.order);
      c.peak = r.peak;
      plan.lowerBound = std::max(plan.lowerBound, r.lowerBound);
      if (method == Method::Exact)
        plan.exactNote = r.note;
    } else {
      c.order = computeOrder(g, method, options);
      // An order evaluated before has the same peak. Heuristics often give
      // the baseline or each other's order (on a chain all four agree):
      // comparing is a memcmp that stops at the first difference, a
      // fraction of an evaluation (which reads every node's buffers).
      auto same = std::find_if(
          plan.candidates.begin(), plan.candidates.end(),
          [&](const Candidate &earlier) { return earlier.order == c.order; });
      c.peak = same != plan.candidates.end() ? same->peak
                                             : computePeak(g, c.order);
    }
    if (plan.candidates.empty() || c.peak < plan.best().peak)
      plan.chosen = plan.candidates.size();
    plan.candidates.push_back(std::move(c));
  }
  if (!plan.candidates.empty()) {
    plan.lowerBound = std::min(plan.lowerBound, plan.best().peak);
    plan.provenOptimal = plan.best().peak <= plan.lowerBound;
  }
  return plan;
}
