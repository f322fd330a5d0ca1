// SPDX-License-Identifier: MIT
#include "xml/xml_writer.hpp"

#include <fmt/format.h>

#include "util/error.hpp"
#include "util/utf8.hpp"

namespace cp::xml {
namespace {

void append_escaped(std::string& out, std::string_view raw, bool attribute) {
  std::string safe = utf8::to_xml_safe(raw);
  for (char c : safe) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"':
        if (attribute) out += "&quot;";
        else out += c;
        break;
      // Attribute-value normalisation would turn these into spaces.
      case '\t':
        if (attribute) out += "&#9;";
        else out += c;
        break;
      case '\n':
        if (attribute) out += "&#10;";
        else out += c;
        break;
      case '\r': out += "&#13;"; break;
      default: out += c;
    }
  }
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
  out_ += name;
  stack_.emplace_back(name);
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
  return attr(name, std::string_view(fmt::format("{}", value)));
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
    out_ += stack_.back();
    out_ += '>';
  }
  stack_.pop_back();
  return *this;
}

std::string writer::finish() {
  if (!stack_.empty())
    throw document_error(fmt::format("xml writer: element <{}> left open", stack_.back()));
  return std::move(out_);
}

}  // namespace cp::xml
