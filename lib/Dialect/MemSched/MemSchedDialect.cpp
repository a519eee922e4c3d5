//===- MemSchedDialect.cpp - memsched dialect, types, sizes ---------------===//
//
// Dialect registration, type verification, and the byte-size rule for buffer
// types (elements x element bits, rounded up to whole bytes).
//
//===----------------------------------------------------------------------===//

#include "memsched/Dialect/MemSched/MemSchedDialect.h"
#include "memsched/Dialect/MemSched/MemSchedOps.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/TypeSwitch.h"

#include <limits>

using namespace mlir;
using namespace mlir::memsched;

#include "memsched/Dialect/MemSched/MemSchedDialect.cpp.inc"
#include "memsched/Dialect/MemSched/MemSchedEnums.cpp.inc"

#define GET_TYPEDEF_CLASSES
#include "memsched/Dialect/MemSched/MemSchedTypes.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "memsched/Dialect/MemSched/MemSchedAttrs.cpp.inc"

void MemSchedDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "memsched/Dialect/MemSched/MemSchedOps.cpp.inc"
      >();
  addTypes<
#define GET_TYPEDEF_LIST
#include "memsched/Dialect/MemSched/MemSchedTypes.cpp.inc"
      >();
  addAttributes<
#define GET_ATTRDEF_LIST
#include "memsched/Dialect/MemSched/MemSchedAttrs.cpp.inc"
      >();
}

LogicalResult
BufferType::verify(llvm::function_ref<InFlightDiagnostic()> emitError,
                   int64_t size) {
  if (size < 0)
    return emitError() << "buffer size must be non-negative, got " << size;
  return success();
}

/// Bits of one element, or 0 if the element type has no known size.
static uint64_t elementBits(Type type) {
  if (auto intType = dyn_cast<IntegerType>(type))
    return intType.getWidth();
  if (auto floatType = dyn_cast<FloatType>(type))
    return floatType.getWidth();
  if (isa<IndexType>(type))
    return 64;
  if (auto complexType = dyn_cast<ComplexType>(type))
    return 2 * elementBits(complexType.getElementType());
  if (auto vectorType = dyn_cast<VectorType>(type)) {
    if (vectorType.isScalable())
      return 0;
    unsigned __int128 bits = elementBits(vectorType.getElementType());
    for (int64_t dim : vectorType.getShape()) {
      bits *= static_cast<uint64_t>(dim);
      if (bits > std::numeric_limits<uint32_t>::max())
        return 0; // Vector dims are small; treat absurd ones as unsized.
    }
    return static_cast<uint64_t>(bits);
  }
  return 0;
}

FailureOr<uint64_t> mlir::memsched::getBufferTypeSize(
    Type type, llvm::function_ref<InFlightDiagnostic()> emitError) {
  if (auto buffer = dyn_cast<BufferType>(type))
    return static_cast<uint64_t>(buffer.getSize());
  if (!isa<RankedTensorType, MemRefType>(type)) {
    emitError() << "cannot derive a byte size from type " << type
                << "; use !memsched.buffer<N>, a static tensor or memref, or "
                   "give size_alloc and size_free";
    return failure();
  }
  auto shaped = cast<ShapedType>(type);
  if (!shaped.hasStaticShape()) {
    emitError() << "type " << type
                << " has a dynamic shape and no explicit size; give "
                   "size_alloc and size_free or use !memsched.buffer<N>";
    return failure();
  }
  uint64_t bits = elementBits(shaped.getElementType());
  if (bits == 0) {
    emitError() << "cannot derive a byte size from element type "
                << shaped.getElementType() << " of " << type;
    return failure();
  }
  // Elements x bits, checked in 128 bits, then rounded up to bytes.
  if (llvm::is_contained(shaped.getShape(), 0))
    return uint64_t(0);
  unsigned __int128 total = bits;
  constexpr unsigned __int128 limit =
      static_cast<unsigned __int128>(std::numeric_limits<int64_t>::max()) * 8;
  for (int64_t dim : shaped.getShape()) {
    if (total > limit / static_cast<uint64_t>(dim)) {
      emitError() << "size of " << type << " overflows 2^63-1 bytes";
      return failure();
    }
    total *= static_cast<uint64_t>(dim);
  }
  return static_cast<uint64_t>((total + 7) / 8);
}
