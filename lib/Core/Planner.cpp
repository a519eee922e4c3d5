//===- Planner.cpp - Candidate orders and best-of selection ---------------===//

#include "memsched/Core/Planner.h"
#include "memsched/Core/Timeline.h"

using namespace memsched;

namespace {
struct MethodInfo {
  Method method;
  const char *name;
};
constexpr MethodInfo kMethods[] = {{Method::Baseline, "baseline"},
                                   {Method::Lpmf, "lpmf"},
                                   {Method::Bfs, "bfs"},
                                   {Method::Dfs, "dfs"}};
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

const char *memsched::methodNames() { return "baseline, lpmf, bfs, dfs"; }

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
  }
  return g.baselineOrder();
}

Plan memsched::planBestOf(const Graph &g, std::span<const Method> methods,
                          const PlanOptions &options) {
  Plan plan;
  for (Method method : methods) {
    Candidate c{method, computeOrder(g, method, options), 0};
    c.peak = computePeak(g, c.order);
    if (plan.candidates.empty() || c.peak < plan.best().peak)
      plan.chosen = plan.candidates.size();
    plan.candidates.push_back(std::move(c));
  }
  return plan;
}
