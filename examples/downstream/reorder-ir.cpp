//===- reorder-ir.cpp - The memsched-reorder pass from C++ ----------------===//
//
// Parses memsched IR from a string (or the file given as argument), runs
// memsched-reorder through a PassManager and prints its remark and the
// reordered IR. Links MemSched::MLIRMemSched.
//
//===----------------------------------------------------------------------===//

#include "memsched/Dialect/MemSched/MemSchedDialect.h"
#include "memsched/Transforms/Passes.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/raw_ostream.h"

static const char *const kGraph = R"mlir(
memsched.graph @pairs {
  %a = memsched.node "p0" -> ("a" : !memsched.buffer<100>)
  %b = memsched.node "p1" -> ("b" : !memsched.buffer<100>)
  memsched.node "c0" (%a : !memsched.buffer<100>)
  memsched.node "c1" (%b : !memsched.buffer<100>)
}
)mlir";

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  registry.insert<mlir::memsched::MemSchedDialect>();
  mlir::MLIRContext context(registry);

  // Remarks (the pass reports the peaks it compared) and errors go to stdout.
  mlir::ScopedDiagnosticHandler handler(&context, [](mlir::Diagnostic &diag) {
    llvm::outs() << (diag.getSeverity() == mlir::DiagnosticSeverity::Error
                         ? "error: "
                         : "remark: ")
                 << diag.str() << "\n";
    return mlir::success();
  });

  mlir::OwningOpRef<mlir::ModuleOp> module =
      argc > 1 ? mlir::parseSourceFile<mlir::ModuleOp>(argv[1], &context)
               : mlir::parseSourceString<mlir::ModuleOp>(kGraph, &context);
  if (!module)
    return 1;

  mlir::PassManager pm(&context);
  mlir::memsched::MemSchedReorderOptions options;
  options.methods = {"baseline", "lpmf"};
  pm.addPass(mlir::memsched::createMemSchedReorder(options));
  if (mlir::failed(pm.run(*module)))
    return 1;
  module->print(llvm::outs());
  return 0;
}
