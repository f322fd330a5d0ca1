// SPDX-License-Identifier: MIT
#include "app/allocator.hpp"

#include <cstdlib>

#if defined(CP_WITH_MIMALLOC)
#include <mimalloc.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cp::app {

void keep_freed_memory() {
#if defined(__GLIBC__) && !defined(CP_WITH_MIMALLOC)
  // Trim the heap only when 64 MB lie free at its top, and serve blocks up
  // to 32 MB from the heap rather than from fresh mmap()ed pages. Fixing the
  // mmap threshold also stops glibc from moving it as the run goes, so runs
  // behave alike.
  mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
  mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
}

std::string allocator_in_use() {
#if defined(CP_WITH_MIMALLOC)
  // Linked is not enough: malloc must resolve to mimalloc's, which it does
  // only when libmimalloc comes before the C library in the link.
  void* probe = std::malloc(64);
  bool ours = mi_is_in_heap_region(probe);
  std::free(probe);
  if (ours) return "mimalloc";
#endif
  return "system malloc";
}

}  // namespace cp::app
