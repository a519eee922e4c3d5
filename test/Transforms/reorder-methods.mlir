// The methods and succ-threshold options of memsched-reorder.
// RUN: memsched-opt %s --memsched-reorder=methods=bfs 2>/dev/null | FileCheck %s --check-prefix=BFS
// RUN: memsched-opt %s --memsched-reorder=methods=bfs -o /dev/null 2>&1 | FileCheck %s --check-prefix=BFS-REMARK
// RUN: memsched-opt %s --memsched-reorder=methods=lpmf 2>/dev/null | FileCheck %s --check-prefix=LPMF
// RUN: memsched-opt %s --memsched-reorder=methods=lpmf -o /dev/null 2>&1 | FileCheck %s --check-prefix=LPMF-REMARK
// RUN: memsched-opt %s "--memsched-reorder=methods=lpmf succ-threshold=1" 2>/dev/null | FileCheck %s --check-prefix=SUCC
// RUN: memsched-opt %s "--memsched-reorder=methods=lpmf succ-threshold=1" -o /dev/null 2>&1 | FileCheck %s --check-prefix=SUCC-REMARK
// RUN: memsched-opt %s --memsched-reorder=methods=dfs,baseline -o /dev/null 2>&1 | FileCheck %s --check-prefix=TIE
// RUN: not memsched-opt %s --memsched-reorder=methods=lpmf,fastest 2>&1 | FileCheck %s --check-prefix=BAD

// Baseline s0, s1, c0, c1, where c0 reads s0 (10 bytes) and c1 reads s1 (5).
//
// A single method is applied as is. With bfs, s0 and s1 both have priority [] -> s0 (index); then s1 []
// beats c0 [0]; then c0 [0], c1 [1]. Peak 15 against the baseline's 15.
// BFS-REMARK: remark: memsched-reorder: bfs 15 B; kept bfs: peak 15 B, saves 0 B (0.00%) against the baseline
// BFS-LABEL: memsched.graph @sources
// BFS-NEXT: "s0"
// BFS-NEXT: "s1"
// BFS-NEXT: "c0"
// BFS-NEXT: "c1"
//
// With lpmf, gap is 0 at the start, so keys are (size, ...): s1 (5) before s0 (10);
// then c1 (size 0, frees 5) fits; then s0, c0. Peak 10.
// LPMF-REMARK: remark: memsched-reorder: lpmf 10 B; kept lpmf: peak 10 B, saves 5 B (33.33%) against the baseline
// LPMF-LABEL: memsched.graph @sources
// LPMF-NEXT: "s1"
// LPMF-NEXT: "c1"
// LPMF-NEXT: "s0"
// LPMF-NEXT: "c0"
//
// With succ-threshold=1 both ready sources are larger than 1 byte, so LPMF
// takes the one whose earliest successor comes first: s0 (c0 at index 2)
// before s1 (c1 at index 3); then c0 (size 0 <= 1) by the usual key.
// SUCC-REMARK: remark: memsched-reorder: lpmf 10 B; kept lpmf: peak 10 B, saves 5 B (33.33%) against the baseline
// SUCC-LABEL: memsched.graph @sources
// SUCC-NEXT: "s0"
// SUCC-NEXT: "c0"
// SUCC-NEXT: "s1"
// SUCC-NEXT: "c1"
//
// DFS weights: s0 10, s1 5, c0 0 + 10, c1 0 + 5; roots s1, c1 (s1 seen),
// s0, c0: order s1, c1, s0, c0 with peak 10. Listed first, it is kept.
// TIE: remark: memsched-reorder: dfs 10 B, baseline 15 B; kept dfs: peak 10 B, saves 5 B (33.33%) against the baseline
//
// BAD: error: memsched-reorder: unknown method 'fastest'; expected one of baseline, lpmf, bfs, dfs
memsched.graph @sources {
  %a = memsched.node "s0" -> ("a" : !memsched.buffer<10>)
  %b = memsched.node "s1" -> ("b" : !memsched.buffer<5>)
  memsched.node "c0" (%a : !memsched.buffer<10>)
  memsched.node "c1" (%b : !memsched.buffer<5>)
}
