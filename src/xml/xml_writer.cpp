// SPDX-License-Identifier: MIT
#include "xml/xml_writer.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "util/error.hpp"
#include "util/text_scan.hpp"
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

// Escapes text known to be allowed: one character at a time.
void append_escaped_checked(out_buffer& out, std::string_view safe, bool attribute) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < safe.size(); ++i)
    if (const char* escaped = escape_of(safe[i], attribute)) {
      out.append(safe.substr(start, i - start));
      out.append(escaped);
      start = i + 1;
    }
  out.append(safe.substr(start));
}

// Most values are plain ASCII: those are returned as they are.
bool stands_for_itself_whole(std::string_view s) {
  return text_scan::xml_plain_prefix(s) == s.size();
}

}  // namespace

// Every text and attribute of a document passes through here, so it scans
// each one once: runs that stand for themselves (ASCII, and UTF-8 sequences
// XML allows) are appended whole, between the characters to escape. Text
// with a sequence XML cannot hold is repaired (utf8::to_xml_safe) from that
// sequence on; validated input never has one.
void append_escaped(out_buffer& out, std::string_view raw, bool attribute) {
  const std::size_t n = raw.size();
  std::size_t run = 0;  // where the text not yet appended starts
  std::size_t i = 0;
  while (i < n) {
    i += text_scan::xml_plain_prefix(raw.substr(i));
    if (i == n) break;
    auto c = static_cast<unsigned char>(raw[i]);
    if (c >= 0x80) {
      std::size_t len = utf8::allowed_sequence(raw, i);
      if (len == 0) break;
      i += len;
      continue;
    }
    if (const char* escaped = escape_of(static_cast<char>(c), attribute)) {
      out.append(raw.substr(run, i - run));
      out.append(escaped);
      run = ++i;
      continue;
    }
    if (c < 0x20 && c != '\t' && c != '\n') break;  // a control character XML forbids
    ++i;                                            // '"' in text, tab and line end in text, DEL
  }
  out.append(raw.substr(run, i - run));
  // Sequences are decoded one after another, so repairing from here on is
  // repairing the whole.
  if (i < n) append_escaped_checked(out, utf8::to_xml_safe(raw.substr(i)), attribute);
}

void out_buffer::grow(std::size_t n) {
  // Doubling keeps appends amortised constant.
  capacity_ = std::max({capacity_ * 2, used_ + n, std::size_t{256}});
  std::unique_ptr<char[]> bigger(new char[capacity_]);  // not zeroed: every byte is written first
  if (used_ > 0) std::memcpy(bigger.get(), bytes_.get(), used_);
  bytes_ = std::move(bigger);
}

std::string out_buffer::take() {
  std::string out(bytes_.get() ? bytes_.get() : "", used_);
  used_ = 0;
  return out;
}

std::string escape_text(std::string_view s) {
  if (stands_for_itself_whole(s)) return std::string(s);
  out_buffer out;
  out.reserve(s.size() + 16);
  append_escaped(out, s, false);
  return out.take();
}

std::string escape_attribute(std::string_view s) {
  if (stands_for_itself_whole(s)) return std::string(s);
  out_buffer out;
  out.reserve(s.size() + 16);
  append_escaped(out, s, true);
  return out.take();
}

std::string_view read_back(std::string_view s, std::string& scratch) {
  // The scan append_escaped makes, without the escaping: escaped characters
  // read back as themselves, and only a sequence XML cannot hold changes.
  std::size_t i = 0;
  while (i < s.size()) {
    i += text_scan::xml_plain_prefix(s.substr(i));
    if (i == s.size()) break;
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      std::size_t len = utf8::allowed_sequence(s, i);
      if (len == 0) break;
      i += len;
      continue;
    }
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
    ++i;
  }
  if (i == s.size()) return s;
  scratch.assign(s.substr(0, i));
  scratch += utf8::to_xml_safe(s.substr(i));
  return scratch;
}

writer::writer(bool declaration) {
  if (declaration) out_.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
}

void writer::attr_outside_start_tag(std::string_view name) {
  throw document_error(fmt::format("xml writer: attribute {} written outside a start tag", name));
}

void writer::close_without_open() {
  throw document_error("xml writer: close() without an open element");
}

void writer::escape_value(std::string_view value) {
  append_escaped(out_, value, true);
}

writer& writer::attr(std::string_view name, long long value) {
  // Digits and a minus sign never need escaping.
  fmt::format_int digits(value);  // formatted in place, no string to allocate
  attr_start(name);
  out_.append(std::string_view(digits.data(), digits.size()));
  out_.push('"');
  return *this;
}

writer& writer::text(std::string_view value) {
  end_start_tag();
  append_escaped(out_, value, false);
  return *this;
}

writer& writer::raw(std::string_view fragment) {
  end_start_tag();
  out_.append(fragment);
  return *this;
}

std::string fill_gaps(std::string_view part, const std::vector<gap>& gaps,
                      const std::function<std::string(std::uint64_t)>& text_of) {
  std::string out;
  out.reserve(part.size() + 8 * gaps.size());
  std::size_t from = 0;
  for (const gap& g : gaps) {
    out.append(part.substr(from, g.at - from));
    out.append(escape_text(text_of(g.what)));
    from = g.at;
  }
  out.append(part.substr(from));
  return out;
}

std::string_view writer::written() const {
  if (!stack_.empty())
    throw document_error(fmt::format("xml writer: element <{}> left open",
                                     out_.view(stack_.back().name_pos, stack_.back().name_size)));
  return out_.view(0, out_.size());
}

std::string writer::finish() {
  written();  // throws while an element is open
  return out_.take();
}

}  // namespace cp::xml
