// SPDX-License-Identifier: MIT
#include "app/interrupt.hpp"

#include <atomic>
#include <csignal>

namespace cp::app {
namespace {

// Set by the handler, read by every worker thread: a lock-free atomic is
// safe to store from a signal handler.
std::atomic<bool> requested{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void on_signal(int) {
  requested.store(true);
}

}  // namespace

void stop_on_interrupt() {
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  // The handler runs once; the next signal has its default effect.
  action.sa_flags = SA_RESETHAND;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

void throw_if_interrupted() {
  if (requested.load()) throw interrupted();
}

bool interrupt_requested() {
  return requested.load();
}

}  // namespace cp::app
