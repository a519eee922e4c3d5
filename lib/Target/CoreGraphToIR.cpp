//===- CoreGraphToIR.cpp - Plain C++ graph to memsched IR -----------------===//

#include "memsched/Target/CoreGraphToIR.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::memsched;
using ::memsched::BufferId;
using ::memsched::NodeId;

GraphOp mlir::memsched::buildGraphOp(OpBuilder &builder, Location loc,
                                     StringRef name,
                                     const ::memsched::Graph &g) {
  OpBuilder::InsertionGuard guard(builder);
  MLIRContext *context = builder.getContext();
  auto graph = GraphOp::create(builder, loc, name);
  Operation *implicitOutput = graph.getBodyBlock().getTerminator();
  builder.setInsertionPoint(implicitOutput);

  auto typeOf = [&](BufferId b) {
    return BufferType::get(context, static_cast<int64_t>(g.sizeFree(b)));
  };
  std::vector<Value> values(g.numBuffers());
  for (BufferId b : g.inputs()) {
    IntegerAttr alloc;
    if (g.sizeAlloc(b) != g.sizeFree(b))
      alloc = builder.getI64IntegerAttr(g.sizeAlloc(b));
    values[b] = InputOp::create(builder, loc, typeOf(b), g.bufferName(b),
                                InputKind::freeable, alloc, IntegerAttr());
  }
  SmallVector<Value> reads;
  SmallVector<Type> types;
  SmallVector<Attribute> names, dicts, after;
  for (NodeId v = 0; v < g.numNodes(); ++v) {
    reads.clear();
    types.clear();
    names.clear();
    dicts.clear();
    after.clear();
    for (BufferId b : g.predBuffers(v))
      reads.push_back(values[b]);
    bool anyDict = false;
    for (BufferId b : g.nodeBuffers(v)) {
      types.push_back(typeOf(b));
      names.push_back(builder.getStringAttr(g.bufferName(b)));
      NamedAttrList overrides;
      if (g.sizeAlloc(b) != g.sizeFree(b))
        overrides.append("size_alloc",
                         builder.getI64IntegerAttr(g.sizeAlloc(b)));
      anyDict |= !overrides.empty();
      dicts.push_back(overrides.getDictionary(context));
    }
    for (NodeId p : g.orderPreds(v))
      after.push_back(builder.getStringAttr(g.nodeName(p)));
    auto node = NodeOp::create(
        builder, loc, TypeRange(), types, g.nodeName(v), reads, ValueRange(),
        Value(), after.empty() ? ArrayAttr() : builder.getArrayAttr(after),
        builder.getArrayAttr(names),
        anyDict ? builder.getArrayAttr(dicts) : ArrayAttr());
    auto own = g.nodeBuffers(v);
    for (size_t k = 0; k < own.size(); ++k)
      values[own[k]] = node.getBuffers()[k];
  }
  SmallVector<Value> outputs;
  for (BufferId b = 0; b < g.numBuffers(); ++b)
    if (g.isOutput(b))
      outputs.push_back(values[b]);
  OutputOp::create(builder, loc, outputs);
  implicitOutput->erase();
  return graph;
}
