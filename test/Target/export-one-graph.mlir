// --export-inductor-json writes one graph: a module with none or several is
// refused at its location, naming the graphs found, with a note at each
// graph (the only lines given when the module is implicit, at file:0:0).
// RUN: not memsched-translate %s --split-input-file --export-inductor-json 2>&1 | FileCheck %s
// RUN: printf 'memsched.graph @a {}\nmemsched.graph @b {}\n' | not memsched-translate --export-inductor-json 2>&1 | FileCheck %s --check-prefix=IMPLICIT

// CHECK: error: expected exactly one memsched.graph to export as Inductor JSON, found 2: @one, @two
// CHECK: note: @one is here
// CHECK-NEXT: memsched.graph @one {
// CHECK: note: @two is here
// CHECK-NEXT: memsched.graph @two {
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

// IMPLICIT: <stdin>:0:0: error: expected exactly one memsched.graph to export as Inductor JSON, found 2: @a, @b
// IMPLICIT-NEXT: <stdin>:1:1: note: @a is here
// IMPLICIT: <stdin>:2:1: note: @b is here
