// SPDX-License-Identifier: MIT
#include "agenda/clear_days.hpp"

#include <fmt/format.h>

#include "ingest/reader.hpp"
#include "ingest/yaml_source.hpp"

namespace cp::agenda {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

model::date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
  return {y, m, d};
}

long serial(const model::date& d) {
  return days_from_civil(d.year, d.month, d.day);
}

bool weekend(const model::date& d) {
  return weekday(d) >= 5;
}

}  // namespace

bool bank_holidays::is_holiday(const model::date& d) const {
  if (!covers(d)) {
    std::string known = last_year < first_year ? std::string("no years")
                                               : fmt::format("{} to {}", first_year, last_year);
    throw calendar_error(fmt::format(
        "{} is outside the years whose bank holidays are known ({}): clear working days cannot be "
        "counted "
        "without guessing; add the bank holidays of {} from {} to {}",
        d.british(), known, d.year, source.empty() ? "https://www.gov.uk/bank-holidays" : source,
        file.empty() ? "the bank holiday list" : file));
  }
  return dates.count(d) > 0;
}

int weekday(const model::date& d) {
  // 1970-01-01 was a Thursday (3 counting Monday as 0).
  long s = serial(d);
  return static_cast<int>(((s % 7) + 7 + 3) % 7);
}

model::date add_days(const model::date& d, int days) {
  return civil_from_days(serial(d) + days);
}

int days_between(const model::date& a, const model::date& b) {
  return static_cast<int>(serial(b) - serial(a));
}

int clear_days(const model::date& from, const model::date& to) {
  return std::max(0, days_between(from, to) - 1);
}

int clear_working_days(const model::date& from, const model::date& to,
                       const bank_holidays& holidays) {
  int count = 0;
  for (model::date d = add_days(from, 1); d < to; d = add_days(d, 1))
    if (!weekend(d) && !holidays.is_holiday(d)) ++count;
  return count;
}

model::date latest_with_clear_working_days(const model::date& to, int needed,
                                           const bank_holidays& holidays) {
  int found = 0;
  model::date d = to;
  while (found < needed) {
    d = add_days(d, -1);
    if (!weekend(d) && !holidays.is_holiday(d)) ++found;
  }
  // The working day before the first clear one (a weekend would do in law,
  // but nobody is asked to publish on a Sunday).
  do d = add_days(d, -1);
  while (weekend(d) || holidays.is_holiday(d));
  return d;
}

std::vector<std::string> bank_holidays_between(const model::date& from, const model::date& to,
                                               const bank_holidays& holidays) {
  std::vector<std::string> out;
  for (auto it = holidays.dates.upper_bound(from); it != holidays.dates.end() && it->first < to;
       ++it)
    out.push_back(fmt::format("{} on {}", it->second, it->first.british()));
  return out;
}

bank_holidays load_bank_holidays(const std::filesystem::path& file) {
  ingest::value root = ingest::load_yaml_file(file);
  diagnostics d;
  bank_holidays out;
  out.file = file.string();
  ingest::map_reader r(root, "", d);
  out.region = r.text("region", true).value_or("");
  out.source = r.text("source", true).value_or("");
  std::optional<int> from, to;
  if (const ingest::value* covers = r.get("covers", true)) {
    ingest::map_reader c(*covers, "covers", d);
    from = c.integer("from", 1900, 2200, true);
    to = c.integer("to", 1900, 2200, true);
    c.finish();
    if (from && to && *to < *from) d.error(covers->pos, "covers", "\"to\" is before \"from\"");
  }
  if (from && to) {
    out.first_year = *from;
    out.last_year = *to;
  }
  if (const ingest::value* dates = r.get("dates", true)) {
    if (!dates->is_list())
      d.error(dates->pos, "dates", fmt::format("expected a list, got {}", dates->describe()));
    for (std::size_t i = 0; i < dates->items.size(); ++i) {
      std::string path = ingest::item_path("dates", i);
      ingest::map_reader e(dates->items[i], path, d);
      auto when = e.text("date", true);
      auto title = e.text("title", true);
      e.finish();
      if (!when) continue;
      auto day = model::parse_date(*when);
      const auto& at = dates->items[i].pos;
      if (!day) {
        d.error(at, path + ".date",
                fmt::format("expected a date written YYYY-MM-DD, got \"{}\"", *when));
        continue;
      }
      if (from && to && (day->year < *from || day->year > *to))
        d.error(at, path + ".date",
                fmt::format("{} is outside the years covered ({} to {})", *when, *from, *to));
      if (weekend(*day))
        d.error(at, path + ".date",
                fmt::format("{} is a {}; list the substitute weekday instead", *when,
                            weekday(*day) == 5 ? "Saturday" : "Sunday"));
      if (!out.dates.emplace(*day, title.value_or("Bank holiday")).second)
        d.error(at, path + ".date", fmt::format("{} is listed twice", *when));
    }
  }
  r.finish();
  if (d.has_errors()) throw input_error(d.to_string());
  return out;
}

}  // namespace cp::agenda
