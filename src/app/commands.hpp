// SPDX-License-Identifier: MIT
// The `papers` commands. Each returns the process exit status.
#pragma once

#include <ostream>

#include "app/options.hpp"

namespace cp::app {

// 130: stopped by Ctrl-C or a termination request (128 + SIGINT, as shells report it).
enum exit_status : int {
  exit_ok = 0,
  exit_build_failed = 1,
  exit_bad_input = 2,
  exit_interrupted = 130
};

// Loads, checks and builds every paper, staging each file beside its target,
// and puts the files in place only when every paper has built: bad input
// (or Ctrl-C) writes nothing at all.
int run_build(const options& o, std::ostream& out, std::ostream& err);
// Everything build does except writing; SMART warnings included.
int run_check(const options& o, std::ostream& out, std::ostream& err);
// Writes the house style sampler document.
int run_sample(const options& o, std::ostream& out, std::ostream& err);
// Prints the help of papers, or of o.help_topic (a command).
int run_help(const options& o, std::ostream& out, std::ostream& err);

// Prints the input with every include resolved, as JSON.
int run_expand(const options& o, std::ostream& out, std::ostream& err);

// Prints the JSON Schema of paper inputs.
int run_schema(const options& o, std::ostream& out, std::ostream& err);

}  // namespace cp::app
