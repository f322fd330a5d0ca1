// SPDX-License-Identifier: MIT
// Work spread over threads without changing what the work produces: each
// task writes only its own result slot, and a failure is reported as the
// first one in input order, exactly as one thread would have.
#pragma once

#include <cstddef>
#include <functional>

namespace cp::util {

// Runs task(i) for every i in [0, count) on up to `jobs` threads (the calling
// thread included). When tasks throw, the exception of the lowest i is
// rethrown once every task has stopped; tasks after a failed one are not
// started, those before it still run, so the exception is the one a loop in
// order would have thrown.
void for_each_in_parallel(std::size_t count, unsigned jobs,
                          const std::function<void(std::size_t)>& task);

}  // namespace cp::util
