//===- memsched-translate.cpp - memsched translation driver ---------------===//
//
// mlir-translate with the Inductor JSON import and export:
//   memsched-translate --import-inductor-json graph.json -o graph.mlir
//   memsched-translate --export-inductor-json graph.mlir -o graph.json
//
//===----------------------------------------------------------------------===//

#include "memsched/Target/InductorJson.h"

#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"

int main(int argc, char **argv) {
  mlir::memsched::registerInductorJsonTranslations();
  return mlir::failed(mlir::mlirTranslateMain(argc, argv,
                                              "memsched translation driver\n"))
             ? 1
             : 0;
}
