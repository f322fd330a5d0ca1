// SPDX-License-Identifier: MIT
#include "util/utf8.hpp"

#include <fmt/format.h>

namespace cp::utf8 {
namespace {

constexpr char32_t replacement = 0xFFFD;

// Decodes one sequence; returns the code point and its length, or length 0 if malformed.
struct decoded {
  char32_t cp;
  std::size_t len;
};

decoded decode(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b0 = byte(i);
  if (b0 < 0x80) return {b0, 1};
  std::size_t len;
  char32_t cp;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return {0, 0};
  }
  if (i + len > s.size()) return {0, 0};
  for (std::size_t k = 1; k < len; ++k) {
    unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) return {0, 0};
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF) return {0, 0};  // overlong or out of range
  return {cp, len};
}

}  // namespace

std::string_view without_bom(std::string_view s) {
  return s.starts_with("\xEF\xBB\xBF") ? s.substr(3) : s;
}

bool xml_allowed(char32_t c) {
  if (c < 0x20) return c == 0x09 || c == 0x0A || c == 0x0D;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  return c != 0xFFFE && c != 0xFFFF && c <= 0x10FFFF;
}

std::optional<text_problem> find_problem(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto d = decode(s, i);
    if (d.len == 0) return text_problem{i, "invalid UTF-8"};
    if (d.cp >= 0xD800 && d.cp <= 0xDFFF)
      return text_problem{
          i, fmt::format("surrogate code point U+{:04X}", static_cast<unsigned>(d.cp))};
    if (!xml_allowed(d.cp)) {
      const char* what = d.cp < 0x20 ? "control character" : "non-character";
      return text_problem{i, fmt::format("{} U+{:04X}", what, static_cast<unsigned>(d.cp))};
    }
    i += d.len;
  }
  return std::nullopt;
}

std::size_t allowed_sequence(std::string_view s, std::size_t i) {
  auto d = decode(s, i);
  return d.len != 0 && xml_allowed(d.cp) ? d.len : 0;
}

std::string to_xml_safe(std::string_view s) {
  if (!find_problem(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    auto d = decode(s, i);
    if (d.len == 0) {
      append(out, replacement);
      ++i;
      continue;
    }
    if (xml_allowed(d.cp))
      out.append(s.substr(i, d.len));
    else
      append(out, replacement);
    i += d.len;
  }
  return out;
}

std::size_t length(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) next(s, i);
  return n;
}

char32_t next(std::string_view s, std::size_t& i) {
  auto d = decode(s, i);
  if (d.len == 0) {
    ++i;
    return replacement;
  }
  i += d.len;
  return d.cp;
}

void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace cp::utf8
