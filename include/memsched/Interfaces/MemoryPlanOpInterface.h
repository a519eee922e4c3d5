//===- MemoryPlanOpInterface.h - Buffers for the planner --------*- C++ -*-===//
//
// The interface through which an op tells the peak-memory planner its result
// sizes, in-place aliases and packing (see MemoryPlanOpInterface.td).
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_INTERFACES_MEMORYPLANOPINTERFACE_H
#define MEMSCHED_INTERFACES_MEMORYPLANOPINTERFACE_H

#include "mlir/IR/BuiltinTypeInterfaces.h"
#include "mlir/IR/Diagnostics.h"
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

/// Bits of one element of a tensor or memref (integer, float, index,
/// complex, fixed-size vector), or 0 when the type has no known size.
uint64_t getElementBits(Type type);

/// The byte size rule every sizing in memsched uses: elements x element
/// bits of a static-shaped `type`, rounded up to whole bytes. Fails (after
/// `emitError`) when the element type has no size or the total exceeds
/// 2^63-1 bytes.
FailureOr<uint64_t>
getStaticShapeBytes(ShapedType type,
                    llvm::function_ref<InFlightDiagnostic()> emitError);

} // namespace mlir::memsched

#include "memsched/Interfaces/MemoryPlanOpInterface.h.inc"

#endif // MEMSCHED_INTERFACES_MEMORYPLANOPINTERFACE_H
