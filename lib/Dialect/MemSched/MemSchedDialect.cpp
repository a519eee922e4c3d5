//===- MemSchedDialect.cpp - memsched dialect, types, sizes ---------------===//
//
// Dialect registration, type verification, and which types have a byte size
// (the rule itself, shared with the planner interface, is getStaticShapeBytes).
//
//===----------------------------------------------------------------------===//

#include "memsched/Dialect/MemSched/MemSchedDialect.h"
#include "memsched/Dialect/MemSched/MemSchedOps.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/TypeSwitch.h"


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
  return getStaticShapeBytes(shaped, emitError);
}
