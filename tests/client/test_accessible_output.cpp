// SPDX-License-Identifier: MIT
// Accessibility read from the written files themselves, as assistive
// technology sees them: title and language, heading levels in order, tables
// with marked header rows and no empty header cell, alternative text on
// every picture.
#include <doctest/doctest.h>

#include <map>

#include <fmt/format.h>

#include "agenda/pack.hpp"
#include "app/formats.hpp"
#include "compose/compose.hpp"
#include "ingest/paper_loader.hpp"
#include "style/style_loader.hpp"
#include "support/external.hpp"
#include "support/paths.hpp"
#include "xml/xml_reader.hpp"
#include "zip/zip_reader.hpp"

using namespace cp;

namespace {

struct reading {
  std::string title;
  std::string language;
  std::vector<int> heading_levels;
  int tables = 0;
  int tables_without_header = 0;
  int empty_header_cells = 0;
  int pictures = 0;
  int pictures_without_alt = 0;
};

std::string text(const xmlNode* n) {
  return test::squash(xml::content(n));
}

reading read_docx(const package::entries& parts) {
  reading r;
  auto core = xml::parse(parts.at("docProps/core.xml"), "core");
  r.title = xml::evaluate(core.get(), "string(//dc:title)");
  auto styles = xml::parse(parts.at("word/styles.xml"), "styles");
  r.language = xml::evaluate(styles.get(), "string(//w:docDefaults//w:lang/@w:val)");
  // A style's outline level, following basedOn.
  std::map<std::string, int> levels;
  for (xmlNode* s : xml::select(styles.get(), "//w:style[@w:type='paragraph']")) {
    std::string id = xml::attribute(s, "styleId",
                                    "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    int level = -1;
    std::string current = id;
    for (int guard = 0; guard < 20 && !current.empty() && level < 0; ++guard) {
      std::string q = fmt::format("//w:style[@w:styleId='{}']", current);
      std::string lvl = xml::evaluate(styles.get(), "string(" + q + "/w:pPr/w:outlineLvl/@w:val)");
      if (!lvl.empty()) level = std::stoi(lvl);
      current = xml::evaluate(styles.get(), "string(" + q + "/w:basedOn/@w:val)");
    }
    levels[id] = level;
  }
  auto doc = xml::parse(parts.at("word/document.xml"), "document");
  for (xmlNode* ps : xml::select(doc.get(), "//w:body//w:p/w:pPr/w:pStyle")) {
    std::string id =
        xml::attribute(ps, "val", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    // Paragraphs inside the contents are entries, not headings.
    bool in_toc = false;
    for (xmlNode* up = ps; up; up = up->parent)
      if (up->name && std::string(reinterpret_cast<const char*>(up->name)) == "sdtContent")
        in_toc = true;
    if (!in_toc && levels.count(id) && levels[id] >= 0) r.heading_levels.push_back(levels[id] + 1);
  }
  for (xmlNode* t : xml::select(doc.get(), "//w:tbl")) {
    ++r.tables;
    bool header = false;
    for (xmlNode* tr = t->children; tr; tr = tr->next) {
      if (!tr->name || std::string(reinterpret_cast<const char*>(tr->name)) != "tr") continue;
      bool is_header = false;
      for (xmlNode* c = tr->children; c; c = c->next)
        if (c->name && std::string(reinterpret_cast<const char*>(c->name)) == "trPr")
          for (xmlNode* h = c->children; h; h = h->next)
            if (h->name && std::string(reinterpret_cast<const char*>(h->name)) == "tblHeader")
              is_header = true;
      if (!is_header) break;
      header = true;
      for (xmlNode* tc = tr->children; tc; tc = tc->next) {
        if (!tc->name || std::string(reinterpret_cast<const char*>(tc->name)) != "tc") continue;
        bool continued = false;  // the lower part of a cell merged down is not a cell of its own
        for (xmlNode* pr = tc->children; pr; pr = pr->next)
          if (pr->name && std::string(reinterpret_cast<const char*>(pr->name)) == "tcPr")
            for (xmlNode* m = pr->children; m; m = m->next)
              if (m->name && std::string(reinterpret_cast<const char*>(m->name)) == "vMerge" &&
                  xml::attribute(m, "val",
                                 "http://schemas.openxmlformats.org/wordprocessingml/2006/main") !=
                      "restart")
                continued = true;
        if (!continued && text(tc).empty()) ++r.empty_header_cells;
      }
    }
    if (!header) ++r.tables_without_header;
  }
  for (xmlNode* d : xml::select(doc.get(), "//wp:docPr")) {
    ++r.pictures;
    if (test::squash(xml::attribute(d, "descr")).empty()) ++r.pictures_without_alt;
  }
  return r;
}

reading read_odt(const package::entries& parts) {
  reading r;
  auto meta = xml::parse(parts.at("meta.xml"), "meta");
  r.title = xml::evaluate(meta.get(), "string(//dc:title)");
  auto styles = xml::parse(parts.at("styles.xml"), "styles");
  std::string lang = xml::evaluate(styles.get(),
                                   "string(//style:default-style[@style:family='paragraph']/"
                                   "style:text-properties/@fo:language)");
  std::string country = xml::evaluate(
      styles.get(),
      "string(//style:default-style[@style:family='paragraph']/style:text-properties/@fo:country)");
  r.language = lang + "-" + country;
  auto content = xml::parse(parts.at("content.xml"), "content");
  for (xmlNode* h :
       xml::select(content.get(), "//office:text//text:h[not(ancestor::text:index-body)]"))
    r.heading_levels.push_back(std::stoi(
        xml::attribute(h, "outline-level", "urn:oasis:names:tc:opendocument:xmlns:text:1.0")));
  for (xmlNode* t : xml::select(content.get(), "//table:table")) {
    ++r.tables;
    bool header = false;
    for (xmlNode* c = t->children; c; c = c->next) {
      if (!c->name || std::string(reinterpret_cast<const char*>(c->name)) != "table-header-rows")
        continue;
      header = true;
      for (xmlNode* row = c->children; row; row = row->next)
        for (xmlNode* cell = row->children; cell; cell = cell->next)
          if (cell->name &&
              std::string(reinterpret_cast<const char*>(cell->name)) == "table-cell" &&
              text(cell).empty())
            ++r.empty_header_cells;
    }
    if (!header) ++r.tables_without_header;
  }
  for (xmlNode* f : xml::select(content.get(), "//draw:frame")) {
    ++r.pictures;
    std::string alt;
    for (xmlNode* c = f->children; c; c = c->next)
      if (c->name && std::string(reinterpret_cast<const char*>(c->name)) == "title") alt += text(c);
    if (alt.empty()) ++r.pictures_without_alt;
  }
  return r;
}

}  // namespace

TEST_CASE("every example paper reads as accessible from its DOCX and ODT files") {
  auto hs = style::load_house_style(test::source_dir() / "styles" / "council.yaml");
  auto templates =
      compose::template_set::load({test::source_dir() / "templates"}, cp::agenda::template_views());
  for (const auto& e : std::filesystem::directory_iterator(test::source_dir() / "inputs")) {
    if (e.path().extension() != ".yaml") continue;
    diagnostics d;
    auto p = ingest::load_paper(e.path(), d);
    REQUIRE(p);
    auto tree = compose::compose_paper(*p, templates, hs);
    for (auto f : {app::format::docx, app::format::odt}) {
      auto parts = package::read_zip(app::render(tree, hs, f), "out");
      reading r = f == app::format::docx ? read_docx(parts) : read_odt(parts);
      INFO(e.path().filename().string(), " as ", app::extension(f));
      CHECK(r.title == p->title);
      CHECK(r.language == "en-GB");
      int previous = 0;
      for (int level : r.heading_levels) {
        CHECK_MESSAGE(level <= previous + 1, "heading level ", level, " after ", previous);
        previous = level;
      }
      CHECK(r.tables_without_header == 0);
      CHECK(r.empty_header_cells == 0);
      CHECK(r.pictures_without_alt == 0);
      // Every paper but the bare appendix shows the council logo on its cover.
      if (!p->logo.empty() && p->kind != model::paper_kind::recommendations_appendix)
        CHECK(r.pictures >= 1);
    }
  }
}
