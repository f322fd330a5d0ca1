// SPDX-License-Identifier: MIT
#include "util/suggest.hpp"

#include <algorithm>
#include <cctype>

namespace cp {
namespace {

// Levenshtein distance, case-insensitive, with '-' and '_' treated alike.
std::size_t distance(std::string_view a, std::string_view b) {
  auto norm = [](char c) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return c == '_' ? '-' : c;
  };
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t sub = prev[j - 1] + (norm(a[i - 1]) == norm(b[j - 1]) ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

std::optional<std::string> nearest(std::string_view word,
                                   const std::vector<std::string>& candidates) {
  std::size_t limit = std::max<std::size_t>(2, (word.size() + 2) / 3);
  auto common_prefix = [&](const std::string& c) {
    std::size_t n = 0;
    while (n < word.size() && n < c.size() &&
           std::tolower(static_cast<unsigned char>(word[n])) ==
               std::tolower(static_cast<unsigned char>(c[n])))
      ++n;
    return n;
  };
  std::optional<std::string> best;
  std::size_t best_d = limit + 1, best_prefix = 0;
  for (const auto& c : candidates) {
    std::size_t d = distance(word, c);
    std::size_t prefix = common_prefix(c);
    // Ties go to the candidate that starts like the word: "colr" is "colour", not "bold".
    if (d <= limit && (d < best_d || (d == best_d && prefix > best_prefix))) {
      best_d = d;
      best_prefix = prefix;
      best = c;
    }
  }
  return best;
}

}  // namespace cp
