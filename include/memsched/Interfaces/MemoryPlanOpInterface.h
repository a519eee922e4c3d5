//===- MemoryPlanOpInterface.h - Buffers for the planner --------*- C++ -*-===//
//
// The interface through which an op tells the peak-memory planner its result
// sizes, in-place aliases and packing (see MemoryPlanOpInterface.td).
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_INTERFACES_MEMORYPLANOPINTERFACE_H
#define MEMSCHED_INTERFACES_MEMORYPLANOPINTERFACE_H

#include "mlir/IR/OpDefinition.h"

#include <cstdint>

namespace mlir::memsched {

/// How one result counts in memory: bytes taken when its op runs and bytes
/// given back after its last reader.
struct ResultMemory {
  uint64_t sizeAlloc = 0;
  uint64_t sizeFree = 0;
  bool operator==(const ResultMemory &other) const = default;
};

} // namespace mlir::memsched

#include "memsched/Interfaces/MemoryPlanOpInterface.h.inc"

#endif // MEMSCHED_INTERFACES_MEMORYPLANOPINTERFACE_H
