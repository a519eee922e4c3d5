//===- CoreGraph.cpp - From memsched IR to the plain C++ graph ------------===//
//
// Folds aliases, packing, overrides and resident inputs into the core graph
// (see CoreGraph.h for the rules).
//
//===----------------------------------------------------------------------===//

#include "memsched/Analysis/CoreGraph.h"

#include "llvm/ADT/StringMap.h"

using namespace mlir;
using namespace mlir::memsched;
using ::memsched::BufferId;
using ::memsched::NodeId;

/// The size a buffer's type gives it (verified to exist unless overridden).
static FailureOr<uint64_t> typeSize(Operation *op, Value value) {
  return getBufferTypeSize(value.getType(),
                           [&]() { return op->emitOpError(); });
}

/// Applies the op's overrides, if any, to (alloc, free).
static void applyOverrides(DictionaryAttr dict, uint64_t &alloc,
                           uint64_t &free) {
  if (!dict)
    return;
  if (auto a = dict.getAs<IntegerAttr>("size_alloc"))
    alloc = a.getInt();
  if (auto f = dict.getAs<IntegerAttr>("size_free"))
    free = f.getInt();
}

/// Size of a part of a packed allocation (what it frees), before any
/// override of size_alloc.
static FailureOr<uint64_t> partSize(NodeOp node, unsigned i) {
  if (DictionaryAttr dict = node.getBufferAttrDict(i))
    if (auto f = dict.getAs<IntegerAttr>("size_free"))
      return static_cast<uint64_t>(f.getInt());
  return typeSize(node, node.getBuffers()[i]);
}

FailureOr<GraphOp> mlir::memsched::findSingleGraph(Operation *op,
                                                   StringRef purpose) {
  if (auto graph = dyn_cast<GraphOp>(op))
    return graph;
  SmallVector<GraphOp> graphs;
  op->walk([&](GraphOp g) { graphs.push_back(g); });
  if (graphs.size() == 1)
    return graphs.front();
  constexpr size_t kMaxListed = 8;
  InFlightDiagnostic diag = emitError(op->getLoc())
                            << "expected exactly one memsched.graph to "
                            << purpose << ", found " << graphs.size();
  for (size_t i = 0; i < graphs.size() && i < kMaxListed; ++i)
    diag << (i ? ", @" : ": @") << graphs[i].getSymName();
  if (graphs.size() > kMaxListed)
    diag << ", ...";
  return diag;
}

FailureOr<CoreGraph> mlir::memsched::buildCoreGraph(GraphOp graph) {
  Block &block = graph.getBodyBlock();

  // Packed allocations are as large as the sum of their parts.
  llvm::DenseMap<Value, uint64_t> packedSize;
  for (auto node : block.getOps<NodeOp>()) {
    Value packed = node.getUnpacks();
    if (!packed)
      continue;
    for (unsigned i = 0, e = node.getBuffers().size(); i < e; ++i) {
      FailureOr<uint64_t> size = partSize(node, i);
      if (failed(size))
        return failure();
      uint64_t &sum = packedSize[packed];
      if (__builtin_add_overflow(sum, *size, &sum) ||
          sum > uint64_t(std::numeric_limits<int64_t>::max()))
        return node.emitOpError("the parts of the packed allocation it "
                                "unpacks overflow 2^63-1 bytes");
    }
  }

  CoreGraph core;
  ::memsched::GraphBuilder builder;
  // Size everything once: graphs can have millions of nodes.
  size_t numNodes = 0, numValues = 0, numOperands = 0;
  bool anyAfter = false;
  for (Operation &op : block) {
    numValues += op.getNumResults();
    numOperands += op.getNumOperands();
    if (auto node = dyn_cast<NodeOp>(op)) {
      ++numNodes;
      anyAfter |= node.getAfterAttr() != nullptr;
    }
  }
  builder.reserve(numNodes, numValues, numOperands);
  builder.setNamesChecked(); // The graph op's verifier has done it.
  core.nodes.reserve(numNodes);
  core.buffers.reserve(numValues);
  core.bufferIds.reserve(numValues);
  core.readList.reserve(numOperands);
  core.readListOffsets.reserve(numNodes + 1);
  llvm::DenseMap<Value, Value> aliasRoot;
  llvm::StringMap<NodeId> nodeIds;
  std::vector<NodeId> lastReader; // Dedups each node's read list.
  auto rootOf = [&](Value value) {
    if (aliasRoot.empty())
      return value;
    auto it = aliasRoot.find(value);
    return it == aliasRoot.end() ? value : it->second;
  };
  auto addBuffer = [&](Value value, BufferId id) {
    core.buffers.push_back(value);
    core.bufferIds[value] = id;
  };
  lastReader.assign(numValues, ::memsched::kNoNode);
  auto readOne = [&](NodeId node, Value value) {
    auto it = core.bufferIds.find(value);
    if (it == core.bufferIds.end())
      return; // A resident input.
    builder.addRead(node, it->second);
    if (lastReader[it->second] != node) {
      lastReader[it->second] = node;
      core.readList.push_back(it->second);
    }
  };
  // Reading a buffer also reads the first buffer of its alias chain.
  auto addRead = [&](NodeId node, Value value) {
    readOne(node, value);
    if (Value root = rootOf(value); root != value)
      readOne(node, root);
  };

  for (Operation &op : block) {
    if (auto input = dyn_cast<InputOp>(op)) {
      if (input.isResident()) {
        core.residentInputs.push_back(input);
        continue;
      }
      uint64_t alloc = 0, free = 0;
      if (!input.getSizeAlloc() || !input.getSizeFree()) {
        FailureOr<uint64_t> size = typeSize(input, input.getResult());
        if (failed(size))
          return failure();
        alloc = free = *size;
      }
      if (auto a = input.getSizeAlloc())
        alloc = *a;
      if (auto f = input.getSizeFree())
        free = *f;
      addBuffer(input.getResult(),
                builder.addInput(input.getBufferName(), alloc, free));
      continue;
    }
    if (auto node = dyn_cast<NodeOp>(op)) {
      NodeId id = builder.addNode(node.getNodeName());
      core.nodes.push_back(node);
      if (anyAfter) // Names are only needed to resolve `after`.
        nodeIds[node.getNodeName()] = id;
      for (Value value : node->getOperands())
        addRead(id, value);
      core.readListOffsets.push_back(core.readList.size());
      if (ArrayAttr after = node.getAfterAttr())
        for (Attribute name : after)
          builder.addOrderDep(nodeIds.lookup(cast<StringAttr>(name)), id);
      for (auto [i, alias] : llvm::enumerate(node.getAliases())) {
        aliasRoot[alias] = rootOf(node.getMutates()[i]);
        addBuffer(alias, builder.addBuffer(id, node.getResultName(i), 0, 0));
      }
      unsigned numAliases = node.getAliases().size();
      ArrayAttr dicts = node.getBufferAttrsAttr();
      for (auto [i, value] : llvm::enumerate(node.getBuffers())) {
        uint64_t alloc = 0, free = 0;
        DictionaryAttr dict =
            dicts ? dyn_cast<DictionaryAttr>(dicts[i]) : DictionaryAttr();
        if (isa<PackedType>(value.getType())) {
          alloc = packedSize.lookup(value);
        } else if (!dict || !dict.contains("size_alloc") ||
                   !dict.contains("size_free")) {
          FailureOr<uint64_t> size = typeSize(node, value);
          if (failed(size))
            return failure();
          alloc = node.getUnpacks() ? 0 : *size;
          free = *size;
        }
        applyOverrides(dict, alloc, free);
        addBuffer(value,
                  builder.addBuffer(id, node.getResultName(numAliases + i),
                                    alloc, free));
      }
      continue;
    }
    if (auto output = dyn_cast<OutputOp>(op)) {
      for (Value value : output.getOutputs())
        for (Value v : {value, rootOf(value)}) {
          auto it = core.bufferIds.find(v);
          if (it != core.bufferIds.end())
            builder.markOutput(it->second);
        }
    }
  }

  std::string error;
  std::optional<::memsched::Graph> built = builder.build(error);
  if (!built)
    return graph.emitOpError() << error;
  core.graph = std::move(*built);
  return core;
}
