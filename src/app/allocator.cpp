// SPDX-License-Identifier: MIT
#include "app/allocator.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cp::app {

void keep_freed_memory() {
#if defined(__GLIBC__)
  // Trim the heap only when 64 MB lie free at its top, and serve blocks up
  // to 32 MB from the heap rather than from fresh mmap()ed pages. Fixing the
  // mmap threshold also stops glibc from moving it as the run goes, so runs
  // behave alike.
  mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
  mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
}

}  // namespace cp::app
