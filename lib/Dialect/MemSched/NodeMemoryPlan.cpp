//===- NodeMemoryPlan.cpp - memsched.node's MemoryPlanOpInterface ---------===//
//
// memsched.node's answers to the planner's questions, by the same rules as
// buildCoreGraph: aliases cost nothing, a packed allocation takes the sum of
// the parts its unpacking nodes produce, a part takes nothing and frees its
// size, and size_alloc/size_free attributes override the type's size.
//
//===----------------------------------------------------------------------===//

#include "memsched/Dialect/MemSched/MemSchedOps.h"

#include "llvm/ADT/SmallPtrSet.h"

#include <limits>

using namespace mlir;
using namespace mlir::memsched;

/// The bytes `value`'s type stands for; errors are reported on `op`.
static FailureOr<uint64_t> typeSize(Operation *op, Value value) {
  return getBufferTypeSize(value.getType(),
                           [&]() { return op->emitOpError(); });
}

/// What part `i` of `node` frees: its size_free override or its type's size.
static FailureOr<uint64_t> partSize(NodeOp node, unsigned i) {
  if (DictionaryAttr dict = node.getBufferAttrDict(i))
    if (auto f = dict.getAs<IntegerAttr>("size_free"))
      return static_cast<uint64_t>(f.getInt());
  return typeSize(node, node.getBuffers()[i]);
}

LogicalResult NodeOp::addPartSizes(uint64_t &sum) {
  for (unsigned i = 0, e = getBuffers().size(); i < e; ++i) {
    FailureOr<uint64_t> size = partSize(*this, i);
    if (failed(size))
      return failure();
    if (__builtin_add_overflow(sum, *size, &sum) ||
        sum > uint64_t(std::numeric_limits<int64_t>::max()))
      return emitOpError("the parts of the packed allocation it unpacks "
                         "overflow 2^63-1 bytes");
  }
  return success();
}

/// The sum of the parts of `packed` over the nodes that unpack it.
static FailureOr<uint64_t> packedSize(Value packed) {
  llvm::SmallPtrSet<Operation *, 8> seen;
  uint64_t sum = 0;
  for (Operation *user : packed.getUsers()) {
    auto node = dyn_cast<NodeOp>(user);
    if (!node || node.getUnpacks() != packed || !seen.insert(user).second)
      continue;
    if (failed(node.addPartSizes(sum)))
      return failure();
  }
  return sum;
}

FailureOr<ResultMemory> NodeOp::getResultMemory(unsigned index) {
  unsigned numAliases = getAliases().size();
  if (index < numAliases)
    return ResultMemory{};
  unsigned i = index - numAliases;
  Value value = getBuffers()[i];
  DictionaryAttr dict = getBufferAttrDict(i);
  ResultMemory memory;
  if (isa<PackedType>(value.getType())) {
    FailureOr<uint64_t> sum = packedSize(value);
    if (failed(sum))
      return failure();
    memory.sizeAlloc = *sum;
  } else if (!dict || !dict.contains("size_alloc") ||
             !dict.contains("size_free")) {
    FailureOr<uint64_t> size = typeSize(*this, value);
    if (failed(size))
      return failure();
    memory.sizeAlloc = getUnpacks() ? 0 : *size;
    memory.sizeFree = *size;
  }
  if (dict) {
    if (auto a = dict.getAs<IntegerAttr>("size_alloc"))
      memory.sizeAlloc = a.getInt();
    if (auto f = dict.getAs<IntegerAttr>("size_free"))
      memory.sizeFree = f.getInt();
  }
  return memory;
}

OpOperand *NodeOp::getAliasedOperand(unsigned index) {
  if (index >= getAliases().size())
    return nullptr;
  return &getMutatesMutable()[index];
}

bool NodeOp::isPackedAllocation(unsigned index) {
  return index >= getAliases().size() &&
         isa<PackedType>(getResult(index).getType());
}

OpOperand *NodeOp::getPackedOperand(unsigned index) {
  if (index < getAliases().size() || !getUnpacks())
    return nullptr;
  return &getUnpacksMutable()[0];
}
