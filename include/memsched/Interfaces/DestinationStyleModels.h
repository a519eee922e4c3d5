//===- DestinationStyleModels.h - Planner models for upstream ops -*- C++ -*-===//
//
// External models of MemoryPlanOpInterface for upstream destination-style
// ops on tensors (every linalg structured op, tensor.insert_slice and
// tensor.insert): each tensor result is the op's init operand updated in
// place, as bufferization makes it when it can, so the memory is the init's
// (typically a tensor.empty) and the result itself takes nothing. This is
// also the pattern a downstream dialect follows to tell the planner about
// its own ops.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_INTERFACES_DESTINATIONSTYLEMODELS_H
#define MEMSCHED_INTERFACES_DESTINATIONSTYLEMODELS_H

namespace mlir {
class DialectRegistry;
namespace memsched {

/// Attaches the models when the linalg and tensor dialects load.
void registerDestinationStyleMemoryPlanModels(DialectRegistry &registry);

} // namespace memsched
} // namespace mlir

#endif // MEMSCHED_INTERFACES_DESTINATIONSTYLEMODELS_H
