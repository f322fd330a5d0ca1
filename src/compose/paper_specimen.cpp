// SPDX-License-Identifier: MIT
// The names a paper's templates may use: the shape of the view of a
// specimen paper that has one of everything a list or option can hold.
#include "compose/paper_view.hpp"

namespace cp::compose {
namespace {

model::paper specimen() {
  model::paper p;
  p.meeting_date = model::date{2009, 7, 14};
  model::section s;
  s.id = "s";
  s.table = model::table_data{"", {"column"}, {1}, {{"cell"}}};
  s.subsections.push_back(s);
  p.sections.push_back(s);
  p.committee_recommendations.push_back({});
  p.statements.push_back({});
  p.options.push_back({});
  p.consultations.push_back({});
  p.implications.push_back({"", {}, model::person{}});
  p.wards.push_back("");
  p.corporate_plan_themes.push_back("");
  p.background_papers.push_back("");
  p.appendices.push_back({});
  p.criteria.push_back({});
  model::partnership pt;
  pt.significant = true;
  p.partnerships.push_back(pt);
  model::evaluation e;
  e.results.push_back({});
  model::issue i;
  i.actions.push_back({});
  e.issues.push_back(i);
  p.evaluations.push_back(e);
  p.work_programme.push_back({});
  model::recommendation r;
  r.section = "s";
  p.recommendations.push_back(r);
  p.clearances.push_back({});
  p.props.keywords.push_back("");
  p.props.signed_off = model::sign_off{};
  return p;
}

}  // namespace

view_catalogue paper_views() {
  view_shape shape = view_shape::of(paper_view(specimen(), ""));
  view_catalogue out;
  for (model::paper_kind k :
       {model::paper_kind::committee_report, model::paper_kind::annual_report,
        model::paper_kind::audit_review, model::paper_kind::recommendations_appendix})
    out[model::kind_name(k)] = shape;
  return out;
}

}  // namespace cp::compose
