// --export-timeline-svg draws exactly one graph: a module with none or with
// several gets one error on the module naming what it found, with a note at
// each graph, and a non-zero exit (as --export-inductor-json does).
// RUN: memsched-translate --export-timeline-svg %s -split-input-file -verify-diagnostics
// RUN: not memsched-translate --export-timeline-svg %s -split-input-file 2>&1 -o /dev/null | FileCheck %s
// RUN: echo 'memsched.graph @g { %%a = memsched.node "p" -> ("a" : !memsched.buffer<8>)' | not memsched-translate --export-timeline-svg 2>&1 | FileCheck %s --check-prefix=BADIR

// CHECK: error: expected exactly one memsched.graph to draw as a timeline, found 2: @first, @second
// CHECK: note: @first is here
// CHECK-NEXT: memsched.graph @first {
// CHECK: note: @second is here
// CHECK-NEXT: memsched.graph @second {
// CHECK: error: expected exactly one memsched.graph to draw as a timeline, found 0
// BADIR: <stdin>:1:{{[0-9]+}}: error:

// Two graphs: which to draw would be a guess.
// expected-error @below {{expected exactly one memsched.graph to draw as a timeline, found 2: @first, @second}}
module {
  // expected-note @below {{@first is here}}
  memsched.graph @first {
    memsched.node "p" -> ("a" : !memsched.buffer<8>)
  }
  // expected-note @below {{@second is here}}
  memsched.graph @second {
    memsched.node "q" -> ("b" : !memsched.buffer<8>)
  }
}

// -----

// No graph at all.
// expected-error @below {{expected exactly one memsched.graph to draw as a timeline, found 0}}
module {
}
