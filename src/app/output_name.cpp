// SPDX-License-Identifier: MIT
#include "app/output_name.hpp"

#include <array>
#include <cctype>

namespace cp::app {

std::string safe_file_stem(std::string_view text) {
  constexpr std::size_t max_length = 80;
  std::string out;
  bool hyphen = false;
  for (unsigned char c : text) {
    if (std::isalnum(c) && c < 0x80) {
      if (hyphen && !out.empty()) out += '-';
      hyphen = false;
      out += static_cast<char>(std::tolower(c));
    } else if (c == '&') {
      // "Mapping & Evaluation" reads better as "mapping-and-evaluation".
      if (!out.empty()) out += out.back() == '-' ? "and" : "-and";
      hyphen = true;
    } else {
      hyphen = true;
    }
    if (out.size() >= max_length) break;
  }
  out = out.substr(0, max_length);
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.empty()) out = "paper";
  static constexpr std::array<std::string_view, 22> reserved = {
      "con",  "prn",  "aux",  "nul",  "com1", "com2", "com3", "com4", "com5", "com6", "com7",
      "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9"};
  for (auto r : reserved)
    if (out == r) return out + "-paper";
  return out;
}

}  // namespace cp::app
