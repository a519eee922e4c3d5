/* first-touch.c - what the first touch of fresh memory costs on this machine.
 *
 * Maps 256 MiB three times in a row, in small pages or (with any argument)
 * with madvise(MADV_HUGEPAGE), writes one byte per 4 KiB page and reports the
 * time; then writes all of it again, already mapped. On the Intel Xeon VM of
 * the current tables the first round of huge pages ran at about 0.3 GB/s
 * (the host backs the guest's free 2 MiB blocks anew), the later rounds,
 * which reuse the blocks just freed, at 4.5-6.8 GB/s, and small pages at
 * 2.1-2.3 GB/s every round; on the AMD EPYC VM of earlier rounds, 0.5, 6-7
 * and 1.3 GB/s (docs/performance.md, "Memory pages").
 *
 *   cc -O2 -o /tmp/first-touch utils/first-touch.c
 *   /tmp/first-touch; /tmp/first-touch huge
 */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  (void)argv;
  const size_t size = (size_t)256 << 20;
  int huge = argc > 1;
  for (int round = 0; round < 3; ++round) {
    char *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
      perror("mmap");
      return 1;
    }
    if (huge && madvise(p, size, MADV_HUGEPAGE) != 0)
      perror("madvise(MADV_HUGEPAGE)");
    double t0 = now();
    for (size_t i = 0; i < size; i += 4096)
      p[i] = 1;
    double t1 = now();
    memset(p, 2, size);
    double t2 = now();
    printf("%s pages, round %d: first touch %.1f ms (%.2f GB/s), "
           "rewrite %.1f ms\n",
           huge ? "huge" : "small", round + 1, (t1 - t0) * 1e3,
           size / (t1 - t0) / 1e9, (t2 - t1) * 1e3);
    munmap(p, size);
  }
  return 0;
}
