// SPDX-License-Identifier: MIT
// The style sampler, which holds every construct of the engine, opened by
// real clients: doccheck (schemas, references), LibreOffice (rendering, page
// numbers, numbering labels) and pandoc (text read back).
#include <doctest/doctest.h>

#include <functional>
#include <regex>

#include <fmt/format.h>

#include "app/formats.hpp"
#include "demo/showcase.hpp"
#include "layout/toc.hpp"
#include "package/atomic_file.hpp"
#include "style/style_loader.hpp"
#include "support/external.hpp"
#include "support/paths.hpp"

using namespace cp;

namespace {

struct rendered {
  std::filesystem::path file;
  std::filesystem::path pdf;
  int pages = 0;
  std::vector<std::string> page_text;  // squashed, index 0 = page 1
  std::string all;                     // squashed
};

doc::document sampler() {
  return demo::showcase_document(
      test::read_file(test::source_dir() / "styles/assets/council-logo.png"));
}

rendered build_and_render(app::format f, const std::string& style_file) {
  auto hs = style::load_house_style(test::source_dir() / "styles" / style_file);
  auto dir = test::scratch_dir(fmt::format("client-sampler-{}-{}", app::extension(f), style_file));
  rendered r;
  r.file = dir / fmt::format("sampler.{}", app::extension(f));
  package::write_file_atomically(r.file, app::render(sampler(), hs, f));
  r.pdf = test::to_pdf(r.file, dir);
  r.pages = test::pdf_pages(r.pdf);
  for (int p = 1; p <= r.pages; ++p) r.page_text.push_back(test::squash(test::pdf_text(r.pdf, p)));
  r.all = test::squash(test::pdf_text(r.pdf));
  return r;
}

bool contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

// Pages (1-based) whose text contains `needle`.
std::vector<int> pages_with(const rendered& r, const std::string& needle) {
  std::vector<int> out;
  for (std::size_t i = 0; i < r.page_text.size(); ++i)
    if (contains(r.page_text[i], needle)) out.push_back(static_cast<int>(i) + 1);
  return out;
}

void check_sampler(app::format f, const std::string& style_file) {
  rendered r = build_and_render(f, style_file);
  INFO("file: ", r.file.string());

  auto dc = test::doccheck({r.file});
  INFO(dc.output);
  CHECK(dc.status == 0);

  CHECK(r.pages >= 5);
  // Numbering labels as LibreOffice lays them out: the outline continues
  // across a bullet list, a table, sections and a landscape appendix; the
  // appendix sequence restarts; the continuous sequence runs 1, 2, 3.
  for (const char* expected :
       {"(1) Consider the outcomes", "(2) Note progress", "1.1 In February 2009",
        "1.2 The toolkit is published", "(a) the Community Safety Partnership",
        "(b) the Museums Partnership", "(i) the agreement ends", "(ii) no exit strategy",
        "2.1 The toolkit assesses", "2.2 The evaluations followed", "2.3 This paragraph continues",
        "1. Paragraphs can also be numbered", "2. This is the second", "3. The sequence continues",
        "1.1 Numbering restarts", "4.1 The main numbering continues"}) {
    CHECK_MESSAGE(contains(r.all, expected), "not found in the PDF: ", expected);
  }
  std::string upper = r.all;
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return std::toupper(c); });
  for (const char* heading :
       {"1 INTRODUCTION", "2 OVERVIEW OF COMPLETED EVALUATIONS", "3 WORK PROGRAMME 2009/10",
        "4 CONCLUSION", "APPENDIX A: RECOMMENDATIONS AND ACTION PLAN"})
    CHECK_MESSAGE(contains(upper, heading), "heading not found: ", heading);

  // Footer fields: "Page 2 of N" with the real page count.
  CHECK(contains(r.all, fmt::format("Page 2 of {}", r.pages)));
  // The action table's header rows are repeated on every page it covers.
  auto header_pages = pages_with(r, "Issues Identified Actions Planned");
  CHECK(header_pages.size() >= 2);
  CHECK(!pages_with(r, "Table 1: Issues identified and actions planned").empty());
  // A landscape page.
  auto info = test::run({"pdfinfo", "-f", "1", "-l", std::to_string(r.pages), r.pdf.string()});
  std::regex size_re("Page +[0-9]+ size: +([0-9.]+) x ([0-9.]+)");
  bool landscape = false;
  for (std::sregex_iterator it(info.output.begin(), info.output.end(), size_re), end; it != end;
       ++it)
    landscape = landscape || std::stod((*it)[1]) > std::stod((*it)[2]);
  CHECK(landscape);

  // The contents are filled in, with the page each heading is really on.
  auto toc_pages = pages_with(r, "Contents");
  REQUIRE(!toc_pages.empty());
  const std::string& toc = r.page_text[static_cast<std::size_t>(toc_pages.front() - 1)];
  for (const char* h : {"Introduction", "Work Programme 2009/10", "Conclusion"}) {
    std::smatch m;
    REQUIRE_MESSAGE(std::regex_search(toc, m, std::regex(std::string(h) + "[ .]*([0-9]+)")),
                    "no contents entry with a page number for ", h);
    int listed = std::stoi(m[1]);
    std::string up = h;
    std::transform(up.begin(), up.end(), up.begin(),
                   [](unsigned char c) { return std::toupper(c); });
    bool on_page = listed >= 1 && listed <= r.pages;
    if (on_page) {
      std::string page = r.page_text[static_cast<std::size_t>(listed - 1)];
      std::transform(page.begin(), page.end(), page.begin(),
                     [](unsigned char c) { return std::toupper(c); });
      on_page = contains(page, up);
    }
    CHECK_MESSAGE(on_page, "contents say ", h, " is on page ", listed);
  }

  // pandoc reads the text back: every run of body text outside tables is
  // there. (pandoc 2.17's ODT reader drops table header rows and lists in
  // cells, jgm/pandoc#9327 and #8892, so table text is checked in the PDF.)
  std::string back = test::squash(test::pandoc_plain(r.file));
  doc::document d = sampler();
  int checked = 0;
  std::function<void(const doc::blocks&)> visit = [&](const doc::blocks& bs) {
    for (const auto& b : bs) {
      const doc::inlines* content = nullptr;
      if (const auto* p = std::get_if<doc::paragraph>(&b.node)) content = &p->content;
      if (const auto* h = std::get_if<doc::heading>(&b.node)) content = &h->content;
      if (const auto* l = std::get_if<doc::list>(&b.node))
        for (const auto& item : l->items) visit(item.blocks);
      if (!content) continue;
      for (const auto& node : *content)
        if (const auto* t = std::get_if<doc::text_run>(&node);
            t && t->text.size() >= 12 && t->marks == 0) {
          ++checked;
          CHECK_MESSAGE(contains(back, test::squash(t->text)),
                        "pandoc did not read back: ", t->text);
        }
    }
  };
  for (const auto& section : d.sections) visit(section.body);
  CHECK(checked > 20);
}

}  // namespace

TEST_CASE("DOCX sampler: doccheck, LibreOffice rendering, pandoc read-back") {
  check_sampler(app::format::docx, "council.yaml");
}

TEST_CASE("ODT sampler: doccheck, LibreOffice rendering, pandoc read-back") {
  check_sampler(app::format::odt, "council.yaml");
}
