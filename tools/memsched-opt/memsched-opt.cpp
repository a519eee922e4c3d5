//===- memsched-opt.cpp - memsched optimizer driver -----------------------===//
//
// mlir-opt with the memsched dialect and passes, plus the upstream dialects
// its tests and users mix in (builtin, func, arith, tensor, memref, linalg,
// scf) and the in-place planner models of linalg and tensor ops.
//
// When the tool runs on mimalloc (CMake's MEMSCHED_TOOLS_MALLOC), its heap is
// backed by transparent huge pages where the system allows it (see
// useHugePages), and memory freed while the input is parsed and the passes
// run is kept for reuse until the pass pipeline ends, then given back to the
// system before the output is printed (see FreedMemoryKeeper).
//
//===----------------------------------------------------------------------===//

#include "memsched/InitDialects.h"
#include "memsched/Transforms/Passes.h"

#include "mlir/Pass/PassInstrumentation.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/ToolOutputFile.h"

#include "../ToolsMalloc.h"

#include <cstdio>
#include <cstdlib>

using namespace mlir;

namespace {
#if MEMSCHED_TOOLS_MIMALLOC
using memsched::tools::userSets;
using memsched::tools::useHugePages;

/// mimalloc gives a freed page back to the system 25 ms after it becomes
/// free. Parsing a million-op module frees hundreds of MB of temporaries,
/// and a pass over it allocates as much again a little later: every page
/// given back then costs a page fault to take again, which on a VM is
/// several microseconds (docs/performance-history.md, seventh round). Until the
/// pipeline ends, the delay is made so long that freed pages stay for
/// reuse; after the last top-level pass, the delay is restored and
/// mi_collect gives back what it can before the printer runs (mimalloc 2.0
/// keeps some free pages of segments still in use: 25 MiB after parsing
/// layered 1M), so that the printer's peak is barely raised.
/// A user who sets mimalloc's delay in the environment keeps their setting.
/// With huge pages (useHugePages) mimalloc never decommits the memory it
/// maps, so the keeper only matters for what is mapped in small pages: all
/// of the heap when the user turns huge pages off or the system has no THP.
class FreedMemoryKeeper : public PassInstrumentation {
public:
  static bool start() {
    if (userSets({"MIMALLOC_DECOMMIT_DELAY=", "MIMALLOC_PURGE_DELAY="}))
      return false;
    savedDelay = mi_option_get(mi_option_decommit_delay);
    mi_option_set(mi_option_decommit_delay, kKeepMs);
    return true;
  }
  static void release() {
    if (released)
      return;
    released = true;
    mi_option_set(mi_option_decommit_delay, savedDelay);
    mi_collect(/*force=*/true);
  }

  /// `pm` is the top-level pass manager; its pass list is final (adjacent
  /// adaptors merged) only once it runs, so the last pass is looked up then.
  explicit FreedMemoryKeeper(PassManager &pm) : pm(pm) {}
  void runAfterPass(Pass *pass, Operation *op) override {
    releaseAfter(pass, op);
  }
  void runAfterPassFailed(Pass *pass, Operation *op) override {
    releaseAfter(pass, op);
  }

private:
  void releaseAfter(Pass *pass, Operation *op) {
    // Nested passes run on nested ops (perhaps on other threads); the
    // keeper is only added to a pipeline that has passes.
    if (!op->getParentOp() && pass == &*std::prev(pm.end()))
      release();
  }
  static constexpr long kKeepMs = 24L * 3600 * 1000;
  static inline long savedDelay = 0;
  static inline bool released = false;
  PassManager &pm;
};
#endif
} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  memsched::registerMemSchedPasses();
  DialectRegistry registry;
  memsched::registerToolDialects(registry);
  auto [inputFilename, outputFilename] = registerAndParseCLIOptions(
      argc, argv, "memsched optimizer driver\n", registry);
  MlirOptMainConfig config = MlirOptMainConfig::createFromCLOptions();
  // These print and exit without reading the input.
  if (config.shouldShowDialects() || config.shouldListPasses())
    return asMainReturnCode(MlirOptMain(
        llvm::outs(), llvm::MemoryBuffer::getMemBuffer(""), registry, config));

#if MEMSCHED_TOOLS_MIMALLOC
  useHugePages();
  if (FreedMemoryKeeper::start()) {
    // The pipeline the command line gives, then the keeper, which releases
    // after the last top-level pass (or at once if there is none).
    config.setPassPipelineSetupFn(
        [cli = config](PassManager &pm) -> LogicalResult {
          if (failed(cli.setupPassPipeline(pm)))
            return failure();
          if (pm.begin() == pm.end())
            FreedMemoryKeeper::release();
          else
            pm.addInstrumentation(std::make_unique<FreedMemoryKeeper>(pm));
          return success();
        });
  }
#endif

  // The rest of what MlirOptMain(argc, argv, ...) does.
  if (inputFilename == "-" &&
      llvm::sys::Process::FileDescriptorIsDisplayed(fileno(stdin)))
    llvm::errs() << "(processing input from stdin now, hit ctrl-c/ctrl-d to "
                    "interrupt)\n";
  std::string errorMessage;
  std::unique_ptr<llvm::MemoryBuffer> file =
      openInputFile(inputFilename, &errorMessage);
  if (!file) {
    llvm::errs() << errorMessage << "\n";
    return EXIT_FAILURE;
  }
  std::unique_ptr<llvm::ToolOutputFile> output =
      openOutputFile(outputFilename, &errorMessage);
  if (!output) {
    llvm::errs() << errorMessage << "\n";
    return EXIT_FAILURE;
  }
  if (failed(MlirOptMain(output->os(), std::move(file), registry, config)))
    return EXIT_FAILURE;
  output->keep();
  return EXIT_SUCCESS;
}
