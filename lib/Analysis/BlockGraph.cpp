//===- BlockGraph.cpp - Any dialect's block as a scheduling graph ---------===//
//
// See BlockGraph.h for the rules.
//
//===----------------------------------------------------------------------===//

#include "memsched/Analysis/BlockGraph.h"
#include "memsched/Dialect/MemSched/MemSchedDialect.h"
#include "memsched/Interfaces/MemoryPlanOpInterface.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;
using namespace mlir::memsched;
using ::memsched::BufferId;
using ::memsched::NodeId;

bool mlir::memsched::isSchedulingBarrier(Operation *op) {
  // Free of memory effects, nested ops included: movable, regions or not.
  if (isMemoryEffectFree(op))
    return false;
  if (op->getNumRegions() > 0)
    return true;
  auto effects = dyn_cast<MemoryEffectOpInterface>(op);
  if (!effects)
    return true; // Unknown effects.
  SmallVector<MemoryEffects::EffectInstance> list;
  effects.getEffects(list);
  return llvm::any_of(list, [](const MemoryEffects::EffectInstance &e) {
    return !isa<MemoryEffects::Allocate>(e.getEffect());
  });
}

/// Bytes of a value whose op does not say: a static tensor or memref (or a
/// memsched buffer) of a sized element type; 0 for anything else.
static FailureOr<uint64_t> typeBytes(Value value, Operation *reportOn) {
  Type type = value.getType();
  if (isa<BufferType>(type))
    return getBufferTypeSize(type, [&]() { return reportOn->emitOpError(); });
  auto shaped = dyn_cast<ShapedType>(type);
  if (!shaped || !isa<RankedTensorType, MemRefType>(type) ||
      !shaped.hasStaticShape())
    return uint64_t(0);
  if (getElementBits(shaped.getElementType()) == 0)
    return uint64_t(0);
  return getStaticShapeBytes(shaped, [&]() { return reportOn->emitOpError(); });
}

FailureOr<BlockGraph> mlir::memsched::buildBlockGraph(Block &block) {
  BlockGraph result;
  if (!block.empty() && block.back().hasTrait<OpTrait::IsTerminator>())
    result.terminator = &block.back();
  ::memsched::GraphBuilder builder;
  builder.setNamesChecked(); // Names below are unique by construction.
  llvm::DenseMap<Value, BufferId> bufferOf;
  // The first buffer of an in-place alias chain.
  llvm::DenseMap<Value, BufferId> rootOf;
  // In-place chains by their first value: every value of the chain, and the
  // nodes that update it.
  llvm::DenseMap<Value, Value> rootValue;
  llvm::DenseMap<Value, SmallVector<Value>> chains;
  llvm::DenseMap<Value, llvm::DenseSet<NodeId>> mutators;
  SmallVector<Value> chainRoots; // In order of first mutation.

  // Freeable inputs: shaped block arguments not marked resident.
  auto function = dyn_cast<FunctionOpInterface>(block.getParentOp());
  bool entry = block.isEntryBlock();
  for (BlockArgument arg : block.getArguments()) {
    if (function && entry &&
        function.getArgAttr(arg.getArgNumber(), kResidentArgAttr))
      continue;
    FailureOr<uint64_t> size = typeBytes(arg, block.getParentOp());
    if (failed(size))
      return failure();
    if (*size == 0)
      continue;
    bufferOf[arg] = builder.addInput(
        "arg" + std::to_string(arg.getArgNumber()), *size, *size);
  }

  // The node of each op, and the op (in this block) each nested use
  // belongs to.
  llvm::DenseMap<Operation *, NodeId> nodeOf;
  for (Operation &op : block) {
    if (&op == result.terminator)
      break;
    NodeId v = builder.addNode(std::to_string(result.nodes.size()) + ":" +
                               op.getName().getStringRef().str());
    nodeOf[&op] = v;
    result.nodes.push_back(&op);
  }

  auto readValue = [&](NodeId v, Value value) {
    auto it = bufferOf.find(value);
    if (it != bufferOf.end())
      builder.addRead(v, it->second);
    auto root = rootOf.find(value);
    if (root != rootOf.end())
      builder.addRead(v, root->second);
  };
  // Values of this block an op uses, itself or in its regions.
  auto usedValues = [&](Operation *op) {
    llvm::SetVector<Value> used;
    op->walk([&](Operation *nested) {
      for (Value operand : nested->getOperands())
        if (operand.getParentBlock() == &block)
          used.insert(operand);
    });
    return used;
  };

  for (auto [index, op] : llvm::enumerate(result.nodes)) {
    NodeId v = NodeId(index);
    // Reads first: an op may read a value and alias it.
    for (Value value : usedValues(op))
      readValue(v, value);
    auto plan = dyn_cast<MemoryPlanOpInterface>(op);
    for (OpResult res : op->getResults()) {
      uint64_t alloc = 0, free = 0;
      if (plan) {
        FailureOr<ResultMemory> memory =
            plan.getResultMemory(res.getResultNumber());
        if (failed(memory))
          return failure();
        alloc = memory->sizeAlloc;
        free = memory->sizeFree;
      } else {
        FailureOr<uint64_t> size = typeBytes(res, op);
        if (failed(size))
          return failure();
        alloc = free = *size;
      }
      bufferOf[res] = builder.addBuffer(
          v,
          std::to_string(index) + ":" + op->getName().getStringRef().str() +
              "#" + std::to_string(res.getResultNumber()),
          alloc, free);
      OpOperand *aliased =
          plan ? plan.getAliasedOperand(res.getResultNumber()) : nullptr;
      if (!aliased)
        continue;
      Value target = aliased->get();
      if (auto root = rootOf.find(target); root != rootOf.end())
        rootOf[res] = root->second;
      else if (auto buf = bufferOf.find(target); buf != bufferOf.end())
        rootOf[res] = buf->second;
      Value chainRoot = rootValue.lookup(target);
      if (!chainRoot)
        chainRoot = target;
      rootValue[res] = chainRoot;
      SmallVector<Value> &chain = chains[chainRoot];
      if (chain.empty()) {
        chainRoots.push_back(chainRoot);
        chain.push_back(chainRoot);
      }
      chain.push_back(res);
      mutators[chainRoot].insert(v);
    }
  }

  // Every op that uses any value of an in-place chain keeps its side of
  // every update of that memory: in block order, each mutation comes after
  // the previous one and after the uses since it, and each other use comes
  // after the last mutation before it. Linear in the uses.
  for (Value chainRoot : chainRoots) {
    SmallVector<NodeId> touching;
    for (Value value : chains[chainRoot])
      for (Operation *user : value.getUsers())
        if (Operation *owner = block.findAncestorOpInBlock(*user);
            owner && owner != result.terminator)
          touching.push_back(nodeOf.lookup(owner));
    llvm::sort(touching);
    touching.erase(std::unique(touching.begin(), touching.end()),
                   touching.end());
    const llvm::DenseSet<NodeId> &writes = mutators[chainRoot];
    std::optional<NodeId> lastWrite;
    SmallVector<NodeId> readsSince;
    for (NodeId u : touching) {
      if (lastWrite)
        builder.addOrderDep(*lastWrite, u);
      if (!writes.contains(u)) {
        readsSince.push_back(u);
        continue;
      }
      for (NodeId r : readsSince)
        builder.addOrderDep(r, u);
      readsSince.clear();
      lastWrite = u;
    }
  }

  if (result.terminator)
    for (Value value : usedValues(result.terminator)) {
      if (auto it = bufferOf.find(value); it != bufferOf.end())
        builder.markOutput(it->second);
      if (auto root = rootOf.find(value); root != rootOf.end())
        builder.markOutput(root->second);
    }

  // Barriers split the block: every op stays on its side of each.
  std::optional<NodeId> lastBarrier;
  SmallVector<NodeId> sinceBarrier;
  for (auto [index, op] : llvm::enumerate(result.nodes)) {
    NodeId v = NodeId(index);
    if (!isSchedulingBarrier(op)) {
      if (lastBarrier)
        builder.addOrderDep(*lastBarrier, v);
      sinceBarrier.push_back(v);
      continue;
    }
    ++result.numBarriers;
    for (NodeId u : sinceBarrier)
      builder.addOrderDep(u, v);
    if (lastBarrier)
      builder.addOrderDep(*lastBarrier, v);
    sinceBarrier.clear();
    lastBarrier = v;
  }

  std::string error;
  std::optional<::memsched::Graph> graph = builder.build(error);
  if (!graph)
    return emitError(block.getParentOp()->getLoc(),
                     "memsched: cannot plan this block: ")
           << error;
  result.graph = std::move(*graph);
  return result;
}
