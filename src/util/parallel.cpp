// SPDX-License-Identifier: MIT
#include "util/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <limits>
#include <thread>
#include <vector>

namespace cp::util {

void for_each_in_parallel(std::size_t count, unsigned jobs,
                          const std::function<void(std::size_t)>& task) {
  constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
  std::vector<std::exception_ptr> failures(count);
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> first_failed{none};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < count;) {
      if (i > first_failed.load()) continue;  // a loop in order would have stopped before it
      try {
        task(i);
      } catch (...) {
        failures[i] = std::current_exception();
        std::size_t seen = first_failed.load();
        while (i < seen && !first_failed.compare_exchange_weak(seen, i)) {
        }
      }
    }
  };
  std::size_t threads = std::min<std::size_t>(std::max(1u, jobs), count);
  std::vector<std::jthread> helpers;
  for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
  work();
  helpers.clear();  // joins
  if (std::size_t f = first_failed.load(); f != none) std::rethrow_exception(failures[f]);
}

}  // namespace cp::util
