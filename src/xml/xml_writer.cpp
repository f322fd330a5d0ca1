// SPDX-License-Identifier: MIT
#include "xml/xml_writer.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "util/error.hpp"
#include "util/utf8.hpp"

namespace cp::xml {
namespace {

// What stands for `c` in escaped text, or nullptr when it stands for itself.
const char* escape_of(char c, bool attribute) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return attribute ? "&quot;" : nullptr;
    // Attribute-value normalisation would turn these into spaces.
    case '\t':
      return attribute ? "&#9;" : nullptr;
    case '\n':
      return attribute ? "&#10;" : nullptr;
    case '\r':
      return "&#13;";
    default:
      return nullptr;
  }
}

// Printable ASCII other than the characters XML escapes stands for itself
// (a table: this test runs on every character written).
constexpr std::array<bool, 256> stands_for_itself = [] {
  std::array<bool, 256> t{};
  for (int c = 0x20; c < 0x7f; ++c) t[c] = c != '&' && c != '<' && c != '>' && c != '"';
  return t;
}();

// Escapes text known to be allowed: one character at a time.
void append_escaped_checked(std::string& out, std::string_view safe, bool attribute) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < safe.size(); ++i)
    if (const char* escaped = escape_of(safe[i], attribute)) {
      out.append(safe, start, i - start);
      out += escaped;
      start = i + 1;
    }
  out.append(safe, start);
}

// Every text and attribute of a document passes through here, so it scans
// each one once: runs that stand for themselves (ASCII, and UTF-8 sequences
// XML allows) are appended whole, between the characters to escape. Text
// with a sequence XML cannot hold is repaired (utf8::to_xml_safe) from that
// sequence on; validated input never has one.
void append_escaped(std::string& out, std::string_view raw, bool attribute) {
  const std::size_t n = raw.size();
  std::size_t run = 0;  // where the text not yet appended starts
  std::size_t i = 0;
  while (i < n) {
    auto c = static_cast<unsigned char>(raw[i]);
    if (stands_for_itself[c]) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      std::size_t len = utf8::allowed_sequence(raw, i);
      if (len == 0) break;
      i += len;
      continue;
    }
    if (const char* escaped = escape_of(static_cast<char>(c), attribute)) {
      out.append(raw, run, i - run);
      out += escaped;
      run = ++i;
      continue;
    }
    if (c < 0x20 && c != '\t' && c != '\n') break;  // a control character XML forbids
    ++i;                                            // '"' in text, tab and line end in text, DEL
  }
  out.append(raw, run, i - run);
  // Sequences are decoded one after another, so repairing from here on is
  // repairing the whole.
  if (i < n) append_escaped_checked(out, utf8::to_xml_safe(raw.substr(i)), attribute);
}

}  // namespace

std::string escape_text(std::string_view s) {
  std::string out;
  append_escaped(out, s, false);
  return out;
}

std::string escape_attribute(std::string_view s) {
  std::string out;
  append_escaped(out, s, true);
  return out;
}

writer::writer(bool declaration) {
  if (declaration) out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
}

void writer::end_start_tag() {
  if (in_start_tag_) {
    out_ += '>';
    in_start_tag_ = false;
  }
}

writer& writer::open(std::string_view name) {
  end_start_tag();
  out_ += '<';
  stack_.push_back({out_.size(), name.size()});
  out_ += name;
  in_start_tag_ = true;
  return *this;
}

writer& writer::attr(std::string_view name, std::string_view value) {
  if (!in_start_tag_)
    throw document_error(fmt::format("xml writer: attribute {} written outside a start tag", name));
  out_ += ' ';
  out_ += name;
  out_ += "=\"";
  append_escaped(out_, value, true);
  out_ += '"';
  return *this;
}

writer& writer::attr(std::string_view name, long long value) {
  fmt::format_int digits(value);  // formatted in place, no string to allocate
  return attr(name, std::string_view(digits.data(), digits.size()));
}

writer& writer::text(std::string_view value) {
  end_start_tag();
  append_escaped(out_, value, false);
  return *this;
}

writer& writer::raw(std::string_view fragment) {
  end_start_tag();
  out_ += fragment;
  return *this;
}

writer& writer::close() {
  if (stack_.empty()) throw document_error("xml writer: close() without an open element");
  if (in_start_tag_) {
    out_ += "/>";
    in_start_tag_ = false;
  } else {
    out_ += "</";
    // Appending part of out_ to itself is safe: append copies before it frees.
    out_.append(out_, stack_.back().name_pos, stack_.back().name_size);
    out_ += '>';
  }
  stack_.pop_back();
  return *this;
}

std::string writer::finish() {
  if (!stack_.empty())
    throw document_error(fmt::format("xml writer: element <{}> left open",
                                     out_.substr(stack_.back().name_pos, stack_.back().name_size)));
  return std::move(out_);
}

}  // namespace cp::xml
