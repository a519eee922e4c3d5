//===- Planner.h - Candidate orders and best-of selection -------*- C++ -*-===//
//
// Inductor's reorder_for_peak_memory: compute each requested candidate order,
// evaluate its peak, keep the smallest (ties to the candidate listed first).
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_CORE_PLANNER_H
#define MEMSCHED_CORE_PLANNER_H

#include "memsched/Core/Heuristics.h"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace memsched {

/// A way to produce a candidate order.
enum class Method { Baseline, Lpmf, Bfs, Dfs };

/// The method's name as users write it ("baseline", "lpmf", "bfs", "dfs").
const char *methodName(Method method);
/// Parses a method name; std::nullopt if unknown.
std::optional<Method> parseMethod(std::string_view name);
/// The names of all methods, comma-separated, for error messages.
const char *methodNames();

struct PlanOptions {
  LpmfOptions lpmf;
};

/// One evaluated candidate.
struct Candidate {
  Method method;
  std::vector<NodeId> order;
  int64_t peak = 0;
};

/// Every candidate in the order requested, and which one was kept.
struct Plan {
  std::vector<Candidate> candidates;
  size_t chosen = 0;
  const Candidate &best() const { return candidates[chosen]; }
};

/// The order one method produces.
std::vector<NodeId> computeOrder(const Graph &g, Method method,
                                 const PlanOptions &options = {});

/// Evaluates `methods` (at least one) and keeps the lowest peak, ties to the
/// first listed.
Plan planBestOf(const Graph &g, std::span<const Method> methods,
                const PlanOptions &options = {});

} // namespace memsched

#endif // MEMSCHED_CORE_PLANNER_H
