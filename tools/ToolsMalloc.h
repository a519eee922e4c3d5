//===- ToolsMalloc.h - tuning of the allocator the tools run on -*- C++ -*-===//
//
// memsched-opt and memsched-translate run on mimalloc when CMake found it
// (MEMSCHED_TOOLS_MALLOC, which defines MEMSCHED_TOOLS_MIMALLOC=1 for them).
// Both read and write million-op modules, and both ask it for huge pages.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCHED_TOOLS_TOOLSMALLOC_H
#define MEMSCHED_TOOLS_TOOLSMALLOC_H

#if MEMSCHED_TOOLS_MIMALLOC
#include <mimalloc.h>
#if MI_MALLOC_VERSION < 200
#undef MEMSCHED_TOOLS_MIMALLOC // Tuned on mimalloc 2.0 (2.0.9).
#endif
#endif

#if MEMSCHED_TOOLS_MIMALLOC
#include <cstring>
#include <initializer_list>
#include <strings.h>

extern char **environ;

namespace mlir::memsched::tools {

/// Whether the environment sets one of mimalloc's `options` (given as
/// "NAME="; mimalloc reads them ignoring case).
inline bool userSets(std::initializer_list<const char *> options) {
  for (char **env = environ; env && *env; ++env)
    for (const char *name : options)
      if (strncasecmp(*env, name, std::strlen(name)) == 0)
        return true;
  return false;
}

/// Asks mimalloc to back the memory it maps with transparent huge pages
/// (madvise(MADV_HUGEPAGE); Linux's default THP mode, "madvise", honours
/// it). A million-op module is over a GB of heap: in 4 KiB pages, that is
/// several hundred thousand page faults, which on a VM cost 10 us or more
/// each (docs/performance-history.md, ninth round), a third of the whole run; in
/// 2 MiB pages, a few thousand. The price is a higher peak RSS (mimalloc
/// never gives back a part of a huge page, and touching one byte of one
/// maps all of it): memsched-opt on optimizer 1M, 1,576 -> 1,812 MiB. Where
/// THP is off, the advice is ignored and nothing changes. A user who sets
/// the option in the environment (MIMALLOC_LARGE_OS_PAGES=0 to turn this
/// off) keeps their setting.
inline void useHugePages() {
  if (!userSets({"MIMALLOC_LARGE_OS_PAGES="}))
    mi_option_set(mi_option_large_os_pages, 1);
}

} // namespace mlir::memsched::tools
#endif // MEMSCHED_TOOLS_MIMALLOC

#endif // MEMSCHED_TOOLS_TOOLSMALLOC_H
