// SPDX-License-Identifier: MIT
// `papers archive`, `papers archive --list` and `papers verify`: the archive
// of signed-off papers (docs/archive.md).
#pragma once

#include <ostream>

#include "app/options.hpp"

namespace cp::app {

// Checks the arguments of archive and verify; throws usage_error.
options check_archive_usage(options o);

// Archives each signed-off input as a new version of its paper, unless the
// latest version holds exactly the same files (then says so and writes
// nothing). Every input is loaded and checked before anything is written.
int run_archive(const options& o, std::ostream& out, std::ostream& err);
// Lists papers, versions, sign-offs and status.
int run_archive_list(const options& o, std::ostream& out, std::ostream& err);
// Re-checks every checksum and rebuilds every DOCX and ODT from its archived
// inputs; exit 1 when anything is missing, extra, changed or not reproduced.
int run_verify(const options& o, std::ostream& out, std::ostream& err);

}  // namespace cp::app
