// SPDX-License-Identifier: MIT
#include "app/parallel.hpp"

#include <algorithm>
#include <thread>

#include "app/interrupt.hpp"
#include "util/parallel.hpp"

namespace cp::app {

unsigned all_cores() {
  return std::max(1u, std::thread::hardware_concurrency());
}

void for_each_in_parallel(std::size_t count, unsigned jobs,
                          const std::function<void(std::size_t)>& task,
                          const std::function<void()>& done) {
  util::for_each_in_parallel(count, jobs, [&](std::size_t i) {
    throw_if_interrupted();  // Ctrl-C: no new task starts
    task(i);
    if (done) done();
  });
}

}  // namespace cp::app
