//===- Generator.cpp - Seeded synthetic scheduling graphs -----------------===//

#include "memsched/Core/Generator.h"

#include <algorithm>
#include <cmath>
#include <vector>

using namespace memsched;

namespace {

/// splitmix64: tiny, fast, and the same everywhere.
class Rng {
public:
  explicit Rng(uint64_t seed) : state(seed) {}
  uint64_t next() {
    uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, n) (n > 0), by multiply-shift.
  uint64_t below(uint64_t n) {
    return static_cast<uint64_t>((static_cast<unsigned __int128>(next()) * n) >>
                                 64);
  }
  bool chance(uint64_t oneIn) { return below(oneIn) == 0; }

private:
  uint64_t state;
};

unsigned log2Floor(uint64_t x) { return 63 - __builtin_clzll(x | 1); }

class Builder {
public:
  Builder(const GeneratorOptions &options)
      : options(options), rng(options.seed) {}

  uint64_t size() {
    uint64_t lo = std::max<uint64_t>(options.minSize, 1);
    uint64_t hi = std::max(options.maxSize, lo);
    switch (options.sizes) {
    case SizeDistribution::Uniform:
      return lo + rng.below(hi - lo + 1);
    case SizeDistribution::Pow2: {
      unsigned a = log2Floor(lo) + ((lo & (lo - 1)) ? 1 : 0), b = log2Floor(hi);
      if (a > b)
        return hi;
      return uint64_t(1) << (a + rng.below(b - a + 1));
    }
    case SizeDistribution::Fixed:
      return hi;
    }
    return hi;
  }

  NodeId node() {
    return b.addNode("n" + std::to_string(numNodes++));
  }
  BufferId buffer(NodeId v, uint64_t bytes) {
    return b.addBuffer(v, "b" + std::to_string(numBuffers++), bytes, bytes);
  }
  BufferId input(uint64_t bytes) {
    return b.addInput("in" + std::to_string(numBuffers++), bytes, bytes);
  }
  /// A node reading `reads` and producing one buffer of `bytes`.
  BufferId op(std::initializer_list<BufferId> reads, uint64_t bytes) {
    NodeId v = node();
    for (BufferId r : reads)
      b.addRead(v, r);
    return buffer(v, bytes);
  }

  /// The families only build acyclic graphs with unique names; what can
  /// fail is the size total for huge --max-size values.
  std::optional<Graph> finish() { return b.build(error); }

  const GeneratorOptions &options;
  Rng rng;
  GraphBuilder b;
  uint32_t numNodes = 0, numBuffers = 0;
  std::string error;
};

std::optional<Graph> layered(Builder &gb) {
  uint32_t n = std::max<uint32_t>(gb.options.numNodes, 1);
  uint32_t width = std::max<uint32_t>(2, uint32_t(std::sqrt(double(n))));
  std::vector<BufferId> prev2, prev, layer;
  for (int i = 0; i < 2; ++i)
    prev.push_back(gb.input(gb.size()));
  uint32_t made = 0;
  while (made < n) {
    uint32_t w = std::min<uint32_t>(n - made, 1 + gb.rng.below(2 * width));
    layer.clear();
    for (uint32_t i = 0; i < w; ++i, ++made) {
      NodeId v = gb.node();
      for (uint32_t k = 0; k < gb.options.fanIn; ++k) {
        bool older = !prev2.empty() && gb.rng.chance(4);
        const std::vector<BufferId> &from = older ? prev2 : prev;
        gb.b.addRead(v, from[gb.rng.below(from.size())]);
      }
      layer.push_back(gb.buffer(v, gb.size()));
    }
    prev2 = std::move(prev);
    prev = layer;
  }
  for (BufferId out : prev)
    gb.b.markOutput(out);
  return gb.finish();
}

std::optional<Graph> transformer(Builder &gb) {
  uint32_t blocks = std::max<uint32_t>(1, gb.options.numNodes / 16);
  uint64_t s = gb.size(); // Hidden activation size.
  struct Saved {
    BufferId x, a0, a1, a2, a3, a4, x1, a6;
  };
  std::vector<Saved> saved;
  BufferId x = gb.input(s);
  for (uint32_t i = 0; i < blocks; ++i) {
    Saved sv;
    sv.x = x;
    sv.a0 = gb.op({x}, s);                 // layer norm
    sv.a1 = gb.op({sv.a0}, 3 * s);         // qkv projection
    sv.a2 = gb.op({sv.a1}, 4 * s);         // attention scores
    sv.a3 = gb.op({sv.a2}, 4 * s);         // softmax
    sv.a4 = gb.op({sv.a3, sv.a1}, s);      // attention output
    sv.x1 = gb.op({sv.a4, x}, s);          // projection + residual
    sv.a6 = gb.op({sv.x1}, 4 * s);         // MLP up
    x = gb.op({sv.a6, sv.x1}, s);          // MLP down + residual
    saved.push_back(sv);
  }
  BufferId g = gb.op({x}, s); // loss and its gradient
  uint64_t weightGrad = std::max<uint64_t>(s / 2, 1);
  for (uint32_t i = blocks; i-- > 0;) {
    const Saved &sv = saved[i];
    BufferId ga6 = gb.op({g, sv.a6}, 4 * s);
    NodeId wv = gb.node(); // MLP weight gradients, graph outputs
    gb.b.addRead(wv, ga6);
    gb.b.addRead(wv, sv.x1);
    BufferId gx1 = gb.buffer(wv, s);
    gb.b.markOutput(gb.buffer(wv, weightGrad));
    BufferId ga4 = gb.op({gx1, g, sv.a4}, s);
    BufferId ga3 = gb.op({ga4, sv.a3, sv.a1}, 4 * s);
    BufferId ga2 = gb.op({ga3, sv.a2}, 4 * s);
    BufferId ga1 = gb.op({ga2, sv.a1}, 3 * s);
    NodeId qv = gb.node(); // attention weight gradients
    gb.b.addRead(qv, ga1);
    gb.b.addRead(qv, sv.a0);
    BufferId ga0 = gb.buffer(qv, s);
    gb.b.markOutput(gb.buffer(qv, weightGrad));
    g = gb.op({ga0, gx1, sv.x}, s);
  }
  gb.b.markOutput(g);
  return gb.finish();
}

std::optional<Graph> optimizer(Builder &gb) {
  uint32_t params = std::max<uint32_t>(1, (gb.options.numNodes - 1) / 4);
  std::vector<BufferId> grads, avg, avgSq;
  std::vector<uint64_t> sizes;
  for (uint32_t i = 0; i < params; ++i) {
    sizes.push_back(gb.size());
    grads.push_back(gb.input(sizes.back()));
    avg.push_back(gb.input(sizes.back()));
    avgSq.push_back(gb.input(sizes.back()));
  }
  // Global gradient norm: reads every gradient.
  NodeId normNode = gb.node();
  for (BufferId g : grads)
    gb.b.addRead(normNode, g);
  BufferId norm = gb.buffer(normNode, 4);
  for (uint32_t i = 0; i < params; ++i) {
    BufferId m = gb.op({grads[i], avg[i]}, sizes[i]);
    BufferId v = gb.op({grads[i], avgSq[i]}, sizes[i]);
    gb.b.markOutput(m);
    gb.b.markOutput(v);
    BufferId u = gb.op({m, v, norm}, sizes[i]);
    gb.b.markOutput(gb.op({u}, 0)); // in-place parameter update
  }
  return gb.finish();
}

std::optional<Graph> chain(Builder &gb) {
  BufferId prev = gb.input(gb.size());
  for (uint32_t i = 0; i < std::max<uint32_t>(gb.options.numNodes, 1); ++i)
    prev = gb.op({prev}, gb.size());
  gb.b.markOutput(prev);
  return gb.finish();
}

std::optional<Graph> randomWired(Builder &gb) {
  uint32_t n = std::max<uint32_t>(gb.options.numNodes, 1);
  std::vector<BufferId> made; // Buffers in creation order.
  for (int i = 0; i < 4; ++i)
    made.push_back(gb.input(gb.size()));
  for (uint32_t i = 0; i < n; ++i) {
    NodeId v = gb.node();
    size_t avail = made.size();
    size_t window = std::min<size_t>(avail, 16);
    for (uint32_t k = 0; k < gb.options.fanIn; ++k)
      gb.b.addRead(v, made[avail - 1 - gb.rng.below(window)]);
    if (gb.rng.chance(4)) // a skip connection, anywhere earlier
      gb.b.addRead(v, made[gb.rng.below(avail)]);
    made.push_back(gb.buffer(v, gb.size()));
    if (gb.rng.chance(16)) // a multi-output node
      made.push_back(gb.buffer(v, gb.size()));
    if (gb.rng.chance(32))
      gb.b.markOutput(made.back());
  }
  gb.b.markOutput(made.back());
  return gb.finish();
}

std::optional<Graph> fanOut(Builder &gb) {
  uint32_t middle = std::max<uint32_t>(gb.options.numNodes, 3) - 2;
  BufferId src = gb.op({}, gb.size());
  std::vector<BufferId> mids;
  for (uint32_t i = 0; i < middle; ++i)
    mids.push_back(gb.op({src}, gb.size()));
  NodeId sink = gb.node();
  for (BufferId m : mids)
    gb.b.addRead(sink, m);
  gb.b.markOutput(gb.buffer(sink, gb.size()));
  return gb.finish();
}

struct FamilyInfo {
  GraphFamily family;
  const char *name;
};
constexpr FamilyInfo kFamilies[] = {
    {GraphFamily::Layered, "layered"},
    {GraphFamily::Transformer, "transformer"},
    {GraphFamily::Optimizer, "optimizer"},
    {GraphFamily::Chain, "chain"},
    {GraphFamily::RandomWired, "random-wired"},
    {GraphFamily::FanOut, "fan-out"}};

} // namespace

std::optional<GraphFamily> memsched::parseGraphFamily(std::string_view name) {
  for (const FamilyInfo &info : kFamilies)
    if (name == info.name)
      return info.family;
  return std::nullopt;
}

const char *memsched::graphFamilyName(GraphFamily family) {
  for (const FamilyInfo &info : kFamilies)
    if (info.family == family)
      return info.name;
  return "unknown";
}

std::optional<SizeDistribution>
memsched::parseSizeDistribution(std::string_view name) {
  if (name == "uniform")
    return SizeDistribution::Uniform;
  if (name == "pow2")
    return SizeDistribution::Pow2;
  if (name == "fixed")
    return SizeDistribution::Fixed;
  return std::nullopt;
}

std::optional<Graph> memsched::generateGraph(const GeneratorOptions &options,
                                             std::string &error) {
  Builder gb(options);
  std::optional<Graph> g;
  switch (options.family) {
  case GraphFamily::Layered:
    g = layered(gb);
    break;
  case GraphFamily::Transformer:
    g = transformer(gb);
    break;
  case GraphFamily::Optimizer:
    g = optimizer(gb);
    break;
  case GraphFamily::Chain:
    g = chain(gb);
    break;
  case GraphFamily::RandomWired:
    g = randomWired(gb);
    break;
  case GraphFamily::FanOut:
    g = fanOut(gb);
    break;
  }
  if (!g)
    error = gb.error;
  return g;
}
