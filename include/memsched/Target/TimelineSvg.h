//===- TimelineSvg.h - Memory timeline as an SVG chart ----------*- C++ -*-===//
//
// Draws the live bytes of a graph, step by step, for one or more orders on one
// self-contained SVG chart: a polyline per order (post_alloc and post_free of
// every step), its peak marked and labelled with the node that causes it,
// axes in MiB and steps, and hover titles naming each step's node and the
// buffers it allocates and frees. The output depends only on its inputs
// (fixed number formatting, no timestamps).
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_TARGET_TIMELINESVG_H
#define MEMSCHED_TARGET_TIMELINESVG_H

#include "memsched/Core/Graph.h"
#include "memsched/Core/Timeline.h"

#include "mlir/IR/Operation.h"
#include "llvm/Support/raw_ostream.h"

#include <span>
#include <string>

namespace mlir::memsched {

/// One curve of the chart: an order of the graph and its timeline.
struct TimelineSeries {
  /// Legend text, e.g. "baseline (current order)".
  std::string label;
  /// Short name used in the peak label and hover titles, e.g. "lpmf".
  std::string name;
  /// An SVG colour, e.g. "#1f77b4".
  std::string color;
  /// The order (step -> node) and computeTimeline(graph, order).
  std::span<const ::memsched::NodeId> order;
  const ::memsched::Timeline *timeline = nullptr;
};

struct TimelineSvgOptions {
  /// Heading of the chart (escaped on output).
  std::string title;
  /// Up to this many steps, every step gets an invisible rectangle whose
  /// <title> names each order's node at that step and the buffers it
  /// allocates and frees; above it only the peak markers carry titles, so
  /// the file stays small.
  size_t maxHoverSteps = 2000;
  /// Up to this many steps a curve has 3 points per step plus the origin;
  /// above it, one pair of points per pixel column (the column's highest
  /// post_alloc and lowest post_free), which keeps the peak exact.
  size_t maxExactSteps = 4096;
};

/// Writes the chart of `series` (each a valid order of `g`) to `os`.
void writeTimelineSvg(const ::memsched::Graph &g,
                      std::span<const TimelineSeries> series,
                      const TimelineSvgOptions &options, llvm::raw_ostream &os);

/// Draws the single memsched.graph in `op` (a graph, or an op holding
/// exactly one): its current op order (the baseline) and the order
/// memsched-reorder keeps with its default candidates (one curve when that
/// is the current order). Fails with an error
/// located at `op` when there is not exactly one graph or the graph cannot be
/// planned.
LogicalResult exportTimelineSvg(Operation *op, llvm::raw_ostream &os);

/// Registers --export-timeline-svg.
void registerTimelineSvgTranslation();

} // namespace mlir::memsched

#endif // MEMSCHED_TARGET_TIMELINESVG_H
