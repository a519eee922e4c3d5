//===- KeySort.h - Stable ordering of indices by 64-bit keys ----*- C++ -*-===//
//
// Internal to the core. The heuristics order all nodes by a 64-bit key
// (size, weight) with ties broken by index; on a million nodes a comparison
// sort costs more than the heuristic itself. This is a stable LSD radix
// sort over the key bits that actually differ between nodes (sizes often
// take a few powers of two: one or two passes).
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_LIB_CORE_KEYSORT_H
#define MEMSCHED_LIB_CORE_KEYSORT_H

#include <cstdint>
#include <span>
#include <vector>

namespace memsched::detail {

/// The indices 0..n-1 in ascending (keys[i], i) order.
inline std::vector<uint32_t> orderByKey(std::span<const uint64_t> keys) {
  struct Item {
    uint64_t key;
    uint32_t index;
  };
  size_t n = keys.size();
  std::vector<Item> items(n), scratch(n);
  uint64_t anyOne = 0, allOnes = ~uint64_t(0);
  for (size_t i = 0; i < n; ++i) {
    items[i] = {keys[i], static_cast<uint32_t>(i)};
    anyOne |= keys[i];
    allOnes &= keys[i];
  }
  uint64_t varying = anyOne ^ allOnes; // Bits on which some keys differ.
  constexpr unsigned kDigitBits = 11;  // 2,048 counters: stays in L1.
  constexpr uint64_t kMask = (uint64_t(1) << kDigitBits) - 1;
  std::vector<uint32_t> start(kMask + 1);
  for (unsigned shift = 0; shift < 64; shift += kDigitBits) {
    if (((varying >> shift) & kMask) == 0)
      continue; // Every key has the same digit here: the pass is a no-op.
    std::fill(start.begin(), start.end(), 0);
    for (const Item &item : items)
      ++start[(item.key >> shift) & kMask];
    uint32_t sum = 0;
    for (uint32_t &s : start) {
      uint32_t count = s;
      s = sum;
      sum += count;
    }
    for (const Item &item : items)
      scratch[start[(item.key >> shift) & kMask]++] = item;
    items.swap(scratch);
  }
  std::vector<uint32_t> order(n);
  for (size_t i = 0; i < n; ++i)
    order[i] = items[i].index;
  return order;
}

} // namespace memsched::detail

#endif // MEMSCHED_LIB_CORE_KEYSORT_H
