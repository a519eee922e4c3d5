//===- MemoryPlanOpInterface.cpp - An op's buffers for the planner --------===//

#include "memsched/Interfaces/MemoryPlanOpInterface.h"

#include "memsched/Interfaces/MemoryPlanOpInterface.cpp.inc"
