//===- MemSchedOps.h - memsched operations ----------------------*- C++ -*-===//

#ifndef MEMSCHED_DIALECT_MEMSCHED_MEMSCHEDOPS_H
#define MEMSCHED_DIALECT_MEMSCHED_MEMSCHEDOPS_H

#include "memsched/Dialect/MemSched/MemSchedDialect.h"
#include "memsched/Interfaces/MemoryPlanOpInterface.h"

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/RegionKindInterface.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace mlir::memsched {
class OutputOp;
} // namespace mlir::memsched

#define GET_OP_CLASSES
#include "memsched/Dialect/MemSched/MemSchedOps.h.inc"

#endif // MEMSCHED_DIALECT_MEMSCHED_MEMSCHEDOPS_H
