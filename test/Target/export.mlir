// Export folds the dialect into Inductor's model: resident inputs vanish,
// aliases become zero-size buffers whose readers also depend on the aliased
// buffer, a packed allocation carries its parts' sizes, and ordering-only
// dependencies and reads of buffer-less nodes use the documented extension
// fields. Importing the export gives the same memory behaviour.
// RUN: memsched-translate --export-inductor-json %s | FileCheck %s
// RUN: memsched-opt --memsched-print-liveness %s -o /dev/null 2>/dev/null | grep -v "^  resident" > %t.before
// RUN: memsched-translate --export-inductor-json %s | memsched-translate --import-inductor-json | memsched-opt --memsched-print-liveness -o /dev/null 2>/dev/null > %t.after
// RUN: diff %t.before %t.after

// CHECK: "nodes": [
// CHECK: "name": "op0",
// CHECK-NEXT: "buffer_names": [
// CHECK-NEXT: "a"
// CHECK: "name": "op1",
// CHECK-NEXT: "buffer_names": [
// CHECK-NEXT: "a1"
// CHECK: "name": "op4",
// CHECK-NEXT: "buffer_names": [
// CHECK-NEXT: "q"
// CHECK-NEXT: ],
// CHECK-NEXT: "memsched_after": [
// CHECK-NEXT: "op1"
// CHECK: "name": "op5",
// CHECK-NEXT: "buffer_names": [],
// CHECK-NEXT: "memsched_deps": [
// CHECK-NEXT: "q",
// CHECK-NEXT: "a1",
// CHECK-NEXT: "a"
// CHECK: "buffers": [
// The freeable input x (an output too) comes first; the resident w is gone.
// CHECK-NEXT: {
// CHECK-NEXT: "name": "x",
// CHECK-NEXT: "size_alloc": 64,
// CHECK-NEXT: "size_free": 64,
// CHECK-NEXT: "size": 64,
// CHECK-NEXT: "is_input": true,
// CHECK-NEXT: "is_output": true,
// CHECK-NEXT: "deps": [],
// CHECK-NEXT: "unmet_deps": []
// CHECK-NOT: "name": "w"
// The alias a1 costs nothing; op1 read a (it mutates it).
// CHECK: "name": "a1",
// CHECK-NEXT: "size_alloc": 0,
// CHECK-NEXT: "size_free": 0,
// CHECK-NEXT: "size": 0,
// CHECK-NEXT: "is_input": false,
// CHECK-NEXT: "is_output": true,
// CHECK-NEXT: "deps": [
// CHECK-NEXT: "a"
// CHECK-NEXT: ],
// The packed buffer allocates both parts (16 + 8) and frees nothing.
// CHECK: "name": "p",
// CHECK-NEXT: "size_alloc": 24,
// CHECK-NEXT: "size_free": 0,
// The first part: reads the packed buffer, allocates 0, frees 16.
// CHECK: "name": "q",
// CHECK-NEXT: "size_alloc": 0,
// CHECK-NEXT: "size_free": 16,
// CHECK-NEXT: "size": 16,
// CHECK-NEXT: "is_input": false,
// CHECK-NEXT: "is_output": false,
// CHECK-NEXT: "deps": [
// CHECK-NEXT: "p"
// CHECK-NEXT: ],
// CHECK-NEXT: "unmet_deps": [
// CHECK-NEXT: "p"
memsched.graph @graph {
  %x = memsched.input "x" freeable : tensor<16xf32>
  %w = memsched.input "w" resident : tensor<1024xf32>
  %a = memsched.node "op0" (%x, %w : tensor<16xf32>, tensor<1024xf32>) -> ("a" : !memsched.buffer<100>)
  %a1 = memsched.node "op1" mutates(%a : !memsched.buffer<100>) -> ("a1")
  %p = memsched.node "op2" (%x : tensor<16xf32>) -> ("p" : !memsched.packed)
  %r = memsched.node "op3" unpacks(%p) -> ("r" : tensor<2xf32>)
  %q = memsched.node "op4" unpacks(%p) after ["op1"] -> ("q" : tensor<4xf32>)
  memsched.node "op5" (%q, %a1 : tensor<4xf32>, !memsched.buffer<100>)
  memsched.output %x, %a1 : tensor<16xf32>, !memsched.buffer<100>
}
