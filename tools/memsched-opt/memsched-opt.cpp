//===- memsched-opt.cpp - memsched optimizer driver -----------------------===//
//
// mlir-opt with the memsched dialect and passes, plus the upstream dialects
// its tests and users mix in (builtin, func, arith, tensor, memref, linalg,
// scf) and the in-place planner models of linalg and tensor ops.
//
// When the tool runs on mimalloc (MEMSCHED_TOOLS_MALLOC), memory freed while
// the input is parsed and the passes run is kept for reuse until the pass
// pipeline ends, then given back to the system before the output is
// printed (see keepFreedMemoryUntilPipelineEnds).
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

#include <cstdio>
#include <cstdlib>

#if MEMSCHED_TOOLS_MIMALLOC
#include <mimalloc.h>
#endif

using namespace mlir;

namespace {
#if MEMSCHED_TOOLS_MIMALLOC
/// mimalloc gives a freed page back to the system 25 ms after it becomes
/// free. Parsing a million-op module frees hundreds of MB of temporaries,
/// and a pass over it allocates as much again a little later: every page
/// given back then costs a page fault to take again, which on a VM is
/// several microseconds (docs/performance.md, seventh round). Until the
/// pipeline ends, the delay is made so long that freed pages stay for
/// reuse; then the delay is restored and everything free is given back at
/// once, so that the printer's peak is not raised by pages it cannot reuse.
/// A user who sets MIMALLOC_DECOMMIT_DELAY keeps their setting.
class FreedMemoryKeeper : public PassInstrumentation {
public:
  static bool start() {
    if (std::getenv("MIMALLOC_DECOMMIT_DELAY"))
      return false;
    savedDelay() = mi_option_get(mi_option_decommit_delay);
    mi_option_set(mi_option_decommit_delay, kKeepMs);
    return true;
  }
  static void release() {
    if (released())
      return;
    released() = true;
    mi_option_set(mi_option_decommit_delay, savedDelay());
    mi_collect(/*force=*/true);
  }

  explicit FreedMemoryKeeper(const Pass *last) : last(last) {}
  void runAfterPass(Pass *pass, Operation *) override {
    if (pass == last)
      release();
  }
  void runAfterPassFailed(Pass *pass, Operation *) override {
    if (pass == last)
      release();
  }

private:
  static constexpr long kKeepMs = 24L * 3600 * 1000;
  static long &savedDelay() {
    static long delay = 0;
    return delay;
  }
  static bool &released() {
    static bool done = false;
    return done;
  }
  const Pass *last;
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

#if MEMSCHED_TOOLS_MIMALLOC
  if (FreedMemoryKeeper::start()) {
    // The pipeline the command line gives, then the keeper, which releases
    // after the last top-level pass (or at once if there is none).
    config.setPassPipelineSetupFn(
        [cli = config](PassManager &pm) -> LogicalResult {
          if (failed(cli.setupPassPipeline(pm)))
            return failure();
          const Pass *last = nullptr;
          for (Pass &pass : pm.getPasses())
            last = &pass;
          if (!last)
            FreedMemoryKeeper::release();
          else
            pm.addInstrumentation(std::make_unique<FreedMemoryKeeper>(last));
          return success();
        });
  }
#endif

  // What MlirOptMain(argc, argv, ...) does with the files.
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
