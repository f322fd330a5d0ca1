// SPDX-License-Identifier: MIT
// Dates, display wording and derived numbers of the paper model.
#include "model/paper.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

namespace cp::model {
namespace {

constexpr std::array<const char*, 12> month_names = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
  constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[static_cast<std::size_t>(m - 1)];
}

// Digits only, so "+1" or " 7" never pass as a number.
std::optional<int> digits(std::string_view s) {
  if (s.empty()) return std::nullopt;
  int out = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    out = out * 10 + (c - '0');
  }
  return out;
}

// Lower-case ASCII letters and digits; every other run becomes one '-'.
std::string slug(std::string_view s) {
  std::string out;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 0x80) {
      out += static_cast<char>(std::tolower(u));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace

std::string date::iso() const {
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

std::string date::british() const {
  return fmt::format("{} {} {}", day, month_names.at(static_cast<std::size_t>(month - 1)), year);
}

std::string date::month_year() const {
  return fmt::format("{} {}", month_names.at(static_cast<std::size_t>(month - 1)), year);
}

std::string date::financial_year() const {
  int start = month >= 4 ? year : year - 1;
  return fmt::format("{}/{:02}", start, (start + 1) % 100);
}

std::optional<date> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto y = digits(s.substr(0, 4)), m = digits(s.substr(5, 2)), d = digits(s.substr(8, 2));
  // Year 0 does not exist, and the document formats cannot hold it.
  if (!y || !m || !d || *y < 1 || *m < 1 || *m > 12 || *d < 1 || *d > days_in_month(*y, *m))
    return std::nullopt;
  return date{*y, *m, *d};
}

std::string timescale::display() const {
  if (!text.empty()) return text;
  return due ? due->british() : std::string();
}

const std::vector<std::string>& required_clearances() {
  static const std::vector<std::string> roles = {"author", "section-151", "monitoring-officer"};
  return roles;
}

std::string clearance_role_title(std::string_view role) {
  if (role == "author") return "Report author";
  if (role == "chief-officer") return "Chief Officer";
  if (role == "section-151") return "Section 151 Officer";
  if (role == "monitoring-officer") return "Monitoring Officer";
  if (role == "legal") return "Legal adviser";
  return std::string(role);
}

std::string clearance::role_title() const {
  if (role == "other" && !job_title.empty()) return job_title;
  return clearance_role_title(role);
}

std::string outcome_words(std::string_view outcome) {
  std::string out(outcome);
  std::replace(out.begin(), out.end(), '-', ' ');
  return out;
}

std::string kind_name(paper_kind k) {
  switch (k) {
    case paper_kind::committee_report:
      return "committee-report";
    case paper_kind::annual_report:
      return "annual-report";
    case paper_kind::audit_review:
      return "audit-review";
    case paper_kind::recommendations_appendix:
      return "recommendations-appendix";
  }
  return "committee-report";
}

std::string classification::statement() const {
  if (!exempt) return "This report is public";
  std::string s = fmt::format(
      "This report is exempt from publication under paragraph {} of Part 1 of Schedule 12A to the "
      "Local "
      "Government Act 1972",
      paragraph);
  if (!reason.empty()) s += ": " + reason;
  return s;
}

std::string recommendation::stars() const {
  return std::string(static_cast<std::size_t>(std::clamp(priority, 1, 3)), '*');
}

std::string recommendation::risk() const {
  switch (priority) {
    case 1:
      return "Little residual risk";
    case 3:
      return "Significant residual risk";
    default:
      return "Some residual risk";
  }
}

const partnership* paper::find_partnership(std::string_view wanted) const {
  for (const auto& p : partnerships)
    if (p.id == wanted) return &p;
  return nullptr;
}

void derive(paper& p) {
  int n = 0;
  for (auto& r : p.recommendations) r.number = ++n;
  for (auto& e : p.evaluations) {
    int i = 0;
    for (auto& is : e.issues) is.number = ++i;
  }
  if (p.id.empty()) {
    std::string base = p.meeting_date ? p.meeting_date->iso() + " " + p.title : p.title;
    p.id = slug(base);
  }
}

std::string recommendation_summary(const paper& p) {
  std::size_t total = p.recommendations.size();
  if (total == 0) return "No recommendations";
  std::array<std::size_t, 3> by_priority{};  // little, some, significant
  for (const auto& r : p.recommendations)
    by_priority[static_cast<std::size_t>(std::clamp(r.priority, 1, 3) - 1)]++;
  std::vector<std::string> groups;
  if (by_priority[2]) groups.push_back(fmt::format("{} significant", by_priority[2]));
  if (by_priority[1]) groups.push_back(fmt::format("{} some", by_priority[1]));
  if (by_priority[0]) groups.push_back(fmt::format("{} little", by_priority[0]));
  return fmt::format("{} recommendation{}: {} residual risk", total, total == 1 ? "" : "s",
                     fmt::join(groups, ", "));
}

}  // namespace cp::model
