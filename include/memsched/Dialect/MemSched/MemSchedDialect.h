//===- MemSchedDialect.h - memsched dialect ---------------------*- C++ -*-===//
//
// The memsched dialect, its types and attributes.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_DIALECT_MEMSCHED_MEMSCHEDDIALECT_H
#define MEMSCHED_DIALECT_MEMSCHED_MEMSCHEDDIALECT_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/DialectImplementation.h"

#include "memsched/Dialect/MemSched/MemSchedDialect.h.inc"
#include "memsched/Dialect/MemSched/MemSchedEnums.h.inc"

#define GET_TYPEDEF_CLASSES
#include "memsched/Dialect/MemSched/MemSchedTypes.h.inc"

#define GET_ATTRDEF_CLASSES
#include "memsched/Dialect/MemSched/MemSchedAttrs.h.inc"

namespace mlir::memsched {

/// Byte size of a buffer of type `type`: `!memsched.buffer<N>` is N; a
/// static tensor or memref is elements x element bits rounded up to whole
/// bytes. Returns failure (after calling `emitError` to explain) for
/// dynamic shapes, unsized element types, overflow, and other types.
/// `!memsched.packed` has no size of its own and is reported as failure.
FailureOr<uint64_t>
getBufferTypeSize(Type type, llvm::function_ref<InFlightDiagnostic()> emitError);

} // namespace mlir::memsched

#endif // MEMSCHED_DIALECT_MEMSCHED_MEMSCHEDDIALECT_H
