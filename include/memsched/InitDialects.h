//===- InitDialects.h - The dialects memsched's tools load ------*- C++ -*-===//
//
// memsched's dialect, the upstream dialects its tests and examples use, and
// the in-place planner models of linalg and tensor destination-style ops:
// what memsched-opt (and the IR fuzzer) can parse and plan.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_INITDIALECTS_H
#define MEMSCHED_INITDIALECTS_H

#include "memsched/Dialect/MemSched/MemSchedDialect.h"
#include "memsched/Interfaces/DestinationStyleModels.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"

namespace mlir::memsched {

inline void registerToolDialects(DialectRegistry &registry) {
  registry.insert<MemSchedDialect, func::FuncDialect, arith::ArithDialect,
                  tensor::TensorDialect, memref::MemRefDialect,
                  linalg::LinalgDialect, scf::SCFDialect>();
  // linalg and tensor destination-style ops update their init in place.
  registerDestinationStyleMemoryPlanModels(registry);
}

} // namespace mlir::memsched

#endif // MEMSCHED_INITDIALECTS_H
