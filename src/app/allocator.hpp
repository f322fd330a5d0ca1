// SPDX-License-Identifier: MIT
// How papers asks glibc's allocator to behave. Building a paper allocates and
// frees a few megabytes in bursts; by default glibc gives the freed top of
// the heap back to the kernel after every burst and takes it again, page
// fault by page fault, for the next part: a tenth of the time to write an ODT.
#pragma once

namespace cp::app {

// Keeps freed memory for the next part and the next paper instead of
// returning it at once (the process's peak is unchanged). Call once, first
// thing in main; the benchmarks call it too, to measure what papers does.
void keep_freed_memory();

}  // namespace cp::app
