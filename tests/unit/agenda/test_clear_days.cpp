// SPDX-License-Identifier: MIT
// Clear days and clear working days around weekends, Christmas (with its
// substitute days), New Year and Easter, with the bank holidays of England
// and Wales as the data file lists them.
#include <doctest/doctest.h>

#include <fstream>

#include "agenda/clear_days.hpp"
#include "support/paths.hpp"

using namespace cp;
using agenda::clear_days;
using agenda::clear_working_days;
using agenda::latest_with_clear_working_days;

namespace {

model::date day(const char* iso) {
  return *model::parse_date(iso);
}

const agenda::bank_holidays& holidays() {
  static const auto h = agenda::load_bank_holidays(test::source_dir() / "data" /
                                                   "bank-holidays-england-and-wales.yaml");
  return h;
}

}  // namespace

TEST_CASE("the bank holiday list says where it comes from and which years it covers") {
  const auto& h = holidays();
  CHECK(h.region == "England and Wales");
  CHECK(h.source == "https://www.gov.uk/bank-holidays");
  CHECK(h.first_year == 2018);
  CHECK(h.last_year == 2027);
  for (int year = h.first_year; year <= h.last_year; ++year) {
    int n = 0;
    for (const auto& [d, title] : h.dates) n += d.year == year;
    INFO(year);
    CHECK(n >= 8);  // eight a year, more with jubilees, coronations and funerals
  }
  CHECK(h.dates.at(day("2022-09-19")) ==
        "Bank Holiday for the State Funeral of Queen Elizabeth II");
  CHECK(h.dates.at(day("2026-12-28")) == "Boxing Day (substitute day)");
}

TEST_CASE("weekdays") {
  CHECK(agenda::weekday(day("1970-01-01")) == 3);  // Thursday
  CHECK(agenda::weekday(day("2026-04-15")) == 2);  // Wednesday
  CHECK(agenda::weekday(day("2000-02-29")) == 1);  // Tuesday
  CHECK(agenda::add_days(day("2026-12-31"), 1) == day("2027-01-01"));
  CHECK(agenda::add_days(day("2028-03-01"), -1) == day("2028-02-29"));
  CHECK(agenda::days_between(day("2026-02-27"), day("2026-04-15")) == 47);
}

TEST_CASE("clear days count neither end") {
  CHECK(clear_days(day("2026-04-14"), day("2026-04-15")) == 0);
  CHECK(clear_days(day("2026-04-15"), day("2026-04-15")) == 0);
  CHECK(clear_days(day("2026-04-16"), day("2026-04-15")) == 0);
  CHECK(clear_days(day("2026-02-27"), day("2026-04-15")) == 46);
  CHECK(clear_days(day("2026-03-17"), day("2026-04-15")) ==
        28);  // the latest a key decision may be noticed
  CHECK(clear_days(day("2026-03-18"), day("2026-04-15")) == 27);
}

TEST_CASE("clear working days skip weekends as well as both ends") {
  // Friday to the Monday week after: Monday to Friday in between.
  CHECK(clear_working_days(day("2026-01-09"), day("2026-01-19"), holidays()) == 5);
  // Monday to Monday: Tuesday to Friday.
  CHECK(clear_working_days(day("2026-01-12"), day("2026-01-19"), holidays()) == 4);
  // Published on a Saturday: the weekend counts for nothing.
  CHECK(clear_working_days(day("2026-01-10"), day("2026-01-19"), holidays()) == 5);
  CHECK(clear_working_days(day("2026-01-16"), day("2026-01-19"), holidays()) == 0);
  CHECK(clear_working_days(day("2026-01-19"), day("2026-01-19"), holidays()) == 0);
  CHECK(latest_with_clear_working_days(day("2026-01-19"), 5, holidays()) == day("2026-01-09"));
  CHECK(latest_with_clear_working_days(day("2026-01-21"), 5, holidays()) == day("2026-01-13"));
}

TEST_CASE("clear working days over Christmas and New Year") {
  // 2025: Christmas on Thursday, Boxing Day Friday, New Year's Day Thursday.
  CHECK(clear_working_days(day("2025-12-17"), day("2026-01-06"), holidays()) == 10);
  CHECK(clear_working_days(day("2025-12-23"), day("2026-01-05"), holidays()) == 5);
  CHECK(latest_with_clear_working_days(day("2026-01-05"), 5, holidays()) == day("2025-12-23"));
  CHECK(clear_working_days(day("2025-12-24"), day("2026-01-05"), holidays()) == 4);
}

TEST_CASE("substitute days: Christmas at a weekend moves the bank holidays to the week after") {
  // 2026: Boxing Day is a Saturday, so Monday 28 December is the bank holiday.
  CHECK(clear_working_days(day("2026-12-21"), day("2027-01-04"), holidays()) == 6);  // 22-24, 29-31
  CHECK(clear_working_days(day("2026-12-23"), day("2027-01-04"), holidays()) == 4);
  CHECK(latest_with_clear_working_days(day("2027-01-04"), 5, holidays()) == day("2026-12-22"));
  // 2027: Christmas Day is a Saturday and Boxing Day a Sunday: Monday 27 and Tuesday 28 December.
  CHECK(clear_working_days(day("2027-12-23"), day("2027-12-31"), holidays()) == 3);  // 24, 29, 30
  // 2021 the same way; 2022 New Year's Day on a Saturday moves to Monday 3 January.
  CHECK(clear_working_days(day("2021-12-24"), day("2022-01-05"), holidays()) ==
        4);  // 29, 30, 31, 4
}

TEST_CASE("clear working days over Easter") {
  // 2026: Good Friday 3 April, Easter Monday 6 April.
  CHECK(clear_working_days(day("2026-04-02"), day("2026-04-10"), holidays()) == 3);
  CHECK(clear_working_days(day("2026-04-07"), day("2026-04-15"), holidays()) == 5);
  CHECK(clear_working_days(day("2026-04-08"), day("2026-04-15"), holidays()) == 4);
  CHECK(latest_with_clear_working_days(day("2026-04-15"), 5, holidays()) == day("2026-04-07"));
  CHECK(latest_with_clear_working_days(day("2026-04-10"), 5, holidays()) == day("2026-03-31"));
  // 2025: Good Friday 18 April, Easter Monday 21 April.
  CHECK(clear_working_days(day("2025-04-10"), day("2025-04-24"), holidays()) == 7);
  // 2024: Easter fell across March and April (29 March, 1 April).
  CHECK(clear_working_days(day("2024-03-27"), day("2024-04-05"), holidays()) == 4);
  auto between = agenda::bank_holidays_between(day("2026-04-02"), day("2026-04-10"), holidays());
  REQUIRE(between.size() == 2);
  CHECK(between[0] == "Good Friday on 3 April 2026");
  CHECK(between[1] == "Easter Monday on 6 April 2026");
}

TEST_CASE("days outside the covered years are refused, not guessed") {
  CHECK_THROWS_WITH_AS(
      clear_working_days(day("2027-12-20"), day("2028-01-10"), holidays()),
      doctest::Contains("3 January 2028 is outside the years whose bank holidays are known "
                        "(2018 to 2027)"),
      agenda::calendar_error);
  CHECK_THROWS_AS(clear_working_days(day("2017-12-20"), day("2018-01-10"), holidays()),
                  agenda::calendar_error);
  CHECK_THROWS_AS(latest_with_clear_working_days(day("2018-01-03"), 5, holidays()),
                  agenda::calendar_error);
  // Clear days (calendar days) need no bank holidays.
  CHECK(clear_days(day("2030-01-01"), day("2030-02-01")) == 30);
}

TEST_CASE("a bad bank holiday list is refused with every problem") {
  auto dir = test::scratch_dir("agenda-holidays");
  auto file = dir / "holidays.yaml";
  std::ofstream(file)
      << "region: Test\nsource: https://example.org\ncovers: {from: 2026, to: 2026}\n"
         "dates:\n"
         "  - {date: 2026-12-26, title: Boxing Day}\n"
         "  - {date: 2027-01-01, title: New Year's Day}\n"
         "  - {date: 2026-04-03, title: Good Friday}\n"
         "  - {date: 2026-04-03, title: Good Friday again}\n"
         "  - {date: 2026-13-01, titel: Nothing}\n";
  std::string f = file.string();
  CHECK_THROWS_WITH_AS(
      agenda::load_bank_holidays(file),
      (f + ":5:5: dates[1].date: 2026-12-26 is a Saturday; list the substitute weekday instead\n" +
       f + ":6:5: dates[2].date: 2027-01-01 is outside the years covered (2026 to 2026)\n" + f +
       ":8:5: dates[4].date: 2026-04-03 is listed twice\n" + f +
       ":9:5: dates[5].title: required field is missing\n" + f +
       ":9:24: dates[5].titel: unknown field \"titel\"; did you mean \"title\"?\n" + f +
       ":9:5: dates[5].date: expected a date written YYYY-MM-DD, got \"2026-13-01\"")
          .c_str(),
      input_error);
}
