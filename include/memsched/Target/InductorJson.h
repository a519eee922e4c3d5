//===- InductorJson.h - Inductor's simulator graph JSON ---------*- C++ -*-===//
//
// Reads and writes one graph in the JSON format PyTorch Inductor writes when
// torch._inductor.config.reorder_for_peak_memory_debug is on:
//   {"nodes":   [{"name": ..., "buffer_names": [...]}, ...],
//    "buffers": [{"name": ..., "size_alloc": N, "size_free": N, "size": N,
//                 "is_input": bool, "is_output": bool,
//                 "deps": [...], "unmet_deps": [...]}, ...]}
// Two optional per-node fields, written only when needed, carry what the
// format cannot express:
//   "memsched_after": [node names]  ordering-only predecessors;
//   "memsched_deps":  [buffer names] reads of a node that has no buffers
//                                    (Inductor nodes always have one).
// Unknown fields are ignored on import.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_TARGET_INDUCTORJSON_H
#define MEMSCHED_TARGET_INDUCTORJSON_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/Support/raw_ostream.h"

namespace llvm {
class SourceMgr;
} // namespace llvm

namespace mlir::memsched {

/// Parses the main buffer of `sourceMgr` into a module holding one
/// memsched.graph named `graphName`. Errors name the offending node or
/// buffer by JSON path and are emitted at the file's location. The module
/// is verified before it is returned unless `verifyResult` is false, for a
/// caller that verifies it anyway (mlir-translate does before printing; at
/// a million nodes a verification costs about a second).
OwningOpRef<ModuleOp> importInductorJson(llvm::SourceMgr &sourceMgr,
                                         llvm::StringRef graphName,
                                         MLIRContext *context,
                                         bool verifyResult = true);

/// Writes the single memsched.graph in `op` (a graph, or a module holding
/// exactly one) with `nodes` in the current op order.
LogicalResult exportInductorJson(Operation *op, llvm::raw_ostream &os);

/// Registers --import-inductor-json and --export-inductor-json.
void registerInductorJsonTranslations();

} // namespace mlir::memsched

#endif // MEMSCHED_TARGET_INDUCTORJSON_H
