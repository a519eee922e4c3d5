// --export-inductor-json writes one graph: a module with none or several is
// refused at its location, naming the graphs found.
// RUN: not memsched-translate %s --split-input-file --export-inductor-json 2>&1 | FileCheck %s

// CHECK: error: expected exactly one memsched.graph to export as Inductor JSON, found 2: @one, @two
module {
  memsched.graph @one {
  }
  memsched.graph @two {
  }
}

// -----

// CHECK: error: expected exactly one memsched.graph to export as Inductor JSON, found 0
module {
}
