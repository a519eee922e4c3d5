//===- CoreGraph.h - From memsched IR to the plain C++ graph ----*- C++ -*-===//
//
// Lowers a memsched.graph to the algorithm core's Graph, folding the
// dialect's conveniences into plain sizes and reads as the model prescribes:
// - resident inputs are dropped (never counted);
// - an alias made by `mutates` is a zero-size buffer of the mutating node;
//   reading an alias also reads the first buffer of its chain, and an alias
//   that is a graph output makes that first buffer an output;
// - a packed allocation has size_alloc = sum of its parts' sizes and
//   size_free = 0; each part has size_alloc = 0 and size_free = its size;
// - explicit size_alloc/size_free attributes override the type's size.
// Node ids follow the body order (the baseline); buffer ids follow the order
// in which buffers are defined.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_ANALYSIS_COREGRAPH_H
#define MEMSCHED_ANALYSIS_COREGRAPH_H

#include "memsched/Core/Graph.h"
#include "memsched/Dialect/MemSched/MemSchedOps.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace mlir::memsched {

/// SSA value -> buffer id: an open-addressing table filled and queried in
/// bulk, with the slots of upcoming keys prefetched. Graphs have millions of
/// values, and a lookup is otherwise one cache miss of a hash map.
class BufferIdTable {
public:
  /// Maps values[i] to i. The values must be distinct. `compact = false`
  /// keeps whole addresses in the slots even when offsets would do (for
  /// tests of that layout).
  void assign(ArrayRef<Value> values, bool compact = true);
  /// The id of `value`, or std::nullopt if it is not a counted buffer.
  std::optional<::memsched::BufferId> lookup(Value value) const;
  bool contains(Value value) const { return lookup(value).has_value(); }
  /// The id of a value known to be a counted buffer.
  ::memsched::BufferId at(Value value) const { return *lookup(value); }
  /// out[i] = the id of values[i], or ::memsched::kNoNode if none.
  void lookupAll(ArrayRef<Value> values,
                 MutableArrayRef<::memsched::BufferId> out) const;
  /// Whether the slots hold offsets (8 bytes each) rather than addresses.
  bool isCompact() const { return !compactSlots.empty(); }

private:
  // A slot's key is the value's address or, when every value lies within
  // 32 GiB above the lowest one and is 8-byte aligned (values are parts of
  // ops: always, in practice), its offset from that lowest value in 8-byte
  // units plus one, which halves the table. A key of 0 marks an empty slot.
  struct WideSlot {
    uintptr_t key = 0;
    ::memsched::BufferId id = 0;
  };
  struct CompactSlot {
    uint32_t key = 0;
    ::memsched::BufferId id = 0;
  };
  template <typename Slot, typename Key>
  static std::optional<::memsched::BufferId>
  find(const std::vector<Slot> &slots, uintptr_t address, Key key);
  /// The compact key of `address`, or 0 if no value can have that address.
  uint32_t compactKey(uintptr_t address) const;
  std::vector<WideSlot> wideSlots;
  std::vector<CompactSlot> compactSlots;
  uintptr_t base = 0;
};

/// A graph in core form, with the maps back to the IR it came from. Its
/// names are read from the IR when asked for (graph.nodeName(v),
/// graph.bufferName(b)), through `nodes` and `buffers`: the graph's ops
/// must outlive it, and the two arrays must not change while it is in use
/// (they are std::vectors, so that moving a CoreGraph keeps them in place).
struct CoreGraph {
  ::memsched::Graph graph;
  /// NodeId -> node op.
  std::vector<NodeOp> nodes;
  /// BufferId -> SSA value.
  std::vector<Value> buffers;
  /// SSA value -> BufferId, for every counted buffer (not resident inputs).
  BufferIdTable bufferIds;
  /// Resident inputs, in body order (not part of the core graph).
  SmallVector<InputOp> residentInputs;
  /// Inputs (of either kind) listed after the first node, in body order:
  /// a reordering must move them before every node.
  SmallVector<InputOp> inputsAfterNodes;
  /// Per node, the distinct buffers it reads in operand order, each alias
  /// followed by the first buffer of its chain: Inductor's `deps`. Only
  /// built when asked for (buildCoreGraph's withReadLists).
  std::vector<::memsched::BufferId> readList;
  std::vector<uint32_t> readListOffsets{0};
  /// Per node, the buffer of each operand, in operand order (kNoNode for a
  /// resident input): operandIds[operandOffsets[v] + k] for operand k.
  std::vector<::memsched::BufferId> operandIds;
  std::vector<uint32_t> operandOffsets{0};

  std::span<const ::memsched::BufferId>
  nodeReadList(::memsched::NodeId v) const {
    assert(readListOffsets.size() == nodes.size() + 1 &&
           "read lists not built (buildCoreGraph's withReadLists)");
    return {readList.data() + readListOffsets[v],
            readList.data() + readListOffsets[v + 1]};
  }
};

/// Every memsched.graph that `op` is or holds, in pre-order. Graph bodies
/// are not entered (they hold no graphs), so this costs nothing per node.
SmallVector<GraphOp> collectGraphs(Operation *op);

/// The one memsched.graph that `op` is or holds. Otherwise emits, at `op`'s
/// location (the op itself is not printed: it can be huge), "expected
/// exactly one memsched.graph to <purpose>, found N: @a, @b, ..." (up to 8
/// names) and fails.
FailureOr<GraphOp> findSingleGraph(Operation *op, StringRef purpose);

/// Builds the core graph of `graph` (which must verify). On failure (sizes
/// that overflow, anything the core rejects) emits an error on `graph`.
/// The per-node read lists (nodeReadList), which only an exporter needs,
/// are built when `withReadLists` is set.
FailureOr<CoreGraph> buildCoreGraph(GraphOp graph, bool withReadLists = false);

} // namespace mlir::memsched

#endif // MEMSCHED_ANALYSIS_COREGRAPH_H
