func.func @f(%a: i32) -> i32 { %c = arith.constant 0 : i32
  %b = arith.addi %a, %c : i32
  return %b : i32 }
func.func @g(%a: i32) -> i32 { return %a : i32 }
