//===- FuzzContext.h - The MLIR context the fuzz targets share --*- C++ -*-===//

#ifndef MEMSCHED_FUZZ_FUZZCONTEXT_H
#define MEMSCHED_FUZZ_FUZZCONTEXT_H

#include "memsched/InitDialects.h"

#include "mlir/IR/MLIRContext.h"

/// One single-threaded context with the dialects memsched-opt has (so that
/// memsched-reorder-ops sees upstream IR too), for all inputs.
inline mlir::MLIRContext &fuzzContext() {
  static mlir::MLIRContext *ctx = [] {
    mlir::DialectRegistry registry;
    mlir::memsched::registerToolDialects(registry);
    auto *c = new mlir::MLIRContext(registry,
                                    mlir::MLIRContext::Threading::DISABLED);
    c->loadAllAvailableDialects();
    return c;
  }();
  return *ctx;
}

#endif // MEMSCHED_FUZZ_FUZZCONTEXT_H
