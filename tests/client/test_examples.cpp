// SPDX-License-Identifier: MIT
// The example papers, read back from the files written: recommendations in
// order with numbers, priorities and responses; every action in the
// appendix tables; implications with their "comments checked by" lines.
#include <doctest/doctest.h>

#include <algorithm>

#include <fmt/format.h>

#include <regex>
#include "agenda/pack.hpp"
#include "app/formats.hpp"
#include "compose/compose.hpp"
#include "compose/markdown.hpp"
#include "ingest/paper_loader.hpp"
#include "layout/toc.hpp"
#include "package/atomic_file.hpp"
#include "style/style_loader.hpp"
#include "support/external.hpp"
#include "support/paths.hpp"
#include "xml/xml_reader.hpp"
#include "zip/zip_reader.hpp"

using namespace cp;

namespace {

using row = std::vector<std::string>;
using table = std::vector<row>;

// What a reader finds in a written file: body paragraphs and tables, as text.
struct read_back {
  std::vector<std::string> paragraphs;  // every paragraph in order, tables included
  std::vector<table> tables;
  std::filesystem::path file;
};

std::string text_of(xmlDoc* d, xmlNode* n, const std::string& paragraphs_xpath) {
  std::string out;
  auto ctx_paras = xml::select(d, paragraphs_xpath);
  for (xmlNode* p : ctx_paras) {
    bool inside = false;
    for (xmlNode* up = p; up; up = up->parent)
      if (up == n) inside = true;
    if (!inside) continue;
    if (!out.empty()) out += ' ';
    out += test::squash(xml::content(p));
  }
  return out;
}

read_back build(const model::paper& p, app::format f) {
  static auto hs = style::load_house_style(test::source_dir() / "styles" / "council.yaml");
  static auto templates =
      compose::template_set::load({test::source_dir() / "templates"}, cp::agenda::template_views());
  auto dir = test::scratch_dir(fmt::format("client-example-{}-{}", p.id, app::extension(f)));
  read_back r;
  r.file = dir / fmt::format("{}.{}", p.id, app::extension(f));
  package::write_file_atomically(r.file,
                                 app::render(compose::compose_paper(p, templates, hs), hs, f));
  auto parts = package::read_zip_file(r.file.string());
  bool docx = f == app::format::docx;
  const std::string& main = parts.at(docx ? "word/document.xml" : "content.xml");
  auto d = xml::parse(main, "main part");
  std::string para = docx ? "//w:p" : "//text:p | //text:h";
  for (xmlNode* n : xml::select(d.get(), para))
    r.paragraphs.push_back(test::squash(xml::content(n)));
  for (xmlNode* t : xml::select(d.get(), docx ? "//w:tbl" : "//table:table")) {
    table tb;
    for (xmlNode* tr = t->children; tr; tr = tr->next) {
      std::vector<xmlNode*> rows;
      std::string name = tr->name ? reinterpret_cast<const char*>(tr->name) : "";
      if (name == "tr" || name == "table-row") rows.push_back(tr);
      if (name == "table-header-rows")
        for (xmlNode* h = tr->children; h; h = h->next)
          if (h->type == XML_ELEMENT_NODE) rows.push_back(h);
      for (xmlNode* rn : rows) {
        row cells;
        for (xmlNode* tc = rn->children; tc; tc = tc->next) {
          std::string cn = tc->name ? reinterpret_cast<const char*>(tc->name) : "";
          if (cn == "tc" || cn == "table-cell")
            cells.push_back(text_of(d.get(), tc, docx ? "//w:p" : "//text:p"));
        }
        tb.push_back(std::move(cells));
      }
    }
    r.tables.push_back(std::move(tb));
  }
  return r;
}

model::paper load(const std::string& input) {
  diagnostics d;
  auto p = ingest::load_paper(test::source_dir() / "inputs" / input, d);
  INFO(d.to_string());
  REQUIRE(p);
  return *p;
}

// The plain text of a prose field's first paragraph, as the documents show it.
std::string first_paragraph(const model::prose& p) {
  auto blocks = compose::parse_markdown(p.markdown);
  if (blocks.empty()) return "";
  if (blocks[0].what == compose::prose_block::kind::list) return "";
  return test::squash(layout::plain_text(blocks[0].content));
}

const table* find_table(const read_back& r, const std::string& header_text) {
  for (const auto& t : r.tables)
    for (const auto& rw : t)
      for (const auto& c : rw)
        if (c == header_text) return &t;
  return nullptr;
}

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

void check_action_plan(const model::paper& p, const read_back& r) {
  const table* t = find_table(r, "Management response");
  REQUIRE_MESSAGE(t, "no recommendations and action plan table in ", r.file.string());
  std::vector<const row*> rows;
  for (const auto& rw : *t)
    if (rw.size() == 5 && rw[0] != "No.") rows.push_back(&rw);
  REQUIRE(rows.size() == p.recommendations.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& rec = p.recommendations[i];
    const row& rw = *rows[i];
    INFO("recommendation ", i + 1);
    CHECK(rw[0] == fmt::format("{}", rec.number));
    CHECK(rec.number == static_cast<int>(i) + 1);
    CHECK(starts_with(rw[1], first_paragraph(rec.text)));
    CHECK(rw[2] == rec.stars());
    CHECK(starts_with(rw[3], first_paragraph(rec.management_response)));
    CHECK(rw[4].find(rec.responsibility) != std::string::npos);
  }
}

}  // namespace

TEST_CASE(
    "Leeds review: boxes in order in the body, and the action plan with numbers, stars and "
    "responses") {
  auto p = load("leeds-partnership-review.yaml");
  REQUIRE(p.recommendations.size() == 9);
  for (auto f : {app::format::docx, app::format::odt}) {
    auto r = build(p, f);
    INFO(r.file.string());
    std::size_t at = 0;
    for (const auto& rec : p.recommendations) {
      std::string box = fmt::format("Recommendation {}", rec.number);
      while (at < r.paragraphs.size() && r.paragraphs[at] != box) ++at;
      CHECK_MESSAGE(at < r.paragraphs.size(), "box not found in order: ", box);
      if (at + 1 < r.paragraphs.size())
        CHECK(starts_with(r.paragraphs[at + 1], first_paragraph(rec.text)));
    }
    check_action_plan(p, r);
    auto summary = model::recommendation_summary(p) + ".";
    CHECK(std::find(r.paragraphs.begin(), r.paragraphs.end(), summary) != r.paragraphs.end());
  }
}

TEST_CASE("Leeds recommendations appendix: the same action plan standing alone") {
  auto p = load("leeds-recommendations-appendix.yaml");
  for (auto f : {app::format::docx, app::format::odt}) check_action_plan(p, build(p, f));
}

TEST_CASE("Lancaster committee report: every issue and action in the appendix tables") {
  auto p = load("lancaster-partnership-evaluation.yaml");
  REQUIRE(p.evaluations.size() == 2);
  for (auto f : {app::format::docx, app::format::odt}) {
    auto r = build(p, f);
    INFO(r.file.string());
    for (const auto& e : p.evaluations) {
      const model::partnership* pt = p.find_partnership(e.partnership);
      REQUIRE(pt);
      const table* t = nullptr;
      // The table of this evaluation is the one whose issue texts match.
      for (const auto& tb : r.tables) {
        bool match = !e.issues.empty();
        for (const auto& issue : e.issues) {
          bool found = false;
          for (const auto& rw : tb)
            if (rw.size() == 5 && rw[0] == fmt::format("{}.", issue.number) &&
                starts_with(rw[1], first_paragraph(issue.text)))
              found = true;
          match = match && found;
        }
        if (match) t = &tb;
      }
      REQUIRE_MESSAGE(t, "no table for ", pt->name);
      for (const auto& issue : e.issues) {
        const row* rw = nullptr;
        for (const auto& candidate : *t)
          if (candidate.size() == 5 && candidate[0] == fmt::format("{}.", issue.number))
            rw = &candidate;
        REQUIRE(rw);
        for (const auto& action : issue.actions) {
          std::string a = first_paragraph(action);
          CHECK_MESSAGE((*rw)[2].find(a) != std::string::npos, "action missing from issue ",
                        issue.number, ": ", a);
        }
        CHECK((*rw)[3] == test::squash(issue.responsibility));
        CHECK((*rw)[4] == test::squash(issue.target.display()));
      }
    }
  }
}

TEST_CASE("Cherwell annual report: implications with their comments-checked-by lines, in order") {
  auto p = load("cherwell-partnerships-annual-report.yaml");
  REQUIRE(p.implications.size() >= 3);
  for (auto f : {app::format::docx, app::format::odt}) {
    auto r = build(p, f);
    INFO(r.file.string());
    std::size_t at = 0;
    for (const auto& imp : p.implications) {
      while (at < r.paragraphs.size() && r.paragraphs[at] != imp.title) ++at;
      REQUIRE_MESSAGE(at < r.paragraphs.size(),
                      "implication heading not found in order: ", imp.title);
      CHECK(starts_with(r.paragraphs[at + 1], first_paragraph(imp.text)));
      if (imp.checked_by) {
        std::size_t line = at;
        while (line < r.paragraphs.size() &&
               !starts_with(r.paragraphs[line], "Comments checked by"))
          ++line;
        REQUIRE(line < r.paragraphs.size());
        CHECK(r.paragraphs[line].find(imp.checked_by->name) != std::string::npos);
        CHECK(r.paragraphs[line].find(imp.checked_by->phone) != std::string::npos);
      }
    }
    for (const auto& pt : p.partnerships)
      if (pt.significant)
        CHECK(find_table(r, pt.name + (pt.illustrative ? " (illustrative example)" : "")) !=
              nullptr);
  }
}

TEST_CASE("numbered recommendations to the committee render as (1), (2) ... in LibreOffice") {
  auto p = load("cherwell-partnerships-annual-report.yaml");
  for (auto f : {app::format::docx, app::format::odt}) {
    auto r = build(p, f);
    auto pdf = test::to_pdf(r.file, r.file.parent_path());
    std::string text = test::squash(test::pdf_text(pdf));
    for (std::size_t i = 0; i < p.committee_recommendations.size(); ++i) {
      std::string expected = fmt::format(
          "({}) {}", i + 1, first_paragraph(p.committee_recommendations[i]).substr(0, 30));
      CHECK_MESSAGE(text.find(expected) != std::string::npos, "not in the PDF of ", r.file.string(),
                    ": ", expected);
    }
  }
}

TEST_CASE("Leeds review: every contents entry shows the page its heading is on, in both formats") {
  auto p = load("leeds-partnership-review.yaml");
  auto hs = style::load_house_style(test::source_dir() / "styles" / "council.yaml");
  auto templates =
      compose::template_set::load({test::source_dir() / "templates"}, cp::agenda::template_views());
  auto tree = compose::compose_paper(p, templates, hs);
  auto entries = layout::collect_toc(tree, hs, 2);
  REQUIRE(entries.size() > 20);
  auto upper = [](std::string t) {
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::toupper(c); });
    return t;
  };
  for (auto f : {app::format::docx, app::format::odt}) {
    auto r = build(p, f);
    auto pdf = test::to_pdf(r.file, r.file.parent_path());
    int pages = test::pdf_pages(pdf);
    std::vector<std::string> text;
    for (int i = 1; i <= pages; ++i) text.push_back(upper(test::squash(test::pdf_text(pdf, i))));
    // The contents fill the first pages; an entry reads "LABEL TEXT ..... PAGE".
    std::string contents = text[0] + " " + (pages > 1 ? text[1] : "");
    for (const auto& e : entries) {
      std::string entry = upper(test::squash((e.label.empty() ? "" : e.label + " ") + e.text));
      std::smatch m;
      std::string pattern;
      for (char c : entry) {
        if (std::string_view(".^$|()[]{}*+?\\/").find(c) != std::string_view::npos) pattern += '\\';
        pattern += c;
      }
      REQUIRE_MESSAGE(std::regex_search(contents, m, std::regex(pattern + "[ .]*([0-9]+)")),
                      "no contents entry for ", entry);
      int listed = std::stoi(m[1]);
      INFO(r.file.string(), ": ", entry, " listed on page ", listed);
      REQUIRE(listed >= 1);
      REQUIRE(listed <= pages);
      CHECK(text[static_cast<std::size_t>(listed - 1)].find(entry) != std::string::npos);
    }
  }
}

TEST_CASE("markup and template code in the input appears literally in both formats") {
  struct expectation {
    const char* input;
    std::vector<std::string> texts;  // each must be the whole or part of a paragraph
  };
  const std::vector<expectation> cases = {
      {"xml-special.yaml",
       {"Fish & Chips <Review> \"2009\" 'final'", "<script>alert(1)</script>", "a < b", "c & d",
        "Costs < £5 & benefits > £10 ]]>"}},
      {"mustache-tags.yaml",
       {"{{{committee}}}", "{{title}}", "Report of {{#sections}}{{/sections}}",
        "{{> partial}} {{! comment }} {{=<% %>=}} <%x%>"}},
  };
  for (const auto& c : cases) {
    diagnostics d;
    auto p =
        ingest::load_paper(test::source_dir() / "tests" / "bad-inputs" / "must-load" / c.input, d);
    INFO(d.to_string());
    REQUIRE(p);
    for (auto f : {app::format::docx, app::format::odt}) {
      auto r = build(*p, f);
      INFO(r.file.string());
      for (const auto& expected : c.texts) {
        bool found = std::any_of(
            r.paragraphs.begin(), r.paragraphs.end(),
            [&](const std::string& para) { return para.find(expected) != std::string::npos; });
        CHECK_MESSAGE(found, "not found literally: ", expected);
      }
      // And the properties hold the title as typed.
      auto parts = package::read_zip_file(r.file.string());
      const std::string& props =
          parts.at(f == app::format::docx ? "docProps/core.xml" : "meta.xml");
      auto x = xml::parse(props, "properties");
      CHECK(xml::evaluate(x.get(), "string(//dc:title)") == p->title);
    }
  }
}
