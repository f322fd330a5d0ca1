// SPDX-License-Identifier: MIT
// Copies of the example papers that a test may change: the input with the
// files it includes and its logo at the same places relative to it.
#pragma once

#include <filesystem>
#include <string>

namespace cp::test {

// Copies inputs/<file_name>, inputs/shared/ and styles/assets/ under `root`
// and returns the copied input's path.
std::filesystem::path copy_example(const std::string& file_name, const std::filesystem::path& root);

// Turns a signed-off input back into a draft: status draft, no sign-off
// (every example in inputs/ is signed off; the draft tests need one that is
// not).
void make_draft(const std::filesystem::path& input);

}  // namespace cp::test
