// Graphs that verify but cannot be modelled: the analysis reports an error
// on the graph (or node) instead of a wrapped-around number.
// RUN: memsched-opt %s -split-input-file --memsched-print-liveness -verify-diagnostics -o /dev/null
// RUN: not memsched-opt %s -split-input-file --memsched-print-liveness -o /dev/null

// Each buffer fits in 63 bits, their total (2 x 6917529027641081856 =
// 1.38e19 > 2^63-1 = 9.22e18) does not.
// expected-error @below {{sizes overflow: the total of size_alloc or size_free exceeds 2^63-1 bytes at buffer 'b'}}
memsched.graph @total_overflow {
  %a, %b = memsched.node "op0" -> ("a" : !memsched.buffer<6917529027641081856>, "b" : !memsched.buffer<6917529027641081856>)
}

// -----

// A packed allocation is as large as all its parts together, which overflows.
memsched.graph @packed_overflow {
  %p = memsched.node "op0" -> ("p" : !memsched.packed)
  // expected-error @below {{the parts of the packed allocation it unpacks overflow 2^63-1 bytes}}
  %q0, %q1 = memsched.node "op1" unpacks(%p) -> ("q0" : !memsched.buffer<6917529027641081856>, "q1" : !memsched.buffer<6917529027641081856>)
}
