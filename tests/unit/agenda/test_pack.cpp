// SPDX-License-Identifier: MIT
// Agenda packs built from the example meeting: the front sheet, each public
// report a part with "Agenda Item N" in its headers and its own numbering,
// page references with estimates, the exempt pack marked on every page, and
// nothing of an exempt report in the public pack's tree.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <set>

#include "agenda/pack.hpp"
#include "compose/compose.hpp"
#include "docx/docx_writer.hpp"
#include "layout/check.hpp"
#include "layout/toc.hpp"
#include "support/fixtures.hpp"
#include "support/paths.hpp"

using namespace cp;

namespace {

struct in_source_dir {
  std::filesystem::path before = std::filesystem::current_path();
  in_source_dir() { std::filesystem::current_path(test::source_dir()); }
  ~in_source_dir() { std::filesystem::current_path(before); }
};

struct fixture {
  in_source_dir here;
  compose::template_set templates =
      compose::template_set::load({test::source_dir() / "templates"}, cp::agenda::template_views());
  agenda::agenda a = load();
  agenda::packs packs = agenda::build_packs(a, templates, test::council_style());

  static agenda::agenda load() {
    auto h = agenda::load_bank_holidays(test::source_dir() / "data" /
                                        "bank-holidays-england-and-wales.yaml");
    diagnostics d;
    auto a = agenda::load_agenda("inputs/agenda/riverside-cabinet-2026-04-15-meeting.yaml",
                                 test::council_style(), h, d);
    REQUIRE_MESSAGE(a, d.to_string());
    return std::move(*a);
  }
};

// Every piece of text a document holds: blocks of every section (body,
// headers, footers), captions, cover fields, metadata and custom properties.
std::vector<std::string> texts(const doc::document& d) {
  std::vector<std::string> out{d.meta.title, d.meta.subject, d.meta.author, d.meta.description};
  for (const auto& k : d.meta.keywords) out.push_back(k);
  for (const auto& [k, v] : d.meta.custom) out.push_back(k + ": " + v);
  auto inl = [&](const doc::inlines& c) {
    out.push_back(layout::plain_text(c));
    for (const auto& n : c) {
      if (const auto* p = std::get_if<doc::picture>(&n)) out.push_back(p->alt);
      if (const auto* l = std::get_if<doc::link>(&n)) out.push_back(l->target);
    }
  };
  std::function<void(const doc::blocks&)> walk = [&](const doc::blocks& bs) {
    for (const auto& b : bs) {
      if (const auto* p = std::get_if<doc::paragraph>(&b.node))
        inl(p->content);
      else if (const auto* h = std::get_if<doc::heading>(&b.node))
        inl(h->content);
      else if (const auto* l = std::get_if<doc::list>(&b.node))
        for (const auto& i : l->items) walk(i.blocks);
      else if (const auto* t = std::get_if<doc::table>(&b.node)) {
        inl(t->caption);
        for (const auto& r : t->rows)
          for (const auto& c : r.cells) walk(c.blocks);
      } else if (const auto* c = std::get_if<doc::title_block>(&b.node)) {
        for (const auto* s :
             {&c->committee, &c->title, &c->meeting_date, &c->report_of, &c->classification})
          out.push_back(*s);
      }
    }
  };
  for (const auto& s : d.sections) {
    walk(s.header);
    walk(s.body);
    walk(s.footer);
  }
  return out;
}

std::string joined(const doc::document& d) {
  std::string out;
  for (const auto& t : texts(d)) out += t + "\n";
  return out;
}

std::string header_first_line(const doc::section& s) {
  if (s.header.empty()) return "";
  return layout::plain_text(std::get<doc::paragraph>(s.header[0].node).content);
}

}  // namespace

TEST_CASE("the public pack is the front sheet followed by the public reports, each a part") {
  fixture f;
  const auto& pack = f.packs.public_pack;
  layout::check_document(pack, test::council_style());
  std::vector<std::string> parts;
  for (const auto& s : pack.sections)
    if (!s.part_anchor.empty()) parts.push_back(s.part_anchor);
  CHECK(parts == std::vector<std::string>{"item-5", "item-6", "item-7", "item-8"});
  CHECK(pack.sections[0].part_anchor.empty());
  // Every section of item N says so in its header; the report's own header follows, its title
  // written out.
  int current = 0;
  for (const auto& s : pack.sections) {
    if (!s.part_anchor.empty()) current = std::stoi(s.part_anchor.substr(5));
    if (current == 0) continue;
    CHECK(header_first_line(s) == "Agenda Item " + std::to_string(current));
    const auto& first = std::get<doc::paragraph>(s.header[0].node);
    CHECK(first.align == doc::alignment::right);
    for (const auto& b : s.header)
      for (const auto& n : std::get<doc::paragraph>(b.node).content)
        if (const auto* fld = std::get_if<doc::field>(&n))
          CHECK(fld->kind != doc::field_kind::document_title);
    CHECK_FALSE(s.footer.empty());  // page numbers, also for the placed document
  }
  CHECK(joined(pack).find("Cabinet, 15 April 2026: Leisure Centres Management Contract") !=
        std::string::npos);
  CHECK(pack.meta.title == "Cabinet, 15 April 2026: agenda");
  // One copy of the logo every report shows, and the placed document's chart.
  CHECK(pack.images.size() == 2);
}

TEST_CASE("each report keeps numbering of its own") {
  fixture f;
  const auto& pack = f.packs.public_pack;
  // The sequences of each part are used by that part only.
  std::map<std::size_t, std::string> owner;
  std::string part;
  std::function<void(const doc::blocks&)> walk = [&](const doc::blocks& bs) {
    for (const auto& b : bs) {
      std::optional<std::size_t> seq;
      if (const auto* p = std::get_if<doc::paragraph>(&b.node); p && p->numbering)
        seq = p->numbering->sequence;
      if (const auto* h = std::get_if<doc::heading>(&b.node); h && h->numbering)
        seq = h->numbering->sequence;
      if (const auto* l = std::get_if<doc::list>(&b.node)) {
        seq = l->sequence;
        for (const auto& i : l->items) walk(i.blocks);
      }
      if (const auto* t = std::get_if<doc::table>(&b.node))
        for (const auto& r : t->rows)
          for (const auto& c : r.cells) walk(c.blocks);
      if (seq) {
        auto [it, fresh] = owner.emplace(*seq, part);
        CHECK_MESSAGE(it->second == part, "sequence ", *seq, " is used by ", it->second, " and ",
                      part);
      }
    }
  };
  for (const auto& s : pack.sections) {
    if (!s.part_anchor.empty()) part = s.part_anchor;
    walk(s.body);
  }
  // The audit review's contents list its own headings, numbered from 1.
  std::size_t audit = 0;
  for (std::size_t i = 0; i < pack.sections.size(); ++i)
    if (pack.sections[i].part_anchor == "item-8") audit = i;
  REQUIRE(audit > 0);
  auto entries =
      layout::collect_toc(pack, test::council_style(), 2, layout::part_of_section(pack, audit));
  REQUIRE(entries.size() >= 5);
  CHECK(entries[0].label == "1");
  CHECK(entries[0].text == "Executive summary");
  CHECK(entries[1].label == "1.1");
}

TEST_CASE("the front sheet refers to each report's first page, with an estimate") {
  fixture f;
  const auto& front = f.packs.public_pack.sections[0];
  std::vector<std::pair<std::string, int>> refs;
  std::function<void(const doc::blocks&)> walk = [&](const doc::blocks& bs) {
    for (const auto& b : bs) {
      if (const auto* p = std::get_if<doc::paragraph>(&b.node))
        for (const auto& n : p->content)
          if (const auto* r = std::get_if<doc::page_ref>(&n))
            refs.emplace_back(r->anchor, r->estimate);
      if (const auto* t = std::get_if<doc::table>(&b.node))
        for (const auto& r : t->rows)
          for (const auto& c : r.cells) walk(c.blocks);
    }
  };
  walk(front.body);
  REQUIRE(refs.size() == 4);
  CHECK(refs[0].first == "item-5");
  CHECK(refs[3].first == "item-8");
  CHECK(refs[0].second >= 2);
  for (std::size_t i = 1; i < refs.size(); ++i) CHECK(refs[i].second > refs[i - 1].second);
  std::string text = joined(f.packs.public_pack);
  // Exempt items by their public title, with the exclusion resolution citing each paragraph.
  CHECK(text.find("Commercial property matter") != std::string::npos);
  CHECK(text.find("(item 10, paragraph 3; item 11, paragraph 1)") != std::string::npos);
  CHECK(text.find("Key decision: forward plan reference FP/2026/007") != std::string::npos);
}

TEST_CASE("each pack keeps the page estimate it was made with, for the DOCX writer to reuse") {
  fixture f;
  std::vector<const doc::document*> packs{&f.packs.public_pack};
  if (f.packs.exempt_pack) packs.push_back(&*f.packs.exempt_pack);
  REQUIRE(packs.size() == 2);
  for (const doc::document* pack : packs) {
    REQUIRE(pack->pages);
    // The same as laying the finished pack out again.
    doc::document fresh = *pack;
    fresh.pages.reset();
    auto again = docx::estimate_pages(fresh, test::council_style());
    CHECK(pack->pages->heading_pages == again.heading_pages);
    CHECK(pack->pages->part_pages == again.part_pages);
    CHECK(pack->pages->pages == again.pages);
    CHECK(pack->pages->pages >= 2);
    // And the writer gives the same bytes either way.
    CHECK(docx::build_docx(*pack, test::council_style()).bytes() ==
          docx::build_docx(fresh, test::council_style()).bytes());
  }
}

TEST_CASE("the exempt pack holds the exempt reports, marked not for publication on every page") {
  fixture f;
  REQUIRE(f.packs.exempt_pack);
  const auto& pack = *f.packs.exempt_pack;
  layout::check_document(pack, test::council_style());
  std::vector<std::string> parts;
  for (const auto& s : pack.sections)
    if (!s.part_anchor.empty()) parts.push_back(s.part_anchor);
  CHECK(parts == std::vector<std::string>{"item-10", "item-11"});
  CHECK(header_first_line(pack.sections[0]) ==
        "NOT FOR PUBLICATION: exempt information under paragraphs 1 and 3 of Part 1 of Schedule "
        "12A to the Local "
        "Government Act 1972");
  int current = 0;
  for (const auto& s : pack.sections) {
    if (!s.part_anchor.empty()) current = std::stoi(s.part_anchor.substr(5));
    if (current == 0) continue;
    CHECK(header_first_line(s) ==
          std::string("NOT FOR PUBLICATION: exempt information under paragraph ") +
              (current == 10 ? "3" : "1") +
              " of Part 1 of Schedule 12A to the Local Government Act 1972");
  }
  std::string text = joined(pack);
  CHECK(text.find("Harbourside Homes Limited") != std::string::npos);
  CHECK(text.find("Senior Benefits Assessor") != std::string::npos);
  // Public reports stay out of it.
  CHECK(text.find("Leisure Centres Management Contract") == std::string::npos);
}

TEST_CASE("no text of an exempt report reaches the public pack's tree") {
  fixture f;
  std::string public_text = joined(f.packs.public_pack);
  // What the public reports and the meeting file say may appear; anything
  // else an exempt report says must not.
  std::string allowed;
  for (const auto* it : f.a.public_items())
    if (it->paper)
      allowed += joined(compose::compose_paper(*it->paper, f.templates, test::council_style()));
  int checked = 0;
  for (const auto* it : f.a.exempt_items()) {
    REQUIRE(it->paper);
    for (const auto& t :
         texts(compose::compose_paper(*it->paper, f.templates, test::council_style()))) {
      if (t.size() < 12 || allowed.find(t) != std::string::npos) continue;
      ++checked;
      CHECK_MESSAGE(public_text.find(t) == std::string::npos,
                    "exempt text in the public pack: ", t);
    }
  }
  CHECK(checked > 20);
  for (const char* s : {"Harbourside", "Mill Lane", "1,275,000", "Revenues and Benefits", "96,400",
                        "Marcus Fielding, Estates"})
    CHECK(public_text.find(s) == std::string::npos);
}

TEST_CASE("reports composed on several threads give the same packs, byte for byte") {
  fixture f;
  agenda::packs threaded = agenda::build_packs(f.a, f.templates, test::council_style(), 4);
  CHECK(docx::build_docx(threaded.public_pack, test::council_style()).bytes() ==
        docx::build_docx(f.packs.public_pack, test::council_style()).bytes());
  REQUIRE(threaded.exempt_pack);
  CHECK(docx::build_docx(*threaded.exempt_pack, test::council_style()).bytes() ==
        docx::build_docx(*f.packs.exempt_pack, test::council_style()).bytes());
}

TEST_CASE("on several threads, the failure reported is the first report's, as on one") {
  fixture f;
  // Every report template broken inside its root, so each report fails
  // with a message naming its own line.
  auto dir = test::scratch_dir("pack-broken-templates");
  std::filesystem::copy(
      test::source_dir() / "templates", dir,
      std::filesystem::copy_options::recursive | std::filesystem::copy_options::overwrite_existing);
  for (const char* name :
       {"committee-report", "audit-review", "annual-report", "recommendations-appendix"}) {
    auto path = dir / (std::string(name) + ".mustache");
    std::string text = test::read_file(path);
    text.insert(text.rfind("</"), "<p>{{title}}</p>\n");
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
  }
  auto broken = compose::template_set::load({dir}, cp::agenda::template_views());
  auto failure = [&](unsigned jobs) {
    try {
      agenda::build_packs(f.a, broken, test::council_style(), jobs);
    } catch (const std::exception& e) {
      return std::string(e.what());
    }
    return std::string("no failure");
  };
  // Each composed report fails differently, so the order shows.
  std::set<std::string> messages;
  for (const agenda::item* it : f.a.public_items())
    if (it->paper) try {
        compose::compose_paper(*it->paper, broken, test::council_style());
      } catch (const std::exception& e) {
        messages.insert(e.what());
      }
  REQUIRE(messages.size() >= 2);
  std::string one = failure(1);
  CHECK(messages.count(one) == 1);
  for (int round = 0; round < 5; ++round) CHECK(failure(4) == one);
}
