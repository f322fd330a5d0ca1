// SPDX-License-Identifier: MIT
// `papers watch INPUT... --out DIR`: build, then build again whenever a file
// the build read changes.
#pragma once

#include <ostream>

#include "app/options.hpp"

namespace cp::app {

// Builds as `papers build` does, then waits for a change to an input, a
// file it includes or names (logo, reports, placed documents), a template
// or the house style, and builds again. A broken change is reported as
// `check` reports it and writes nothing, so the last good files stay.
// Ctrl-C stops it (exit 0); a change to nothing it read is ignored.
int run_watch(const options& o, std::ostream& out, std::ostream& err);

}  // namespace cp::app
