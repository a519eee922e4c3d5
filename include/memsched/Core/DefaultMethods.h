//===- DefaultMethods.h - Candidates planned by default -------*- C++ -*-===//
//
// The candidate list used when the user names none: memsched-reorder with an
// empty `methods` option and the timeline export both plan these, so the
// picture shows the order the pass would keep.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_CORE_DEFAULTMETHODS_H
#define MEMSCHED_CORE_DEFAULTMETHODS_H

#include "memsched/Core/Planner.h"

#include <array>
#include <span>

namespace memsched {

/// baseline, lpmf, bfs, dfs: Inductor's reorder_for_peak_memory candidates,
/// in its order (ties go to the first listed).
inline std::span<const Method> defaultMethods() {
  static constexpr std::array<Method, 4> methods{
      Method::Baseline, Method::Lpmf, Method::Bfs, Method::Dfs};
  return methods;
}

} // namespace memsched

#endif // MEMSCHED_CORE_DEFAULTMETHODS_H
