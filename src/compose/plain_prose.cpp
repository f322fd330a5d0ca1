// SPDX-License-Identifier: MIT
#include "compose/plain_prose.hpp"

#include <array>
#include <cstdint>
#include <string>

#include "util/text_scan.hpp"

namespace cp::compose {
namespace {

// What a byte means to the scan of a line's text.
enum : std::uint8_t {
  plain,   // literal text in CommonMark, wherever it stands in a line
  refuse,  // may be markup, or changed by cmark: leave the text to cmark
  amp,     // '&': an entity or character reference only when a name or '#' follows
  lead2,   // first byte of a two-, three- or four-byte UTF-8 sequence
  lead3,
  lead4,
};

constexpr std::array<std::uint8_t, 256> byte_classes = [] {
  std::array<std::uint8_t, 256> c{};
  // Control characters: NUL (cmark replaces it), tab (tab stops, and it ends
  // a hard break's spaces), CR (a line ending), and the rest for safety.
  for (int b = 0; b < 0x20; ++b) c[b] = refuse;
  c[0x7F] = refuse;
  // Everything cmark's inline parser treats as special, other than line
  // endings: escapes, code spans, emphasis, links, images, autolinks and raw
  // HTML all begin with one of these.
  for (unsigned char b : std::string_view("\\`*_[]!<")) c[b] = refuse;
  c['&'] = amp;
  // 0x80-0xBF continue a sequence, never start one; 0xC0, 0xC1 and 0xF5-0xFF
  // never appear in UTF-8.
  for (int b = 0x80; b < 0xC2; ++b) c[b] = refuse;
  for (int b = 0xC2; b < 0xE0; ++b) c[b] = lead2;
  for (int b = 0xE0; b < 0xF0; ++b) c[b] = lead3;
  for (int b = 0xF0; b < 0xF5; ++b) c[b] = lead4;
  for (int b = 0xF5; b < 0x100; ++b) c[b] = refuse;
  return c;
}();

bool continuation(unsigned char b) {
  return (b & 0xC0) == 0x80;
}

// True when CommonMark reads `s` (one line, without its leading and trailing
// spaces) as literal text, byte for byte: no inline syntax, and well-formed
// UTF-8 (cmark replaces ill-formed bytes with U+FFFD) by the same rules as
// cmark's check: no overlong forms, surrogates or code points past U+10FFFF.
bool plain_text(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // Runs of plain ASCII 16 bytes at a time; the byte after one is classed below.
    i += text_scan::markdown_plain_prefix(s.substr(i));
    if (i == n) break;
    switch (byte_classes[p[i]]) {
      case plain:
        ++i;
        break;
      case amp:
        // A reference is '&' then a name or '#': one before a space or at
        // the end of the line's text is always a literal '&'.
        if (i + 1 < n && p[i + 1] != ' ') return false;
        ++i;
        break;
      case lead2:
        if (i + 1 >= n || !continuation(p[i + 1])) return false;
        i += 2;
        break;
      case lead3: {
        if (i + 2 >= n || !continuation(p[i + 1]) || !continuation(p[i + 2])) return false;
        if (p[i] == 0xE0 && p[i + 1] < 0xA0) return false;   // overlong
        if (p[i] == 0xED && p[i + 1] >= 0xA0) return false;  // surrogate
        // U+FEFF: cmark drops a byte order mark at the start of the text.
        if (p[i] == 0xEF && p[i + 1] == 0xBB && p[i + 2] == 0xBF) return false;
        i += 3;
        break;
      }
      case lead4:
        if (i + 3 >= n || !continuation(p[i + 1]) || !continuation(p[i + 2]) ||
            !continuation(p[i + 3]))
          return false;
        if (p[i] == 0xF0 && p[i + 1] < 0x90) return false;   // overlong
        if (p[i] == 0xF4 && p[i + 1] >= 0x90) return false;  // past U+10FFFF
        i += 4;
        break;
      default:
        return false;
    }
  }
  return true;
}

// True when a line, from its first non-space character, could open a block
// other than a paragraph or end one: ATX and setext headings, block quotes,
// bullet lists and thematic breaks, code fences, HTML blocks, link reference
// definitions, ordered lists (digits then '.' or ')'), and '|' for good measure.
bool may_open_block(std::string_view line) {
  switch (line.front()) {
    case '#':
    case '>':
    case '-':
    case '+':
    case '*':
    case '_':
    case '=':
    case '~':
    case '`':
    case '|':
    case '<':
    case '[':
      return true;
    default:
      break;
  }
  std::size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  return digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')');
}

// The text of a bullet list item written "- text" from the line's first
// column, or empty when the line is not one. Any other indent, bullet or
// spacing may nest or change the list: cmark reads those.
std::string_view bullet_item(std::string_view line) {
  if (line.size() < 3 || line[0] != '-' || line[1] != ' ' || line[2] == ' ') return {};
  return line.substr(2);
}

}  // namespace

std::optional<std::vector<prose_block>> parse_plain_prose(std::string_view text) {
  std::vector<prose_block> out;
  std::string paragraph;
  bool open = false;
  bool hard_break = false;  // the paragraph's last line ended in two or more spaces
  // The bullet list being read (out.back()), and whether a blank line has
  // come since its last item: after one, a line that is not an item ends it.
  bool in_list = false;
  bool blank_after_item = false;
  auto close = [&] {
    if (!open) return;
    prose_block b;
    b.content.push_back(doc::text_run{std::move(paragraph), 0});
    out.push_back(std::move(b));
    paragraph = std::string();
    open = false;
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    const std::size_t first = line.find_first_not_of(' ');
    if (first == std::string_view::npos) {  // a blank line ends a paragraph
      close();
      blank_after_item = in_list;
      continue;
    }
    const std::size_t end = line.find_last_not_of(' ') + 1;
    if (const std::string_view item = bullet_item(line.substr(0, end)); !item.empty()) {
      // An item's own text is a paragraph, so it must be plain in the same
      // way. A bullet item interrupts a paragraph (the paragraph's trailing
      // spaces are then dropped, not a hard break); blank lines between
      // items keep one list (a loose one, which converts alike).
      if (may_open_block(item) || !plain_text(item)) return std::nullopt;
      close();
      if (!in_list) {
        prose_block list;
        list.what = prose_block::kind::list;
        out.push_back(std::move(list));
        in_list = true;
      }
      prose_block p;
      p.content.push_back(doc::text_run{std::string(item), 0});
      out.back().items.emplace_back().push_back(std::move(p));
      blank_after_item = false;
      continue;
    }
    if (in_list) {
      // Straight after an item this line would continue the item's text
      // (a lazy continuation line); indented, it may belong to the item.
      if (!blank_after_item || first > 0) return std::nullopt;
      in_list = false;
    }
    // Four spaces start an indented code block (or continue a paragraph).
    if (first >= 4 || may_open_block(line.substr(first))) return std::nullopt;
    const std::string_view words = line.substr(first, end - first);
    if (!plain_text(words)) return std::nullopt;
    if (open) {
      // Two spaces before a line ending inside a paragraph are a hard break;
      // fewer are dropped before the soft break, which the converter writes
      // as one space. Trailing spaces of a paragraph's last line are dropped.
      if (hard_break) return std::nullopt;
      paragraph += ' ';
    }
    paragraph.append(words);
    open = true;
    hard_break = line.size() - end >= 2;
  }
  close();
  return out;
}

}  // namespace cp::compose
