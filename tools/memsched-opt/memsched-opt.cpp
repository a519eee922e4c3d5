//===- memsched-opt.cpp - memsched optimizer driver -----------------------===//
//
// mlir-opt with the memsched dialect and passes, plus the upstream dialects
// its tests and users mix in (builtin, func, arith, tensor, memref, linalg,
// scf) and the in-place planner models of linalg and tensor ops.
//
// When the tool runs on mimalloc (CMake's MEMSCHED_TOOLS_MALLOC), its heap is
// backed by transparent huge pages where the system allows it (see
// useHugePages) while it parses; while the passes run, memory touched for
// the first time comes in small pages and freed memory is kept for reuse,
// then given back to the system before the output is printed (see
// PipelineMemory).
//
//===----------------------------------------------------------------------===//

#include "memsched/InitDialects.h"
#include "memsched/Transforms/Passes.h"

#include "mlir/Pass/PassInstrumentation.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/ToolOutputFile.h"

#include "../ToolsMalloc.h"

#include <cstdio>
#include <cstdlib>

#ifdef __linux__
#include <sys/mman.h>
#endif

using namespace mlir;

namespace {
#if MEMSCHED_TOOLS_MIMALLOC
using memsched::tools::userSets;
using memsched::tools::useHugePages;

/// How mimalloc treats memory while the pass pipeline runs; restored after
/// the last top-level pass, before the printer.
///
/// Freed memory is kept. mimalloc gives a freed page back to the system
/// 25 ms after it becomes free. Parsing a million-op module frees hundreds
/// of MB of temporaries, and a pass over it allocates as much again a
/// little later: every page given back then costs a page fault to take
/// again, which on a VM is several microseconds
/// (docs/performance-history.md, seventh round). Until the pipeline ends,
/// the delay is made so long that freed pages stay for reuse; at the end
/// the delay is restored and mi_collect gives back what it can before the
/// printer runs (mimalloc 2.0 keeps some free pages of segments still in
/// use: 25 MiB after parsing layered 1M), so that the printer's peak is
/// barely raised. With huge pages (useHugePages) mimalloc never decommits
/// the memory it maps, so this only matters for what is mapped in small
/// pages.
///
/// New memory is mapped in small pages. A pass's working memory (a plan's
/// arrays, ops made anew) is touched once or a few times, in order, so
/// huge pages save it little in the TLB, while each fresh huge page costs
/// the kernel 2 MiB of zeroing at its first touch, and more on a VM whose
/// host takes back the guest's free 2 MiB blocks: there a fresh huge page
/// cost about 4 ms, the same 2 MiB in small pages about 1.5 ms
/// (docs/performance.md, utils/first-touch.c). Parsing keeps huge pages: the
/// IR it builds is walked again and again, and most of it is mapped before
/// the passes.
///
/// That covers what mimalloc maps from then on, but not the regions it
/// mapped while parsing, which it asked to be backed by huge pages: the
/// parts of them the parser did not touch would still be faulted in 2 MiB at
/// a time, at the fresh huge page's price, by the passes' first allocations
/// (about 50 ms of the 0.4 s pass on a million-node chain). So the huge
/// page advice is also withdrawn from every mapping made so far
/// (useSmallPagesFromNow); the pages already touched, the parsed IR among
/// them, keep their huge pages.
///
/// A user who sets mimalloc's delay or MIMALLOC_LARGE_OS_PAGES in the
/// environment keeps their setting.
class PipelineMemory : public PassInstrumentation {
public:
  /// Whether there is anything to do (then add the instrumentation).
  static bool start() {
    keepFreed =
        !userSets({"MIMALLOC_DECOMMIT_DELAY=", "MIMALLOC_PURGE_DELAY="});
    smallPages = !userSets({"MIMALLOC_LARGE_OS_PAGES="}) &&
                 mi_option_is_enabled(mi_option_large_os_pages);
    if (keepFreed) {
      savedDelay = mi_option_get(mi_option_decommit_delay);
      mi_option_set(mi_option_decommit_delay, kKeepMs);
    }
    return keepFreed || smallPages;
  }
  static void release() {
    if (released)
      return;
    released = true;
    if (smallPages)
      mi_option_enable(mi_option_large_os_pages);
    if (keepFreed) {
      mi_option_set(mi_option_decommit_delay, savedDelay);
      mi_collect(/*force=*/true);
    }
  }

  /// `pm` is the top-level pass manager; its pass list is final (adjacent
  /// adaptors merged) only once it runs, so the last pass is looked up then.
  explicit PipelineMemory(PassManager &pm) : pm(pm) {}
  void runBeforePass(Pass *pass, Operation *op) override {
    // Once, before the first top-level pass (nested passes run on nested
    // ops, perhaps on other threads).
    if (smallPages && !released && !op->getParentOp() &&
        mi_option_is_enabled(mi_option_large_os_pages)) {
      mi_option_disable(mi_option_large_os_pages);
      useSmallPagesFromNow();
    }
  }
  void runAfterPass(Pass *pass, Operation *op) override {
    releaseAfter(pass, op);
  }
  void runAfterPassFailed(Pass *pass, Operation *op) override {
    releaseAfter(pass, op);
  }

private:
  /// Advises against huge pages (MADV_NOHUGEPAGE) on every private writable
  /// anonymous mapping that /proc/self/maps lists: pages not touched yet
  /// are then faulted in one by one; those already there stay as they are.
  /// Nothing is done where the list cannot be read.
  static void useSmallPagesFromNow() {
#if defined(__linux__) && defined(MADV_NOHUGEPAGE)
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> maps =
        llvm::MemoryBuffer::getFileAsStream("/proc/self/maps");
    if (!maps)
      return;
    // "start-end perms offset dev inode [path]", one mapping per line.
    llvm::StringRef rest = (*maps)->getBuffer();
    while (!rest.empty()) {
      llvm::StringRef line;
      std::tie(line, rest) = rest.split('\n');
      auto field = [&]() {
        llvm::StringRef value;
        std::tie(value, line) = line.ltrim(' ').split(' ');
        return value;
      };
      auto [start, end] = field().split('-');
      llvm::StringRef perms = field();
      field(); // offset
      field(); // device
      llvm::StringRef inode = field();
      uint64_t from, to;
      if (perms != "rw-p" || inode != "0" || !line.trim().empty() ||
          start.getAsInteger(16, from) || end.getAsInteger(16, to) ||
          to <= from)
        continue;
      madvise(reinterpret_cast<void *>(from), to - from, MADV_NOHUGEPAGE);
    }
#endif
  }

  void releaseAfter(Pass *pass, Operation *op) {
    // The instrumentation is only added to a pipeline that has passes.
    if (!op->getParentOp() && pass == &*std::prev(pm.end()))
      release();
  }
  static constexpr long kKeepMs = 24L * 3600 * 1000;
  static inline long savedDelay = 0;
  static inline bool keepFreed = false, smallPages = false, released = false;
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
  if (PipelineMemory::start()) {
    // The pipeline the command line gives, then the policy, which ends
    // after the last top-level pass (or at once if there is none).
    config.setPassPipelineSetupFn(
        [cli = config](PassManager &pm) -> LogicalResult {
          if (failed(cli.setupPassPipeline(pm)))
            return failure();
          if (pm.begin() == pm.end())
            PipelineMemory::release();
          else
            pm.addInstrumentation(std::make_unique<PipelineMemory>(pm));
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
