//===- memsched-opt.cpp - memsched optimizer driver -----------------------===//
//
// mlir-opt with the memsched dialect and passes, plus the upstream dialects
// its tests and users mix in (builtin, func, arith, tensor, memref).
//
//===----------------------------------------------------------------------===//

#include "memsched/Dialect/MemSched/MemSchedDialect.h"
#include "memsched/Interfaces/DestinationStyleModels.h"
#include "memsched/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::memsched::registerMemSchedPasses();
  mlir::DialectRegistry registry;
  registry.insert<mlir::memsched::MemSchedDialect, mlir::func::FuncDialect,
                  mlir::arith::ArithDialect, mlir::tensor::TensorDialect,
                  mlir::memref::MemRefDialect, mlir::linalg::LinalgDialect,
                  mlir::scf::SCFDialect>();
  // linalg and tensor destination-style ops update their init in place.
  mlir::memsched::registerDestinationStyleMemoryPlanModels(registry);
  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "memsched optimizer driver\n", registry));
}
