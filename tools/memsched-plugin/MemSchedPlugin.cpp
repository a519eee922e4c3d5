//===- MemSchedPlugin.cpp - memsched as an mlir-opt plugin ----------------===//
//
// Lets the stock mlir-opt load the memsched dialect and passes:
//   mlir-opt --load-dialect-plugin=build/lib/MemSchedPlugin.so \
//            --load-pass-plugin=build/lib/MemSchedPlugin.so \
//            --pass-pipeline='builtin.module(memsched-reorder)' graph.mlir
// The plugin links libMLIR.so, so it shares one copy of MLIR with mlir-opt.
//
//===----------------------------------------------------------------------===//

#include "memsched/Dialect/MemSched/MemSchedDialect.h"
#include "memsched/Interfaces/DestinationStyleModels.h"
#include "memsched/Transforms/Passes.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"
#include "llvm/Config/llvm-config.h"

extern "C" LLVM_ATTRIBUTE_WEAK mlir::DialectPluginLibraryInfo
mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "MemSched", LLVM_VERSION_STRING,
          [](mlir::DialectRegistry *registry) {
            registry->insert<mlir::memsched::MemSchedDialect>();
            mlir::memsched::registerDestinationStyleMemoryPlanModels(*registry);
          }};
}

extern "C" LLVM_ATTRIBUTE_WEAK mlir::PassPluginLibraryInfo
mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "MemSchedPasses", LLVM_VERSION_STRING,
          []() { mlir::memsched::registerMemSchedPasses(); }};
}
