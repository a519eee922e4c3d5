//===- Reorder.cpp - memsched-reorder pass --------------------------------===//
//
// Plans every graph (Planning.h), puts its node ops into the kept order and
// writes the verdict on the graph.
//
// When a quarter of the nodes or more change place, the node ops are not
// moved but recreated in the kept order (relocateNodes): MLIR allocates
// each op on its own, so after moving most of a million ops, every later
// walk of the body (the verifier after the pass, the printer, the
// destruction of the module) visits memory in random order and takes two to
// three times as long as on freshly laid out ops. Recreating them costs
// about a microsecond per op and saves several.
//
//===----------------------------------------------------------------------===//

#include "Planning.h"
#include "memsched/Analysis/CoreGraph.h"
#include "memsched/Transforms/Passes.h"

#include "memsched/Core/Search.h"

#include "mlir/IR/Builders.h"

#ifdef __GLIBC__
#include <malloc.h>

// mimalloc's "return what is free to the system", when the process runs on
// it (memsched-opt links it, see MEMSCHED_TOOLS_MALLOC); weak, so that the
// library does not depend on it.
extern "C" void mi_collect(bool force) __attribute__((weak));
#endif

namespace mlir::memsched {
#define GEN_PASS_DEF_MEMSCHEDREORDER
#include "memsched/Transforms/Passes.h.inc"
} // namespace mlir::memsched

using namespace mlir;
using namespace mlir::memsched;

/// Recreates the node ops of `graph` in `order` before its terminator (the
/// block's op order stays valid: each new op is numbered as it is added), with
/// the same name, operands, result types, properties, attributes and
/// location, points the graph's outputs at the new results and erases the
/// old ops. The new ops are allocated one after the other, in the order in
/// which every later walk will visit them. `core` is consumed: what the
/// recreation does not need is freed first, so that the new ops can take
/// its memory instead of raising the peak.
static void relocateNodes(GraphOp graph, CoreGraph &core,
                          ArrayRef<::memsched::NodeId> order) {
  Block &body = graph.getBodyBlock();
  Operation *terminator = body.getTerminator();
  size_t n = core.nodes.size();
  // A node's buffers are its results, in order (aliases, then buffers),
  // with consecutive ids.
  std::vector<::memsched::BufferId> firstResult(n);
  for (::memsched::NodeId v = 0; v < n; ++v) {
    std::span<const ::memsched::BufferId> ids = core.graph.nodeBuffers(v);
    firstResult[v] = ids.empty() ? 0 : ids.front();
    assert(ids.size() == core.nodes[v]->getNumResults() &&
           (ids.empty() || ids.back() == ids.front() + ids.size() - 1) &&
           "a node's buffers are its results");
  }
  // Only nodes and the terminator can use node results (the graph verifier
  // admits nothing else in the body).
  std::vector<::memsched::BufferId> outputIds(terminator->getNumOperands());
  SmallVector<Value> outputs(terminator->getOperands());
  core.bufferIds.lookupAll(outputs, outputIds);
  // What holds each buffer: inputs stay, node results are replaced as their
  // new ops are made (in a valid order, before any reader). The buffer list
  // is taken over, not copied: at a million buffers a copy is 8 MB and more
  // of fresh pages.
  std::vector<Value> holder = std::move(core.buffers);
  core.graph = ::memsched::Graph();
  core.bufferIds = BufferIdTable();
  core.readList = std::vector<::memsched::BufferId>();
  core.readListOffsets = std::vector<uint32_t>();

  // Sized for the node with the most operands (a compiled optimizer's
  // step reads hundreds of thousands), so that it never grows in the loop.
  SmallVector<Value> operands;
  {
    uint32_t most = 0;
    for (size_t v = 0; v < n; ++v)
      most = std::max(most, core.operandOffsets[v + 1] - core.operandOffsets[v]);
    operands.reserve(most);
  }
  // The new ops are appended, then the terminator after them.
  terminator->remove();
  // The old ops and every per-node array are visited in the new order, out
  // of memory order: fetch what a node needs a few steps ahead, in
  // stages, each reading only what the stages before have brought into the
  // cache (computing a prefetch's address from a cache miss stalls as much
  // as the miss itself).
  auto prefetch = [](const void *p) { __builtin_prefetch(p); };
  // Distances, in nodes.
  constexpr size_t kFar = 16, kMid = 8, kNear = 4, kNext = 2;
  auto forReads = [&](size_t j, auto fn) {
    ::memsched::NodeId u = order[j];
    for (uint32_t k = core.operandOffsets[u]; k < core.operandOffsets[u + 1];
         ++k)
      if (::memsched::BufferId b = core.operandIds[k];
          b != ::memsched::kNoNode)
        fn(b);
  };
  for (size_t i = 0; i < order.size(); ++i) {
    if (i + kFar < order.size()) {
      ::memsched::NodeId u = order[i + kFar];
      prefetch(&core.nodes[u]);
      prefetch(&core.operandOffsets[u]);
      prefetch(&firstResult[u]);
    }
    if (i + kMid < order.size()) {
      // Results lie before the Operation, operands and properties after
      // it.
      ::memsched::NodeId u = order[i + kMid];
      const char *ahead =
          reinterpret_cast<const char *>(core.nodes[u].getOperation());
      prefetch(ahead - 64);
      prefetch(ahead);
      prefetch(ahead + 64);
      prefetch(ahead + 128);
      prefetch(&core.operandIds[core.operandOffsets[u]]);
      prefetch(&holder[firstResult[u]]);
    }
    // The buffers it reads: their slots in `holder`, then (once those are
    // in) the new ops that hold them, whose use lists the new op joins.
    if (i + kNear < order.size())
      forReads(i + kNear,
               [&](::memsched::BufferId b) { prefetch(&holder[b]); });
    if (i + kNext < order.size())
      forReads(i + kNext, [&](::memsched::BufferId b) {
        prefetch(holder[b].getAsOpaquePointer());
      });
    ::memsched::NodeId v = order[i];
    Operation *old = core.nodes[v];
    operands.clear();
    uint32_t first = core.operandOffsets[v];
    for (uint32_t k = first; k < core.operandOffsets[v + 1]; ++k) {
      ::memsched::BufferId b = core.operandIds[k];
      // A resident input has no buffer id; it stays as it is.
      operands.push_back(b == ::memsched::kNoNode ? old->getOperand(k - first)
                                                  : holder[b]);
    }
    Operation *op = Operation::create(
        old->getLoc(), old->getName(), old->getResultTypes(), operands,
        old->getRawDictionaryAttrs(), old->getPropertiesStorage(),
        /*successors=*/{}, /*numRegions=*/0);
    body.push_back(op);
    // Appended last, the op is numbered from the one before it (still in
    // the cache), so the block's order stays valid and the verifier's
    // dominance checks need not renumber the whole block.
    (void)op->getPrevNode()->isBeforeInBlock(op);
    for (unsigned k = 0, e = op->getNumResults(); k < e; ++k)
      holder[firstResult[v] + k] = op->getResult(k);
  }
  body.push_back(terminator);
  (void)terminator->getPrevNode()->isBeforeInBlock(terminator);
  for (auto [use, b] : llvm::zip(terminator->getOpOperands(), outputIds))
    if (b != ::memsched::kNoNode)
      use.set(holder[b]);
  // In reverse body order, every reader of an op's results is gone before
  // the op itself (the body order is a valid schedule).
  for (NodeOp old : llvm::reverse(core.nodes))
    old->erase();
  core.nodes.clear();
}

namespace {
struct ReorderPass : mlir::memsched::impl::MemSchedReorderBase<ReorderPass> {
  using MemSchedReorderBase::MemSchedReorderBase;

  void runOnOperation() override {
    // Errors at a location only: printing the op could print a huge module.
    FailureOr<PlanningOptions> options = parsePlanningOptions(
        getOperation()->getLoc(), "memsched-reorder", methods, succThreshold,
        exactBudget, improveBudget, budget);
    if (failed(options))
      return signalPassFailure();
    bool anyFailed = false, anyMoved = false;
    size_t numNodes = 0;
    for (GraphOp graph : collectGraphs(getOperation()))
      anyFailed |= failed(reorder(graph, *options, anyMoved, numNodes));
#ifdef __GLIBC__
    // Planning a large graph leaves hundreds of MB free inside the heap
    // (and recreating the nodes frees the old ones), in pieces that the
    // printer's large tables cannot reuse; give the free pages back to the
    // system, so that they do not add to the peak RSS of the run (about
    // 20 ms at a million nodes).
    // Both, as mimalloc may be in the process without serving malloc;
    // trimming a heap that is not in use costs nothing.
    if (numNodes >= (1u << 16)) {
      if (mi_collect)
        mi_collect(/*force=*/true);
      malloc_trim(0);
    }
#endif
    if (anyFailed)
      return signalPassFailure();
    // Only the verdict attributes were added: no analysis of the IR is out
    // of date, and MLIR need not verify the module again (at a million ops
    // that verification costs more than half of the pass).
    if (!anyMoved)
      markAllAnalysesPreserved();
  }

  LogicalResult reorder(GraphOp graph, const PlanningOptions &options,
                        bool &anyMoved, size_t &numNodes) {
    FailureOr<CoreGraph> core = buildCoreGraph(graph);
    if (failed(core))
      return failure();
    numNodes += core->nodes.size();
    FailureOr<PlanningOutcome> kept =
        planGraph(core->graph, graph.getLoc(), "memsched-reorder", options);
    if (failed(kept))
      return failure();

    Builder b(graph.getContext());
    graph->setAttr(
        "memsched.verdict",
        b.getDictionaryAttr({
            b.getNamedAttr("method", b.getStringAttr(kept->method)),
            b.getNamedAttr("peak_bytes", b.getI64IntegerAttr(kept->peak)),
            b.getNamedAttr("lower_bound_bytes",
                           b.getI64IntegerAttr(kept->lowerBound)),
            b.getNamedAttr("proven_optimal", b.getBoolAttr(kept->provenOptimal)),
        }));

    // The baseline is the body order: nothing to move if it is kept.
    if (!kept->moves)
      return success();
    anyMoved = true;
    // Inputs first (one listed after a node goes before the first node), so
    // that no node can land before an input it reads.
    Operation *firstNode = core->nodes.front();
    for (InputOp input : core->inputsAfterNodes)
      input->moveBefore(firstNode);
    // Recreate when a quarter of the nodes or more must move. An increasing
    // run of the order holds at most one node of each descending stretch,
    // so with d descents (a node before one earlier in the body) at least d
    // nodes move: when d alone reaches the quarter, the longest increasing
    // run that nodesThatStay finds (60-70 ms for a million nodes in random
    // order) is not needed.
    const std::vector<::memsched::NodeId> &order = kept->order;
    size_t descents = 0;
    for (size_t i = 1; i < order.size(); ++i)
      descents += order[i] < order[i - 1];
    bool recreate = 4 * descents >= order.size();
    std::vector<uint8_t> stays;
    if (!recreate) {
      stays = ::memsched::nodesThatStay(order);
      recreate = 4 * static_cast<size_t>(llvm::count(stays, 0)) >= order.size();
    }
    if (recreate) {
      relocateNodes(graph, *core, order);
      return success();
    }
    moveIntoOrder([&](::memsched::NodeId v) { return core->nodes[v]; },
                  order, stays, graph.getBodyBlock(),
                  graph.getBodyBlock().getTerminator());
    return success();
  }
};
} // namespace
