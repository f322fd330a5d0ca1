// SPDX-License-Identifier: MIT
// Golden-file checks for XML parts: compared pretty-printed, so a failure
// shows which element changed; UPDATE_GOLDEN=1 rewrites the golden files.
#pragma once

#include <string>

namespace cp::test {

// Compares `xml` (one package part) with tests/golden/<relative>. Returns ""
// when equal, else a message with the first differing lines. With
// UPDATE_GOLDEN=1 in the environment the file is (re)written instead; paths
// that would leave tests/golden/ are refused.
std::string compare_golden(const std::string& xml, const std::string& relative);
// The same for text that is not XML (an HTML page), compared line by line as it is.
std::string compare_golden_text(const std::string& text, const std::string& relative);

}  // namespace cp::test
