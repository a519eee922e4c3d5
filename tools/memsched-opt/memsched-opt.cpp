//===- memsched-opt.cpp - memsched optimizer driver -----------------------===//
//
// mlir-opt with the memsched dialect and passes, plus the upstream dialects
// its tests and users mix in (builtin, func, arith, tensor, memref, linalg,
// scf) and the in-place planner models of linalg and tensor ops.
//
//===----------------------------------------------------------------------===//

#include "memsched/InitDialects.h"
#include "memsched/Transforms/Passes.h"

#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::memsched::registerMemSchedPasses();
  mlir::DialectRegistry registry;
  mlir::memsched::registerToolDialects(registry);
  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "memsched optimizer driver\n", registry));
}
