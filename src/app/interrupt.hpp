// SPDX-License-Identifier: MIT
// Ctrl-C (or a termination request) during a run. The first signal asks the
// run to stop before its next paper: the exception it then throws unwinds
// through the staged files, which remove their temporary files, so an
// interrupted build changes nothing. A second signal ends the process at once.
#pragma once

#include <stdexcept>

namespace cp::app {

class interrupted : public std::runtime_error {
 public:
  interrupted() : std::runtime_error("interrupted") {}
};

// Installs the SIGINT and SIGTERM handlers. Call once, from main.
void stop_on_interrupt();

// Throws `interrupted` once a signal has asked the run to stop.
void throw_if_interrupted();
// Whether a signal has asked the run to stop (for loops that wait).
bool interrupt_requested();

}  // namespace cp::app
