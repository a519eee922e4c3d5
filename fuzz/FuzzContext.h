//===- FuzzContext.h - The MLIR context the fuzz targets share --*- C++ -*-===//

#ifndef MEMSCHED_FUZZ_FUZZCONTEXT_H
#define MEMSCHED_FUZZ_FUZZCONTEXT_H

#include "memsched/Dialect/MemSched/MemSchedDialect.h"

#include "mlir/IR/MLIRContext.h"

/// One single-threaded context with the memsched dialect, for all inputs.
inline mlir::MLIRContext &fuzzContext() {
  static mlir::MLIRContext *ctx = [] {
    auto *c = new mlir::MLIRContext(mlir::MLIRContext::Threading::DISABLED);
    c->loadDialect<mlir::memsched::MemSchedDialect>();
    return c;
  }();
  return *ctx;
}

#endif // MEMSCHED_FUZZ_FUZZCONTEXT_H
