//===- FuzzInductorJson.cpp - libFuzzer target: Inductor JSON import ------===//
//
// Any bytes: the importer must either reject them with a diagnostic or build
// a verified graph, and then export followed by import must give the same
// JSON again (the format's round trip property).
//
//===----------------------------------------------------------------------===//

#include "memsched/Dialect/MemSched/MemSchedDialect.h"
#include "FuzzContext.h"
#include "memsched/Target/InductorJson.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace mlir;

static MLIRContext &context() { return fuzzContext(); }

static OwningOpRef<ModuleOp> import(llvm::StringRef text) {
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(text, "fuzz.json"), llvm::SMLoc());
  return memsched::importInductorJson(sourceMgr, "fuzz", &context());
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  // Errors are expected; keep them quiet.
  ScopedDiagnosticHandler quiet(&context(), [](Diagnostic &) {
    return success();
  });
  OwningOpRef<ModuleOp> module =
      import(llvm::StringRef(reinterpret_cast<const char *>(data), size));
  if (!module)
    return 0;
  std::string first, second;
  llvm::raw_string_ostream firstOs(first), secondOs(second);
  if (failed(memsched::exportInductorJson(*module, firstOs)))
    abort(); // A graph that imported must export.
  OwningOpRef<ModuleOp> again = import(first);
  if (!again || failed(memsched::exportInductorJson(*again, secondOs)))
    abort(); // Our own output must import.
  if (first != second)
    abort(); // Export then import is the identity.
  return 0;
}
