//===- MemoryLiveness.cpp - Buffer lifetimes and peak memory --------------===//

#include "memsched/Analysis/MemoryLiveness.h"
#include "memsched/Core/Search.h"
#include "llvm/Support/Format.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::memsched;
using ::memsched::BufferId;
using ::memsched::NodeId;

MemoryLiveness::MemoryLiveness(Operation *op) : graph(cast<GraphOp>(op)) {
  FailureOr<CoreGraph> built = buildCoreGraph(graph);
  if (failed(built))
    return;
  core = std::move(*built);
  timeline = ::memsched::computeTimeline(core->graph,
                                         core->graph.baselineOrder());
}

std::optional<unsigned> MemoryLiveness::getPeakStep() const {
  if (timeline.peakStep == ::memsched::kNoNode)
    return std::nullopt;
  return timeline.peakStep;
}

NodeOp MemoryLiveness::getPeakNode() const {
  std::optional<unsigned> step = getPeakStep();
  return step ? core->nodes[*step] : NodeOp();
}

bool MemoryLiveness::isCounted(Value value) const {
  return core && core->bufferIds.contains(value);
}

uint64_t MemoryLiveness::getSizeAlloc(Value value) const {
  return core->graph.sizeAlloc(core->bufferIds.at(value));
}
uint64_t MemoryLiveness::getSizeFree(Value value) const {
  return core->graph.sizeFree(core->bufferIds.at(value));
}
unsigned MemoryLiveness::getStartStep(Value value) const {
  return timeline.bufferStart[core->bufferIds.at(value)];
}
unsigned MemoryLiveness::getEndStep(Value value) const {
  return timeline.bufferEnd[core->bufferIds.at(value)];
}
bool MemoryLiveness::isOutput(Value value) const {
  return core->graph.isOutput(core->bufferIds.at(value));
}
SmallVector<NodeOp> MemoryLiveness::getReaders(Value value) const {
  SmallVector<NodeOp> readers;
  for (NodeId v : core->graph.bufferReaders(core->bufferIds.at(value)))
    readers.push_back(core->nodes[v]);
  return readers;
}

/// Names may hold quotes, newlines or any byte: escape them so that each
/// fact stays on one line.
static void printName(raw_ostream &os, llvm::StringRef name) {
  os << '"';
  llvm::printEscapedString(name, os);
  os << '"';
}

void MemoryLiveness::print(raw_ostream &os) const {
  os << "memsched.graph @" << graph.getSymName();
  if (!core) {
    os << ": invalid\n";
    return;
  }
  const ::memsched::Graph &g = core->graph;
  os << ": " << g.numNodes() << " nodes, " << g.numBuffers()
     << " buffers, peak " << timeline.peak << " bytes";
  if (auto step = getPeakStep()) {
    os << " at step " << *step << " ";
    printName(os, g.nodeName(*step));
  }
  // How far this order can be from the best: a bound for every order.
  ::memsched::LowerBound bound = ::memsched::computeLowerBound(g);
  os << ", lower bound " << bound.bytes << " bytes for any order (gap "
     << llvm::format("%.2f", timeline.peak > 0
                                 ? 100.0 * (timeline.peak - bound.bytes) /
                                       timeline.peak
                                 : 0.0)
     << "%)\n";
  for (InputOp input : core->residentInputs) {
    os << "  resident ";
    printName(os, input.getBufferName());
    os << "\n";
  }
  for (BufferId b = 0; b < g.numBuffers(); ++b) {
    os << "  buffer ";
    printName(os, g.bufferName(b));
    if (g.isInput(b)) {
      os << " input";
    } else {
      os << " node=";
      printName(os, g.nodeName(g.producer(b)));
    }
    os << " size_alloc=" << g.sizeAlloc(b) << " size_free=" << g.sizeFree(b);
    if (g.numNodes() != 0)
      os << " start=" << timeline.bufferStart[b]
         << " end=" << timeline.bufferEnd[b];
    if (g.isOutput(b))
      os << " output";
    os << " readers=[";
    llvm::interleaveComma(g.bufferReaders(b), os,
                          [&](NodeId v) { printName(os, g.nodeName(v)); });
    os << "]\n";
  }
  for (unsigned t = 0; t < g.numNodes(); ++t) {
    os << "  step " << t << " ";
    printName(os, g.nodeName(t));
    os << " post_alloc=" << timeline.postAlloc[t]
       << " post_free=" << timeline.postFree[t] << "\n";
  }
}
