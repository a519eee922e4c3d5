//===- memsched-translate.cpp - memsched translation driver ---------------===//
//
// mlir-translate with the Inductor JSON import and export and the timeline
// chart:
//   memsched-translate --import-inductor-json graph.json -o graph.mlir
//   memsched-translate --export-inductor-json graph.mlir -o graph.json
//   memsched-translate --export-timeline-svg graph.mlir -o timeline.svg
//
// On mimalloc, the heap is backed by huge pages as memsched-opt's is
// (ToolsMalloc.h): importing a million-node graph takes over a GB.
//
//===----------------------------------------------------------------------===//

#include "memsched/Target/InductorJson.h"
#include "memsched/Target/TimelineSvg.h"

#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"

#include "../ToolsMalloc.h"

int main(int argc, char **argv) {
#if MEMSCHED_TOOLS_MIMALLOC
  mlir::memsched::tools::useHugePages();
#endif
  mlir::memsched::registerInductorJsonTranslations();
  mlir::memsched::registerTimelineSvgTranslation();
  return mlir::failed(mlir::mlirTranslateMain(argc, argv,
                                              "memsched translation driver\n"))
             ? 1
             : 0;
}
