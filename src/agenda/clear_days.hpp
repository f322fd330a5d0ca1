// SPDX-License-Identifier: MIT
// Clear days and clear working days between two dates, with the bank
// holidays of England and Wales kept as data (data/bank-holidays-*.yaml).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "model/paper.hpp"
#include "util/error.hpp"

namespace cp::agenda {

// A day the bank holiday list does not cover: the rule cannot be applied
// without guessing, so it is refused. The message says which years are known.
class calendar_error : public input_error {
 public:
  using input_error::input_error;
};

// The bank holidays of one region for a run of complete years.
struct bank_holidays {
  std::string region;  // "England and Wales"
  std::string source;  // where the dates come from (a URL)
  std::string file;    // the data file they were read from, for messages
  int first_year = 0;  // the years the list is complete for
  int last_year = -1;
  std::map<model::date, std::string> dates;  // date -> title ("Good Friday")

  bool covers(const model::date& d) const { return d.year >= first_year && d.year <= last_year; }
  // Throws calendar_error when `d` is outside the covered years.
  bool is_holiday(const model::date& d) const;
};

// Reads a bank holiday file (`region`, `source`, `covers: {from, to}`,
// `dates: [{date, title}]`). Throws input_error with every problem found,
// each as file:line:col: field: message: dates outside `covers`, duplicates,
// dates at weekends (a substitute day is listed instead).
bank_holidays load_bank_holidays(const std::filesystem::path& file);

// 0 Monday ... 6 Sunday.
int weekday(const model::date& d);
// The date `days` days after `d` (before it when negative).
model::date add_days(const model::date& d, int days);
// Days from `a` to `b` (negative when b is earlier).
int days_between(const model::date& a, const model::date& b);

// Clear days between `from` and `to`: the days after `from` and before `to`
// (neither end counts). 0 when `to` is not after `from`.
int clear_days(const model::date& from, const model::date& to);

// Clear working days between `from` (say, publication) and `to` (the
// meeting): the days after `from` and before `to` that are neither a
// Saturday, a Sunday nor a bank holiday. Throws calendar_error when any day
// it must look at is outside the years `holidays` covers.
int clear_working_days(const model::date& from, const model::date& to,
                       const bank_holidays& holidays);

// The latest working day from which at least `needed` clear working days
// remain before `to` ("publish by ..."). Throws calendar_error as above.
model::date latest_with_clear_working_days(const model::date& to, int needed,
                                           const bank_holidays& holidays);

// The bank holidays after `from` and before `to`, for messages:
// "Good Friday on 3 April 2026". Days outside the covered years are skipped.
std::vector<std::string> bank_holidays_between(const model::date& from, const model::date& to,
                                               const bank_holidays& holidays);

}  // namespace cp::agenda
