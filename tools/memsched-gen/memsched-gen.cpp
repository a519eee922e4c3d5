//===- memsched-gen.cpp - Seeded synthetic graph generator ----------------===//
//
// Writes a synthetic scheduling graph as Inductor JSON or memsched IR:
//   memsched-gen --family=random-wired --nodes=100000 --seed=7 -o g.mlir
//   memsched-gen --family=transformer --nodes=2000 --format=json -o g.json
//
//===----------------------------------------------------------------------===//

#include "memsched/Core/Generator.h"
#include "memsched/Dialect/MemSched/MemSchedDialect.h"
#include "memsched/Target/CoreGraphToIR.h"
#include "memsched/Target/InductorJson.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

static cl::opt<std::string> familyName(
    "family",
    cl::desc("graph family: layered, transformer, optimizer, chain, "
             "random-wired, fan-out"),
    cl::init("random-wired"));
static cl::opt<unsigned> numNodes("nodes", cl::desc("number of nodes"),
                                  cl::init(1000));
static cl::opt<uint64_t> seed("seed", cl::desc("random seed"), cl::init(1));
static cl::opt<unsigned> fanIn("fan-in",
                               cl::desc("reads per node (layered, "
                                        "random-wired)"),
                               cl::init(3));
static cl::opt<std::string>
    sizeDist("sizes", cl::desc("size distribution: pow2, uniform, fixed"),
             cl::init("pow2"));
static cl::opt<uint64_t> minSize("min-size", cl::desc("smallest buffer size"),
                                 cl::init(256));
static cl::opt<uint64_t> maxSize("max-size", cl::desc("largest buffer size"),
                                 cl::init(1 << 24));
static cl::opt<std::string> outputFormat("format",
                                   cl::desc("output format: mlir or json"),
                                   cl::init("mlir"));
static cl::opt<std::string> graphName("name",
                                      cl::desc("graph symbol name (default: "
                                               "<family>_<nodes>)"),
                                      cl::init(""));
static cl::opt<std::string> outputFile("o", cl::desc("output file"),
                                       cl::value_desc("filename"),
                                       cl::init("-"));

static int fail(const Twine &message) {
  errs() << "memsched-gen: error: " << message << "\n";
  return 1;
}

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  cl::ParseCommandLineOptions(argc, argv, "memsched synthetic graph generator\n");

  memsched::GeneratorOptions options;
  std::optional<memsched::GraphFamily> family =
      memsched::parseGraphFamily(familyName);
  if (!family)
    return fail("unknown --family '" + familyName + "'");
  std::optional<memsched::SizeDistribution> sizes =
      memsched::parseSizeDistribution(sizeDist);
  if (!sizes)
    return fail("unknown --sizes '" + sizeDist + "'");
  if (outputFormat != "mlir" && outputFormat != "json")
    return fail("unknown --format '" + outputFormat + "' (mlir or json)");
  if (numNodes == 0 || numNodes > 100'000'000u)
    return fail("--nodes must be between 1 and 100000000");
  if (minSize > maxSize)
    return fail("--min-size is larger than --max-size");
  options.family = *family;
  options.numNodes = numNodes;
  options.seed = seed;
  options.fanIn = fanIn;
  options.sizes = *sizes;
  options.minSize = minSize;
  options.maxSize = maxSize;

  std::string error;
  std::optional<memsched::Graph> graph =
      memsched::generateGraph(options, error);
  if (!graph)
    return fail(error);

  mlir::MLIRContext context;
  context.loadDialect<mlir::memsched::MemSchedDialect>();
  mlir::OpBuilder builder(&context);
  mlir::Location loc = mlir::UnknownLoc::get(&context);
  mlir::OwningOpRef<mlir::ModuleOp> module = mlir::ModuleOp::create(loc);
  builder.setInsertionPointToEnd(module->getBody());
  std::string name = graphName.empty()
                         ? std::string(memsched::graphFamilyName(*family)) +
                               "_" + std::to_string(numNodes)
                         : graphName.getValue();
  for (char &c : name)
    if (c == '-')
      c = '_';
  mlir::memsched::buildGraphOp(builder, loc, name, *graph);

  std::error_code ec;
  ToolOutputFile out(outputFile, ec, sys::fs::OF_None);
  if (ec)
    return fail("cannot open '" + outputFile + "': " + ec.message());
  if (outputFormat == "json") {
    if (mlir::failed(mlir::memsched::exportInductorJson(*module, out.os())))
      return 1;
  } else {
    module->print(out.os());
  }
  out.keep();
  return 0;
}
