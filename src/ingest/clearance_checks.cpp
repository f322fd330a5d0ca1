// SPDX-License-Identifier: MIT
#include "ingest/clearance_checks.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace cp::ingest {
namespace {

bool failed_under(const diagnostics& d, std::string_view prefix) {
  return std::any_of(d.items().begin(), d.items().end(), [&](const diagnostic& x) {
    return x.level == severity::error && x.field.starts_with(prefix);
  });
}

std::string entry(std::size_t i) {
  return item_path("clearance", i);
}

// "the Section 151 Officer", "the report author", "the legal adviser".
std::string who(std::string_view role) {
  if (role == "author") return "the report author";
  if (role == "legal") return "the legal adviser";
  return fmt::format("the {}", model::clearance_role_title(role));
}

// "the Section 151 Officer's", "Alex Reid's" (other).
std::string whose(const model::clearance& c) {
  return (c.role == "other" ? c.name : who(c.role)) + "'s";
}

}  // namespace

void check_clearance(const model::paper& p, fields::read_context& c) {
  if (failed_under(c.d, "properties")) return;
  // The rules after the sign-off's read the clearance record, which must have been read whole.
  const bool record_failed = failed_under(c.d, "clearance");
  const auto& props = p.props;
  source_position file_start{p.file, 0, 0};
  source_position status_at = c.at("properties.status", c.at("properties", file_start));

  for (std::size_t i = 0; i < p.clearances.size(); ++i) {
    const auto& x = p.clearances[i];
    if (x.role == "other" && x.job_title.empty())
      c.d.error(
          c.at(entry(i), x.pos), field_path(entry(i), "job-title"),
          fmt::format(
              "an \"other\" consultee needs a job-title saying who {} is, e.g. \"Head of HR\"",
              x.name));
  }

  if (props.signed_off && !props.is_signed_off()) {
    c.d.error(c.at("properties.signed-off", status_at), "properties.signed-off",
              fmt::format(
                  "signed-off is given but the status is \"{}\"; set status: signed-off, or leave "
                  "signed-off out until the paper is signed off",
                  props.status));
    return;
  }
  if (props.status == "draft") return;
  if (props.is_signed_off() && !props.signed_off) {
    c.d.error(status_at, "properties.status",
              "a signed-off paper needs properties.signed-off with by and date: who signed it off "
              "and when");
    return;
  }
  if (record_failed) return;
  std::optional<model::date> signed_on = props.signed_off ? props.signed_off->on : std::nullopt;
  std::string what = props.is_signed_off() ? "signed off" : "cleared";

  // Clearances given after the sign-off cannot have informed it.
  std::vector<bool> late(p.clearances.size(), false);
  if (signed_on)
    for (std::size_t i = 0; i < p.clearances.size(); ++i) {
      const auto& x = p.clearances[i];
      if (!x.on || *x.on <= *signed_on) continue;
      late[i] = true;
      std::string path = field_path(entry(i), "date");
      c.d.error(c.at(path, x.pos), path,
                fmt::format(
                    "{} clearance is dated {}, after the paper was signed off on {}; a signed-off "
                    "paper's clearances must all come before its sign-off",
                    whose(x), x.on->british(), signed_on->british()));
    }

  // The latest answer (by date, then by place in the list) of each role counts.
  auto latest = [&](std::string_view role) -> std::optional<std::size_t> {
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < p.clearances.size(); ++i) {
      const auto& x = p.clearances[i];
      if (x.role != role || late[i]) continue;
      if (!best || *x.on >= *p.clearances[*best].on) best = i;
    }
    return best;
  };
  for (const auto& role : model::required_clearances()) {
    bool any_late = false;
    for (std::size_t i = 0; i < p.clearances.size(); ++i)
      any_late = any_late || (late[i] && p.clearances[i].role == role);
    auto last = latest(role);
    if (!last) {
      if (!any_late)  // a late one is reported already
        c.d.error(
            status_at, "properties.status",
            fmt::format("the paper cannot be {} without {}'s clearance; add a clearance entry with "
                        "role: {}",
                        what, who(role), role));
      continue;
    }
    const auto& x = p.clearances[*last];
    if (!x.positive()) {
      std::string path = field_path(entry(*last), "outcome");
      c.d.error(
          c.at(path, x.pos), path,
          fmt::format("{} ({}) did not clear the paper on {}, so it cannot be {}; record their "
                      "clearance when they give it",
                      who(role), x.name, x.on->british(), what));
    }
  }
  if (!props.is_signed_off()) return;
  std::vector<std::string> others;
  for (const auto& x : p.clearances) {
    const auto& req = model::required_clearances();
    if (std::find(req.begin(), req.end(), x.role) != req.end()) continue;
    if (std::find(others.begin(), others.end(), x.role + "\n" + x.name) != others.end()) continue;
    others.push_back(x.role + "\n" + x.name);
  }
  for (const auto& key : others) {
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < p.clearances.size(); ++i) {
      const auto& x = p.clearances[i];
      if (late[i] || x.role + "\n" + x.name != key) continue;
      if (!best || *x.on >= *p.clearances[*best].on) best = i;
    }
    if (!best || p.clearances[*best].positive()) continue;
    const auto& x = p.clearances[*best];
    std::string path = field_path(entry(*best), "outcome");
    c.d.warning(
        c.at(path, x.pos), path,
        fmt::format("the paper is signed off although {} ({}) did not clear it on {}",
                    x.role == "other" ? x.job_title : who(x.role), x.name, x.on->british()));
  }
  if (signed_on && props.modified && *props.modified > *signed_on) {
    std::string path = "properties.modified";
    c.d.warning(
        c.at(path, status_at), path,
        fmt::format(
            "the paper was last modified on {}, after it was signed off on {}; a changed paper "
            "needs signing off again",
            props.modified->british(), signed_on->british()));
  }
  if (signed_on && p.meeting_date && *signed_on > *p.meeting_date) {
    std::string path = "properties.signed-off.date";
    c.d.warning(c.at(path, status_at), path,
                fmt::format("the paper was signed off on {}, after its meeting on {}",
                            signed_on->british(), p.meeting_date->british()));
  }
}

}  // namespace cp::ingest
