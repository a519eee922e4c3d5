//===- KeySort.h - Stable ordering of indices by 64-bit keys ----*- C++ -*-===//
//
// Internal to the core. The heuristics order all nodes by a 64-bit key
// (size, weight) with ties broken by index; on a million nodes a comparison
// sort costs more than the heuristic itself. This is a stable LSD radix
// sort over the key bits that actually differ between nodes (sizes often
// take a few powers of two: one or two passes), on one word per node when
// those bits and the node's index fit in 64.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_LIB_CORE_KEYSORT_H
#define MEMSCHED_LIB_CORE_KEYSORT_H

#include <bit>
#include <cstdint>
#include <span>
#include <vector>

namespace memsched::detail {

/// Stable LSD radix passes over `items`, on the 11-bit digits of
/// digitsOf(item) from bit `lowest` up (the first varying bit, so that the
/// digits cover the varying bits in as few passes as can be), skipping the
/// digits where `varying` has no bit set (no two items differ there).
/// `scratch` is sized on first use.
template <typename Item, typename DigitsOf>
void radixPasses(std::vector<Item> &items, std::vector<Item> &scratch,
                 uint64_t varying, unsigned lowest, DigitsOf digitsOf) {
  constexpr unsigned kDigitBits = 11; // 2,048 counters: stays in L1.
  constexpr uint64_t kMask = (uint64_t(1) << kDigitBits) - 1;
  std::vector<uint32_t> start(kMask + 1);
  for (unsigned shift = lowest; shift < 64; shift += kDigitBits) {
    if (((varying >> shift) & kMask) == 0)
      continue;
    scratch.resize(items.size());
    std::fill(start.begin(), start.end(), 0);
    for (const Item &item : items)
      ++start[(digitsOf(item) >> shift) & kMask];
    uint32_t sum = 0;
    for (uint32_t &s : start) {
      uint32_t count = s;
      s = sum;
      sum += count;
    }
    for (const Item &item : items)
      scratch[start[(digitsOf(item) >> shift) & kMask]++] = item;
    items.swap(scratch);
  }
}

/// The indices 0..n-1 in ascending (keys[i], i) order.
inline std::vector<uint32_t> orderByKey(std::span<const uint64_t> keys) {
  size_t n = keys.size();
  if (n == 0)
    return {};
  uint64_t anyOne = 0, allOnes = ~uint64_t(0);
  for (uint64_t key : keys) {
    anyOne |= key;
    allOnes &= key;
  }
  uint64_t varying = anyOne ^ allOnes; // Bits on which some keys differ.
  std::vector<uint32_t> order(n);
  if (varying == 0) {
    for (size_t i = 0; i < n; ++i)
      order[i] = static_cast<uint32_t>(i);
    return order;
  }
  // Only the bits from the lowest to the highest varying one order the
  // keys. When they and the index fit in 64 bits, each item is one word
  // (those bits above the index): half the memory each pass moves.
  unsigned low = static_cast<unsigned>(std::countr_zero(varying));
  unsigned width = static_cast<unsigned>(std::bit_width(varying)) - low;
  unsigned indexBits = static_cast<unsigned>(std::bit_width(n - 1));
  if (width + indexBits <= 64) {
    uint64_t keyMask = width == 64 ? ~uint64_t(0) : (uint64_t(1) << width) - 1;
    std::vector<uint64_t> items(n), scratch;
    for (size_t i = 0; i < n; ++i)
      items[i] = (((keys[i] >> low) & keyMask) << indexBits) | i;
    radixPasses(items, scratch, (varying >> low) << indexBits, indexBits,
                [](uint64_t item) { return item; });
    uint64_t indexMask = (uint64_t(1) << indexBits) - 1;
    for (size_t i = 0; i < n; ++i)
      order[i] = static_cast<uint32_t>(items[i] & indexMask);
    return order;
  }
  struct Item {
    uint64_t key;
    uint32_t index;
  };
  std::vector<Item> items(n), scratch;
  for (size_t i = 0; i < n; ++i)
    items[i] = {keys[i], static_cast<uint32_t>(i)};
  radixPasses(items, scratch, varying, low,
              [](const Item &item) { return item.key; });
  for (size_t i = 0; i < n; ++i)
    order[i] = items[i].index;
  return order;
}
} // namespace memsched::detail

#endif // MEMSCHED_LIB_CORE_KEYSORT_H
