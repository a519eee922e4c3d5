//===- CoreGraph.cpp - From memsched IR to the plain C++ graph ------------===//
//
// Folds aliases, packing, overrides and resident inputs into the core graph
// (see CoreGraph.h for the rules).
//
//===----------------------------------------------------------------------===//

#include "memsched/Analysis/CoreGraph.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"

#include <algorithm>
#include <cstdint>

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

SmallVector<GraphOp> mlir::memsched::collectGraphs(Operation *op) {
  SmallVector<GraphOp> graphs;
  op->walk<WalkOrder::PreOrder>([&](Operation *nested) {
    if (auto graph = dyn_cast<GraphOp>(nested)) {
      graphs.push_back(graph);
      return WalkResult::skip();
    }
    return WalkResult::advance();
  });
  return graphs;
}

FailureOr<GraphOp> mlir::memsched::findSingleGraph(Operation *op,
                                                   StringRef purpose) {
  if (auto graph = dyn_cast<GraphOp>(op))
    return graph;
  SmallVector<GraphOp> graphs = collectGraphs(op);
  if (graphs.size() == 1)
    return graphs.front();
  constexpr size_t kMaxListed = 8;
  InFlightDiagnostic diag = emitError(op->getLoc())
                            << "expected exactly one memsched.graph to "
                            << purpose << ", found " << graphs.size();
  // Each graph listed gets a note at its location: the module may have no
  // line of its own (an implicit module is at file:0:0).
  for (size_t i = 0; i < graphs.size() && i < kMaxListed; ++i) {
    diag << (i ? ", @" : ": @") << graphs[i].getSymName();
    diag.attachNote(graphs[i].getLoc())
        << "@" << graphs[i].getSymName() << " is here";
  }
  if (graphs.size() > kMaxListed)
    diag << ", ...";
  return diag;
}

//===----------------------------------------------------------------------===//
// BufferIdTable
//===----------------------------------------------------------------------===//

/// The home slot of `address` in a table of `numSlots` slots.
static size_t slotOf(uintptr_t address, size_t numSlots) {
  // Values are pointers aligned to at least 8 bytes; multiply to spread the
  // remaining bits over the high ones (Fibonacci hashing), then map the hash
  // onto [0, numSlots) by its high bits, which allows any table size.
  uint64_t h = (address >> 3) * 0x9E3779B97F4A7C15ull;
  return static_cast<size_t>((static_cast<unsigned __int128>(h) * numSlots) >>
                             64);
}

static uintptr_t addressOf(Value value) {
  return reinterpret_cast<uintptr_t>(value.getAsOpaquePointer());
}

uint32_t BufferIdTable::compactKey(uintptr_t address) const {
  if (address < base || (address & 7) != 0)
    return 0;
  uintptr_t offset = (address - base) >> 3;
  return offset < UINT32_MAX ? static_cast<uint32_t>(offset + 1) : 0;
}

template <typename Slot, typename Key>
std::optional<BufferId> BufferIdTable::find(const std::vector<Slot> &slots,
                                            uintptr_t address, Key key) {
  for (size_t slot = slotOf(address, slots.size());;) {
    if (slots[slot].key == key)
      return slots[slot].id;
    if (!slots[slot].key)
      return std::nullopt;
    slot = slot + 1 == slots.size() ? 0 : slot + 1;
  }
}

void BufferIdTable::assign(ArrayRef<Value> values, bool compact) {
  // A load of at most 2/3 keeps linear probes short (about two slots, in
  // the same cache line or the next, for a key that is present), in 40% less
  // memory than rounding 1.5x up to a power of two: at a million buffers, the
  // table is the lowering's largest array, and every page of it is a fault.
  size_t numSlots = values.size() + values.size() / 2 + 16;
  uintptr_t lowest = UINTPTR_MAX, highest = 0, anyBits = 0;
  for (Value value : values) {
    uintptr_t address = addressOf(value);
    lowest = std::min(lowest, address);
    highest = std::max(highest, address);
    anyBits |= address;
  }
  compact = compact && !values.empty() && (anyBits & 7) == 0 &&
            ((highest - lowest) >> 3) < UINT32_MAX;
  wideSlots = std::vector<WideSlot>();
  compactSlots = std::vector<CompactSlot>();
  base = compact ? lowest : 0;
  auto fill = [&](auto &slots, auto keyOf) {
    slots.assign(numSlots, {});
    constexpr size_t kAhead = 16; // Prefetch distance, in keys.
    for (size_t i = 0; i < values.size(); ++i) {
      if (i + kAhead < values.size())
        __builtin_prefetch(
            &slots[slotOf(addressOf(values[i + kAhead]), numSlots)], 1);
      uintptr_t address = addressOf(values[i]);
      size_t slot = slotOf(address, numSlots);
      while (slots[slot].key)
        slot = slot + 1 == numSlots ? 0 : slot + 1;
      slots[slot].key = keyOf(address);
      slots[slot].id = static_cast<BufferId>(i);
    }
  };
  if (compact)
    fill(compactSlots, [&](uintptr_t address) { return compactKey(address); });
  else
    fill(wideSlots, [](uintptr_t address) { return address; });
}

std::optional<BufferId> BufferIdTable::lookup(Value value) const {
  uintptr_t address = addressOf(value);
  if (!compactSlots.empty()) {
    uint32_t key = compactKey(address);
    return key ? find(compactSlots, address, key) : std::nullopt;
  }
  if (wideSlots.empty() || !address)
    return std::nullopt;
  return find(wideSlots, address, address);
}

void BufferIdTable::lookupAll(ArrayRef<Value> values,
                              MutableArrayRef<BufferId> out) const {
  constexpr size_t kAhead = 16;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i + kAhead < values.size()) {
      uintptr_t ahead = addressOf(values[i + kAhead]);
      if (!compactSlots.empty())
        __builtin_prefetch(
            &compactSlots[slotOf(ahead, compactSlots.size())]);
      else if (!wideSlots.empty())
        __builtin_prefetch(&wideSlots[slotOf(ahead, wideSlots.size())]);
    }
    std::optional<BufferId> id = lookup(values[i]);
    out[i] = id ? *id : ::memsched::kNoNode;
  }
}

//===----------------------------------------------------------------------===//
// buildCoreGraph
//===----------------------------------------------------------------------===//

/// Names of the core graph stay in the IR, reached through the core
/// graph's arrays of node ops and buffer values (the contexts).
static std::string_view nodeName(const void *nodes, size_t v) {
  NodeOp node = static_cast<const NodeOp *>(nodes)[v];
  StringRef name = node.getNodeName();
  return {name.data(), name.size()};
}
static std::string_view bufferName(const void *buffers, size_t b) {
  auto result = cast<OpResult>(static_cast<const Value *>(buffers)[b]);
  StringRef name;
  if (auto input = dyn_cast<InputOp>(result.getOwner()))
    name = input.getBufferName();
  else
    name =
        cast<NodeOp>(result.getOwner()).getResultName(result.getResultNumber());
  return {name.data(), name.size()};
}
static std::string_view nodeNameInVector(const void *nodes, size_t v) {
  return nodeName(static_cast<const std::vector<NodeOp> *>(nodes)->data(), v);
}
static std::string_view bufferNameInVector(const void *buffers, size_t b) {
  return bufferName(static_cast<const std::vector<Value> *>(buffers)->data(),
                    b);
}

FailureOr<CoreGraph> mlir::memsched::buildCoreGraph(GraphOp graph,
                                                    bool withReadLists) {
  Block &block = graph.getBodyBlock();
  // One walk over the body feeds nodes and buffers to the builder in body
  // order and collects what needs every buffer's id (reads, outputs) or a
  // later op (the size of a packed allocation is the sum of parts made by
  // the node that unpacks it); those are resolved after the walk.
  // Graphs can have millions of ops: nothing here is a per-op hash map lookup
  // except for the rare aliases, packed allocations and `after` lists.
  CoreGraph core;
  ::memsched::GraphBuilder builder;
  builder.setNamesChecked();   // The graph op's verifier has done it.
  std::vector<Value> operands; // Every node's operands, node after node.
  std::vector<uint32_t> &operandOffsets = core.operandOffsets;
  // Names stay in the IR (a node's StringAttr, a buffer's SSA value), found
  // through the arrays of node ops and buffer values: only messages and
  // printers read them. The arrays grow during the walk (sizing them with a
  // counting walk first cost more than the growth: a walk of a million ops
  // that are no longer in the caches takes about 20 ms), so the builder
  // reads them through the vectors until they are final.
  builder.borrowNames({&core.nodes, nodeNameInVector},
                      {&core.buffers, bufferNameInVector});
  llvm::DenseMap<Value, Value> aliasRoot;
  llvm::DenseMap<Value, uint64_t> packedSize;
  struct PackedBuffer {
    BufferId id;
    Value value;
    DictionaryAttr dict;
  };
  SmallVector<PackedBuffer> packedBuffers;
  SmallVector<std::pair<NodeId, ArrayAttr>> afterLists;
  SmallVector<Value> outputs;
  auto rootOf = [&](Value value) {
    if (aliasRoot.empty())
      return value;
    auto it = aliasRoot.find(value);
    return it == aliasRoot.end() ? value : it->second;
  };

  for (Operation &op : block) {
    if (auto input = dyn_cast<InputOp>(op)) {
      if (!core.nodes.empty())
        core.inputsAfterNodes.push_back(input);
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
      builder.addInput(::memsched::BorrowedName(), alloc, free);
      core.buffers.push_back(input.getResult());
      continue;
    }
    if (auto node = dyn_cast<NodeOp>(op)) {
      NodeId id = builder.addNode(::memsched::BorrowedName());
      core.nodes.push_back(node);
      OperandRange nodeOperands = node->getOperands();
      operands.insert(operands.end(), nodeOperands.begin(), nodeOperands.end());
      operandOffsets.push_back(static_cast<uint32_t>(operands.size()));
      if (ArrayAttr after = node.getAfterAttr())
        afterLists.push_back({id, after});
      if (Value packed = node.getUnpacks())
        if (failed(node.addPartSizes(packedSize[packed])))
          return failure();
      for (auto [i, alias] : llvm::enumerate(node.getAliases())) {
        aliasRoot[alias] = rootOf(node.getMutates()[i]);
        builder.addBuffer(id, ::memsched::BorrowedName(), 0, 0);
        core.buffers.push_back(alias);
      }
      ArrayAttr dicts = node.getBufferAttrsAttr();
      for (auto [i, value] : llvm::enumerate(node.getBuffers())) {
        uint64_t alloc = 0, free = 0;
        DictionaryAttr dict =
            dicts ? dyn_cast<DictionaryAttr>(dicts[i]) : DictionaryAttr();
        ::memsched::BorrowedName name;
        if (isa<PackedType>(value.getType())) {
          // Sized once the node that unpacks it has been seen.
          packedBuffers.push_back(
              {builder.addBuffer(id, name, 0, 0), value, dict});
          core.buffers.push_back(value);
          continue;
        }
        if (!dict || !dict.contains("size_alloc") ||
            !dict.contains("size_free")) {
          FailureOr<uint64_t> size = typeSize(node, value);
          if (failed(size))
            return failure();
          alloc = node.getUnpacks() ? 0 : *size;
          free = *size;
        }
        applyOverrides(dict, alloc, free);
        builder.addBuffer(id, name, alloc, free);
        core.buffers.push_back(value);
      }
      continue;
    }
    if (auto output = dyn_cast<OutputOp>(op))
      llvm::append_range(outputs, output.getOutputs());
  }

  for (const PackedBuffer &packed : packedBuffers) {
    uint64_t alloc = packedSize.lookup(packed.value), free = 0;
    applyOverrides(packed.dict, alloc, free);
    builder.setSizes(packed.id, alloc, free);
  }

  core.bufferIds.assign(core.buffers);
  std::vector<BufferId> &operandIds = core.operandIds;
  operandIds.resize(operands.size());
  core.bufferIds.lookupAll(operands, operandIds);

  // Reads, node by node. Reading a buffer also reads the first buffer of its
  // alias chain; a resident input (no id) is not counted.
  std::vector<NodeId> lastReader;
  if (withReadLists) {
    lastReader.assign(core.buffers.size(), ::memsched::kNoNode);
    core.readList.reserve(operands.size());
    core.readListOffsets.reserve(core.nodes.size() + 1);
  }
  auto readOne = [&](NodeId node, BufferId b) {
    if (b == ::memsched::kNoNode)
      return;
    builder.addRead(node, b);
    if (withReadLists && lastReader[b] != node) {
      lastReader[b] = node;
      core.readList.push_back(b);
    }
  };
  for (NodeId v = 0; v < core.nodes.size(); ++v) {
    for (uint32_t k = operandOffsets[v]; k < operandOffsets[v + 1]; ++k) {
      readOne(v, operandIds[k]);
      if (Value root = rootOf(operands[k]); root != operands[k])
        if (std::optional<BufferId> b = core.bufferIds.lookup(root))
          readOne(v, *b);
    }
    if (withReadLists)
      core.readListOffsets.push_back(core.readList.size());
  }

  if (!afterLists.empty()) {
    // Names are only needed to resolve `after` (earlier nodes, verified).
    llvm::StringMap<NodeId> nodeIds;
    for (NodeId v = 0; v < core.nodes.size(); ++v)
      nodeIds[core.nodes[v].getNodeName()] = v;
    for (auto [id, after] : afterLists)
      for (Attribute name : after)
        builder.addOrderDep(nodeIds.lookup(cast<StringAttr>(name)), id);
  }

  // Outputs can be a quarter of the buffers (a backward pass's weight
  // gradients): looked up in one prefetching batch, and their alias roots
  // only where there are aliases.
  {
    std::vector<BufferId> outputIds(outputs.size());
    core.bufferIds.lookupAll(outputs, outputIds);
    for (auto [value, id] : llvm::zip_equal(outputs, outputIds)) {
      if (id != ::memsched::kNoNode)
        builder.markOutput(id);
      if (Value root = rootOf(value); root != value)
        if (std::optional<BufferId> b = core.bufferIds.lookup(root))
          builder.markOutput(*b);
    }
  }

  // The arrays' elements, unlike the vectors, stay where they are when the
  // core graph is returned.
  builder.borrowNames({core.nodes.data(), nodeName},
                      {core.buffers.data(), bufferName});
  std::string error;
  std::optional<::memsched::Graph> built = builder.build(error);
  if (!built)
    return graph.emitOpError() << error;
  core.graph = std::move(*built);
  return core;
}
