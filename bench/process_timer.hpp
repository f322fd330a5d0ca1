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

// From here on, run_process starts programs from a small process forked
// now. A process's peak (ru_maxrss) counts what it held before its exec,
// and a child forked from a large process starts out holding that
// process's pages: without this, every peak would be at least the
// benchmark's own size when it started the program. Call it first thing.
void start_spawner();

}  // namespace cp::bench
