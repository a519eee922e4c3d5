//===- TimelineSvg.cpp - Memory timeline as an SVG chart ------------------===//
//
// A hand-written SVG (no plotting library): fixed 960x540 canvas, two-decimal
// coordinates, every name escaped, so the same graph always gives the same
// bytes. The --export-timeline-svg translation draws the current order and
// the one memsched-reorder keeps with its default candidates.
//
//===----------------------------------------------------------------------===//

#include "memsched/Target/TimelineSvg.h"
#include "memsched/Analysis/CoreGraph.h"
#include "memsched/Core/Planner.h"
#include "memsched/Dialect/MemSched/MemSchedDialect.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"

#include <algorithm>
#include <cmath>

using namespace mlir;
using namespace mlir::memsched;
using ::memsched::BufferId;
using ::memsched::Graph;
using ::memsched::kNoNode;
using ::memsched::NodeId;
using ::memsched::Timeline;

namespace {

// Geometry in SVG user units. The plot area is [kLeft, kLeft + kPlotWidth] x
// [kTop, kTop + kPlotHeight]; the margins hold the title, legend and labels.
constexpr int kWidth = 960, kHeight = 540;
constexpr double kLeft = 80, kTop = 80, kPlotWidth = 840, kPlotHeight = 400;
constexpr double kMiB = 1024.0 * 1024.0;
/// Longest list of buffer names in one hover title.
constexpr size_t kMaxListed = 8;

/// A number written with exactly two decimals.
struct Fixed2 {
  double value;
};
raw_ostream &operator<<(raw_ostream &os, Fixed2 n) {
  return os << llvm::format("%.2f", n.value);
}

/// Text content or an attribute value: escapes XML's special characters,
/// replaces control characters XML cannot hold and repairs invalid UTF-8.
struct Escaped {
  std::string_view text;
};
raw_ostream &operator<<(raw_ostream &os, Escaped e) {
  std::string repaired;
  std::string_view text = e.text;
  if (!llvm::json::isUTF8(llvm::StringRef(text.data(), text.size()))) {
    repaired = llvm::json::fixUTF8(llvm::StringRef(text.data(), text.size()));
    text = repaired;
  }
  for (char c : text) {
    switch (c) {
    case '&':
      os << "&amp;";
      break;
    case '<':
      os << "&lt;";
      break;
    case '>':
      os << "&gt;";
      break;
    case '"':
      os << "&quot;";
      break;
    case '\'':
      os << "&apos;";
      break;
    default:
      if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t')
        os << "\xEF\xBF\xBD"; // U+FFFD, the replacement character
      else
        os << c;
    }
  }
  return os;
}

/// A size for people: bytes below 1 KiB, else KiB or MiB with two decimals.
struct Bytes {
  int64_t bytes;
};
raw_ostream &operator<<(raw_ostream &os, Bytes b) {
  if (b.bytes >= (int64_t(1) << 20))
    return os << Fixed2{b.bytes / kMiB} << " MiB";
  if (b.bytes >= 1024)
    return os << Fixed2{b.bytes / 1024.0} << " KiB";
  return os << b.bytes << " B";
}

/// Evenly spaced tick values 0, step, ..., count * step with step one of 1,
/// 2, 5 times a power of ten.
struct Ticks {
  double step = 1;
  unsigned count = 1;
  /// Decimals that show every tick value exactly.
  unsigned decimals = 0;
};

/// About eight intervals covering [0, max] (max > 0). Powers of ten are
/// reached by repeated multiplication, not log10, so every platform picks the
/// same ticks.
Ticks niceTicks(double max) {
  double raw = max / 8;
  double mag = 1;
  unsigned decimals = 0;
  while (mag * 10 <= raw)
    mag *= 10;
  while (mag > raw && decimals < 15) {
    mag /= 10;
    ++decimals;
  }
  Ticks ticks;
  ticks.decimals = decimals;
  if (mag >= raw)
    ticks.step = mag;
  else if (2 * mag >= raw)
    ticks.step = 2 * mag;
  else if (5 * mag >= raw)
    ticks.step = 5 * mag;
  else {
    ticks.step = 10 * mag;
    if (ticks.decimals > 0)
      --ticks.decimals;
  }
  // The small slack absorbs the rounding of mag / 10.
  ticks.count =
      std::max(1u, static_cast<unsigned>(std::ceil(max / ticks.step - 1e-9)));
  return ticks;
}

/// Maps steps and bytes to SVG coordinates.
struct Scale {
  double steps;    // the x range is [0, steps]
  double topBytes; // bytes at the top edge of the plot
  double x(double step) const { return kLeft + kPlotWidth * step / steps; }
  double y(double bytes) const {
    return kTop + kPlotHeight * (1 - bytes / topBytes);
  }
};

/// Writes up to kMaxListed buffer names, each with `size(b)`.
template <typename SizeFn>
void writeBufferList(raw_ostream &os, const Graph &g,
                     std::span<const BufferId> buffers, SizeFn size) {
  if (buffers.empty()) {
    os << "nothing";
    return;
  }
  for (size_t i = 0; i < buffers.size() && i < kMaxListed; ++i)
    os << (i ? ", " : "") << Escaped{g.bufferName(buffers[i])} << " ("
       << Bytes{static_cast<int64_t>(size(buffers[i]))} << ")";
  if (buffers.size() > kMaxListed)
    os << ", ... (" << buffers.size() - kMaxListed << " more)";
}

/// Per step, the buffers a series frees there: non-outputs whose last step
/// it is (outputs outlive the graph).
std::vector<std::vector<BufferId>> freedPerStep(const Graph &g,
                                                const Timeline &tl) {
  std::vector<std::vector<BufferId>> freed(tl.postAlloc.size());
  for (BufferId b = 0; b < g.numBuffers(); ++b)
    if (!g.isOutput(b) && tl.bufferEnd[b] < freed.size())
      freed[tl.bufferEnd[b]].push_back(b);
  return freed;
}

void writeCurve(raw_ostream &os, const Timeline &tl, const Scale &scale,
                const TimelineSvgOptions &options) {
  auto point = [&](double step, int64_t bytes) {
    os << Fixed2{scale.x(step)} << ',' << Fixed2{scale.y(bytes)};
  };
  point(0, 0);
  size_t n = tl.postAlloc.size();
  if (n <= options.maxExactSteps) {
    // A staircase: memory rises to post_alloc when the step starts, holds
    // through the step and drops to post_free when it ends.
    for (size_t t = 0; t < n; ++t) {
      os << ' ';
      point(t, tl.postAlloc[t]);
      os << ' ';
      point(t + 1, tl.postAlloc[t]);
      os << ' ';
      point(t + 1, tl.postFree[t]);
    }
    return;
  }
  // Too many steps for their own points: per pixel column, its highest
  // post_alloc then its lowest post_free, so the peak stays exact.
  size_t columns = std::min<size_t>(static_cast<size_t>(kPlotWidth), n);
  for (size_t c = 0; c < columns; ++c) {
    size_t lo = c * n / columns, hi = (c + 1) * n / columns;
    int64_t high = tl.postAlloc[lo], low = tl.postFree[lo];
    for (size_t t = lo + 1; t < hi; ++t) {
      high = std::max(high, tl.postAlloc[t]);
      low = std::min(low, tl.postFree[t]);
    }
    os << ' ';
    point(lo, high);
    os << ' ';
    point(hi, low);
  }
}

} // namespace

void mlir::memsched::writeTimelineSvg(const Graph &g,
                                      std::span<const TimelineSeries> series,
                                      const TimelineSvgOptions &options,
                                      raw_ostream &os) {
  size_t n = g.numNodes();
  int64_t maxBytes = 0;
  for (const TimelineSeries &s : series)
    maxBytes = std::max(maxBytes, s.timeline->peak);
  // An empty or all-zero timeline still gets a 0..1 MiB axis.
  Ticks yTicks = niceTicks(maxBytes > 0 ? maxBytes / kMiB : 1.0);
  Ticks xTicks = niceTicks(std::max<size_t>(n, 1));
  if (xTicks.step < 1)
    xTicks = Ticks{};
  Scale scale{static_cast<double>(std::max<size_t>(n, 1)),
              yTicks.step * yTicks.count * kMiB};
  double bottom = kTop + kPlotHeight, right = kLeft + kPlotWidth;

  os << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
     << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << kWidth
     << "\" height=\"" << kHeight << "\" viewBox=\"0 0 " << kWidth << ' '
     << kHeight << "\" font-family=\"sans-serif\" font-size=\"12\">\n"
     << "<title>" << Escaped{options.title} << "</title>\n"
     << "<rect width=\"" << kWidth << "\" height=\"" << kHeight
     << "\" fill=\"#fff\"/>\n"
     << "<text x=\"" << Fixed2{kLeft} << "\" y=\"28\" font-size=\"16\">"
     << Escaped{options.title} << "</text>\n";

  // Legend: one swatch and label per series, side by side.
  for (size_t i = 0; i < series.size(); ++i) {
    const TimelineSeries &s = series[i];
    double x0 = kLeft + kPlotWidth / series.size() * i;
    os << "<line x1=\"" << Fixed2{x0} << "\" y1=\"52\" x2=\"" << Fixed2{x0 + 28}
       << "\" y2=\"52\" stroke=\"" << Escaped{s.color}
       << "\" stroke-width=\"2\"/><text class=\"legend\" x=\""
       << Fixed2{x0 + 36} << "\" y=\"56\">" << Escaped{s.label} << ": peak "
       << Fixed2{s.timeline->peak / kMiB} << " MiB</text>\n";
  }

  // Grid, axes and tick labels.
  os << "<g stroke=\"#ddd\">";
  for (unsigned i = 1; i <= yTicks.count; ++i) {
    double y = scale.y(i * yTicks.step * kMiB);
    os << "<line x1=\"" << Fixed2{kLeft} << "\" y1=\"" << Fixed2{y}
       << "\" x2=\"" << Fixed2{right} << "\" y2=\"" << Fixed2{y} << "\"/>";
  }
  os << "</g>\n<g stroke=\"#000\"><line x1=\"" << Fixed2{kLeft} << "\" y1=\""
     << Fixed2{kTop} << "\" x2=\"" << Fixed2{kLeft} << "\" y2=\""
     << Fixed2{bottom} << "\"/><line x1=\"" << Fixed2{kLeft} << "\" y1=\""
     << Fixed2{bottom} << "\" x2=\"" << Fixed2{right} << "\" y2=\""
     << Fixed2{bottom} << "\"/>";
  size_t xStep = static_cast<size_t>(xTicks.step);
  for (size_t t = 0; t < std::max<size_t>(n, 1); t += xStep) {
    double x = scale.x(t + 0.5);
    os << "<line x1=\"" << Fixed2{x} << "\" y1=\"" << Fixed2{bottom}
       << "\" x2=\"" << Fixed2{x} << "\" y2=\"" << Fixed2{bottom + 5} << "\"/>";
  }
  os << "</g>\n<g class=\"y-ticks\" text-anchor=\"end\">";
  for (unsigned i = 0; i <= yTicks.count; ++i)
    os << "<text x=\"" << Fixed2{kLeft - 6} << "\" y=\""
       << Fixed2{scale.y(i * yTicks.step * kMiB) + 4} << "\">"
       << llvm::format("%.*f", static_cast<int>(yTicks.decimals),
                       i * yTicks.step)
       << "</text>";
  os << "</g>\n<g class=\"x-ticks\" text-anchor=\"middle\">";
  for (size_t t = 0; t < std::max<size_t>(n, 1); t += xStep)
    os << "<text x=\"" << Fixed2{scale.x(t + 0.5)} << "\" y=\""
       << Fixed2{bottom + 18} << "\">" << t << "</text>";
  os << "</g>\n<text x=\"" << Fixed2{kLeft + kPlotWidth / 2} << "\" y=\""
     << kHeight - 14 << "\" text-anchor=\"middle\">step (position in the "
     << "order)</text>\n<text transform=\"translate(24 "
     << Fixed2{kTop + kPlotHeight / 2}
     << ") rotate(-90)\" text-anchor=\"middle\">live memory (MiB)</text>\n";

  // The curves.
  for (const TimelineSeries &s : series) {
    os << "<polyline data-series=\"" << Escaped{s.name}
       << "\" fill=\"none\" stroke=\"" << Escaped{s.color}
       << "\" stroke-width=\"1.5\" stroke-linejoin=\"round\" points=\"";
    writeCurve(os, *s.timeline, scale, options);
    os << "\"/>\n";
  }

  // Hover targets, one per step, over the curves and under the markers.
  if (n > 0 && n <= options.maxHoverSteps) {
    std::vector<std::vector<std::vector<BufferId>>> freed;
    for (const TimelineSeries &s : series)
      freed.push_back(freedPerStep(g, *s.timeline));
    auto allocSize = [&](BufferId b) { return g.sizeAlloc(b); };
    auto freeSize = [&](BufferId b) { return g.sizeFree(b); };
    os << "<g class=\"steps\" fill=\"#fff\" fill-opacity=\"0\">\n";
    for (size_t t = 0; t < n; ++t) {
      os << "<rect x=\"" << Fixed2{scale.x(t)} << "\" y=\"" << Fixed2{kTop}
         << "\" width=\"" << Fixed2{scale.x(t + 1) - scale.x(t)}
         << "\" height=\"" << Fixed2{kPlotHeight} << "\"><title>step " << t;
      for (size_t i = 0; i < series.size(); ++i) {
        const TimelineSeries &s = series[i];
        const Timeline &tl = *s.timeline;
        NodeId v = s.order[t];
        std::vector<BufferId> allocated(g.nodeBuffers(v).begin(),
                                        g.nodeBuffers(v).end());
        // Freeable inputs start at step 0 whatever runs there.
        if (t == 0)
          allocated.insert(allocated.begin(), g.inputs().begin(),
                           g.inputs().end());
        os << '\n'
           << Escaped{s.name} << ": node " << Escaped{g.nodeName(v)}
           << "; allocates ";
        writeBufferList(os, g, allocated, allocSize);
        os << "; frees ";
        writeBufferList(os, g, freed[i][t], freeSize);
        os << "; post_alloc " << Bytes{tl.postAlloc[t]} << ", post_free "
           << Bytes{tl.postFree[t]};
      }
      os << "</title></rect>\n";
    }
    os << "</g>\n";
  }

  // Peak markers. A label goes on the side with more room, and below its
  // marker when it would sit on the previous series' label.
  double prevY = -1000;
  for (const TimelineSeries &s : series) {
    const Timeline &tl = *s.timeline;
    if (tl.peakStep == kNoNode)
      continue;
    std::string_view node = g.nodeName(s.order[tl.peakStep]);
    double cx = scale.x(tl.peakStep + 0.5), cy = scale.y(tl.peak);
    bool rightHalf = cx > kLeft + kPlotWidth / 2;
    double ty = std::abs(cy - prevY) < 16 ? cy + 18 : cy - 8;
    prevY = ty;
    os << "<circle class=\"peak\" cx=\"" << Fixed2{cx} << "\" cy=\""
       << Fixed2{cy} << "\" r=\"4\" fill=\"" << Escaped{s.color} << "\"><title>"
       << Escaped{s.label} << ": peak " << tl.peak << " B ("
       << Fixed2{tl.peak / kMiB} << " MiB) at step " << tl.peakStep << ", node "
       << Escaped{node} << "</title></circle>\n"
       << "<text class=\"peak-label\" x=\""
       << Fixed2{rightHalf ? cx - 8 : cx + 8} << "\" y=\"" << Fixed2{ty}
       << "\" text-anchor=\"" << (rightHalf ? "end" : "start") << "\" fill=\""
       << Escaped{s.color} << "\">" << Escaped{s.name} << " peak "
       << Fixed2{tl.peak / kMiB} << " MiB at " << Escaped{node} << "</text>\n";
  }
  os << "</svg>\n";
}

LogicalResult mlir::memsched::exportTimelineSvg(Operation *op,
                                                raw_ostream &os) {
  FailureOr<GraphOp> graph = findSingleGraph(op, "draw as a timeline");
  if (failed(graph))
    return failure();
  FailureOr<CoreGraph> core = buildCoreGraph(*graph);
  if (failed(core))
    return failure();
  const Graph &g = core->graph;

  std::vector<NodeId> baselineOrder = g.baselineOrder();
  Timeline baseline = ::memsched::computeTimeline(g, baselineOrder);
  ::memsched::Plan plan =
      ::memsched::planBestOf(g, ::memsched::defaultMethods());
  const ::memsched::Candidate &kept = plan.best();

  SmallVector<TimelineSeries, 2> series(1);
  series[0].name = "baseline";
  series[0].color = "#d62728";
  series[0].order = baselineOrder;
  series[0].timeline = &baseline;
  // When the pass would leave the order as it is, one curve says it all.
  Timeline keptTimeline;
  if (kept.order == baselineOrder) {
    series[0].label = "current order (baseline), kept by memsched-reorder";
  } else {
    series[0].label = "current order (baseline)";
    keptTimeline = ::memsched::computeTimeline(g, kept.order);
    TimelineSeries &s = series.emplace_back();
    s.name = ::memsched::methodName(kept.method);
    s.label = "memsched-reorder keeps " + s.name;
    s.color = "#1f77b4";
    s.order = kept.order;
    s.timeline = &keptTimeline;
  }

  TimelineSvgOptions options;
  llvm::raw_string_ostream title(options.title);
  title << "memory timeline of @" << graph->getSymName() << ": " << g.numNodes()
        << " nodes, " << g.numBuffers() << " buffers";
  writeTimelineSvg(g, series, options, os);
  return success();
}

void mlir::memsched::registerTimelineSvgTranslation() {
  static TranslateFromMLIRRegistration registration(
      "export-timeline-svg",
      "draw the memory timeline of a memsched.graph (current order and the "
      "order memsched-reorder keeps) as SVG",
      [](Operation *op, raw_ostream &os) { return exportTimelineSvg(op, os); },
      [](DialectRegistry &registry) { registry.insert<MemSchedDialect>(); });
}
