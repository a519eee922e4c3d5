//===- CoreGraphToIR.h - Plain C++ graph to memsched IR ---------*- C++ -*-===//
//
// The inverse of buildCoreGraph for graphs made in C++ (e.g. by the
// generator): freeable inputs become memsched.input, each node a
// memsched.node reading its pred_buffers (ascending) with ordering-only
// predecessors in `after`, each buffer typed !memsched.buffer<size_free>
// with a size_alloc override where the sizes differ.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_TARGET_COREGRAPHTOIR_H
#define MEMSCHED_TARGET_COREGRAPHTOIR_H

#include "memsched/Core/Graph.h"
#include "memsched/Dialect/MemSched/MemSchedOps.h"

namespace mlir::memsched {

/// Creates a memsched.graph named `name` for `graph` at the builder's
/// insertion point, in baseline order.
GraphOp buildGraphOp(OpBuilder &builder, Location loc, StringRef name,
                     const ::memsched::Graph &graph);

} // namespace mlir::memsched

#endif // MEMSCHED_TARGET_COREGRAPHTOIR_H
