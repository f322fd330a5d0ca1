// SPDX-License-Identifier: MIT
// The field table of paper inputs. Keys are kebab-case; the order here is
// the order of the schema and of docs/input-format.md.
#include "ingest/paper_types.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace cp::ingest {
namespace {

using namespace fields;
// The model's types by name; prose, date and timescale stay qualified as
// they share their names with the field kinds.
using model::activity;
using model::appendix_ref;
using model::classification;
using model::clearance;
using model::criterion;
using model::criterion_result;
using model::evaluation;
using model::implication;
using model::issue;
using model::paper;
using model::paper_kind;
using model::partnership;
using model::person;
using model::properties;
using model::recommendation;
using model::section;
using model::sign_off;
using model::statement;
using model::table_data;

constexpr bool required = true;

const object_type<person>& person_type() {
  static const auto t =
      object_type<person>("person",
                          "A person named in the paper: an author or an officer who checked it.")
          .add("name", &person::name, text(), "Full name, e.g. \"Alison Davies\".", required)
          .add("role", &person::role, text(), "Job title, e.g. \"Chief Accountant\".")
          .add("phone", &person::phone, text(), "Telephone number as it should be printed.")
          .add("email", &person::email, email_address(), "Email address.");
  return t;
}

const object_type<classification>& exemption_type() {
  static const auto t =
      object_type<classification>(
          "exemption",
          "Why the report is exempt from publication under Schedule 12A to the Local "
          "Government Act 1972.")
          .add("exempt-paragraph", &classification::paragraph, integer(1, 7),
               "The paragraph of Part 1 of Schedule 12A (1 to 7) that the exemption relies on.",
               required)
          .add("reason", &classification::reason, text(),
               "The exempt information in a phrase, e.g. \"information relating to the financial "
               "or business "
               "affairs of any particular person\".");
  return t;
}

// `public`, or a mapping that says why the report is exempt.
kind<classification> access() {
  kind<classification> exempt = object(exemption_type());
  return {[exempt](const value& v, const std::string& path,
                   read_context& c) -> std::optional<classification> {
            if (v.is_scalar() && v.text == "public") return classification{};
            if (v.is_map()) {
              auto out = exempt.read(v, path, c);
              if (out) out->exempt = true;
              return out;
            }
            c.d.error(v.pos, path,
                      fmt::format(
                          "expected public, or a mapping with exempt-paragraph and reason, got {}",
                          v.describe()));
            return std::nullopt;
          },
          [exempt](schema_defs& defs) {
            json one_of = json::array();
            one_of.push(json::object().set("const", json::string("public")));
            one_of.push(exempt.schema(defs));
            return json::object().set("oneOf", std::move(one_of));
          }};
}

void check_table(const table_data& t, const std::string& path, read_context& c) {
  if (t.columns.empty()) return;  // reported as missing
  std::string rows = field_path(path, "rows");
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    if (t.rows[i].size() == t.columns.size()) continue;
    std::string row = item_path(rows, i);
    c.d.error(c.at(row), row,
              fmt::format("the row has {} cell{} but the table has {} column{}", t.rows[i].size(),
                          t.rows[i].size() == 1 ? "" : "s", t.columns.size(),
                          t.columns.size() == 1 ? "" : "s"));
  }
  if (!t.widths.empty()) {
    double widest = *std::max_element(t.widths.begin(), t.widths.end());
    double narrowest = *std::min_element(t.widths.begin(), t.widths.end());
    std::string widths = field_path(path, "widths");
    if (narrowest < widest * 0.01)
      c.d.error(c.at(widths), widths,
                fmt::format("a column of width {} is less than a hundredth of the widest ({}); "
                            "every column needs room for its text",
                            narrowest, widest));
  }
  if (!t.widths.empty() && t.widths.size() != t.columns.size()) {
    std::string widths = field_path(path, "widths");
    c.d.error(c.at(widths), widths,
              fmt::format("{} widths given for {} columns; give one width per column, or none",
                          t.widths.size(), t.columns.size()));
  }
}

const object_type<table_data>& table_type() {
  static const auto t =
      object_type<table_data>(
          "table", "A simple table: a header row of column titles and rows of text cells.")
          .add("caption", &table_data::caption, text(),
               "Caption shown above the table, e.g. \"Leeds Vision Themes\".")
          .add("columns", &table_data::columns, list(text()), "The column titles, left to right.",
               required)
          .add("widths", &table_data::widths, list(positive_number(1000)),
               "Relative column widths, one per column (e.g. [1, 3]), each at most 1000 and at "
               "least a hundredth of the widest; equal widths when left out.")
          .add("rows", &table_data::rows, list(list(text())),
               "The rows, each a list of cells as long as the list of columns.")
          .rule(check_table);
  return t;
}

// The fields sections and subsections share.
object_type<section> section_fields(std::string name, std::string description) {
  return object_type<section>(std::move(name), std::move(description), &section::pos)
      .add("id", &section::id, text(),
           "A short name for the section, unique in the paper, that recommendations use to refer "
           "to it.")
      .add("title", &section::title, text(),
           "The heading, e.g. \"Background\"; the number is added.", required)
      .add("body", &section::body, prose(), "The text of the section (CommonMark).")
      .add("table", &section::table, object(table_type()), "A table after the body.")
      .add("after-table", &section::after_table, prose(), "Text after the table (CommonMark).");
}

const object_type<section>& subsection_type() {
  static const auto t =
      section_fields("subsection", "A numbered subsection of a section (1.1, 1.2, ...).");
  return t;
}

const object_type<section>& section_type() {
  static const auto t =
      section_fields("section", "A numbered section of the body of the paper.")
          .add("subsections", &section::subsections, list(object(subsection_type())),
               "Subsections, numbered within the section; they do not nest further.");
  return t;
}

const object_type<statement>& statement_type() {
  static const auto t =
      object_type<statement>("statement",
                             "A titled block of text, e.g. \"Relationship to Policy Framework\".")
          .add("title", &statement::title, text(), "The heading.", required)
          .add("text", &statement::text, prose(), "The text (CommonMark).");
  return t;
}

const object_type<implication>& implication_type() {
  static const auto t =
      object_type<implication>("implication",
                               "One implication of the decision: financial, legal, risk, ...")
          .add("title", &implication::title, text(), "The kind of implication, e.g. \"Financial\".",
               required)
          .add("text", &implication::text, prose(), "The implications (CommonMark).")
          .add("checked-by", &implication::checked_by, object(person_type()),
               "The officer who checked the comments.");
  return t;
}

const object_type<appendix_ref>& appendix_type() {
  static const auto t =
      object_type<appendix_ref>("appendix", "An appendix of the paper.")
          .add("label", &appendix_ref::label, text(), "Its label, e.g. \"A\" or \"1\".", required)
          .add("title", &appendix_ref::title, text(), "Its title.", required);
  return t;
}

const object_type<criterion>& criterion_type() {
  static const auto t =
      object_type<criterion>("criterion", "A criterion of the partnership evaluation toolkit.")
          .add("name", &criterion::name, text(),
               "Its name, e.g. \"Focus\"; results refer to it by this name.", required)
          .add("question", &criterion::question, text(),
               "The question it asks, e.g. \"Is the purpose of the partnership clear?\"");
  return t;
}

const object_type<partnership>& partnership_type() {
  static const auto t =
      object_type<partnership>("partnership", "A partnership the council takes part in.",
                               &partnership::pos)
          .add("id", &partnership::id, text(),
               "A short name, unique in the paper, that evaluations and the work programme use to "
               "refer to it.",
               required)
          .add("name", &partnership::name, text(), "The partnership's name.", required)
          .add("scope", &partnership::scope, choice({"countywide", "local"}),
               "Whether it is countywide or local.")
          .add("significant", &partnership::significant, boolean(),
               "Whether it is one of the council's significant partnerships.")
          .add("lead-officer", &partnership::lead_officer, text(), "The council's lead officer.")
          .add("council-role", &partnership::council_role, text(), "The council's role in it.")
          .add("contribution", &partnership::contribution, text(), "What the council contributes.")
          .add("funding", &partnership::funding, text(), "How it is funded.")
          .add("achievements", &partnership::achievements, prose(),
               "Its achievements this year (CommonMark).")
          .add("value-for-money", &partnership::value_for_money, prose(),
               "The value for money it offers (CommonMark).")
          .add("actions-next-year", &partnership::actions_next_year, prose(),
               "Actions proposed for next year (CommonMark).")
          .add("governance-progress", &partnership::governance_progress, prose(),
               "Progress with its governance arrangements (CommonMark).")
          .add("illustrative", &partnership::illustrative, boolean(),
               "True when the content is a made-up example; the paper marks it as such.");
  return t;
}

const object_type<criterion_result>& result_type() {
  static const auto t =
      object_type<criterion_result>("result", "How a partnership did against one criterion.")
          .add("criterion", &criterion_result::criterion, text(),
               "The name of a criterion in criteria.", required)
          .add("rating", &criterion_result::rating, text(),
               "The rating, e.g. \"Good\" or \"Needs improvement\".")
          .add("evidence", &criterion_result::evidence, prose(),
               "The evidence for the rating (CommonMark).");
  return t;
}

const object_type<issue>& issue_type() {
  static const auto t =
      object_type<issue>(
          "issue", "An issue an evaluation identified and the actions planned for it.", &issue::pos)
          .add("issue", &issue::text, prose(), "The issue identified (CommonMark).", required)
          .add("actions", &issue::actions, list(prose()),
               "The actions planned, one entry each (CommonMark).")
          .add("responsibility", &issue::responsibility, text(),
               "Who is responsible for the actions.")
          .add("target", &issue::target, timescale(),
               "The implementation target: a date (YYYY-MM-DD) or text such as \"ongoing\".");
  return t;
}

const object_type<evaluation>& evaluation_type() {
  static const auto t =
      object_type<evaluation>("evaluation", "The evaluation of one partnership.", &evaluation::pos)
          .add("partnership", &evaluation::partnership, text(),
               "The id of the partnership evaluated.", required)
          .add("appendix", &evaluation::appendix, text(),
               "The label of the appendix that shows it, e.g. \"A\".")
          .add("results", &evaluation::results, list(object(result_type())),
               "The result for each criterion.")
          .add("issues", &evaluation::issues, list(object(issue_type())),
               "The issues identified, numbered 1, 2, ... in this order.");
  return t;
}

const object_type<activity>& activity_type() {
  static const auto t =
      object_type<activity>("activity",
                            "One month of the evaluation work programme for one partnership.")
          .add("partnership", &activity::partnership, text(), "The id of the partnership.",
               required)
          .add("month", &activity::month, month(), "The month, written YYYY-MM.", required)
          .add("planned", &activity::planned, text(), "The activity planned.")
          .add("actual", &activity::actual, text(), "The activity that took place.");
  return t;
}

const object_type<recommendation>& recommendation_type() {
  static const auto t =
      object_type<recommendation>("recommendation",
                                  "A recommendation, numbered 1, 2, ... in this order.",
                                  &recommendation::pos)
          .add("id", &recommendation::id, text(),
               "A short name for the recommendation, unique in the paper.")
          .add("text", &recommendation::text, prose(), "The recommendation (CommonMark).", required)
          .add("priority", &recommendation::priority, integer(1, 3),
               "The residual risk: 3 significant (***), 2 some (**), 1 little (*).", required)
          .add("section", &recommendation::section, text(),
               "The id of the section or subsection where the recommendation is shown.")
          .add("management-response", &recommendation::management_response, prose(),
               "Management's response (CommonMark).")
          .add("responsibility", &recommendation::responsibility, text(), "Who is responsible.")
          .add("timescale", &recommendation::due, timescale(),
               "When it is due: a date (YYYY-MM-DD) or text such as \"by June 2006\".");
  return t;
}

const object_type<clearance>& clearance_type() {
  static const auto t =
      object_type<clearance>(
          "clearance",
          "One entry of the clearance record: an officer asked to clear the paper, and "
          "what they said.",
          &clearance::pos)
          .add("role", &clearance::role,
               choice({"author", "chief-officer", "section-151", "monitoring-officer", "legal",
                       "other"}),
               "Whose clearance this is: author, chief-officer, section-151, monitoring-officer, "
               "legal or "
               "other (any other named consultee).",
               required)
          .add("name", &clearance::name, text(), "The officer's full name, e.g. \"Jo Smith\".",
               required)
          .add("job-title", &clearance::job_title, text(),
               "The officer's job title, e.g. \"Director of Resources\"; required for role other.")
          .add("date", &clearance::on, date(), "When the officer gave their answer (YYYY-MM-DD).",
               required)
          .add("outcome", &clearance::outcome,
               choice({"cleared", "cleared-with-comments", "not-cleared"}),
               "What the officer said: cleared, cleared-with-comments or not-cleared.", required)
          .add("comments", &clearance::comments, prose(), "The officer's comments (CommonMark).");
  return t;
}

const object_type<sign_off>& sign_off_type() {
  static const auto t =
      object_type<sign_off>("sign-off", "Who signed the paper off as agreed, and when.")
          .add("by", &sign_off::by, text(), "The full name of whoever signed the paper off.",
               required)
          .add("job-title", &sign_off::job_title, text(),
               "Their job title, e.g. \"Chief Executive\".")
          .add("date", &sign_off::on, date(), "When the paper was signed off (YYYY-MM-DD).",
               required);
  return t;
}

const object_type<properties>& properties_type() {
  static const auto t =
      object_type<properties>("properties",
                              "Document properties: status, sign-off, version, keywords and dates.")
          .add("status", &properties::status, choice({"draft", "cleared", "signed-off"}),
               "How far the paper has got: draft, cleared (every required clearance given) or "
               "signed-off "
               "(agreed: needs signed-off).")
          .add("signed-off", &properties::signed_off, object(sign_off_type()),
               "Who signed the paper off and when; given exactly when status is signed-off.")
          .add("version", &properties::version, text(), "The version, e.g. \"1.2\".")
          .add("keywords", &properties::keywords, list(text()),
               "Keywords for the document properties.")
          .add("created", &properties::created, date(), "When the paper was created (YYYY-MM-DD).")
          .add("modified", &properties::modified, date(),
               "When the paper was last changed (YYYY-MM-DD).");
  return t;
}

}  // namespace

const object_type<paper>& paper_type() {
  static const auto t =
      object_type<paper>("paper", "The input of one council committee paper.")
          .add("kind", &paper::kind,
               enumeration<paper_kind>(
                   {{"committee-report", paper_kind::committee_report},
                    {"annual-report", paper_kind::annual_report},
                    {"audit-review", paper_kind::audit_review},
                    {"recommendations-appendix", paper_kind::recommendations_appendix}}),
               "The kind of paper, which chooses its template.", required)
          .add("id", &paper::id, text(),
               "A short name for the paper; made from the meeting date and title when left out.")
          .add("council", &paper::council, text(), "The council, e.g. \"Lancaster City Council\".")
          .add("committee", &paper::committee, text(),
               "The committee or meeting, e.g. \"Executive\".", required)
          .add("meeting-date", &paper::meeting_date, date(),
               "The date of the meeting (YYYY-MM-DD).", required)
          .add("title", &paper::title, text(), "The title of the paper.", required)
          .add("report-of", &paper::report_of, text(),
               "Whose report it is, e.g. \"Chief Executive\".")
          .add("author", &paper::author, object(person_type()),
               "The report author and contact officer.")
          .add("access", &paper::access, access(),
               "public, or a mapping with exempt-paragraph and reason when the report is exempt.")
          .add("purpose", &paper::purpose, prose(), "The purpose of the report (CommonMark).")
          .add("recommendations-intro", &paper::recommendations_intro, text(),
               "The words before the committee recommendations, e.g. \"The Executive is "
               "recommended to:\".")
          .add("committee-recommendations", &paper::committee_recommendations, list(prose()),
               "What the committee is asked to decide, numbered (1), (2), ... (CommonMark each).")
          .add("sections", &paper::sections, list(object(section_type())),
               "The numbered sections of the body.")
          .add("statements", &paper::statements, list(object(statement_type())),
               "Titled blocks after the sections, e.g. \"Relationship to Policy Framework\".")
          .add("options", &paper::options, list(object(statement_type())),
               "The options considered.")
          .add("consultations", &paper::consultations, list(object(statement_type())),
               "Who was consulted, e.g. \"External\" and \"Internal\".")
          .add("implications", &paper::implications, list(object(implication_type())),
               "Financial, legal, risk and other implications.")
          .add("section-151-comments", &paper::section151_comments, prose(),
               "The Section 151 Officer's comments (CommonMark).")
          .add("monitoring-officer-comments", &paper::monitoring_officer_comments, prose(),
               "The Monitoring Officer's comments (CommonMark).")
          .add("wards", &paper::wards, list(text()), "The wards affected, e.g. [All].")
          .add("corporate-plan-themes", &paper::corporate_plan_themes, list(text()),
               "The corporate plan themes the paper relates to.")
          .add("portfolio", &paper::portfolio, text(), "The executive portfolio.")
          .add("key-decision", &paper::key_decision, boolean(),
               "Whether the decision is a key decision.")
          .add("background-papers", &paper::background_papers, list(text()),
               "The background papers.")
          .add("appendices", &paper::appendices, list(object(appendix_type())),
               "The appendices of the paper.")
          .add("criteria", &paper::criteria, list(object(criterion_type())),
               "The criteria of the evaluation toolkit.")
          .add("partnerships", &paper::partnerships, list(object(partnership_type())),
               "The partnerships the paper reports on.")
          .add("evaluations", &paper::evaluations, list(object(evaluation_type())),
               "Partnership evaluations: results and issues with actions.")
          .add("work-programme", &paper::work_programme, list(object(activity_type())),
               "The evaluation work programme, month by month.")
          .add("recommendations", &paper::recommendations, list(object(recommendation_type())),
               "Audit recommendations with priority, management response, responsibility and "
               "timescale.")
          .add("clearance", &paper::clearances, list(object(clearance_type())),
               "The clearance record: the report author, chief officer, Section 151 Officer, "
               "Monitoring "
               "Officer, legal and any other consultee, each with name, date and outcome.")
          .add("properties", &paper::props, object(properties_type()), "Document properties.")
          .add("logo", &paper::logo, text(),
               "The council's logo: a PNG or JPEG file, relative to the file that names it.");
  return t;
}

}  // namespace cp::ingest
