//===- DestinationStyleModels.cpp - Planner models for upstream ops -------===//

#include "memsched/Interfaces/DestinationStyleModels.h"
#include "memsched/Interfaces/MemoryPlanOpInterface.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"

using namespace mlir;
using namespace mlir::memsched;

namespace {
/// A tensor result tied to an init operand: that operand's buffer, updated
/// in place. Anything else (memref semantics, untied results) is sized by
/// its type as any op without the interface would be.
template <typename OpTy>
struct DestinationStyleModel
    : MemoryPlanOpInterface::ExternalModel<DestinationStyleModel<OpTy>, OpTy> {
  static OpOperand *tiedInit(Operation *op, unsigned index) {
    auto dps = cast<DestinationStyleOpInterface>(op);
    OpResult result = op->getResult(index);
    if (!isa<RankedTensorType>(result.getType()) ||
        !dps.hasPureTensorSemantics())
      return nullptr;
    return dps.getTiedOpOperand(result);
  }

  FailureOr<ResultMemory> getResultMemory(Operation *op, unsigned index) const {
    if (tiedInit(op, index))
      return ResultMemory{0, 0};
    // Untied: sized by its type, as an op without the interface would be.
    auto shaped = dyn_cast<ShapedType>(op->getResult(index).getType());
    if (!shaped || !shaped.hasStaticShape() ||
        getElementBits(shaped.getElementType()) == 0)
      return ResultMemory{0, 0};
    FailureOr<uint64_t> bytes =
        getStaticShapeBytes(shaped, [&]() { return op->emitOpError(); });
    if (failed(bytes))
      return failure();
    return ResultMemory{*bytes, *bytes};
  }

  OpOperand *getAliasedOperand(Operation *op, unsigned index) const {
    return tiedInit(op, index);
  }
};

template <typename... Ops> struct AttachAll {
  static void to(MLIRContext *ctx) {
    (Ops::template attachInterface<DestinationStyleModel<Ops>>(*ctx), ...);
  }
};
} // namespace

void mlir::memsched::registerDestinationStyleMemoryPlanModels(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, linalg::LinalgDialect *) {
    AttachAll<
#define GET_OP_LIST
#include "mlir/Dialect/Linalg/IR/LinalgStructuredOps.cpp.inc"
        >::to(ctx);
  });
  registry.addExtension(+[](MLIRContext *ctx, tensor::TensorDialect *) {
    AttachAll<tensor::InsertSliceOp, tensor::InsertOp>::to(ctx);
  });
}
