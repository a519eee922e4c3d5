//===- MemoryPlanOpInterface.cpp - An op's buffers for the planner --------===//

#include "memsched/Interfaces/MemoryPlanOpInterface.h"

#include "mlir/IR/BuiltinTypes.h"

#include <limits>

using namespace mlir;

uint64_t mlir::memsched::getElementBits(Type type) {
  if (auto intType = dyn_cast<IntegerType>(type))
    return intType.getWidth();
  if (auto floatType = dyn_cast<FloatType>(type))
    return floatType.getWidth();
  if (isa<IndexType>(type))
    return 64;
  if (auto complexType = dyn_cast<ComplexType>(type))
    return 2 * getElementBits(complexType.getElementType());
  if (auto vectorType = dyn_cast<VectorType>(type)) {
    if (vectorType.isScalable())
      return 0;
    unsigned __int128 bits = getElementBits(vectorType.getElementType());
    for (int64_t dim : vectorType.getShape()) {
      bits *= static_cast<uint64_t>(dim);
      if (bits > std::numeric_limits<uint32_t>::max())
        return 0; // Vector dims are small; treat absurd ones as unsized.
    }
    return static_cast<uint64_t>(bits);
  }
  return 0;
}

FailureOr<uint64_t> mlir::memsched::getStaticShapeBytes(
    ShapedType type, llvm::function_ref<InFlightDiagnostic()> emitError) {
  uint64_t bits = getElementBits(type.getElementType());
  if (bits == 0) {
    emitError() << "cannot derive a byte size from element type "
                << type.getElementType() << " of " << type;
    return failure();
  }
  // Elements x bits, checked in 128 bits, then rounded up to bytes.
  if (llvm::is_contained(type.getShape(), 0))
    return uint64_t(0);
  unsigned __int128 total = bits;
  constexpr unsigned __int128 limit =
      static_cast<unsigned __int128>(std::numeric_limits<int64_t>::max()) * 8;
  for (int64_t dim : type.getShape()) {
    if (total > limit / static_cast<uint64_t>(dim)) {
      emitError() << "size of " << type << " overflows 2^63-1 bytes";
      return failure();
    }
    total *= static_cast<uint64_t>(dim);
  }
  return static_cast<uint64_t>((total + 7) / 8);
}

#include "memsched/Interfaces/MemoryPlanOpInterface.cpp.inc"
