//===- memsched-translate.cpp - memsched translation driver ---------------===//
//
// mlir-translate with the Inductor JSON import and export and the timeline
// chart:
//   memsched-translate --import-inductor-json graph.json -o graph.mlir
//   memsched-translate --export-inductor-json graph.mlir -o graph.json
//   memsched-translate --export-timeline-svg graph.mlir -o timeline.svg
//
//===----------------------------------------------------------------------===//

#include "memsched/Target/InductorJson.h"
#include "memsched/Target/TimelineSvg.h"

#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"

int main(int argc, char **argv) {
  mlir::memsched::registerInductorJsonTranslations();
  mlir::memsched::registerTimelineSvgTranslation();
  return mlir::failed(mlir::mlirTranslateMain(argc, argv,
                                              "memsched translation driver\n"))
             ? 1
             : 0;
}
