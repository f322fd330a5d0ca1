// SPDX-License-Identifier: MIT
// Which allocator papers uses and how it behaves. Building a paper makes many
// small allocations (tree nodes, strings, libxml2's nodes) and frees them in
// bursts. With glibc's malloc, malloc and free were a fifth of the time of a
// large report, and glibc gave the freed top of the heap back to the kernel
// after every part, to fault it in again for the next. So papers links
// mimalloc (CMake option CP_MIMALLOC, on unless the sanitizers are), whose
// malloc and free cost about a third as much, and which keeps freed pages
// for reuse; built without it, glibc is told to keep freed memory.
#pragma once

#include <string>

namespace cp::app {

// Call once, first thing in main; the benchmarks call it too, to measure
// what papers does. With glibc's allocator: keeps freed memory for the next
// part and the next paper instead of returning it at once (the process's
// peak is unchanged). With mimalloc: nothing to set.
void keep_freed_memory();

// "mimalloc" or "system malloc" (the C library's, or a sanitizer's): which allocator serves malloc
// in this process (asked of the allocator, not of the build), for --version and the tests.
std::string allocator_in_use();

}  // namespace cp::app
