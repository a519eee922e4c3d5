//===- KeySortTest.cpp - The heuristics' radix sort of node keys ----------===//
//
// orderByKey (a radix sort over the key bits that differ) must give exactly
// std::stable_sort's order of the indices by key, whichever bits differ, on
// one word per key (key bits above the index) or on two.
//
//===----------------------------------------------------------------------===//

#include "KeySort.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <numeric>
#include <random>

using namespace memsched::detail;

namespace {

std::vector<uint32_t> reference(const std::vector<uint64_t> &keys) {
  std::vector<uint32_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
  return order;
}

TEST(KeySortTest, MatchesStableSort) {
  std::mt19937_64 rng(7);
  // Each case draws n keys.
  auto check = [&](size_t n, auto draw) {
    std::vector<uint64_t> keys(n);
    for (uint64_t &k : keys)
      k = draw();
    EXPECT_EQ(orderByKey(keys), reference(keys)) << "n = " << n;
  };
  for (size_t n : {0, 1, 2, 3, 100, 3000}) {
    // All equal: no radix pass.
    check(n, [] { return uint64_t(42); });
    // Powers of two between 256 B and 4 MiB: two digits.
    check(n, [&] { return uint64_t(256) << (rng() % 15); });
    // Bits that differ high in the word, constant bits above and below.
    check(n, [&] {
      return (uint64_t(1) << 63) | ((rng() & 0xffffffffull) << 20) | 0x5;
    });
    // 32 and 33 low bits, and full 64-bit keys.
    check(n, [&] { return rng() & 0xffffffffull; });
    check(n, [&] { return rng() & 0x1ffffffffull; });
    check(n, [&] { return rng(); });
    // Varying bits and index in exactly one word (3000 keys: 12 index
    // bits), and one bit more.
    check(n, [&] { return (rng() & 0xfffffffffffffull) << 3; });
    check(n, [&] { return (rng() & 0x1fffffffffffffull) << 3; });
    // The lowest and the highest bit only.
    check(n, [&] { return rng() & 0x8000000000000001ull; });
    // Few distinct keys, many ties.
    check(n, [&] { return (rng() % 3) * 1000003; });
  }
}

} // namespace
