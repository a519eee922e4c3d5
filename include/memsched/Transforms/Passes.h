//===- Passes.h - memsched passes -------------------------------*- C++ -*-===//

#ifndef MEMSCHED_TRANSFORMS_PASSES_H
#define MEMSCHED_TRANSFORMS_PASSES_H

#include "mlir/Pass/Pass.h"

namespace mlir::memsched {

#define GEN_PASS_DECL
#include "memsched/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "memsched/Transforms/Passes.h.inc"

} // namespace mlir::memsched

#endif // MEMSCHED_TRANSFORMS_PASSES_H
