//===- DestinationStyleModels.cpp - Planner models for upstream ops -------===//

#include "memsched/Interfaces/DestinationStyleModels.h"
#include "memsched/Interfaces/MemoryPlanOpInterface.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"

#include <limits>

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
    Value result = op->getResult(index);
    auto shaped = dyn_cast<ShapedType>(result.getType());
    if (!shaped || !shaped.hasStaticShape() ||
        !shaped.getElementType().isIntOrIndexOrFloat())
      return ResultMemory{0, 0};
    // Elements x bits in 128 bits, at most 2^63-1 bytes.
    constexpr unsigned __int128 limit =
        static_cast<unsigned __int128>(std::numeric_limits<int64_t>::max()) * 8;
    unsigned __int128 bits = shaped.getElementTypeBitWidth();
    for (int64_t dim : shaped.getShape()) {
      if (dim != 0 && bits > limit / static_cast<uint64_t>(dim))
        return op->emitOpError("result ")
               << index << " of type " << shaped
               << " is larger than 2^63-1 bytes";
      bits *= static_cast<uint64_t>(dim);
    }
    uint64_t bytes = static_cast<uint64_t>((bits + 7) / 8);
    return ResultMemory{bytes, bytes};
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
