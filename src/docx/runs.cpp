// SPDX-License-Identifier: MIT
// Writes w:r elements for text and for complex fields.
#include "docx/runs.hpp"

#include <algorithm>

namespace cp::docx::detail {
namespace {

// Word drops leading, trailing and doubled spaces unless told to keep them.
bool needs_preserve(std::string_view s) {
  return !s.empty() && (s.front() == ' ' || s.back() == ' ' || s.find("  ") != s.npos);
}

void write_t(xml::writer& w, const char* name, std::string_view s) {
  w.open(name);
  if (needs_preserve(s)) w.attr("xml:space", "preserve");
  w.text(s).close();
}

}  // namespace

void write_text_run(xml::writer& w, const std::string& text, const run_props& props) {
  if (text.empty()) return;
  w.open("w:r");
  write_run_props(w, props);
  // Most runs hold no tab, line end or '\r': one w:t with the text as it is.
  bool plain = std::none_of(text.begin(), text.end(),
                            [](char c) { return c == '\t' || c == '\n' || c == '\r'; });
  if (plain) {
    write_t(w, "w:t", text);
    w.close();
    return;
  }
  std::string segment;
  auto flush = [&] {
    if (!segment.empty()) write_t(w, "w:t", segment);
    segment.clear();
  };
  for (char c : text) {
    if (c == '\t') {
      flush();
      w.empty("w:tab");
    } else if (c == '\n') {
      flush();
      w.empty("w:br");
    } else if (c != '\r') {
      segment += c;
    }
  }
  flush();
  w.close();
}

void write_field_char(xml::writer& w, const char* type, const run_props& props) {
  w.open("w:r");
  write_run_props(w, props);
  w.open("w:fldChar").attr("w:fldCharType", type).close();
  w.close();
}

void write_instruction(xml::writer& w, const std::string& instruction, const run_props& props) {
  w.open("w:r");
  write_run_props(w, props);
  w.open("w:instrText").attr("xml:space", "preserve").text(instruction).close();
  w.close();
}

void write_complex_field(xml::writer& w, const std::string& instruction, const std::string& result,
                         const run_props& props) {
  write_field_char(w, "begin", props);
  write_instruction(w, instruction, props);
  write_field_char(w, "separate", props);
  write_text_run(w, result, props);
  write_field_char(w, "end", props);
}

}  // namespace cp::docx::detail
