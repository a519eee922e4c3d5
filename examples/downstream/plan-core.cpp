//===- plan-core.cpp - The memsched planner from plain C++ ----------------===//
//
// Builds a four-node graph with GraphBuilder, plans it with every default
// method, and prints each candidate's peak and the kept order's timeline.
// Links MemSched::MemSchedCore only: no MLIR, no LLVM.
//
//===----------------------------------------------------------------------===//

#include "memsched/Core/Graph.h"
#include "memsched/Core/Planner.h"
#include "memsched/Core/Timeline.h"

#include <cstdio>
#include <optional>
#include <string>

int main() {
  // Two producer/consumer pairs listed interleaved: p0 p1 c0 c1. A 64-byte
  // freeable input x is read by p0; c1's buffer is the graph's output.
  memsched::GraphBuilder b;
  memsched::BufferId x = b.addInput("x", 64, 64);
  memsched::NodeId p0 = b.addNode("p0");
  memsched::NodeId p1 = b.addNode("p1");
  memsched::NodeId c0 = b.addNode("c0");
  memsched::NodeId c1 = b.addNode("c1");
  memsched::BufferId a = b.addBuffer(p0, "a", 100, 100);
  memsched::BufferId bb = b.addBuffer(p1, "b", 100, 100);
  memsched::BufferId out = b.addBuffer(c1, "out", 8, 8);
  b.addRead(p0, x);
  b.addRead(c0, a);
  b.addRead(c1, bb);
  b.markOutput(out);

  std::string error;
  std::optional<memsched::Graph> g = b.build(error);
  if (!g) {
    std::fprintf(stderr, "invalid graph: %s\n", error.c_str());
    return 1;
  }

  memsched::Plan plan = memsched::planBestOf(*g, memsched::defaultMethods());
  for (const memsched::Candidate &c : plan.candidates)
    std::printf("%s peak %lld B\n", memsched::methodName(c.method),
                static_cast<long long>(c.peak));
  const memsched::Candidate &kept = plan.best();
  std::printf("kept %s:", memsched::methodName(kept.method));
  for (memsched::NodeId v : kept.order)
    std::printf(" %s", std::string(g->nodeName(v)).c_str());
  std::printf("\n");
  // No order of the graph can peak below the bound; equal means optimal.
  std::printf("lower bound %lld B%s\n", static_cast<long long>(plan.lowerBound),
              plan.provenOptimal ? ", proven optimal" : "");

  memsched::Timeline t = memsched::computeTimeline(*g, kept.order);
  for (size_t step = 0; step < kept.order.size(); ++step)
    std::printf("step %zu %s post_alloc=%lld post_free=%lld\n", step,
                std::string(g->nodeName(kept.order[step])).c_str(),
                static_cast<long long>(t.postAlloc[step]),
                static_cast<long long>(t.postFree[step]));
  std::printf("peak %lld B at step %u\n", static_cast<long long>(t.peak),
              t.peakStep);
  return 0;
}
