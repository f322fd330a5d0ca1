// SPDX-License-Identifier: MIT
// The text of an input named on the command line.
#pragma once

#include <filesystem>
#include <string>

namespace cp::ingest {

// The whole input, at most `max_bytes`: "-" for standard input, a regular file, or a pipe, FIFO or
// device, which is read until its writer closes it (giving up after a
// while with nothing sent). A pipe can be read only once, and the kind probe
// and the loader both read an input, so what a pipe held is kept for the
// run and given again. Throws util::read_refused with the reason, worded to
// follow "the file" ("is 20000000 bytes, more than the limit of 16777216").
std::string read_input_text(const std::filesystem::path& input, std::size_t max_bytes);

}  // namespace cp::ingest
