//===- FuzzInductorJson.cpp - libFuzzer target: Inductor JSON import ------===//
//
// Any bytes: the importer must either reject them with a diagnostic or build
// a verified graph, and then export followed by import must give the same
// JSON again (the format's round trip property). The importer's own JSON
// checker must also judge the bytes as llvm::json::parse does, with the
// same message.
//
//===----------------------------------------------------------------------===//

#include "memsched/Dialect/MemSched/MemSchedDialect.h"
#include "FuzzContext.h"
#include "JsonText.h"
#include "memsched/Target/InductorJson.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/JSON.h"
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
  llvm::StringRef text(reinterpret_cast<const char *>(data), size);
  std::optional<memsched::jsontext::SyntaxError> ours =
      memsched::jsontext::validate(text, /*maxDepth=*/256);
  if (!ours || !ours->tooDeep) {
    llvm::Expected<llvm::json::Value> theirs = llvm::json::parse(text);
    if (bool(theirs) == bool(ours))
      abort(); // One accepts what the other rejects.
    if (!theirs &&
        llvm::toString(theirs.takeError()) != ours->llvmStyle())
      abort(); // Different messages.
  }
  // Errors are expected; keep them quiet.
  ScopedDiagnosticHandler quiet(&context(), [](Diagnostic &) {
    return success();
  });
  OwningOpRef<ModuleOp> module = import(text);
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
