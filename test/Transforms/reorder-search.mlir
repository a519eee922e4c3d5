// The methods beyond Inductor (improve, exact), the lower bound, the
// verdict and the budget mode of memsched-reorder, on a 6-node randomly
// wired graph (memsched-gen --family=random-wired --nodes=6 --seed=9
// --sizes=uniform --min-size=1 --max-size=100) where the four greedy orders
// all miss the optimum: the best of them (LPMF) peaks at 311 bytes, the
// optimum is 289 (n2 before n0: in1 and in2 can go with n0's inputs).

// RUN: memsched-opt %s --memsched-reorder 2>&1 | FileCheck %s --check-prefix=DEFAULT
// DEFAULT: remark: memsched-reorder: baseline 362 B, lpmf 311 B, bfs 362 B, dfs 362 B, improve 289 B, exact 289 B; kept improve: peak 289 B, saves 73 B (20.17%) against the baseline; lower bound 289 B, gap 0.00%, proven optimal
// DEFAULT: memsched.graph @g attributes {memsched.verdict = {lower_bound_bytes = 289 : i64, method = "improve", peak_bytes = 289 : i64, proven_optimal = true}}
// DEFAULT: memsched.node "n2"
// DEFAULT-NEXT: memsched.node "n0"
// DEFAULT-NEXT: memsched.node "n1"
// DEFAULT-NEXT: memsched.node "n3"
// DEFAULT-NEXT: memsched.node "n4"
// DEFAULT-NEXT: memsched.node "n5"

// Exact alone starts from the best heuristic and proves its result.
// RUN: memsched-opt %s --memsched-reorder=methods=exact -o /dev/null 2>&1 | FileCheck %s --check-prefix=EXACT
// EXACT: remark: memsched-reorder: exact 289 B; kept exact: peak 289 B, saves 73 B (20.17%) against the baseline; lower bound 289 B, gap 0.00%, proven optimal

// Out of budget, exact keeps its start and says why it proves nothing; the
// bound is then the best the cut-short search established.
// RUN: memsched-opt %s "--memsched-reorder=methods=baseline,exact exact-budget=1" -o /dev/null 2>&1 | FileCheck %s --check-prefix=NOBUDGET
// NOBUDGET: remark: memsched-reorder: baseline 362 B, exact 362 B; kept baseline: peak 362 B, saves 0 B (0.00%) against the baseline; lower bound 279 B, gap 22.93%, not proven optimal (exact-budget of 1 states ran out)

// Improve alone reaches the optimum from the baseline but cannot prove it
// (the static bound is 273); with no budget it leaves its start as it is.
// RUN: memsched-opt %s --memsched-reorder=methods=baseline,improve -o /dev/null 2>&1 | FileCheck %s --check-prefix=IMPROVE
// IMPROVE: remark: memsched-reorder: baseline 362 B, improve 289 B; kept improve: peak 289 B, saves 73 B (20.17%) against the baseline; lower bound 273 B, gap 5.54%, not proven optimal
// RUN: memsched-opt %s "--memsched-reorder=methods=lpmf,improve improve-budget=1" -o /dev/null 2>&1 | FileCheck %s --check-prefix=NOIMPROVE
// NOIMPROVE: remark: memsched-reorder: lpmf 311 B, improve 311 B; kept lpmf

// Budgets: the baseline fits 362 (nothing moves); 320 is met by moving one
// node (n2 before n1: peak 311), not by the optimum; 300 needs the optimum;
// 288 is below it and fails.
// RUN: memsched-opt %s --memsched-reorder=budget=362 2>&1 | FileCheck %s --check-prefix=B362
// B362: budget 362 B met: peak 362 B, moved 0 of 6 nodes; lower bound 289 B, gap 20.17%, not proven optimal
// B362: memsched.graph @g attributes {memsched.verdict = {lower_bound_bytes = 289 : i64, method = "budget", peak_bytes = 362 : i64, proven_optimal = false}}
// B362: memsched.node "n0"
// B362-NEXT: memsched.node "n1"
// B362-NEXT: memsched.node "n2"
// RUN: memsched-opt %s --memsched-reorder=budget=320 2>&1 | FileCheck %s --check-prefix=B320
// B320: budget 320 B met: peak 311 B, moved 1 of 6 nodes
// B320: memsched.node "n0"
// B320-NEXT: memsched.node "n2"
// B320-NEXT: memsched.node "n1"
// RUN: memsched-opt %s --memsched-reorder=budget=300 -o /dev/null 2>&1 | FileCheck %s --check-prefix=B300
// B300: budget 300 B met: peak 289 B, moved 1 of 6 nodes; lower bound 289 B, gap 0.00%, proven optimal
// RUN: not memsched-opt %s --memsched-reorder=budget=288 -o /dev/null 2>&1 | FileCheck %s --check-prefix=B288
// B288: reorder-search.mlir:[[@LINE+4]]:1: error: memsched-reorder: no order found within the budget of 288 bytes; the best peak reached is 289 bytes (lower bound 289 bytes)
// RUN: not memsched-opt %s --memsched-reorder=budget=9223372036854775808 -o /dev/null 2>&1 | FileCheck %s --check-prefix=BIG
// BIG: error: memsched-reorder: budget 9223372036854775808 is larger than 2^63-1 bytes

memsched.graph @g {
  %in0 = memsched.input "in0" freeable : !memsched.buffer<69>
  %in1 = memsched.input "in1" freeable : !memsched.buffer<76>
  %in2 = memsched.input "in2" freeable : !memsched.buffer<27>
  %in3 = memsched.input "in3" freeable : !memsched.buffer<79>
  %b4 = memsched.node "n0"(%in1, %in2, %in3 : !memsched.buffer<76>, !memsched.buffer<27>, !memsched.buffer<79>) -> ("b4" : !memsched.buffer<22>)
  %b5 = memsched.node "n1"(%in0, %in3 : !memsched.buffer<69>, !memsched.buffer<79>) -> ("b5" : !memsched.buffer<89>)
  %b6 = memsched.node "n2"(%in1, %in2 : !memsched.buffer<76>, !memsched.buffer<27>) -> ("b6" : !memsched.buffer<38>)
  %b7, %b8 = memsched.node "n3"(%in0, %in2, %b5 : !memsched.buffer<69>, !memsched.buffer<27>, !memsched.buffer<89>) -> ("b7" : !memsched.buffer<31>, "b8" : !memsched.buffer<6>)
  %b9 = memsched.node "n4"(%in0, %b4, %b8 : !memsched.buffer<69>, !memsched.buffer<22>, !memsched.buffer<6>) -> ("b9" : !memsched.buffer<6>)
  %b10 = memsched.node "n5"(%b5, %b9 : !memsched.buffer<89>, !memsched.buffer<6>) -> ("b10" : !memsched.buffer<83>)
  memsched.output %b10 : !memsched.buffer<83>
}
