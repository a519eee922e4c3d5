//===- Graph.cpp - Plain C++ scheduling graph -----------------------------===//
//
// Construction and validation of the core graph: CSR adjacency, duplicate
// name checks, size overflow checks and cycle detection (iterative, with the
// cycle's path in the error).
//
//===----------------------------------------------------------------------===//

#include "memsched/Core/Graph.h"

#include <algorithm>
#include <numeric>
#include <string_view>

using namespace memsched;

Csr Csr::fromPairs(size_t numRows,
                   std::vector<std::pair<uint32_t, uint32_t>> pairs) {
  // Counting sort by row (skipped when the pairs already come grouped by
  // row, as reads do), then sort and deduplicate each (short) row.
  std::vector<uint32_t> start(numRows + 1, 0);
  bool grouped = true;
  for (size_t i = 0; i < pairs.size(); ++i) {
    ++start[pairs[i].first + 1];
    grouped &= i == 0 || pairs[i - 1].first <= pairs[i].first;
  }
  std::partial_sum(start.begin(), start.end(), start.begin());
  std::vector<uint32_t> items(pairs.size());
  if (grouped) {
    for (size_t i = 0; i < pairs.size(); ++i)
      items[i] = pairs[i].second;
  } else {
    std::vector<uint32_t> fill(start.begin(), start.end() - 1);
    for (auto [row, item] : pairs)
      items[fill[row]++] = item;
  }
  pairs.clear();
  pairs.shrink_to_fit();
  Csr csr;
  csr.offsets.assign(numRows + 1, 0);
  csr.items.reserve(items.size());
  for (size_t row = 0; row < numRows; ++row) {
    auto begin = items.begin() + start[row], end = items.begin() + start[row + 1];
    std::sort(begin, end);
    end = std::unique(begin, end);
    csr.items.insert(csr.items.end(), begin, end);
    csr.offsets[row + 1] = static_cast<uint32_t>(csr.items.size());
  }
  return csr;
}

Csr Csr::transpose(size_t numCols) const {
  // Counts shifted by two, summed: start[j + 1] is then where row j begins,
  // and serves as its fill cursor, which leaves it where row j + 1 begins.
  std::vector<uint32_t> start(numCols + 2, 0);
  for (uint32_t item : items)
    ++start[item + 2];
  std::partial_sum(start.begin(), start.end(), start.begin());
  std::vector<uint32_t> out(items.size());
  for (size_t row = 0; row + 1 < offsets.size(); ++row)
    for (uint32_t i = offsets[row]; i < offsets[row + 1]; ++i)
      out[start[items[i] + 1]++] = static_cast<uint32_t>(row);
  start.pop_back();
  return Csr(std::move(start), std::move(out));
}

namespace {
/// Finds the first name that repeats an earlier one, with an open-addressing
/// table of indices (no per-name allocation).
class DuplicateFinder {
public:
  explicit DuplicateFinder(const NamePool &names) : names(names) {
    size_t capacity = 16;
    while (capacity < 2 * names.size())
      capacity <<= 1;
    slots.assign(capacity, kNoNode);
  }
  /// Returns (earlier, later) for the first repeat, or (kNoNode, kNoNode).
  std::pair<uint32_t, uint32_t> find() {
    size_t mask = slots.size() - 1;
    for (uint32_t i = 0; i < names.size(); ++i) {
      std::string_view name = names[i];
      for (size_t slot = hash(name) & mask;; slot = (slot + 1) & mask) {
        if (slots[slot] == kNoNode) {
          slots[slot] = i;
          break;
        }
        if (names[slots[slot]] == name)
          return {slots[slot], i};
      }
    }
    return {kNoNode, kNoNode};
  }

private:
  static uint64_t hash(std::string_view s) {
    uint64_t h = 1469598103934665603ull; // FNV-1a, then a final mix.
    for (unsigned char c : s)
      h = (h ^ c) * 1099511628211ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    return h ^ (h >> 33);
  }
  const NamePool &names;
  std::vector<uint32_t> slots;
};
} // namespace

std::vector<NodeId> Graph::baselineOrder() const {
  std::vector<NodeId> order(numNodes());
  std::iota(order.begin(), order.end(), 0);
  return order;
}

void GraphBuilder::reserve(size_t nodes, size_t buffers, size_t reads) {
  nodeNames.reserve(nodes, nodes * 8);
  bufferNames.reserve(buffers, buffers * 8);
  bufAlloc.reserve(buffers);
  bufFree.reserve(buffers);
  bufProducer.reserve(buffers);
  bufOutput.reserve(buffers);
  readOffsets.reserve(nodes + 1);
  readItems.reserve(reads);
}

template <typename Name> NodeId GraphBuilder::addNodeNamed(Name name) {
  nodeNames.add(name);
  return static_cast<NodeId>(nodeNames.size() - 1);
}

template <typename Name>
BufferId GraphBuilder::addInputNamed(Name name, uint64_t sizeAlloc,
                                     uint64_t sizeFree) {
  bufferNames.add(name);
  bufAlloc.push_back(sizeAlloc);
  bufFree.push_back(sizeFree);
  bufProducer.push_back(kNoNode);
  bufOutput.push_back(0);
  return static_cast<BufferId>(bufferNames.size() - 1);
}

template <typename Name>
BufferId GraphBuilder::addBufferNamed(NodeId producer, Name name,
                                      uint64_t sizeAlloc, uint64_t sizeFree) {
  BufferId b = addInputNamed(name, sizeAlloc, sizeFree);
  if (producer >= nodeNames.size() && !badIndex) {
    badIndex = true;
    badIndexWhat = "buffer '" + std::string(bufferNames[b]) +
                   "' names a producer node that does not exist";
  }
  bufProducer[b] = producer;
  return b;
}

template NodeId GraphBuilder::addNodeNamed(std::string_view);
template NodeId GraphBuilder::addNodeNamed(BorrowedName);
template BufferId GraphBuilder::addInputNamed(std::string_view, uint64_t,
                                              uint64_t);
template BufferId GraphBuilder::addInputNamed(BorrowedName, uint64_t, uint64_t);
template BufferId GraphBuilder::addBufferNamed(NodeId, std::string_view,
                                               uint64_t, uint64_t);
template BufferId GraphBuilder::addBufferNamed(NodeId, BorrowedName, uint64_t,
                                               uint64_t);

void GraphBuilder::setSizes(BufferId b, uint64_t sizeAlloc,
                            uint64_t sizeFree) {
  if (b >= bufferNames.size()) {
    if (!badIndex) {
      badIndex = true;
      badIndexWhat = "sizes set for a buffer that does not exist";
    }
    return;
  }
  bufAlloc[b] = sizeAlloc;
  bufFree[b] = sizeFree;
}

void GraphBuilder::addRead(NodeId reader, BufferId b) {
  if ((reader >= nodeNames.size() || b >= bufferNames.size()) && !badIndex) {
    badIndex = true;
    badIndexWhat = "a read names a node or buffer that does not exist";
  }
  if (badIndex)
    return; // build() fails.
  if (!readsAsPairs && reader + 1 < readOffsets.size()) {
    // Out of order: the rows so far become pairs.
    readsAsPairs = true;
    readPairs.reserve(readItems.size() + 1);
    for (size_t row = 0; row < readOffsets.size(); ++row) {
      size_t end = row + 1 < readOffsets.size() ? readOffsets[row + 1]
                                                : readItems.size();
      for (size_t i = readOffsets[row]; i < end; ++i)
        readPairs.emplace_back(static_cast<uint32_t>(row), readItems[i]);
    }
    readOffsets = {0};
    readItems = std::vector<BufferId>();
  }
  if (readsAsPairs) {
    readPairs.emplace_back(reader, b);
    return;
  }
  // Open the reader's row (and close those before it).
  while (readOffsets.size() < size_t(reader) + 1)
    readOffsets.push_back(static_cast<uint32_t>(readItems.size()));
  readItems.push_back(b);
}

void GraphBuilder::addOrderDep(NodeId before, NodeId after) {
  if ((before >= nodeNames.size() || after >= nodeNames.size()) &&
      !badIndex) {
    badIndex = true;
    badIndexWhat = "an ordering dependency names a node that does not exist";
  }
  orderPairs.emplace_back(after, before);
}

void GraphBuilder::markOutput(BufferId b) {
  if (b >= bufferNames.size()) {
    if (!badIndex) {
      badIndex = true;
      badIndexWhat = "an output names a buffer that does not exist";
    }
    return;
  }
  bufOutput[b] = 1;
}

/// Describes where a buffer comes from, for duplicate-name errors.
static std::string describeBufferOrigin(const std::vector<NodeId> &producer,
                                        const NamePool &nodes, BufferId b) {
  if (producer[b] == kNoNode)
    return "graph input";
  return "node '" + std::string(nodes[producer[b]]) + "'";
}

/// Finds a cycle among nodes that Kahn's algorithm could not order. Every
/// such node has a predecessor that is also unordered, so walking
/// predecessors must revisit a node; the revisited stretch is a cycle.
static std::string describeCycle(const Graph &g,
                                 const std::vector<uint32_t> &indeg) {
  NodeId start = kNoNode;
  for (NodeId v = 0; v < g.numNodes(); ++v)
    if (indeg[v] != 0) {
      start = v;
      break;
    }
  std::vector<uint32_t> seenAt(g.numNodes(), kNoNode);
  std::vector<NodeId> walk;
  NodeId v = start;
  while (seenAt[v] == kNoNode) {
    seenAt[v] = static_cast<uint32_t>(walk.size());
    walk.push_back(v);
    NodeId next = kNoNode;
    for (NodeId p : g.predNodes(v))
      if (indeg[p] != 0) {
        next = p;
        break;
      }
    v = next;
  }
  // walk[seenAt[v]..] is the cycle, following predecessor edges; print it in
  // execution direction (producer -> consumer).
  std::vector<NodeId> cycle(walk.begin() + seenAt[v], walk.end());
  std::reverse(cycle.begin(), cycle.end());
  // Start at the earliest node in baseline order, for a stable message.
  std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()),
              cycle.end());
  std::string text;
  for (NodeId u : cycle)
    text += "'" + std::string(g.nodeName(u)) + "' -> ";
  return text + "'" + std::string(g.nodeName(cycle.front())) + "'";
}

std::optional<Graph> GraphBuilder::build(std::string &error) {
  if (badIndex) {
    error = badIndexWhat;
    return std::nullopt;
  }
  if (nodeNames.size() >= kNoNode || bufferNames.size() >= kNoNode) {
    error = "graph too large: at most 2^32-2 nodes and buffers";
    return std::nullopt;
  }
  // Unique names (unless the caller has checked them already).
  if (auto [first, again] = namesChecked ? std::pair(kNoNode, kNoNode)
                                         : DuplicateFinder(nodeNames).find();
      again != kNoNode) {
    error = "duplicate node name '" + std::string(nodeNames[again]) +
            "' (nodes #" + std::to_string(first) + " and #" +
            std::to_string(again) + ")";
    return std::nullopt;
  }
  if (auto [first, again] = namesChecked
                                 ? std::pair(kNoNode, kNoNode)
                                 : DuplicateFinder(bufferNames).find();
      again != kNoNode) {
    error = "duplicate buffer name '" + std::string(bufferNames[again]) +
            "' (from " + describeBufferOrigin(bufProducer, nodeNames, first) +
            " and " + describeBufferOrigin(bufProducer, nodeNames, again) +
            ")";
    return std::nullopt;
  }
  // Totals must fit in int64 so that every partial sum of the timeline does.
  {
    uint64_t totalAlloc = 0, totalFree = 0;
    constexpr uint64_t limit = std::numeric_limits<int64_t>::max();
    for (BufferId b = 0; b < bufferNames.size(); ++b) {
      if (__builtin_add_overflow(totalAlloc, bufAlloc[b], &totalAlloc) ||
          __builtin_add_overflow(totalFree, bufFree[b], &totalFree) ||
          totalAlloc > limit || totalFree > limit) {
        error = "sizes overflow: the total of size_alloc or size_free "
                "exceeds 2^63-1 bytes at buffer '" +
                std::string(bufferNames[b]) + "'";
        return std::nullopt;
      }
    }
  }

  Graph g;
  size_t n = nodeNames.size(), m = bufferNames.size();
  g.nodeNames = std::move(nodeNames);
  g.bufferNames = std::move(bufferNames);
  g.bufAlloc = std::move(bufAlloc);
  g.bufFree = std::move(bufFree);
  g.bufProducer = std::move(bufProducer);
  g.bufOutput = std::move(bufOutput);

  // Own buffers per node, in creation order (stable counting sort).
  g.ownOffsets.assign(n + 1, 0);
  g.inputBufs.reserve(std::count(g.bufProducer.begin(), g.bufProducer.end(),
                                 kNoNode));
  g.nodeAlloc.assign(n, 0);
  for (BufferId b = 0; b < m; ++b) {
    if (g.bufProducer[b] == kNoNode) {
      g.inputBufs.push_back(b);
      continue;
    }
    ++g.ownOffsets[g.bufProducer[b] + 1];
    g.nodeAlloc[g.bufProducer[b]] += g.bufAlloc[b];
  }
  std::partial_sum(g.ownOffsets.begin(), g.ownOffsets.end(),
                   g.ownOffsets.begin());
  g.ownBufs.resize(g.ownOffsets[n]);
  // ownOffsets[v] serves as node v's fill cursor, which leaves it where
  // node v + 1's buffers begin: shift back by one row after.
  for (BufferId b = 0; b < m; ++b)
    if (g.bufProducer[b] != kNoNode)
      g.ownBufs[g.ownOffsets[g.bufProducer[b]]++] = b;
  std::copy_backward(g.ownOffsets.begin(), g.ownOffsets.end() - 1,
                     g.ownOffsets.end());
  g.ownOffsets[0] = 0;

  // Reads and ordering-only edges from the pairs; every other relation is
  // derived from those CSRs row by row, which keeps each row sorted without
  // sorting again (a transpose visits rows in ascending order).
  if (readsAsPairs) {
    g.reads = Csr::fromPairs(n, std::move(readPairs));
  } else {
    // Close the rows, then sort and deduplicate each (short) row in place.
    readOffsets.resize(n + 1, static_cast<uint32_t>(readItems.size()));
    uint32_t kept = 0;
    for (size_t row = 0; row < n; ++row) {
      auto begin = readItems.begin() + readOffsets[row];
      auto end = readItems.begin() + readOffsets[row + 1];
      std::sort(begin, end);
      end = std::unique(begin, end);
      readOffsets[row] = kept;
      kept = static_cast<uint32_t>(
          std::copy(begin, end, readItems.begin() + kept) - readItems.begin());
    }
    readOffsets[n] = kept;
    readItems.resize(kept);
    g.reads = Csr(std::move(readOffsets), std::move(readItems));
  }
  // Without ordering-only edges the CSR stays without rows (orderPreds
  // answers for it), rather than n + 1 zero offsets.
  if (!orderPairs.empty())
    g.orderOnly = Csr::fromPairs(n, std::move(orderPairs));
  g.readers = g.reads.transpose(m);
  {
    std::vector<uint32_t> offsets(n + 1, 0), items;
    items.reserve(g.reads.numItems() + g.orderOnly.numItems());
    for (NodeId v = 0; v < n; ++v) {
      size_t begin = items.size();
      for (BufferId b : g.reads[v])
        if (NodeId p = g.bufProducer[b]; p != kNoNode && p != v)
          items.push_back(p);
      for (NodeId p : g.orderPreds(v))
        items.push_back(p);
      std::sort(items.begin() + begin, items.end());
      items.erase(std::unique(items.begin() + begin, items.end()),
                  items.end());
      offsets[v + 1] = static_cast<uint32_t>(items.size());
    }
    g.preds = Csr(std::move(offsets), std::move(items));
  }
  g.succs = g.preds.transpose(n);

  // A node list in which every node follows its predecessors is a valid
  // schedule, and a graph that has one is acyclic: that is the common case,
  // checked in one sequential pass. Otherwise, tell a cycle (a self
  // ordering edge is a cycle of one) from a list that is merely out of
  // order.
  bool listIsSchedule = true;
  for (NodeId v = 0; v < n && listIsSchedule; ++v)
    listIsSchedule = g.predNodes(v).empty() || g.predNodes(v).back() < v;
  if (listIsSchedule)
    return g;
  std::vector<uint32_t> indeg(n);
  std::vector<NodeId> ready;
  for (NodeId v = 0; v < n; ++v) {
    indeg[v] = static_cast<uint32_t>(g.predNodes(v).size());
    if (indeg[v] == 0)
      ready.push_back(v);
  }
  size_t done = 0;
  while (!ready.empty()) {
    NodeId v = ready.back();
    ready.pop_back();
    ++done;
    for (NodeId s : g.succNodes(v))
      if (--indeg[s] == 0)
        ready.push_back(s);
  }
  if (done != n) {
    error = "dependency cycle: " + describeCycle(g, indeg);
    return std::nullopt;
  }
  // The node list is the baseline schedule, so it must be a valid one.
  for (NodeId v = 0; v < n; ++v)
    if (!g.predNodes(v).empty() && g.predNodes(v).back() > v) {
      error = "the node list is not a valid schedule: node '" +
              std::string(g.nodeName(v)) + "' runs before its predecessor '" +
              std::string(g.nodeName(g.predNodes(v).back())) + "'";
      return std::nullopt;
    }
  return g;
}
