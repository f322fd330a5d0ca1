// SPDX-License-Identifier: MIT
#include "model/meeting.hpp"

#include <array>

#include <fmt/format.h>

namespace cp::model {

std::string standard_item_name(standard_item s) {
  switch (s) {
    case standard_item::none:
      return "";
    case standard_item::apologies:
      return "apologies";
    case standard_item::declarations:
      return "declarations";
    case standard_item::minutes:
      return "minutes";
    case standard_item::urgent_business:
      return "urgent-business";
  }
  return "";
}

bool is_time(const std::string& t) {
  if (t.size() != 5 || t[2] != ':') return false;
  for (std::size_t i : {0u, 1u, 3u, 4u})
    if (t[i] < '0' || t[i] > '9') return false;
  int h = (t[0] - '0') * 10 + (t[1] - '0');
  int m = (t[3] - '0') * 10 + (t[4] - '0');
  return h < 24 && m < 60;
}

std::string display_time(const std::string& t) {
  if (!is_time(t)) return t;
  int h = (t[0] - '0') * 10 + (t[1] - '0');
  int m = (t[3] - '0') * 10 + (t[4] - '0');
  if (h == 12 && m == 0) return "12 noon";
  if (h == 0 && m == 0) return "midnight";
  int h12 = h % 12 == 0 ? 12 : h % 12;
  return fmt::format("{}.{:02} {}", h12, m, h < 12 ? "am" : "pm");
}

std::string schedule_12a_paragraph(int paragraph) {
  static constexpr std::array<const char*, 7> words = {
      "Information relating to any individual.",
      "Information which is likely to reveal the identity of an individual.",
      "Information relating to the financial or business affairs of any particular person "
      "(including the "
      "authority holding that information).",
      "Information relating to any consultations or negotiations, or contemplated consultations or "
      "negotiations, in connection with any labour relations matter arising between the authority "
      "or a "
      "Minister of the Crown and employees of, or office holders under, the authority.",
      "Information in respect of which a claim to legal professional privilege could be maintained "
      "in legal "
      "proceedings.",
      "Information which reveals that the authority proposes (a) to give under any enactment a "
      "notice under "
      "or by virtue of which requirements are imposed on a person; or (b) to make an order or "
      "direction under "
      "any enactment.",
      "Information relating to any action taken or to be taken in connection with the prevention, "
      "investigation or prosecution of crime."};
  if (paragraph < 1 || paragraph > 7) return "";
  return words[static_cast<std::size_t>(paragraph - 1)];
}

}  // namespace cp::model
