//===- PrintLiveness.cpp - memsched-print-liveness pass -------------------===//
//
// Prints the memory model of every graph and remarks on its peak.
//
//===----------------------------------------------------------------------===//

#include "memsched/Analysis/MemoryLiveness.h"
#include "memsched/Transforms/Passes.h"

#include "llvm/Support/raw_ostream.h"

namespace mlir::memsched {
#define GEN_PASS_DEF_MEMSCHEDPRINTLIVENESS
#include "memsched/Transforms/Passes.h.inc"
} // namespace mlir::memsched

using namespace mlir;
using namespace mlir::memsched;

namespace {
struct PrintLivenessPass
    : mlir::memsched::impl::MemSchedPrintLivenessBase<PrintLivenessPass> {
  void runOnOperation() override {
    bool failedAny = false;
    for (GraphOp graph : collectGraphs(getOperation())) {
      MemoryLiveness liveness(graph);
      liveness.print(llvm::outs());
      if (!liveness.isValid()) {
        failedAny = true;
        continue;
      }
      // Located at the graph without printing it: a graph can be huge.
      InFlightDiagnostic remark = emitRemark(graph.getLoc())
                                  << "peak memory " << liveness.getPeak()
                                  << " bytes";
      if (NodeOp node = liveness.getPeakNode())
        remark << " at step " << *liveness.getPeakStep() << " (node \""
               << node.getNodeName() << "\")";
      else
        remark << " (no nodes)";
    }
    llvm::outs().flush();
    if (failedAny)
      signalPassFailure();
    markAllAnalysesPreserved();
  }
};
} // namespace
