// SPDX-License-Identifier: MIT
// Runs a program to its end and says how long it took and its peak memory.
#pragma once

#include <string>
#include <vector>

namespace cp::bench {

struct process_run {
  double ms = 0;       // wall-clock time, start to exit
  double peak_mb = 0;  // peak resident set size (ru_maxrss)
  int status = -1;     // exit status; -1 when it could not run or was killed
};

// Runs argv with standard output and error sent to /dev/null.
process_run run_process(const std::vector<std::string>& argv);

}  // namespace cp::bench
