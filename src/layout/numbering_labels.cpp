// SPDX-License-Identifier: MIT
#include "layout/numbering_labels.hpp"

#include <fmt/format.h>

namespace cp::layout {
namespace {

std::string roman(int n, bool upper) {
  static const std::pair<int, const char*> table[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (auto [v, s] : table)
    while (n >= v) out += s, n -= v;
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// a..z, aa..zz, aaa..: the scheme Word and LibreOffice both use.
std::string letters(int n, bool upper) {
  char c = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
  return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), c);
}

}  // namespace

std::string format_counter(int n, style::number_format f) {
  using style::number_format;
  if (n <= 0) n = 1;
  switch (f) {
    case number_format::decimal:
      return fmt::format("{}", n);
    case number_format::lower_letter:
      return letters(n, false);
    case number_format::upper_letter:
      return letters(n, true);
    case number_format::lower_roman:
      return roman(n, false);
    case number_format::upper_roman:
      return roman(n, true);
    case number_format::bullet:
    case number_format::none:
      return "";
  }
  return "";
}

numbering_counter::numbering_counter(const doc::document& d, const style::house_style& hs)
    : doc_(d), style_(hs) {}

std::string numbering_counter::next(const doc::numbering_ref& ref) {
  const doc::sequence& seq = doc_.sequences.at(ref.sequence);
  const style::numbering_scheme& scheme = style_.scheme(seq.scheme);
  auto& counts = counters_[ref.sequence];
  if (counts.empty()) counts.assign(scheme.levels.size(), 0);
  auto level = static_cast<std::size_t>(ref.level);
  if (level >= counts.size()) return "";
  int first = level == 0 ? seq.start : 1;
  counts[level] = counts[level] == 0 ? first : counts[level] + 1;
  for (std::size_t deeper = level + 1; deeper < counts.size(); ++deeper) counts[deeper] = 0;

  const style::numbering_level& lvl = scheme.levels[level];
  if (lvl.format == style::number_format::bullet) return lvl.text;
  if (lvl.format == style::number_format::none) return "";
  std::string out;
  for (std::size_t i = 0; i < lvl.text.size(); ++i) {
    char c = lvl.text[i];
    if (c == '%' && i + 1 < lvl.text.size() && lvl.text[i + 1] >= '1' && lvl.text[i + 1] <= '9') {
      auto k = static_cast<std::size_t>(lvl.text[i + 1] - '1');
      if (k < counts.size()) {
        // A level above that has not been used yet shows its start value, as Word does.
        int n = counts[k] == 0 ? (k == 0 ? seq.start : 1) : counts[k];
        out += format_counter(n, scheme.levels[k].format);
      }
      ++i;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace cp::layout
