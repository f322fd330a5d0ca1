// SPDX-License-Identifier: MIT
#include "demo/showcase.hpp"

#include <fmt/format.h>

#include "document/build.hpp"

namespace cp::demo {
namespace {

using namespace cp::doc;

// Header: paper title field on the left; footer: "Page N of M".
void page_furniture(section& s, const std::string& header_text) {
  paragraph h = para("header", text(header_text + " — "));
  h.content.push_back(field{field_kind::document_title, 0});
  s.header.push_back(blk(std::move(h)));
  paragraph f = para("footer", text("Page "));
  f.content.push_back(field{field_kind::page_number, 0});
  f.content.push_back(run(" of "));
  f.content.push_back(field{field_kind::page_count, 0});
  s.footer.push_back(blk(std::move(f)));
}

heading make_heading(int level, std::string t, std::optional<numbering_ref> num,
                     std::string anchor = {}) {
  heading h;
  h.level = level;
  h.content = text(std::move(t));
  h.numbering = num;
  h.anchor = std::move(anchor);
  return h;
}

list_item item(std::string role, std::string t) {
  list_item it;
  it.blocks.push_back(blk(para(std::move(role), text(std::move(t)))));
  return it;
}

list make_list(std::size_t seq, const std::string& role, std::initializer_list<const char*> items) {
  list l;
  l.sequence = seq;
  for (const char* t : items) l.items.push_back(item(role, t));
  return l;
}

table_cell cell(std::string role, std::string t, int col_span = 1, int row_span = 1) {
  table_cell c;
  c.blocks.push_back(blk(para(std::move(role), text(std::move(t)))));
  c.col_span = col_span;
  c.row_span = row_span;
  return c;
}

// The "Issues identified / Actions planned" table: header row repeated on
// every page, a merged title cell, a cell spanning two rows, bullet lists in cells.
table action_table(document& d, int rows) {
  table t;
  t.column_widths = {0.6, 4, 6, 2.2, 2.2};
  t.header_rows = 2;
  t.caption = text("Issues identified and actions planned");
  table_row title;
  title.cells.push_back(
      cell("table-heading", "Community Safety Partnership: development and improvement plan", 5));
  t.rows.push_back(std::move(title));
  table_row head;
  for (const char* h :
       {"No.", "Issues Identified", "Actions Planned", "Responsibility", "Target Date"})
    head.cells.push_back(cell("table-heading", h));
  t.rows.push_back(std::move(head));
  for (int r = 1; r <= rows; ++r) {
    table_row row;
    row.cells.push_back(cell("table-text", fmt::format("{}.", r)));
    if (r == 3) {
      row.cells.push_back(
          cell("table-text",
               "Performance management arrangements are underdeveloped and cover two rows", 1, 2));
    } else if (r != 4) {
      row.cells.push_back(
          cell("table-text", fmt::format("Issue {}: the interests of agencies can override those "
                                         "of the partnership as a whole",
                                         r)));
    }
    table_cell actions;
    std::size_t bullets = add_sequence(d, "bullet");
    list l = make_list(
        bullets, "list-bullet",
        {"Make it clear that everyone has a voice", "Review the way partners report back"});
    list sub = make_list(add_sequence(d, "bullet"), "list-bullet-2",
                         {"to their own organisations", "to the partnership board"});
    l.items.back().blocks.push_back(blk(std::move(sub)));
    actions.blocks.push_back(blk(std::move(l)));
    row.cells.push_back(std::move(actions));
    row.cells.push_back(
        cell("table-text", r % 2 ? "Community Safety Officer" : "Head of Cultural Services"));
    row.cells.push_back(cell("table-text", r % 3 ? "March 2010" : "Ongoing"));
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace

doc::document showcase_document(const std::string& logo_png) {
  document d;
  d.meta.title = "Partnership Mapping & Evaluation";
  d.meta.subject = "Committee paper: style sampler";
  d.meta.author = "Robert Bailey";
  d.meta.keywords = {"partnerships", "evaluation", "committee paper"};
  d.meta.description = "Every construct the document engine supports, in the house style.";
  d.meta.created = "2009-07-01T09:00:00Z";
  d.meta.modified = "2009-07-14T16:30:00Z";
  d.meta.custom = {
      {"Status", "Draft"}, {"Version", "0.3"}, {"Committee", "Budget & Performance Panel"}};

  std::size_t logo = add_image(d, logo_png, "council-logo.png");
  std::size_t outline = add_sequence(d, "outline");
  std::size_t recs = add_sequence(d, "recommendations");

  // ------------------------------------------------------------ section 1
  section s1;
  page_furniture(s1, "Budget & Performance Panel");
  title_block tb;
  tb.committee = "Budget & Performance Panel";
  tb.title = "Partnership Mapping & Evaluation";
  tb.meeting_date = "14 July 2009";
  tb.report_of = "Report of Corporate Director (Finance & Performance)";
  tb.classification = "This report is public";
  tb.logo = picture{logo, 50, 0, "Example Borough Council logo"};
  s1.body.push_back(blk(tb));
  s1.body.push_back(blk(table_of_contents{"Contents", 3}));

  s1.body.push_back(blk(make_heading(2, "Recommendations", std::nullopt)));
  s1.body.push_back(blk(para("body-text", text("The Panel is recommended to:"))));
  s1.body.push_back(blk(numbered(
      "recommendation",
      text("Consider the outcomes of the evaluations and identify further actions."), recs)));
  s1.body.push_back(blk(
      numbered("recommendation", text("Note progress on the work programme for 2009/10."), recs)));

  s1.body.push_back(
      blk(make_heading(1, "Introduction", numbering_ref{outline, 0}, "introduction")));
  paragraph p11 = numbered(
      "numbered-paragraph",
      text("In February 2009, Members considered the work programme for the evaluation of "),
      outline, 1);
  p11.content.push_back(run("eight", bold));
  p11.content.push_back(run(" major partnerships using the "));
  p11.content.push_back(run("Partnership Development and Evaluation Toolkit", italic));
  p11.content.push_back(run(", the 2"));
  p11.content.push_back(run("nd", superscript));
  p11.content.push_back(run(" edition of which is "));
  p11.content.push_back(run("now in use", underline));
  p11.content.push_back(run("."));
  s1.body.push_back(blk(std::move(p11)));
  paragraph p12 = numbered("numbered-paragraph", text("The toolkit is published at "), outline, 1);
  p12.content.push_back(
      link{"https://www.example.gov.uk/partnerships", {run("www.example.gov.uk/partnerships")}});
  p12.content.push_back(run("; questions to "));
  p12.content.push_back(
      link{"mailto:partnerships@example.gov.uk", {run("partnerships@example.gov.uk")}});
  p12.content.push_back(run("."));
  p12.content.push_back(line_break{});
  p12.content.push_back(run("See also section "));
  p12.content.push_back(link{"#work-programme", {run("Work Programme 2009/10")}});
  p12.content.push_back(run("."));
  s1.body.push_back(blk(std::move(p12)));
  s1.body.push_back(
      blk(numbered("numbered-paragraph-2", text("the Community Safety Partnership;"), outline, 2)));
  s1.body.push_back(
      blk(numbered("numbered-paragraph-2", text("the Museums Partnership, where:"), outline, 2)));
  s1.body.push_back(blk(
      numbered("numbered-paragraph-3", text("the agreement ends in April 2013; and"), outline, 3)));
  s1.body.push_back(
      blk(numbered("numbered-paragraph-3", text("no exit strategy is in place."), outline, 3)));

  s1.body.push_back(
      blk(make_heading(1, "Overview of completed evaluations", numbering_ref{outline, 0})));
  s1.body.push_back(blk(
      numbered("numbered-paragraph",
               text("The toolkit assesses each partnership against six criteria:"), outline, 1)));
  list criteria = make_list(
      add_sequence(d, "bullet"), "list-bullet",
      {"Focus", "Membership", "Efficiency and effectiveness", "Accountability and transparency",
       "Learning and sharing", "Evaluation and monitoring"});
  criteria.items[2].blocks.push_back(
      blk(make_list(add_sequence(d, "bullet"), "list-bullet-2",
                    {"inputs and outputs measured", "efficiency reviewed yearly"})));
  s1.body.push_back(blk(std::move(criteria)));
  s1.body.push_back(blk(make_heading(2, "Approach taken by each partnership", std::nullopt)));
  s1.body.push_back(blk(
      numbered("numbered-paragraph", text("The evaluations followed three steps:"), outline, 1)));
  list steps = make_list(add_sequence(d, "number"), "list-number",
                         {"Officers completed part 1 of the toolkit.", "Partners held workshops.",
                          "Findings were agreed."});
  steps.items[1].blocks.push_back(
      blk(make_list(add_sequence(d, "number"), "list-number-2",
                    {"with the Health, Fire and Police authorities", "with Service Heads"})));
  s1.body.push_back(blk(std::move(steps)));
  s1.body.push_back(blk(make_heading(3, "Community Safety Partnership", std::nullopt)));
  s1.body.push_back(
      blk(para("body-text",
               text("The issues identified and the actions planned are set out in the table below; "
                    "its header rows repeat on every page."))));
  s1.body.push_back(blk(action_table(d, 14)));
  s1.body.push_back(blk(numbered(
      "numbered-paragraph",
      text("This paragraph continues the numbering of section 2 after the table."), outline, 1)));

  s1.body.push_back(
      blk(make_heading(1, "Work Programme 2009/10", numbering_ref{outline, 0}, "work-programme")));
  std::size_t cont = add_sequence(d, "continuous");
  s1.body.push_back(blk(
      numbered("numbered-paragraph",
               text("Paragraphs can also be numbered in one sequence through a document."), cont)));
  s1.body.push_back(blk(numbered("numbered-paragraph",
                                 text("This is the second paragraph of that sequence."), cont)));
  s1.body.push_back(blk(page_break{}));
  paragraph pic = para("body-text", {});
  pic.align = alignment::centre;
  pic.content.push_back(picture{logo, 80, 0, "Example Borough Council logo, enlarged"});
  s1.body.push_back(blk(std::move(pic)));
  s1.body.push_back(
      blk(numbered("numbered-paragraph",
                   text("The sequence continues after a page break and a picture."), cont)));

  // ------------------------------------------------------------ section 2: landscape appendix
  section s2;
  s2.page_orientation = orientation::landscape;
  page_furniture(s2, "Appendix A: Recommendations and Action Plan");
  heading app =
      make_heading(1, "Appendix A: Recommendations and Action Plan", std::nullopt, "appendix-a");
  app.role = "appendix-heading";
  s2.body.push_back(blk(std::move(app)));
  std::size_t appendix_outline = add_sequence(d, "outline");
  s2.body.push_back(blk(numbered(
      "numbered-paragraph",
      text("Numbering restarts in each appendix: this paragraph is 1.1 of its own sequence."),
      appendix_outline, 1)));
  table wide;
  wide.column_widths = {1, 8, 2, 8, 4};
  wide.header_rows = 1;
  wide.caption = text("Recommendations and action plan");
  table_row head;
  for (const char* h :
       {"No.", "Recommendation", "Priority", "Management response", "Responsibility and timescale"})
    head.cells.push_back(cell("table-heading", h));
  wide.rows.push_back(std::move(head));
  const char* stars[] = {"***", "**", "*"};
  for (int r = 1; r <= 4; ++r) {
    table_row row;
    row.cells.push_back(cell("table-text", fmt::format("{}", r)));
    row.cells.push_back(cell("table-text",
                             "The Council should ensure all partnership arrangements are aligned "
                             "to its strategic direction."));
    row.cells.push_back(cell("table-text", stars[(r - 1) % 3]));
    row.cells.push_back(
        cell("table-text", "Agreed. A review of the partnership agreement has been instigated."));
    row.cells.push_back(cell("table-text", "Area Managers by June 2006"));
    wide.rows.push_back(std::move(row));
  }
  s2.body.push_back(blk(std::move(wide)));

  // ------------------------------------------------------------ section 3: back to portrait
  section s3;
  page_furniture(s3, "Budget & Performance Panel");
  s3.body.push_back(blk(make_heading(1, "Conclusion", numbering_ref{outline, 0})));
  s3.body.push_back(blk(numbered("numbered-paragraph",
                                 text("The main numbering continues after the landscape appendix."),
                                 outline, 1)));
  paragraph contact = para("body-text", text("Contact Officer: Robert Bailey"));
  contact.content.push_back(line_break{});
  contact.content.push_back(run("Telephone: 01524 582018"));
  s3.body.push_back(blk(std::move(contact)));

  d.sections = {std::move(s1), std::move(s2), std::move(s3)};
  return d;
}

}  // namespace cp::demo
