//===- BlockGraph.h - Any dialect's block as a scheduling graph -*- C++ -*-===//
//
// Lowers the ops of one block of any dialect to the algorithm core's Graph,
// for memsched-reorder-ops:
// - every op but the terminator is a node, in block order (the baseline);
// - each result is a buffer: sized by MemoryPlanOpInterface when the op
//   implements it (in-place aliases and packing included), else by its
//   static tensor/memref type; other values (scalars, tokens, dynamic
//   shapes) take 0 bytes;
// - a block argument of static tensor/memref type is a freeable input,
//   unless its function marks it `memsched.resident` (then it is not
//   counted); values from outside the block are not counted;
// - a node reads the buffers of its operands and of the values its nested
//   regions use; reading an in-place alias also reads the first buffer of
//   its chain, and every op that uses any value of a chain keeps its side
//   (in block order) of every in-place update of that chain;
// - the terminator's operands are graph outputs;
// - barriers (ops with memory effects other than allocation, and ops with
//   regions that are not free of memory effects as a whole) are ordered
//   after every op before them and before every op after them, so no op
//   ever crosses one.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_ANALYSIS_BLOCKGRAPH_H
#define MEMSCHED_ANALYSIS_BLOCKGRAPH_H

#include "memsched/Core/Graph.h"

#include "mlir/IR/Block.h"
#include "llvm/ADT/SmallVector.h"

namespace mlir::memsched {

struct BlockGraph {
  ::memsched::Graph graph;
  /// NodeId -> op.
  SmallVector<Operation *> nodes;
  /// The block's terminator, if it has one (it stays last).
  Operation *terminator = nullptr;
  /// How many nodes are barriers.
  size_t numBarriers = 0;
};

/// Whether the planner must keep every other op on its side of `op`.
bool isSchedulingBarrier(Operation *op);

/// The attribute that marks a function argument as resident (not counted).
inline constexpr llvm::StringLiteral kResidentArgAttr = "memsched.resident";

/// Builds the scheduling graph of `block`. On failure (a size the interface
/// cannot give, totals that overflow) an error has been emitted.
FailureOr<BlockGraph> buildBlockGraph(Block &block);

} // namespace mlir::memsched

#endif // MEMSCHED_ANALYSIS_BLOCKGRAPH_H
