//===- ExportInductorJson.cpp - memsched IR to Inductor graph JSON --------===//
//
// Writes the folded model (aliases and packing turned into sizes and deps,
// resident inputs left out) in Inductor's layout: nodes in the current op
// order; buffers with the freeable inputs first, then each node's buffers in
// node order; one-space indentation as Inductor's json.dump(indent=1).
//
//===----------------------------------------------------------------------===//

#include "memsched/Analysis/CoreGraph.h"
#include "memsched/Core/Timeline.h"
#include "memsched/Target/InductorJson.h"

#include "llvm/Support/JSON.h"

using namespace mlir;
using namespace mlir::memsched;
using ::memsched::BufferId;
using ::memsched::NodeId;

LogicalResult mlir::memsched::exportInductorJson(Operation *op,
                                                 raw_ostream &os) {
  FailureOr<GraphOp> found = findSingleGraph(op, "export as Inductor JSON");
  if (failed(found))
    return failure();
  GraphOp graph = *found;
  FailureOr<CoreGraph> core = buildCoreGraph(graph, /*withReadLists=*/true);
  if (failed(core))
    return failure();
  const ::memsched::Graph &g = core->graph;

  // The verdict memsched-reorder left on the graph, checked against the
  // order being written so that a stale one is never exported.
  struct Verdict {
    StringRef method;
    int64_t peak, lowerBound;
    bool proven;
  };
  std::optional<Verdict> verdict;
  if (Attribute attr = graph->getAttr("memsched.verdict")) {
    auto dict = dyn_cast<DictionaryAttr>(attr);
    auto method = dict ? dict.getAs<StringAttr>("method") : nullptr;
    auto peak = dict ? dict.getAs<IntegerAttr>("peak_bytes") : nullptr;
    auto bound = dict ? dict.getAs<IntegerAttr>("lower_bound_bytes") : nullptr;
    auto proven = dict ? dict.getAs<BoolAttr>("proven_optimal") : nullptr;
    if (!method || !peak || !bound || !proven)
      return graph.emitError("memsched.verdict must be a dictionary with "
                             "method (string), peak_bytes and "
                             "lower_bound_bytes (integers) and "
                             "proven_optimal (bool)");
    verdict = Verdict{method.getValue(), peak.getInt(), bound.getInt(),
                      proven.getValue()};
    int64_t actual = ::memsched::computePeak(g, g.baselineOrder());
    if (actual != verdict->peak)
      return graph.emitError("memsched.verdict says peak_bytes ")
             << verdict->peak << " but the graph's current order peaks at "
             << actual
             << " bytes: run memsched-reorder again or drop the attribute";
  }

  auto writeNames = [&](llvm::json::OStream &out, auto ids, auto nameOf) {
    for (uint32_t id : ids)
      out.value(llvm::StringRef(nameOf(id)));
  };
  auto bufferName = [&](BufferId b) { return g.bufferName(b); };
  auto nodeName = [&](NodeId v) { return g.nodeName(v); };

  llvm::json::OStream out(os, /*IndentSize=*/1);
  out.object([&] {
    out.attributeArray("nodes", [&] {
      for (NodeId v = 0; v < g.numNodes(); ++v)
        out.object([&] {
          out.attribute("name", llvm::StringRef(g.nodeName(v)));
          out.attributeArray("buffer_names", [&] {
            writeNames(out, g.nodeBuffers(v), bufferName);
          });
          if (!g.orderPreds(v).empty())
            out.attributeArray("memsched_after", [&] {
              writeNames(out, g.orderPreds(v), nodeName);
            });
          if (g.nodeBuffers(v).empty() && !core->nodeReadList(v).empty())
            out.attributeArray("memsched_deps", [&] {
              writeNames(out, core->nodeReadList(v), bufferName);
            });
        });
    });
    auto writeBuffer = [&](BufferId b) {
      out.object([&] {
        out.attribute("name", llvm::StringRef(g.bufferName(b)));
        out.attribute("size_alloc", static_cast<int64_t>(g.sizeAlloc(b)));
        out.attribute("size_free", static_cast<int64_t>(g.sizeFree(b)));
        out.attribute("size", static_cast<int64_t>(g.sizeFree(b)));
        out.attribute("is_input", g.isInput(b));
        out.attribute("is_output", g.isOutput(b));
        std::span<const BufferId> deps;
        if (!g.isInput(b))
          deps = core->nodeReadList(g.producer(b));
        out.attributeArray("deps", [&] { writeNames(out, deps, bufferName); });
        out.attributeArray("unmet_deps", [&] {
          for (BufferId d : deps)
            if (!g.isInput(d))
              out.value(llvm::StringRef(g.bufferName(d)));
        });
      });
    };
    out.attributeArray("buffers", [&] {
      for (BufferId b : g.inputs())
        writeBuffer(b);
      for (NodeId v = 0; v < g.numNodes(); ++v)
        for (BufferId b : g.nodeBuffers(v))
          writeBuffer(b);
    });
    if (verdict)
      out.attributeObject("memsched", [&] {
        out.attribute("method", verdict->method);
        out.attribute("peak_bytes", verdict->peak);
        out.attribute("lower_bound_bytes", verdict->lowerBound);
        out.attribute("proven_optimal", verdict->proven);
      });
  });
  return success();
}
