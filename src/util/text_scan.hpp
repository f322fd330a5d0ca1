// SPDX-License-Identifier: MIT
// Scans that run over every character of a document as its parts are
// written, 16 bytes at a time where the machine has SSE2 (every x86-64
// does); elsewhere, and for the tail of each text, a byte at a time. Each
// has a plain byte-at-a-time definition (text_scan::reference), which tests
// compare it with.
#pragma once

#include <cstddef>
#include <string_view>

namespace cp::text_scan {

// The length of the longest prefix of `s` whose bytes XML text and
// attribute values hold as themselves: printable ASCII other than & < > ".
std::size_t xml_plain_prefix(std::string_view s);

// Where a piece of ODF text that starts at `from` ends: at the first tab,
// line feed or carriage return, or the first space that another space or a
// carriage return follows (runs of spaces are written as text:s); s.size()
// when there is none.
std::size_t odf_piece_end(std::string_view s, std::size_t from);

namespace reference {
std::size_t xml_plain_prefix(std::string_view s);
std::size_t odf_piece_end(std::string_view s, std::size_t from);
}  // namespace reference

}  // namespace cp::text_scan
