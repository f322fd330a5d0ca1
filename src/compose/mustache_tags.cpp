// SPDX-License-Identifier: MIT
#include "compose/mustache_tags.hpp"

#include <algorithm>

namespace cp::compose {

std::vector<mustache_tag> scan_tags(const std::string& text) {
  std::vector<mustache_tag> out;
  std::size_t pos = 0;
  while ((pos = text.find("{{", pos)) != std::string::npos) {
    bool triple = text.compare(pos, 3, "{{{") == 0;
    std::size_t close = text.find(triple ? "}}}" : "}}", pos + 2);
    if (close == std::string::npos) break;  // the Mustache parser reports it
    std::size_t end = close + (triple ? 3 : 2);
    std::string inner = text.substr(pos + 2, close - pos - 2);
    mustache_tag t{pos, end, 0, {}};
    if (triple) {
      t.kind = '{';
      inner = inner.substr(1);
    } else if (!inner.empty() && std::string("#^/>!&=").find(inner.front()) != std::string::npos) {
      t.kind = inner.front();
      inner = inner.substr(1);
    }
    auto first = inner.find_first_not_of(" \t");
    auto last = inner.find_last_not_of(" \t");
    t.name = first == std::string::npos ? "" : inner.substr(first, last - first + 1);
    out.push_back(t);
    pos = end;
  }
  return out;
}

std::vector<std::string> name_parts(const std::string& name) {
  std::vector<std::string> parts;
  for (std::size_t from = 0;;) {
    std::size_t dot = name.find('.', from);
    parts.push_back(name.substr(from, dot - from));
    if (dot == std::string::npos) break;
    from = dot + 1;
  }
  return parts;
}

text_place place_of(const std::string& text, std::size_t offset) {
  offset = std::min(offset, text.size());
  auto end = text.begin() + static_cast<long>(offset);
  text_place p;
  p.line = 1 + static_cast<int>(std::count(text.begin(), end, '\n'));
  std::size_t bol = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  bol = (bol == std::string::npos || offset == 0) ? 0 : bol + 1;
  p.column = 1 + static_cast<int>(offset - bol);
  return p;
}

}  // namespace cp::compose
