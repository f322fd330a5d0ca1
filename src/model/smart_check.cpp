// SPDX-License-Identifier: MIT
// The SMART check: warnings about actions and recommendations that say no
// one is responsible, no date, or a date already past when the paper is met.
#include <fmt/format.h>

#include "model/paper.hpp"

namespace cp::model {
namespace {

// Warns about a missing owner or date, or a date before the meeting.
void check_owner_and_date(const paper& p, const source_position& at, const std::string& path,
                          const std::string& responsibility, std::string_view responsibility_key,
                          const timescale& due, std::string_view due_key, std::string_view what,
                          diagnostics& d) {
  if (responsibility.empty())
    d.warning(at, fmt::format("{}.{}", path, responsibility_key),
              fmt::format("nobody is named as responsible for {}", what));
  if (due.empty())
    d.warning(at, fmt::format("{}.{}", path, due_key),
              fmt::format("no target date is set for {}", what));
  else if (due.due && p.meeting_date && *due.due < *p.meeting_date)
    d.warning(at, fmt::format("{}.{}", path, due_key),
              fmt::format("the target date {} is before the meeting on {}", due.due->british(),
                          p.meeting_date->british()));
}

}  // namespace

void smart_check(const paper& p, diagnostics& d) {
  for (std::size_t e = 0; e < p.evaluations.size(); ++e) {
    const auto& ev = p.evaluations[e];
    for (std::size_t i = 0; i < ev.issues.size(); ++i) {
      const auto& is = ev.issues[i];
      std::string path = fmt::format("evaluations[{}].issues[{}]", e + 1, i + 1);
      if (is.actions.empty())
        d.warning(is.pos, path + ".actions", "no actions are planned for this issue");
      check_owner_and_date(p, is.pos, path, is.responsibility, "responsibility", is.target,
                           "target", "this issue's actions", d);
    }
  }
  for (std::size_t r = 0; r < p.recommendations.size(); ++r) {
    const auto& rec = p.recommendations[r];
    std::string path = fmt::format("recommendations[{}]", r + 1);
    if (rec.management_response.empty())
      d.warning(rec.pos, path + ".management-response",
                "the recommendation has no management response");
    check_owner_and_date(p, rec.pos, path, rec.responsibility, "responsibility", rec.due,
                         "timescale", "the recommendation", d);
  }
}

}  // namespace cp::model
