//===- InductorJsonTranslations.cpp - mlir-translate registrations --------===//

#include "memsched/Dialect/MemSched/MemSchedDialect.h"
#include "memsched/Target/InductorJson.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;

void mlir::memsched::registerInductorJsonTranslations() {
  static TranslateToMLIRRegistration importRegistration(
      "import-inductor-json",
      "import one graph in Inductor's simulator JSON as a memsched.graph",
      [](llvm::SourceMgr &sourceMgr, MLIRContext *context) {
        // Name the graph after the file ("resnet18_g0.json" -> @resnet18_g0).
        StringRef file = sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID())
                             ->getBufferIdentifier();
        StringRef stem = llvm::sys::path::stem(file);
        if (stem.empty() || file == "<stdin>" || file == "-")
          stem = "graph";
        // The registration verifies the module before printing it.
        return OwningOpRef<Operation *>(
            importInductorJson(sourceMgr, stem, context,
                               /*verifyResult=*/false)
                .release());
      });
  static TranslateFromMLIRRegistration exportRegistration(
      "export-inductor-json",
      "export a memsched.graph as Inductor's simulator JSON",
      [](Operation *op, raw_ostream &os) {
        return exportInductorJson(op, os);
      },
      [](DialectRegistry &registry) { registry.insert<MemSchedDialect>(); });
}
