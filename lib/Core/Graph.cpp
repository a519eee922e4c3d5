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
#include <unordered_map>

using namespace memsched;

Csr Csr::fromPairs(size_t numRows,
                   std::vector<std::pair<uint32_t, uint32_t>> pairs) {
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  Csr csr;
  csr.offsets.assign(numRows + 1, 0);
  csr.items.reserve(pairs.size());
  for (auto [row, item] : pairs) {
    ++csr.offsets[row + 1];
    csr.items.push_back(item);
  }
  std::partial_sum(csr.offsets.begin(), csr.offsets.end(),
                   csr.offsets.begin());
  return csr;
}

std::vector<NodeId> Graph::baselineOrder() const {
  std::vector<NodeId> order(numNodes());
  std::iota(order.begin(), order.end(), 0);
  return order;
}

NodeId GraphBuilder::addNode(std::string name) {
  nodeNames.push_back(std::move(name));
  return static_cast<NodeId>(nodeNames.size() - 1);
}

BufferId GraphBuilder::addInput(std::string name, uint64_t sizeAlloc,
                                uint64_t sizeFree) {
  bufferNames.push_back(std::move(name));
  bufAlloc.push_back(sizeAlloc);
  bufFree.push_back(sizeFree);
  bufProducer.push_back(kNoNode);
  bufOutput.push_back(0);
  return static_cast<BufferId>(bufferNames.size() - 1);
}

BufferId GraphBuilder::addBuffer(NodeId producer, std::string name,
                                 uint64_t sizeAlloc, uint64_t sizeFree) {
  if (producer >= nodeNames.size() && !badIndex) {
    badIndex = true;
    badIndexWhat = "buffer '" + name + "' names a producer node that does "
                                       "not exist";
  }
  BufferId b = addInput(std::move(name), sizeAlloc, sizeFree);
  bufProducer[b] = producer;
  return b;
}

void GraphBuilder::addRead(NodeId reader, BufferId b) {
  if ((reader >= nodeNames.size() || b >= bufferNames.size()) && !badIndex) {
    badIndex = true;
    badIndexWhat = "a read names a node or buffer that does not exist";
  }
  readPairs.emplace_back(reader, b);
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
                                        const std::vector<std::string> &nodes,
                                        BufferId b) {
  if (producer[b] == kNoNode)
    return "graph input";
  return "node '" + nodes[producer[b]] + "'";
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
    text += "'" + g.nodeName(u) + "' -> ";
  return text + "'" + g.nodeName(cycle.front()) + "'";
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
  // Unique names.
  {
    std::unordered_map<std::string_view, NodeId> seen;
    seen.reserve(nodeNames.size());
    for (NodeId v = 0; v < nodeNames.size(); ++v) {
      auto [it, inserted] = seen.emplace(nodeNames[v], v);
      if (!inserted) {
        error = "duplicate node name '" + nodeNames[v] + "' (nodes #" +
                std::to_string(it->second) + " and #" + std::to_string(v) +
                ")";
        return std::nullopt;
      }
    }
  }
  {
    std::unordered_map<std::string_view, BufferId> seen;
    seen.reserve(bufferNames.size());
    for (BufferId b = 0; b < bufferNames.size(); ++b) {
      auto [it, inserted] = seen.emplace(bufferNames[b], b);
      if (!inserted) {
        error = "duplicate buffer name '" + bufferNames[b] + "' (from " +
                describeBufferOrigin(bufProducer, nodeNames, it->second) +
                " and " + describeBufferOrigin(bufProducer, nodeNames, b) +
                ")";
        return std::nullopt;
      }
    }
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
                bufferNames[b] + "'";
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
  {
    std::vector<uint32_t> fill(g.ownOffsets.begin(), g.ownOffsets.end() - 1);
    for (BufferId b = 0; b < m; ++b)
      if (g.bufProducer[b] != kNoNode)
        g.ownBufs[fill[g.bufProducer[b]]++] = b;
  }

  // Reads, readers, ordering-only edges, and the derived node relations.
  std::vector<std::pair<uint32_t, uint32_t>> readerPairs, predPairs;
  readerPairs.reserve(readPairs.size());
  predPairs.reserve(readPairs.size() + orderPairs.size());
  for (auto [v, b] : readPairs) {
    readerPairs.emplace_back(b, v);
    NodeId p = g.bufProducer[b];
    if (p != kNoNode && p != v)
      predPairs.emplace_back(v, p);
  }
  for (auto [after, before] : orderPairs)
    predPairs.emplace_back(after, before);
  g.reads = Csr::fromPairs(n, std::move(readPairs));
  g.readers = Csr::fromPairs(m, std::move(readerPairs));
  g.orderOnly = Csr::fromPairs(n, orderPairs);
  std::vector<std::pair<uint32_t, uint32_t>> succPairs;
  succPairs.reserve(predPairs.size());
  for (auto [v, p] : predPairs)
    succPairs.emplace_back(p, v);
  g.preds = Csr::fromPairs(n, std::move(predPairs));
  g.succs = Csr::fromPairs(n, std::move(succPairs));

  // Acyclic (a self ordering edge is a cycle of one).
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
  return g;
}
