// SPDX-License-Identifier: MIT
// How every command ends its reading of inputs: the problems printed, and
// the run refused on an error (or, with --strict, on a warning).
#pragma once

#include <ostream>
#include <string_view>

#include "util/diagnostics.hpp"

namespace cp::app {

// Whether `d` stops the run: an error, or a warning under `strict`.
bool refuses(const diagnostics& d, bool strict);

// Prints `d` to `err`; when it holds an error, or a warning under `strict`,
// also prints "papers: N error(s); <outcome>" (e.g. "nothing written") and
// returns true: the command must stop there.
// With `quiet`, warnings are printed only when they refuse the run.
bool report_and_refuse(const diagnostics& d, bool strict, std::string_view outcome,
                       std::ostream& err, bool quiet = false);

}  // namespace cp::app
