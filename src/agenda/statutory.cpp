// SPDX-License-Identifier: MIT
// The statutory checks of an agenda: publication five clear working days
// ahead (section 100B(3) of the Local Government Act 1972), key decisions on
// the forward plan 28 clear days ahead (regulation 9 of the Local
// Authorities (Executive Arrangements) (Meetings and Access to Information)
// (England) Regulations 2012), and exempt items naming their paragraph of
// Schedule 12A.
#include <fmt/format.h>

#include "agenda/agenda.hpp"

namespace cp::agenda {
namespace {

constexpr int publication_days = 5;
constexpr int forward_plan_days = 28;

std::string weekday_name(const model::date& d) {
  static constexpr const char* names[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday"};
  return names[weekday(d)];
}

std::string long_date(const model::date& d) {
  return weekday_name(d) + " " + d.british();
}

std::string item_list(const std::vector<int>& numbers) {
  std::string out;
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    if (i > 0) out += i + 1 == numbers.size() ? " and " : ", ";
    out += fmt::format("{}", numbers[i]);
  }
  return fmt::format("{} {}", numbers.size() == 1 ? "item" : "items", out);
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " and " : ", ";
    out += parts[i];
  }
  return out;
}

source_position at(const model::meeting& m, const std::string& path,
                   const source_position& fallback = {}) {
  auto it = m.positions.find(path);
  return it == m.positions.end() ? fallback : it->second;
}

// What publishing on `published` gives before the meeting, and what it should
// have been; empty when the rule is met.
std::string publication_problem(const model::date& published, const model::date& meeting,
                                const bank_holidays& holidays) {
  if (published >= meeting)
    return fmt::format("it is published on {}, which is not before the meeting on {}",
                       long_date(published), long_date(meeting));
  int days = clear_working_days(published, meeting, holidays);
  if (days >= publication_days) return "";
  std::string msg =
      fmt::format("it is published on {}, {} clear working day{} before the meeting on {}",
                  long_date(published), days, days == 1 ? "" : "s", long_date(meeting));
  auto holidays_between = bank_holidays_between(published, meeting, holidays);
  if (!holidays_between.empty())
    msg += fmt::format(" ({} {})", join(holidays_between),
                       holidays_between.size() == 1 ? "is a bank holiday" : "are bank holidays");
  msg += fmt::format(
      "; an agenda must be published at least {} clear working days before the meeting (section "
      "100B(3) of the "
      "Local Government Act 1972; neither the day of publication, the day of the meeting, weekends "
      "nor bank "
      "holidays count): publish by {}",
      publication_days,
      long_date(latest_with_clear_working_days(meeting, publication_days, holidays)));
  return msg;
}

}  // namespace

void check_statutory(const agenda& a, const bank_holidays& holidays, diagnostics& d) {
  const model::meeting& m = a.meeting;
  if (!m.meeting_date || !m.published) return;  // reported by the loader
  const model::date meeting = *m.meeting_date;

  // Publication: the agenda's date for items without one of their own.
  std::vector<int> late;
  for (const auto& it : a.items) {
    const auto& in = m.items[it.input_index];
    if (in.published || !it.urgent.empty()) continue;
    late.push_back(it.number);
  }
  try {
    std::string problem = publication_problem(*m.published, meeting, holidays);
    if (!problem.empty() && !late.empty()) {
      bool all = late.size() == a.items.size();
      d.error(at(m, "published"), "published",
              fmt::format("the agenda is late: {}; or mark {} urgent with a reason (urgent: ...)",
                          problem, all ? std::string("each item") : item_list(late)));
    }
  } catch (const calendar_error& e) {
    d.error(at(m, "published"), "published", e.what());
  }
  for (const auto& it : a.items) {
    const auto& in = m.items[it.input_index];
    if (!in.published) continue;
    std::string path = it.path() + ".published";
    if (*in.published < *m.published)
      d.warning(at(m, path), path, "the item is published before the agenda itself");
    if (!it.urgent.empty()) continue;
    try {
      std::string problem = publication_problem(*in.published, meeting, holidays);
      if (!problem.empty())
        d.error(at(m, path), path,
                fmt::format("item {} is late: {}; or mark it urgent with a reason (urgent: ...)",
                            it.number, problem));
    } catch (const calendar_error& e) {
      d.error(at(m, path), path, e.what());
    }
  }

  // Key decisions: on the forward plan 28 clear days ahead.
  for (const auto& it : a.items) {
    if (!it.key_decision || !it.urgent.empty()) continue;
    const auto& in = m.items[it.input_index];
    std::string path = it.path();
    if (!it.plan) {
      std::string where = in.key_decision ? path + ".key-decision" : path + ".report";
      d.error(
          at(m, where, in.pos), path + ".forward-plan",
          fmt::format(
              "item {} is a key decision but names no forward plan entry (forward-plan: "
              "{{reference, "
              "published}}); a key decision must be on the forward plan at least {} clear days "
              "before "
              "it is taken (regulation 9 of the Local Authorities (Executive Arrangements) "
              "(Meetings "
              "and Access to Information) (England) Regulations 2012), or be marked urgent with a "
              "reason (regulations 10 and 11)",
              it.number, forward_plan_days));
      continue;
    }
    if (!it.plan->published) continue;
    int days = clear_days(*it.plan->published, meeting);
    if (days >= forward_plan_days) continue;
    std::string fp = path + ".forward-plan.published";
    d.error(at(m, fp, in.pos), fp,
            fmt::format("the forward plan entry {} of item {} was first published on {}, {} clear "
                        "day{} before the "
                        "meeting; a key decision must be on the forward plan at least {} clear "
                        "days before it is "
                        "taken (regulation 9 of the Local Authorities (Executive Arrangements) "
                        "(Meetings and Access "
                        "to Information) (England) Regulations 2012): the entry should have been "
                        "published by {}, "
                        "or mark the item urgent with a reason (regulations 10 and 11)",
                        it.plan->reference, it.number, long_date(*it.plan->published), days,
                        days == 1 ? "" : "s", forward_plan_days,
                        long_date(add_days(meeting, -(forward_plan_days + 1)))));
  }

  // Exempt items: a paragraph of Schedule 12A, 1 to 7 (the loader refuses
  // anything else); urgency cannot stand in for it, as the resolution to
  // exclude the press and public must cite it.
  for (const auto& it : a.items)
    if (it.exempt() && (it.access.paragraph < 1 || it.access.paragraph > 7))
      d.error(
          at(m, it.path() + ".access", m.items[it.input_index].pos), it.path() + ".access",
          fmt::format("item {} is exempt but names no paragraph of Part 1 of Schedule 12A (1 to 7)",
                      it.number));
}

}  // namespace cp::agenda
