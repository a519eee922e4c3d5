//===- Graph.h - Plain C++ scheduling graph ---------------------*- C++ -*-===//
//
// The algorithm core of memsched: a compact, index-based graph of nodes and
// buffers that knows nothing of MLIR. Every algorithm (timeline, heuristic
// orders, search) works on this structure; the MLIR layer and the JSON importer
// build it through GraphBuilder.
//
// Semantics follow docs/model.md of the project (a copy of the reference model):
// nodes in baseline order, buffers with size_alloc/size_free, freeable graph
// inputs, graph outputs, node reads (pred_buffers) and ordering-only edges.
// Aliasing and multi-output packing are already folded into sizes and reads
// by the time a Graph exists.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_CORE_GRAPH_H
#define MEMSCHED_CORE_GRAPH_H

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace memsched {

/// Index of a node in baseline order (0-based).
using NodeId = uint32_t;
/// Index of a buffer (node-produced or freeable input).
using BufferId = uint32_t;
/// Marks "no node", e.g. the producer of a graph input.
inline constexpr uint32_t kNoNode = std::numeric_limits<uint32_t>::max();

/// Compressed sparse rows: row i holds items[offsets[i] .. offsets[i+1]).
class Csr {
public:
  Csr() = default;
  /// Builds rows from (row, item) pairs; each row is sorted and deduplicated.
  static Csr fromPairs(size_t numRows,
                       std::vector<std::pair<uint32_t, uint32_t>> pairs);
  /// Takes rows as they are (each sorted and deduplicated by the caller).
  Csr(std::vector<uint32_t> offsets, std::vector<uint32_t> items)
      : offsets(std::move(offsets)), items(std::move(items)) {}
  /// The transpose: row j lists, ascending, the rows that contain j. Items
  /// must be < numCols.
  Csr transpose(size_t numCols) const;

  std::span<const uint32_t> operator[](size_t row) const {
    return {items.data() + offsets[row], items.data() + offsets[row + 1]};
  }
  size_t numRows() const { return offsets.empty() ? 0 : offsets.size() - 1; }
  size_t numItems() const { return items.size(); }

private:
  std::vector<uint32_t> offsets{0};
  std::vector<uint32_t> items;
};

/// Names the caller keeps: name i (of the nodes, or of the buffers) is
/// resolve(context, i), turned into characters only when a message or a
/// printer asks for it. Building a graph then stores nothing per name and
/// never touches the characters. `context` (e.g. the caller's array of IR
/// values) must stay valid, and resolve the same names, for as long as the
/// graph that borrows them.
struct BorrowedNames {
  const void *context = nullptr;
  std::string_view (*resolve)(const void *context, size_t index) = nullptr;
};
/// Stands for the name of a node or buffer whose names are borrowed (see
/// GraphBuilder::borrowNames): the name of the i-th one added is name i.
struct BorrowedName {};

/// The names of a graph's nodes or buffers: either copied, many short
/// strings in one allocation (name i is chars[offsets[i] .. offsets[i+1])),
/// or borrowed from the caller (BorrowedNames). A pool holds names of one
/// kind only.
class NamePool {
public:
  void add(std::string_view name) {
    chars.append(name);
    offsets.push_back(chars.size());
  }
  void add(BorrowedName) { ++numBorrowed; }
  void borrow(BorrowedNames names) { borrowed = names; }
  std::string_view operator[](size_t i) const {
    if (borrowed.resolve)
      return borrowed.resolve(borrowed.context, i);
    return std::string_view(chars).substr(offsets[i],
                                          offsets[i + 1] - offsets[i]);
  }
  size_t size() const {
    return borrowed.resolve ? numBorrowed : offsets.size() - 1;
  }
  void reserve(size_t names, size_t bytes) {
    if (borrowed.resolve)
      return;
    offsets.reserve(names + 1);
    chars.reserve(bytes);
  }

private:
  std::string chars;
  std::vector<uint64_t> offsets{0};
  BorrowedNames borrowed;
  size_t numBorrowed = 0;
};

/// An immutable, validated scheduling graph. Build one with GraphBuilder.
class Graph {
public:
  size_t numNodes() const { return nodeNames.size(); }
  size_t numBuffers() const { return bufferNames.size(); }

  std::string_view nodeName(NodeId v) const { return nodeNames[v]; }
  std::string_view bufferName(BufferId b) const { return bufferNames[b]; }

  uint64_t sizeAlloc(BufferId b) const { return bufAlloc[b]; }
  uint64_t sizeFree(BufferId b) const { return bufFree[b]; }
  /// The producing node, or kNoNode for a freeable graph input.
  NodeId producer(BufferId b) const { return bufProducer[b]; }
  bool isInput(BufferId b) const { return bufProducer[b] == kNoNode; }
  bool isOutput(BufferId b) const { return bufOutput[b] != 0; }

  /// The node's own buffers, in creation order.
  std::span<const BufferId> nodeBuffers(NodeId v) const {
    return {ownBufs.data() + ownOffsets[v], ownBufs.data() + ownOffsets[v + 1]};
  }
  /// Distinct buffers the node reads (pred_buffers), ascending.
  std::span<const BufferId> predBuffers(NodeId v) const { return reads[v]; }
  /// Distinct readers of a buffer (succ_nodes(b)), ascending.
  std::span<const NodeId> bufferReaders(BufferId b) const {
    return readers[b];
  }
  /// Distinct nodes that must run before v (producers of its reads and
  /// ordering-only predecessors), ascending, never v itself.
  std::span<const NodeId> predNodes(NodeId v) const { return preds[v]; }
  /// Distinct nodes that must run after v, ascending, never v itself.
  std::span<const NodeId> succNodes(NodeId v) const { return succs[v]; }
  /// Ordering-only predecessors of v as declared (subset of predNodes).
  std::span<const NodeId> orderPreds(NodeId v) const {
    // Most graphs have none: their CSR is then left without rows.
    return orderOnly.numItems() ? orderOnly[v] : std::span<const NodeId>();
  }

  /// size(v): sum of size_alloc over the node's own buffers.
  uint64_t nodeSize(NodeId v) const { return nodeAlloc[v]; }
  /// Freeable graph inputs, ascending.
  std::span<const BufferId> inputs() const { return inputBufs; }
  /// Number of read edges plus ordering-only edges (for complexity reports).
  size_t numEdges() const { return reads.numItems() + orderOnly.numItems(); }

  /// The baseline order 0, 1, ..., n-1.
  std::vector<NodeId> baselineOrder() const;

private:
  friend class GraphBuilder;
  NamePool nodeNames, bufferNames;
  std::vector<uint64_t> bufAlloc, bufFree, nodeAlloc;
  std::vector<NodeId> bufProducer;
  std::vector<uint8_t> bufOutput;
  std::vector<uint32_t> ownOffsets{0};
  std::vector<BufferId> ownBufs, inputBufs;
  Csr reads, readers, preds, succs, orderOnly;
};

/// Accumulates nodes, buffers and edges, then validates them into a Graph.
/// Nodes are numbered in the order they are added: that is the baseline.
class GraphBuilder {
public:
  /// Makes the builder borrow names instead of copying them: every name
  /// must then be given as a BorrowedName, and node (buffer) i is named by
  /// name i of `nodes` (`buffers`), resolved when a message or a printer
  /// needs it. Call before adding anything; call again to say where the
  /// same names are from then on (e.g. once the caller's arrays have
  /// stopped growing).
  void borrowNames(BorrowedNames nodes, BorrowedNames buffers) {
    nodeNames.borrow(nodes);
    bufferNames.borrow(buffers);
  }
  /// Adds a node; names are copied unless borrowNames() was called.
  NodeId addNode(std::string_view name) { return addNodeNamed(name); }
  NodeId addNode(BorrowedName name) { return addNodeNamed(name); }
  /// A freeable graph input (resident inputs are not part of the model).
  BufferId addInput(std::string_view name, uint64_t sizeAlloc,
                    uint64_t sizeFree) {
    return addInputNamed(name, sizeAlloc, sizeFree);
  }
  BufferId addInput(BorrowedName name, uint64_t sizeAlloc,
                    uint64_t sizeFree) {
    return addInputNamed(name, sizeAlloc, sizeFree);
  }
  /// A buffer produced by node `producer`.
  BufferId addBuffer(NodeId producer, std::string_view name,
                     uint64_t sizeAlloc, uint64_t sizeFree) {
    return addBufferNamed(producer, name, sizeAlloc, sizeFree);
  }
  BufferId addBuffer(NodeId producer, BorrowedName name, uint64_t sizeAlloc,
                     uint64_t sizeFree) {
    return addBufferNamed(producer, name, sizeAlloc, sizeFree);
  }
  /// Sets the sizes of buffer `b`, added before (e.g. once they are known).
  void setSizes(BufferId b, uint64_t sizeAlloc, uint64_t sizeFree);
  /// Pre-sizes the builder's arrays (optional).
  void reserve(size_t nodes, size_t buffers, size_t reads);
  /// Skips the duplicate-name checks of build(): for callers whose names are
  /// already known to be unique (e.g. verified memsched IR).
  void setNamesChecked() { namesChecked = true; }
  /// Node `reader` reads buffer `b` (repeats are merged).
  void addRead(NodeId reader, BufferId b);
  /// Node `after` must run after node `before`, without reading its buffers.
  void addOrderDep(NodeId before, NodeId after);
  /// Buffer `b` must survive the graph.
  void markOutput(BufferId b);

  size_t numNodes() const { return nodeNames.size(); }
  size_t numBuffers() const { return bufferNames.size(); }

  /// Validates (unique names, ids in range, no overflow of total sizes,
  /// acyclic, nodes listed in a valid order: every node after its
  /// predecessors) and returns the graph, or std::nullopt with `error` set to
  /// a message naming the offending nodes or buffers.
  std::optional<Graph> build(std::string &error);

private:
  template <typename Name> NodeId addNodeNamed(Name name);
  template <typename Name>
  BufferId addInputNamed(Name name, uint64_t sizeAlloc, uint64_t sizeFree);
  template <typename Name>
  BufferId addBufferNamed(NodeId producer, Name name, uint64_t sizeAlloc,
                          uint64_t sizeFree);

  NamePool nodeNames, bufferNames;
  std::vector<uint64_t> bufAlloc, bufFree;
  std::vector<NodeId> bufProducer;
  std::vector<uint8_t> bufOutput;
  // Reads are kept as rows (readOffsets holds the start of each row up to
  // the one being filled) while they come grouped by reader in ascending
  // order, as the lowerings from IR add them; as pairs once one does not. Rows
  // take a third of the memory of pairs and need no sort by reader.
  std::vector<uint32_t> readOffsets{0}, readItems;
  std::vector<std::pair<uint32_t, uint32_t>> readPairs, orderPairs;
  bool readsAsPairs = false;
  bool badIndex = false, namesChecked = false;
  std::string badIndexWhat;
};

} // namespace memsched

#endif // MEMSCHED_CORE_GRAPH_H
