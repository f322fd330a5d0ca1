// SPDX-License-Identifier: MIT
// A hash map from strings that finds entries by std::string_view without
// making a string. For lookup tables the writers consult once or twice per
// paragraph (style ids by role): a hash and one comparison instead of a
// tree's string comparisons. Never iterate one to write anything: its order
// depends on the hashing, and the files we write must not.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cp {

struct string_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

template <class Value>
using string_map = std::unordered_map<std::string, Value, string_hash, std::equal_to<>>;

}  // namespace cp
