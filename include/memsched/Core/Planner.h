//===- Planner.h - Candidate orders and best-of selection -------*- C++ -*-===//
//
// Inductor's reorder_for_peak_memory: compute each requested candidate order,
// evaluate its peak, keep the smallest (ties to the candidate listed first).
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_CORE_PLANNER_H
#define MEMSCHED_CORE_PLANNER_H

#include "memsched/Core/Heuristics.h"
#include "memsched/Core/Search.h"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace memsched {

/// A way to produce a candidate order. Improve and Exact start from the best
/// candidate listed before them (from the best of the four heuristics when
/// none is).
enum class Method { Baseline, Lpmf, Bfs, Dfs, Improve, Exact };

/// The method's name as users write it ("baseline", "lpmf", "bfs", "dfs",
/// "improve", "exact").
const char *methodName(Method method);
/// Parses a method name; std::nullopt if unknown.
std::optional<Method> parseMethod(std::string_view name);
/// The names of all methods, comma-separated, for error messages.
const char *methodNames();

/// The default candidates: baseline, lpmf, bfs, dfs, improve, exact.
std::span<const Method> defaultMethods();

struct PlanOptions {
  LpmfOptions lpmf;
  ImproveOptions improve;
  ExactOptions exact;
};

/// One evaluated candidate.
struct Candidate {
  Method method;
  std::vector<NodeId> order;
  int64_t peak = 0;
};

/// Every candidate in the order requested, which one was kept, and what is
/// known about the optimum.
struct Plan {
  std::vector<Candidate> candidates;
  size_t chosen = 0;
  /// No order has a lower peak (computeLowerBound, raised by exact search).
  int64_t lowerBound = 0;
  /// The kept peak equals the lower bound.
  bool provenOptimal = false;
  /// When exact search ran without a proof: why (see SearchResult::note).
  std::string exactNote;
  const Candidate &best() const { return candidates[chosen]; }
};

/// The order one heuristic produces (Baseline, Lpmf, Bfs, Dfs). Improve and
/// Exact start from the best of those four.
std::vector<NodeId> computeOrder(const Graph &g, Method method,
                                 const PlanOptions &options = {});

/// Evaluates `methods` (at least one) and keeps the lowest peak, ties to the
/// first listed.
Plan planBestOf(const Graph &g, std::span<const Method> methods,
                const PlanOptions &options = {});

} // namespace memsched

#endif // MEMSCHED_CORE_PLANNER_H
