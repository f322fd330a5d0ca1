// SPDX-License-Identifier: MIT
// util::for_each_in_parallel: every task once, and the failure a loop in
// order would have met first, whatever the number of threads.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "util/parallel.hpp"

using namespace cp;

TEST_CASE("every task runs once, into its own slot, on any number of threads") {
  for (unsigned jobs : {0u, 1u, 2u, 3u, 8u})
    for (std::size_t count : {0u, 1u, 2u, 7u, 50u}) {
      CAPTURE(jobs);
      CAPTURE(count);
      std::vector<std::atomic<int>> runs(count);
      std::vector<std::size_t> slots(count, 0);
      util::for_each_in_parallel(count, jobs, [&](std::size_t i) {
        ++runs[i];
        slots[i] = i * i;
      });
      for (std::size_t i = 0; i < count; ++i) {
        CHECK(runs[i] == 1);
        CHECK(slots[i] == i * i);
      }
    }
}

TEST_CASE("the failure reported is the lowest task's, even when a later one fails first") {
  for (unsigned jobs : {1u, 2u, 4u}) {
    CAPTURE(jobs);
    std::vector<std::atomic<bool>> ran(20);
    std::string what;
    try {
      util::for_each_in_parallel(20, jobs, [&](std::size_t i) {
        ran[i] = true;
        if (i == 9) throw std::runtime_error("task 9 failed first");
        if (i == 5) {
          // Fails after task 9 has (on several threads).
          std::this_thread::sleep_for(std::chrono::milliseconds(20));
          throw std::runtime_error("task 5");
        }
      });
    } catch (const std::exception& e) {
      what = e.what();
    }
    CHECK(what == "task 5");
    // Every task before the first failure ran, as in a loop in order.
    for (std::size_t i = 0; i < 5; ++i) CHECK(ran[i]);
  }
}
