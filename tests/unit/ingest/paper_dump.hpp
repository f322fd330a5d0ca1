// SPDX-License-Identifier: MIT
// Prints every value of a paper model, one per line and without positions,
// so two inputs that say the same thing can be compared as text.
#pragma once

#include <string>

#include <fmt/format.h>

#include "model/paper.hpp"

namespace cp::test {

class paper_dump {
 public:
  std::string operator()(const model::paper& p) {
    line("kind", model::kind_name(p.kind));
    line("id", p.id);
    line("council", p.council);
    line("committee", p.committee);
    line("meeting-date", p.meeting_date);
    line("title", p.title);
    line("report-of", p.report_of);
    person("author", p.author);
    line("access", p.access.statement());
    line("purpose", p.purpose.markdown);
    line("recommendations-intro", p.recommendations_intro);
    for (const auto& r : p.committee_recommendations) line("committee-recommendation", r.markdown);
    for (const auto& s : p.sections) section("section", s);
    statements("statement", p.statements);
    statements("option", p.options);
    statements("consultation", p.consultations);
    for (const auto& i : p.implications) {
      line("implication", i.title + " | " + i.text.markdown);
      if (i.checked_by) person("implication.checked-by", *i.checked_by);
    }
    line("section-151-comments", p.section151_comments.markdown);
    line("monitoring-officer-comments", p.monitoring_officer_comments.markdown);
    for (const auto& w : p.wards) line("ward", w);
    for (const auto& t : p.corporate_plan_themes) line("theme", t);
    line("portfolio", p.portfolio);
    line("key-decision", p.key_decision ? "true" : "false");
    for (const auto& b : p.background_papers) line("background-paper", b);
    for (const auto& a : p.appendices) line("appendix", a.label + " | " + a.title);
    for (const auto& c : p.criteria) line("criterion", c.name + " | " + c.question);
    for (const auto& x : p.partnerships)
      line("partnership",
           fmt::format("{} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {}", x.id,
                       x.name, x.scope, x.significant, x.lead_officer, x.council_role,
                       x.contribution, x.funding, x.achievements.markdown,
                       x.value_for_money.markdown, x.actions_next_year.markdown,
                       x.governance_progress.markdown, x.illustrative));
    for (const auto& e : p.evaluations) {
      line("evaluation", e.partnership + " | " + e.appendix);
      for (const auto& r : e.results)
        line("  result", r.criterion + " | " + r.rating + " | " + r.evidence.markdown);
      for (const auto& i : e.issues) {
        line("  issue", fmt::format("{} | {} | {} | {}", i.number, i.text.markdown,
                                    i.responsibility, timescale(i.target)));
        for (const auto& a : i.actions) line("    action", a.markdown);
      }
    }
    for (const auto& a : p.work_programme)
      line("activity", a.partnership + " | " + a.month + " | " + a.planned + " | " + a.actual);
    for (const auto& r : p.recommendations)
      line("recommendation",
           fmt::format("{} | {} | {} | {} | {} | {} | {} | {}", r.number, r.id, r.text.markdown,
                       r.priority, r.section, r.management_response.markdown, r.responsibility,
                       timescale(r.due)));
    line("properties", fmt::format("{} | {} | {}", p.props.status, p.props.version,
                                   fmt::join(p.props.keywords, ",")));
    for (const auto& c : p.clearances)
      line("clearance", fmt::format("{} | {} | {} | {} | {} | {}", c.role, c.name, c.job_title,
                                    c.on ? c.on->iso() : "", c.outcome, c.comments.markdown));
    if (p.props.signed_off)
      line("properties.signed-off",
           fmt::format("{} | {} | {}", p.props.signed_off->by, p.props.signed_off->job_title,
                       p.props.signed_off->on ? p.props.signed_off->on->iso() : ""));
    line("properties.created", p.props.created);
    line("properties.modified", p.props.modified);
    line("logo", p.logo);
    return out_;
  }

 private:
  void line(const std::string& key, const std::string& v) { out_ += key + " = " + v + "\n"; }
  void line(const std::string& key, const std::optional<model::date>& d) {
    line(key, d ? d->iso() : "-");
  }
  static std::string timescale(const model::timescale& t) {
    return (t.due ? t.due->iso() : "-") + " / " + t.text;
  }
  void person(const std::string& key, const model::person& p) {
    line(key, p.name + " | " + p.role + " | " + p.phone + " | " + p.email);
  }
  void statements(const std::string& key, const std::vector<model::statement>& list) {
    for (const auto& s : list) line(key, s.title + " | " + s.text.markdown);
  }
  void section(const std::string& key, const model::section& s) {
    line(key, s.id + " | " + s.title + " | " + s.body.markdown + " | " + s.after_table.markdown);
    if (s.table) {
      line(key + ".table", s.table->caption + " | " +
                               fmt::format("{}", fmt::join(s.table->columns, ",")) + " | " +
                               fmt::format("{}", fmt::join(s.table->widths, ",")));
      for (const auto& r : s.table->rows) line(key + ".row", fmt::format("{}", fmt::join(r, ",")));
    }
    for (const auto& sub : s.subsections) section(key + ".sub", sub);
  }

  std::string out_;
};

}  // namespace cp::test
