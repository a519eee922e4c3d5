//===- Generator.h - Seeded synthetic scheduling graphs ---------*- C++ -*-===//
//
// Families of synthetic graphs for benchmarks and tests, generated from a
// seed with a portable generator (splitmix64 and integer arithmetic only), so
// the same options give the same graph on any machine and standard library.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_CORE_GENERATOR_H
#define MEMSCHED_CORE_GENERATOR_H

#include "memsched/Core/Graph.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace memsched {

enum class GraphFamily {
  /// Layers of random width; each node reads fan-in nodes of the previous
  /// two layers.
  Layered,
  /// Transformer-like blocks: a forward pass whose activations are saved and
  /// read again, late, by a mirrored backward pass.
  Transformer,
  /// Compiled-optimizer-like: many independent short per-parameter chains
  /// (all ready at once) and a global reduction that reads them all.
  Optimizer,
  /// One long chain.
  Chain,
  /// Randomly wired networks: irregular DAGs where each node reads recent
  /// nodes and, with some probability, a far earlier one (skip connection).
  RandomWired,
  /// One source read by every other node, whose buffers one sink reads:
  /// n-2 nodes ready at once, a buffer with n-2 readers, a node with n-2
  /// reads.
  FanOut,
};

enum class SizeDistribution {
  /// Uniform in [minSize, maxSize].
  Uniform,
  /// Powers of two between minSize and maxSize, log-uniform (like tensors).
  Pow2,
  /// Always maxSize.
  Fixed,
};

struct GeneratorOptions {
  GraphFamily family = GraphFamily::RandomWired;
  /// Number of nodes (approximately, for families built from blocks).
  uint32_t numNodes = 1000;
  uint64_t seed = 1;
  /// Reads per node where the family has a choice (layered, random-wired).
  uint32_t fanIn = 3;
  SizeDistribution sizes = SizeDistribution::Pow2;
  uint64_t minSize = 256;
  uint64_t maxSize = 1 << 24;
};

std::optional<GraphFamily> parseGraphFamily(std::string_view name);
std::optional<SizeDistribution> parseSizeDistribution(std::string_view name);
const char *graphFamilyName(GraphFamily family);

/// Generates an acyclic graph whose baseline is a topological order. Fails
/// (with `error` set) only when the sizes asked for overflow the totals.
std::optional<Graph> generateGraph(const GeneratorOptions &options,
                                   std::string &error);

} // namespace memsched

#endif // MEMSCHED_CORE_GENERATOR_H
