//===- MemoryPlanOpInterfaceTest.cpp - memsched.node for the planner ------===//
//
// The interface must give, for every result, exactly the sizes buildCoreGraph
// folds into the core graph, and name the aliased and packed operands.
//
//===----------------------------------------------------------------------===//

#include "memsched/Interfaces/MemoryPlanOpInterface.h"
#include "memsched/Analysis/CoreGraph.h"
#include "memsched/Dialect/MemSched/MemSchedDialect.h"
#include "memsched/Dialect/MemSched/MemSchedOps.h"
#include "memsched/Target/InductorJson.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

#include <gtest/gtest.h>

using namespace mlir;
using namespace mlir::memsched;

namespace {

class MemoryPlanOpInterfaceTest : public ::testing::Test {
protected:
  MemoryPlanOpInterfaceTest() { context.loadDialect<MemSchedDialect>(); }

  OwningOpRef<ModuleOp> parse(StringRef ir) {
    return parseSourceString<ModuleOp>(ir, &context);
  }

  /// The node op named `name` in the module's only graph.
  static NodeOp node(ModuleOp module, StringRef name) {
    NodeOp found;
    module->walk([&](NodeOp op) {
      if (op.getNodeName() == name)
        found = op;
    });
    return found;
  }

  static ResultMemory memory(NodeOp op, unsigned index) {
    FailureOr<ResultMemory> memory =
        cast<MemoryPlanOpInterface>(op.getOperation()).getResultMemory(index);
    EXPECT_TRUE(succeeded(memory));
    return succeeded(memory) ? *memory : ResultMemory{~0ull, ~0ull};
  }

  /// Every counted result's interface sizes equal the core graph's.
  static void expectSameAsCoreGraph(GraphOp graph) {
    FailureOr<CoreGraph> core = buildCoreGraph(graph);
    ASSERT_TRUE(succeeded(core));
    size_t checked = 0;
    for (NodeOp op : core->nodes) {
      auto iface = cast<MemoryPlanOpInterface>(op.getOperation());
      for (unsigned i = 0; i < op->getNumResults(); ++i) {
        ::memsched::BufferId b = core->bufferIds.at(op->getResult(i));
        FailureOr<ResultMemory> memory = iface.getResultMemory(i);
        ASSERT_TRUE(succeeded(memory));
        EXPECT_EQ(memory->sizeAlloc, core->graph.sizeAlloc(b))
            << op.getResultName(i).str();
        EXPECT_EQ(memory->sizeFree, core->graph.sizeFree(b))
            << op.getResultName(i).str();
        ++checked;
      }
    }
    EXPECT_EQ(checked + core->graph.inputs().size(), core->graph.numBuffers());
  }

  MLIRContext context;
};

// Every kind of result: a plain buffer, an alias made by `mutates`, a new
// buffer with an override, a packed allocation and its two parts.
constexpr const char *kKinds = R"mlir(
memsched.graph @kinds {
  %x = memsched.input "x" freeable : tensor<16xf32>
  %w = memsched.input "w" resident : tensor<16xf32>
  %a = memsched.node "op0" (%x, %w : tensor<16xf32>, tensor<16xf32>)
         -> ("a" : !memsched.buffer<128>)
  %a1, %b = memsched.node "op1" mutates(%a : !memsched.buffer<128>)
         -> ("a1", "b" : tensor<8xi4> {size_free = 0})
  %p = memsched.node "op2" (%b : tensor<8xi4>) -> ("p" : !memsched.packed)
  %q = memsched.node "op3" unpacks(%p) -> ("q" : tensor<4xf32>)
  %r = memsched.node "op4" unpacks(%p) after ["op3"]
         -> ("r" : !memsched.buffer<64> {size_free = 8})
  memsched.output %a1, %q, %r : !memsched.buffer<128>, tensor<4xf32>, !memsched.buffer<64>
}
)mlir";

TEST_F(MemoryPlanOpInterfaceTest, AnswersForEachKindOfResult) {
  OwningOpRef<ModuleOp> module = parse(kKinds);
  ASSERT_TRUE(module);

  NodeOp op0 = node(*module, "op0");
  auto i0 = cast<MemoryPlanOpInterface>(op0.getOperation());
  EXPECT_EQ(memory(op0, 0), (ResultMemory{128, 128}));
  EXPECT_EQ(i0.getAliasedOperand(0), nullptr);
  EXPECT_FALSE(i0.isPackedAllocation(0));
  EXPECT_EQ(i0.getPackedOperand(0), nullptr);

  // a1 updates a in place and costs nothing; b is 8 x 4 bits = 4 bytes and
  // frees nothing (its override).
  NodeOp op1 = node(*module, "op1");
  auto i1 = cast<MemoryPlanOpInterface>(op1.getOperation());
  EXPECT_EQ(memory(op1, 0), (ResultMemory{0, 0}));
  ASSERT_NE(i1.getAliasedOperand(0), nullptr);
  EXPECT_EQ(i1.getAliasedOperand(0)->get(), op0->getResult(0));
  EXPECT_EQ(memory(op1, 1), (ResultMemory{4, 0}));
  EXPECT_EQ(i1.getAliasedOperand(1), nullptr);

  // p allocates its parts together (q: 16 B, r: 8 B, its size_free) and
  // frees nothing; each part takes nothing and frees its size.
  NodeOp op2 = node(*module, "op2");
  auto i2 = cast<MemoryPlanOpInterface>(op2.getOperation());
  EXPECT_TRUE(i2.isPackedAllocation(0));
  EXPECT_EQ(memory(op2, 0), (ResultMemory{24, 0}));

  NodeOp op3 = node(*module, "op3");
  auto i3 = cast<MemoryPlanOpInterface>(op3.getOperation());
  EXPECT_FALSE(i3.isPackedAllocation(0));
  ASSERT_NE(i3.getPackedOperand(0), nullptr);
  EXPECT_EQ(i3.getPackedOperand(0)->get(), op2->getResult(0));
  EXPECT_EQ(memory(op3, 0), (ResultMemory{0, 16}));
  EXPECT_EQ(memory(node(*module, "op4"), 0), (ResultMemory{0, 8}));
}

TEST_F(MemoryPlanOpInterfaceTest, MatchesCoreGraphOnEveryKind) {
  OwningOpRef<ModuleOp> module = parse(kKinds);
  ASSERT_TRUE(module);
  module->walk([&](GraphOp graph) { expectSameAsCoreGraph(graph); });
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MEMSCHED_TEST_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define MEMSCHED_TEST_ASAN 1
#endif
#ifndef MEMSCHED_TEST_ASAN
#define MEMSCHED_TEST_ASAN 0
#endif

// The value -> buffer id table in both layouts: offsets from the lowest
// value (what graphs get when their values lie within 32 GiB) and whole
// addresses.
TEST_F(MemoryPlanOpInterfaceTest, BufferIdTableLayouts) {
  OwningOpRef<ModuleOp> module = parse(kKinds);
  OwningOpRef<ModuleOp> other = parse(kKinds);
  ASSERT_TRUE(module && other);
  GraphOp graph = *module->getOps<GraphOp>().begin();
  FailureOr<CoreGraph> core = buildCoreGraph(graph);
  ASSERT_TRUE(succeeded(core));
#if !MEMSCHED_TEST_ASAN
  EXPECT_TRUE(core->bufferIds.isCompact());
#endif
  // Not counted: the resident input, and every value of another module.
  SmallVector<Value> absent{graph.getBodyBlock().begin()->getNextNode()
                                ->getResult(0)};
  other->walk(
      [&](Operation *op) { llvm::append_range(absent, op->getResults()); });
  ASSERT_EQ(absent.size(), 9u);
  for (bool compact : {true, false}) {
    SCOPED_TRACE(compact ? "compact" : "wide");
    BufferIdTable table;
    table.assign(core->buffers, compact);
    // Offsets need the values within 32 GiB of each other: true with the
    // usual allocators, not with AddressSanitizer's (one region per size
    // class), where the table keeps whole addresses.
    if (compact)
      EXPECT_EQ(table.isCompact(), core->bufferIds.isCompact());
    else
      EXPECT_FALSE(table.isCompact());
    for (auto [i, value] : llvm::enumerate(core->buffers))
      EXPECT_EQ(table.lookup(value), std::optional<::memsched::BufferId>(i));
    for (Value value : absent)
      EXPECT_FALSE(table.contains(value));
    SmallVector<::memsched::BufferId> ids(absent.size() + 1);
    SmallVector<Value> queried(absent);
    queried.push_back(core->buffers.back());
    table.lookupAll(queried, ids);
    EXPECT_EQ(llvm::count(ids, ::memsched::kNoNode), int(absent.size()));
    EXPECT_EQ(ids.back(), core->buffers.size() - 1);
  }
}

// The bundled real Inductor graphs: sizes with size_alloc != size_free,
// zero-size buffers, thousands of bytes-exact values.
TEST_F(MemoryPlanOpInterfaceTest, MatchesCoreGraphOnRealGraphs) {
  for (const char *name :
       {"squeezenet1_1_train_g0", "resnet18_infer_g0", "gpt2_2l_train_g1"}) {
    SCOPED_TRACE(name);
    std::string path = std::string(MEMSCHED_SOURCE_DIR) +
                       "/examples/inductor/" + name + ".json";
    auto file = llvm::MemoryBuffer::getFile(path);
    ASSERT_TRUE(bool(file)) << path;
    llvm::SourceMgr sourceMgr;
    sourceMgr.AddNewSourceBuffer(std::move(*file), llvm::SMLoc());
    OwningOpRef<ModuleOp> module =
        importInductorJson(sourceMgr, name, &context);
    ASSERT_TRUE(module);
    module->walk([&](GraphOp graph) { expectSameAsCoreGraph(graph); });
  }
}

// Parts whose sum overflows 2^63-1: a located error, no wrapped size.
TEST_F(MemoryPlanOpInterfaceTest, ReportsOverflowingPackedParts) {
  OwningOpRef<ModuleOp> module = parse(R"mlir(
memsched.graph @huge {
  %p = memsched.node "op0" -> ("p" : !memsched.packed)
  %q = memsched.node "op1" unpacks(%p) -> ("q" : !memsched.buffer<5000000000000000000>)
  %r = memsched.node "op2" unpacks(%p) -> ("r" : !memsched.buffer<5000000000000000000>)
}
)mlir");
  ASSERT_TRUE(module);
  std::string message;
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
    message = diag.str();
    return success();
  });
  NodeOp op0 = node(*module, "op0");
  FailureOr<ResultMemory> memory =
      cast<MemoryPlanOpInterface>(op0.getOperation()).getResultMemory(0);
  EXPECT_TRUE(failed(memory));
  EXPECT_NE(message.find("overflow 2^63-1 bytes"), std::string::npos)
      << message;
}

} // namespace
