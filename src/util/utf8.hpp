// SPDX-License-Identifier: MIT
// UTF-8 checks and the XML 1.0 character filter used by every part writer.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cp::utf8 {

// Where a string first breaks the rules for text we will write into XML.
struct text_problem {
  std::size_t offset;       // byte offset of the offending sequence
  std::string description;  // e.g. "control character U+0007", "invalid UTF-8"
};

// Returns the first problem in `s`: invalid UTF-8, an encoded surrogate, or a
// code point XML 1.0 forbids (C0 controls other than TAB/LF/CR, U+FFFE, U+FFFF).
std::optional<text_problem> find_problem(std::string_view s);

// The length of the sequence at `s[i]` when it is well-formed UTF-8 of a
// code point XML 1.0 allows, else 0 (the test find_problem makes, one
// sequence at a time, for writers that scan text once).
std::size_t allowed_sequence(std::string_view s, std::size_t i);

// Returns `s` with every forbidden or malformed sequence replaced by U+FFFD.
// Writers call this as the last line of defence: validated input never needs it.
std::string to_xml_safe(std::string_view s);

// Number of code points (malformed bytes count one each).
std::size_t length(std::string_view s);

// Decodes the code point at `s[i]`, advancing `i`; returns U+FFFD on malformed input.
char32_t next(std::string_view s, std::size_t& i);

// Whether XML 1.0 allows the code point `c` (its Char production).
bool xml_allowed(char32_t c);

// `s` without a leading byte order mark (U+FEFF), which Windows editors
// put at the start of UTF-8 files.
std::string_view without_bom(std::string_view s);

// Appends the UTF-8 encoding of `c`.
void append(std::string& out, char32_t c);

}  // namespace cp::utf8
