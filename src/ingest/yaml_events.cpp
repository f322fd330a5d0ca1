// SPDX-License-Identifier: MIT
#include "ingest/yaml_events.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include <fmt/format.h>

namespace cp::ingest::detail {
namespace {

// libyaml's messages name the parser's state; say what to change, and keep
// the original in brackets for whoever knows YAML. `{}` in the words is
// where the construct being read began ("line 4, column 7").
struct explanation {
  std::string_view problem;  // libyaml's problem, as it starts
  std::string_view words;
};
constexpr std::array explanations = {
    explanation{"did not find expected ',' or ']'",
                "a list opened with \"[\" at {} is not closed with \"]\", or a comma is missing "
                "between its entries"},
    explanation{"did not find expected ',' or '}'",
                "a mapping opened with \"{{\" at {} is not closed with \"}}\", or a comma is "
                "missing between its entries"},
    explanation{"did not find expected key",
                "the indentation is uneven: the keys of one mapping must start in the same column"},
    explanation{"did not find expected '-' indicator",
                "the indentation is uneven: the entries of one list must start in the same column"},
    explanation{"mapping values are not allowed",
                "a \": \" is where YAML does not expect one; check the indentation, and put text "
                "that contains \": \" in quotes"},
    explanation{"could not find expected ':'",
                "a key is not followed by \": \"; check the indentation, and put text that "
                "contains special characters in quotes"},
    explanation{"block sequence entries are not allowed",
                "a \"- \" entry is where YAML does not expect one; check the indentation"},
    explanation{"found character that cannot start any token",
                "a character YAML treats as special (such as @ ` or, inside [ ] or {{ }}, one of "
                "? : , [ ] {{ }} #) starts a text that is not in quotes; put the text in quotes"},
    explanation{"found unexpected ':'",
                "a \":\" is where YAML does not expect one; put text that contains it in quotes"},
    explanation{"found unexpected end of stream",
                "the file ends inside the text begun at {}: a quoted text is never closed with "
                "its quote mark"},
    explanation{"found invalid Unicode character escape code",
                "a \\u escape names a lone surrogate (half of a UTF-16 pair) or a code point "
                "beyond Unicode, which a document cannot hold; write the character itself"},
    explanation{"found unknown escape character",
                "a backslash in double quotes starts an escape such as \\n; write \\\\ for a "
                "backslash, or use single quotes"},
    explanation{"did not find expected node content",
                "a value is missing where YAML expects one (after \"-\", \",\", an anchor or a "
                "tag)"},
    explanation{"found undefined tag handle",
                "a tag uses a handle that is never declared; the only tag understood is !include"},
    explanation{"did not find expected alphabetic or numeric character",
                "\"&\" and \"*\" start an anchor or an alias and must be followed by a name; put "
                "text that starts with them in quotes"},
    explanation{"found a tab character", "a tab is where YAML needs spaces; indent with spaces"},
};

// Tabs are the commonest cause and invisible: name the first line indented
// with one, up to the error (JSON, all in brackets, may be indented with tabs).
std::optional<int> first_tab_indented_line(std::string_view text, int up_to_line) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && (text[first] == '{' || text[first] == '['))
    return std::nullopt;
  int line = 1;
  for (std::size_t i = 0; i < text.size() && line <= up_to_line; ++line) {
    std::size_t end = std::min(text.find('\n', i), text.size());
    std::string_view l = text.substr(i, end - i);
    std::size_t indent = l.find_first_not_of(" \t");
    if (l.substr(0, indent == std::string_view::npos ? l.size() : indent).find('\t') !=
        std::string_view::npos)
      return line;
    i = end + 1;
  }
  return std::nullopt;
}

std::string where(const yaml_mark_t& m) {
  return fmt::format("line {}, column {}", m.line + 1, m.column + 1);
}

}  // namespace

yaml_events::yaml_events(std::string_view text, const std::string& file_name)
    : text_(text), file_(file_name) {
  if (!yaml_parser_initialize(&parser_)) throw yaml_error({file_, 0, 0}, "out of memory");
  yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
  yaml_parser_set_encoding(&parser_, YAML_UTF8_ENCODING);
}

yaml_events::~yaml_events() {
  if (have_event_) yaml_event_delete(&event_);
  yaml_parser_delete(&parser_);
}

const yaml_event_t& yaml_events::next() {
  if (have_event_) yaml_event_delete(&event_);
  have_event_ = false;
  if (!yaml_parser_parse(&parser_, &event_)) fail();
  have_event_ = true;
  return event_;
}

source_position yaml_events::position(const yaml_mark_t& m) const {
  return {file_, static_cast<int>(m.line) + 1, static_cast<int>(m.column) + 1};
}

void yaml_events::fail() const {
  std::string problem = parser_.problem ? parser_.problem : "the YAML cannot be read";
  if (parser_.error == YAML_MEMORY_ERROR) throw yaml_error({file_, 0, 0}, "out of memory");
  if (parser_.error == YAML_READER_ERROR) {
    // The reader counts bytes, not lines: find the line.
    int line = 1, col = 1;
    for (std::size_t i = 0; i < parser_.problem_offset && i < text_.size(); ++i)
      text_[i] == '\n' ? (++line, col = 1) : ++col;
    throw yaml_error({file_, line, col},
                     fmt::format("the file cannot be read as YAML ({})", problem));
  }
  source_position at = position(parser_.problem_mark);
  if (auto tab = first_tab_indented_line(text_, at.line))
    throw yaml_error(
        at, fmt::format("line {} is indented with a tab; indent with spaces ({})", *tab, problem));
  for (const auto& e : explanations)
    if (problem.starts_with(e.problem))
      throw yaml_error(
          at,
          fmt::format("{} ({})", fmt::format(fmt::runtime(e.words), where(parser_.context_mark)),
                      problem));
  throw yaml_error(at, parser_.context ? fmt::format("{} {}", problem, parser_.context) : problem);
}

}  // namespace cp::ingest::detail
