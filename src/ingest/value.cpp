// SPDX-License-Identifier: MIT
#include "ingest/value.hpp"

#include <fmt/format.h>

namespace cp::ingest {

const value* value::find(std::string_view key) const {
  for (const auto& m : members)
    if (m.key == key) return &m.val;
  return nullptr;
}

std::string value::describe() const {
  switch (type) {
    case kind::null:
      return "nothing";
    case kind::list:
      return "a list";
    case kind::map:
      return "a mapping";
    case kind::scalar:
      break;
  }
  constexpr std::size_t max_shown = 40;
  if (text.size() <= max_shown) return fmt::format("\"{}\"", text);
  return fmt::format("\"{}...\"", text.substr(0, max_shown));
}

}  // namespace cp::ingest
