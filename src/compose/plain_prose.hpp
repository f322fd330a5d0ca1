// SPDX-License-Identifier: MIT
// The fast path of parse_markdown. Nearly every prose string in a paper is
// plain sentences, and running cmark on each (a parser, a node tree, inline
// scanning, then conversion) costs far more than the text needs. This reads
// such text directly, giving exactly the blocks cmark's tree converts to, and
// refuses anything it cannot prove plain so that cmark parses it instead.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "compose/markdown.hpp"

namespace cp::compose {

// The blocks parse_markdown gives text when CommonMark (cmark 0.30, with
// UTF-8 validation) reads it as nothing but paragraphs of plain text and
// bullet lists of one-line plain items: one paragraph block per run of
// non-blank lines, each line without its leading and trailing spaces, the
// lines joined by one space (a soft break); one list block per run of lines
// written "- item" from the first column (blank lines between them allowed).
// Nullopt when the text holds, or might hold, anything else: any character
// that can start inline syntax, a line that can start another block, an
// item's text running on to the next line or nested, a hard break, tabs,
// control characters, a byte order mark or invalid UTF-8.
std::optional<std::vector<prose_block>> parse_plain_prose(std::string_view text);

}  // namespace cp::compose
