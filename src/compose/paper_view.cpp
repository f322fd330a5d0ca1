// SPDX-License-Identifier: MIT
#include "compose/paper_view.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "compose/view_fields.hpp"

namespace cp::compose {
namespace {

// Prose as its Markdown, empty when not given (view_fields.hpp has the rest).
using compose::put;
void put(view& obj, const std::string& key, const model::prose& p) {
  obj.set(key, view(p.empty() ? std::string() : p.markdown));
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& i : items) {
    if (!out.empty()) out += sep;
    out += i;
  }
  return out;
}

view recommendation_view(const model::recommendation& r) {
  view o = view::object();
  o.set("number", view(fmt::format("{}", r.number)));
  put(o, "id", r.id);
  put(o, "text", r.text);
  o.set("priority", view(fmt::format("{}", r.priority)));
  o.set("stars", view(r.stars()));
  o.set("risk", view(r.risk()));
  put(o, "management_response", r.management_response);
  put(o, "responsibility", r.responsibility);
  put(o, "timescale", r.due.display());
  std::string both = r.responsibility;
  if (!r.due.empty()) both += (both.empty() ? "" : ", ") + r.due.display();
  put(o, "responsibility_and_timescale", both);
  return o;
}

view table_view(const model::table_data& t) {
  view o = view::object();
  put(o, "caption", t.caption);
  std::vector<std::string> widths;
  for (double w : t.widths) widths.push_back(fmt::format("{}", w));
  put(o, "widths", join(widths, " "));
  o.set("columns", text_list(t.columns));
  view rows = view::list();
  for (const auto& r : t.rows) {
    view row = view::object();
    row.set("cells", text_list(r));
    rows.push(std::move(row));
  }
  o.set("rows", std::move(rows));
  return o;
}

view section_view(const model::paper& p, const model::section& s) {
  view o = view::object();
  put(o, "id", s.id);
  put(o, "title", s.title);
  put(o, "body", s.body);
  o.set("table", s.table ? table_view(*s.table) : view(""));
  put_flag(o, "has_table", s.table.has_value());
  put(o, "after_table", s.after_table);
  view subs = view::list();
  for (const auto& sub : s.subsections) subs.push(section_view(p, sub));
  put_list(o, "subsections", std::move(subs));
  // Recommendations belonging here are shown as boxes at the section's end.
  view recs = view::list();
  if (!s.id.empty())
    for (const auto& r : p.recommendations)
      if (r.section == s.id) recs.push(recommendation_view(r));
  put_list(o, "recommendations", std::move(recs));
  return o;
}

view statements_view(const std::vector<model::statement>& items) {
  view l = view::list();
  for (const auto& s : items) {
    view o = view::object();
    put(o, "title", s.title);
    put(o, "text", s.text);
    l.push(std::move(o));
  }
  return l;
}

view partnership_view(const model::partnership& pt) {
  view o = view::object();
  put(o, "id", pt.id);
  put(o, "name", pt.name);
  put(o, "scope",
      pt.scope == "countywide" ? "Countywide"
      : pt.scope == "local"    ? "Local"
                               : pt.scope);
  put_flag(o, "significant", pt.significant);
  put(o, "lead_officer", pt.lead_officer);
  put(o, "council_role", pt.council_role);
  put(o, "contribution", pt.contribution);
  put(o, "funding", pt.funding);
  put(o, "achievements", pt.achievements);
  put(o, "value_for_money", pt.value_for_money);
  put(o, "actions_next_year", pt.actions_next_year);
  put(o, "governance_progress", pt.governance_progress);
  put_flag(o, "illustrative", pt.illustrative);
  return o;
}

view evaluation_view(const model::paper& p, const model::evaluation& e) {
  view o = view::object();
  const model::partnership* pt = p.find_partnership(e.partnership);
  put(o, "partnership", pt ? pt->name : e.partnership);
  put(o, "appendix", e.appendix);
  view results = view::list();
  for (const auto& r : e.results) {
    view ro = view::object();
    put(ro, "criterion", r.criterion);
    for (const auto& c : p.criteria)
      if (c.name == r.criterion) put(ro, "question", c.question);
    put(ro, "rating", r.rating);
    put(ro, "evidence", r.evidence);
    results.push(std::move(ro));
  }
  put_list(o, "results", std::move(results));
  view issues = view::list();
  for (const auto& i : e.issues) {
    view io = view::object();
    io.set("number", view(fmt::format("{}", i.number)));
    put(io, "text", i.text);
    view actions = view::list();
    for (const auto& a : i.actions) {
      view ao = view::object();
      put(ao, "text", a);
      actions.push(std::move(ao));
    }
    put_list(io, "actions", std::move(actions));
    put(io, "responsibility", i.responsibility);
    put(io, "target", i.target.display());
    issues.push(std::move(io));
  }
  put_list(o, "issues", std::move(issues));
  return o;
}

// The label after the last evaluation appendix ("A", "B" -> "C"; "2" -> "3"),
// for the work programme appendix that follows them.
std::string next_appendix_label(const model::paper& p) {
  std::string last;
  for (const auto& e : p.evaluations)
    if (!e.appendix.empty()) last = e.appendix;
  if (last.empty()) return "A";
  if (last.size() == 1 && std::isupper(static_cast<unsigned char>(last[0])) && last[0] != 'Z')
    return std::string(1, static_cast<char>(last[0] + 1));
  if (std::all_of(last.begin(), last.end(), [](unsigned char c) { return std::isdigit(c); }))
    return fmt::format("{}", std::stoi(last) + 1);
  return last + "+";
}

std::string iso_timestamp(const std::optional<model::date>& d) {
  return d ? d->iso() + "T00:00:00Z" : "";
}

}  // namespace

view paper_view(const model::paper& p, const std::string& logo_src) {
  view v = view::object();
  v.set("kind", view(model::kind_name(p.kind)));
  put(v, "id", p.id);
  put(v, "council", p.council);
  put(v, "committee", p.committee);
  put(v, "title", p.title);
  put(v, "report_of", p.report_of);
  model::date meeting = p.meeting_date.value_or(model::date{});
  put(v, "meeting_date", p.meeting_date ? meeting.british() : "");
  put(v, "meeting_date_iso", p.meeting_date ? meeting.iso() : "");
  put(v, "financial_year", p.meeting_date ? meeting.financial_year() : "");
  model::date next_year = meeting;
  next_year.year += 1;
  put(v, "next_financial_year", p.meeting_date ? next_year.financial_year() : "");
  v.set("author", person_view(p.author));
  put_flag(v, "has_author", !p.author.name.empty());
  v.set("classification", view(p.access.statement()));
  put_flag(v, "exempt", p.access.exempt);
  put(v, "exempt_paragraph", p.access.exempt ? fmt::format("{}", p.access.paragraph) : "");
  put(v, "purpose", p.purpose);
  put(v, "recommendations_intro", p.recommendations_intro);
  view crecs = view::list();
  for (const auto& r : p.committee_recommendations) {
    view o = view::object();
    put(o, "text", r);
    crecs.push(std::move(o));
  }
  put_list(v, "committee_recommendations", std::move(crecs));

  view sections = view::list();
  for (const auto& s : p.sections) sections.push(section_view(p, s));
  put_list(v, "sections", std::move(sections));
  put_list(v, "statements", statements_view(p.statements));
  put_list(v, "options", statements_view(p.options));
  put_list(v, "consultations", statements_view(p.consultations));

  view implications = view::list();
  for (const auto& i : p.implications) {
    view o = view::object();
    put(o, "title", i.title);
    put(o, "text", i.text);
    o.set("checked_by", i.checked_by ? person_view(*i.checked_by) : view(""));
    implications.push(std::move(o));
  }
  put_list(v, "implications", std::move(implications));
  put(v, "section151_comments", p.section151_comments);
  put(v, "monitoring_officer_comments", p.monitoring_officer_comments);
  put(v, "wards", join(p.wards, ", "));
  put(v, "corporate_plan_themes", join(p.corporate_plan_themes, ", "));
  put(v, "portfolio", p.portfolio);
  put_flag(v, "key_decision", p.key_decision);
  put_list(v, "background_papers", text_list(p.background_papers));
  view appendices = view::list();
  for (const auto& a : p.appendices) {
    view o = view::object();
    put(o, "label", a.label);
    put(o, "title", a.title);
    appendices.push(std::move(o));
  }
  put_list(v, "appendices", std::move(appendices));

  view criteria = view::list();
  for (const auto& c : p.criteria) {
    view o = view::object();
    put(o, "name", c.name);
    put(o, "question", c.question);
    criteria.push(std::move(o));
  }
  put_list(v, "criteria", std::move(criteria));
  view partnerships = view::list(), significant = view::list();
  bool illustrative = false;
  for (const auto& pt : p.partnerships) {
    partnerships.push(partnership_view(pt));
    if (pt.significant) significant.push(partnership_view(pt));
    illustrative = illustrative || pt.illustrative;
  }
  put_list(v, "partnerships", std::move(partnerships));
  put_list(v, "significant_partnerships", std::move(significant));
  put_flag(v, "has_illustrative_partnerships", illustrative);
  view evaluations = view::list();
  for (const auto& e : p.evaluations) evaluations.push(evaluation_view(p, e));
  put_list(v, "evaluations", std::move(evaluations));
  view work = view::list();
  for (const auto& a : p.work_programme) {
    view o = view::object();
    const model::partnership* pt = p.find_partnership(a.partnership);
    put(o, "partnership", pt ? pt->name : a.partnership);
    auto month = model::parse_date(a.month + "-01");
    put(o, "month", month ? month->month_year() : a.month);
    put(o, "planned", a.planned);
    put(o, "actual", a.actual);
    work.push(std::move(o));
  }
  put_list(v, "work_programme", std::move(work));
  put(v, "work_programme_appendix", next_appendix_label(p));

  view recs = view::list();
  for (const auto& r : p.recommendations) recs.push(recommendation_view(r));
  put_list(v, "recommendations", std::move(recs));
  put(v, "recommendation_summary", model::recommendation_summary(p));
  view legend = view::list();
  for (int priority = 3; priority >= 1; --priority) {
    model::recommendation r;
    r.priority = priority;
    view o = view::object();
    o.set("stars", view(r.stars()));
    o.set("risk", view(r.risk()));
    legend.push(std::move(o));
  }
  v.set("priority_legend", std::move(legend));

  view props = view::object();
  put(props, "status", p.props.status);
  put(props, "version", p.props.version);
  put(props, "keywords", join(p.props.keywords, "; "));
  put(props, "created", iso_timestamp(p.props.created));
  put(props, "modified", iso_timestamp(p.props.modified));
  put_flag(props, "draft", p.props.status == "draft");
  put_flag(props, "signed_off", p.props.is_signed_off());
  // The mark in the header of every page of a paper not yet signed off.
  put(props, "mark",
      p.props.status == "draft"     ? "DRAFT"
      : p.props.status == "cleared" ? "DRAFT: cleared, awaiting sign-off"
                                    : "");
  const model::sign_off none;
  const model::sign_off& so = p.props.signed_off ? *p.props.signed_off : none;
  put(props, "signed_off_by", so.by);
  put(props, "signed_off_job_title", so.job_title);
  put(props, "signed_off_date", so.on ? so.on->british() : "");
  put(props, "signed_off_date_iso", so.on ? so.on->iso() : "");
  v.set("properties", std::move(props));

  view clearances = view::list();
  for (std::size_t i = 0; i < p.clearances.size(); ++i) {
    const auto& c = p.clearances[i];
    view o = view::object();
    o.set("number", view(fmt::format("{}", i + 1)));
    put(o, "role", c.role);
    put(o, "role_title", c.role_title());
    put(o, "name", c.name);
    put(o, "job_title", c.job_title);
    put(o, "date", c.on ? c.on->british() : "");
    put(o, "date_iso", c.on ? c.on->iso() : "");
    put(o, "outcome", c.outcome);
    put(o, "outcome_words", model::outcome_words(c.outcome));
    put(o, "comments", c.comments);
    clearances.push(std::move(o));
  }
  put_list(v, "clearances", std::move(clearances));
  put(v, "logo", logo_src);
  return v;
}

}  // namespace cp::compose
