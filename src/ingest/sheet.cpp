// SPDX-License-Identifier: MIT
#include "ingest/sheet.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

namespace cp::ingest {
namespace {

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar, and
// back (H. Hinnant's algorithms, exact for every year we accept).
long long days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

model::date civil_from_days(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long y = static_cast<long long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

std::optional<int> small_number(std::string_view s) {
  if (s.empty() || s.size() > 4) return std::nullopt;
  int out = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return out;
}

}  // namespace

const cell* sheet::find(int row, int column) const {
  auto r = std::lower_bound(rows.begin(), rows.end(), row,
                            [](const sheet_row& x, int n) { return x.number < n; });
  if (r == rows.end() || r->number != row) return nullptr;
  auto c = std::lower_bound(r->cells.begin(), r->cells.end(), column,
                            [](const cell& x, int n) { return x.column < n; });
  if (c == r->cells.end() || c->column != column) return nullptr;
  return &*c;
}

source_position sheet::position(int row, int column) const {
  return cell_position(file, name, row, column);
}

sheet_error::sheet_error(source_position where, const std::string& message)
    : input_error(fmt::format("{}: {}", where.to_string(), message)),
      where_(std::move(where)),
      message_(message) {}

std::optional<model::date> date_in_text(std::string_view s) {
  auto first = s.find('/');
  if (first == std::string_view::npos) return std::nullopt;
  auto second = s.find('/', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  std::string_view d = s.substr(0, first), m = s.substr(first + 1, second - first - 1),
                   y = s.substr(second + 1);
  if (d.size() > 2 || m.size() > 2 || y.size() != 4) return std::nullopt;
  auto dn = small_number(d), mn = small_number(m), yn = small_number(y);
  if (!dn || !mn || !yn) return std::nullopt;
  return model::parse_date(fmt::format("{:04}-{:02}-{:02}", *yn, *mn, *dn));
}

std::optional<date_time> date_of_serial(double serial, bool system_1904) {
  if (!std::isfinite(serial) || serial < 0 || serial > 3'000'000) return std::nullopt;
  auto total = static_cast<long long>(std::llround(serial * 86400.0));
  long long day = total / 86400;
  int seconds = static_cast<int>(total % 86400);
  long long unix_day = 0;
  if (system_1904) {
    unix_day = days_from_civil(1904, 1, 1) + day;
  } else {
    // Serial 1 is 1 January 1900 and 60 the 29 February that never was;
    // from 61 (1 March 1900) on, days count from 30 December 1899.
    if (day < 1 || day == 60) return std::nullopt;
    unix_day = day < 60 ? days_from_civil(1899, 12, 31) + day : days_from_civil(1899, 12, 30) + day;
  }
  model::date d = civil_from_days(unix_day);
  if (d.year > 9999) return std::nullopt;
  return date_time{d, seconds};
}

double serial_of_date(const model::date& d) {
  long long days =
      days_from_civil(d.year, static_cast<unsigned>(d.month), static_cast<unsigned>(d.day)) -
      days_from_civil(1899, 12, 30);
  return static_cast<double>(days < 61 ? days - 1 : days);
}

std::string iso_date_time(const model::date& d, int seconds) {
  std::string out = d.iso();
  if (seconds <= 0) return out;
  int h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
  if (s) return fmt::format("{} {:02}:{:02}:{:02}", out, h, m, s);
  return fmt::format("{} {:02}:{:02}", out, h, m);
}

}  // namespace cp::ingest
