//===- MemoryLiveness.h - Buffer lifetimes and peak memory ------*- C++ -*-===//
//
// An analysis over one memsched.graph, in the style of mlir::Liveness: it
// computes everything once in its constructor (sizes, lifetimes, readers,
// the per-step timeline and the peak of the current op order), queries are
// const, and print() is deterministic.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_ANALYSIS_MEMORYLIVENESS_H
#define MEMSCHED_ANALYSIS_MEMORYLIVENESS_H

#include "memsched/Analysis/CoreGraph.h"
#include "memsched/Core/Timeline.h"

#include <optional>

namespace mlir::memsched {

class MemoryLiveness {
public:
  /// Analyses `op`, which must be a memsched.graph. If the graph cannot be
  /// modelled (e.g. its sizes overflow), an error is emitted on it and
  /// isValid() is false.
  explicit MemoryLiveness(Operation *op);

  bool isValid() const { return core.has_value(); }
  const CoreGraph &getCoreGraph() const { return *core; }
  const ::memsched::Graph &getGraph() const { return core->graph; }
  const ::memsched::Timeline &getTimeline() const { return timeline; }

  /// Peak memory in bytes (0 for a graph without nodes).
  int64_t getPeak() const { return timeline.peak; }
  /// First step reaching the peak; none for a graph without nodes.
  std::optional<unsigned> getPeakStep() const;
  /// The node at the peak step; null for a graph without nodes.
  NodeOp getPeakNode() const;

  /// Whether `value` is a counted buffer (resident inputs are not).
  bool isCounted(Value value) const;
  /// Per-buffer queries; `value` must be counted.
  uint64_t getSizeAlloc(Value value) const;
  uint64_t getSizeFree(Value value) const;
  unsigned getStartStep(Value value) const;
  unsigned getEndStep(Value value) const;
  bool isOutput(Value value) const;
  SmallVector<NodeOp> getReaders(Value value) const;

  /// Memory after step `step`'s allocations, and after its frees.
  int64_t getPostAlloc(unsigned step) const { return timeline.postAlloc[step]; }
  int64_t getPostFree(unsigned step) const { return timeline.postFree[step]; }

  /// Prints buffers, steps and the peak, one fact per line.
  void print(raw_ostream &os) const;

private:
  mutable GraphOp graph;
  std::optional<CoreGraph> core;
  ::memsched::Timeline timeline;
};

} // namespace mlir::memsched

#endif // MEMSCHED_ANALYSIS_MEMORYLIVENESS_H
