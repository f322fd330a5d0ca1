// SPDX-License-Identifier: MIT
// Work spread over threads (papers build --jobs N) without changing what the
// work produces: each task writes only its own result slot, and a failure is
// reported as the first one in input order, exactly as one thread would have.
#pragma once

#include <cstddef>
#include <functional>

namespace cp::app {

// The number of threads `--jobs` means when not given: every core.
unsigned all_cores();

// Runs task(i) for every i in [0, count) on up to `jobs` threads (the calling
// thread included); `done` (may be empty) is called after each task that
// succeeds, from the thread that ran it. When tasks throw, the exception of
// the lowest i is rethrown once every task has stopped; tasks after a failed
// one are not started, those before it still run, so the exception is the
// one a loop in order would have thrown. Once an interrupt is requested
// (app/interrupt.hpp) no task starts: the task that would have is reported
// as failed with `interrupted`.
void for_each_in_parallel(std::size_t count, unsigned jobs,
                          const std::function<void(std::size_t)>& task,
                          const std::function<void()>& done = {});

}  // namespace cp::app
