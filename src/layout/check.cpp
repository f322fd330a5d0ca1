// SPDX-License-Identifier: MIT
#include "layout/check.hpp"

#include <set>

#include <fmt/format.h>

#include "layout/table_grid.hpp"
#include "util/error.hpp"
#include "xml/xml_reader.hpp"

namespace cp::layout {
namespace {

// Where a block stands ("section 2, block 5 (list) item 3, block 1"), spelled
// out only when a check fails: formatting it for every block cost more than
// the checks themselves.
struct place {
  enum class kind { story, block, item, cell };
  kind what = kind::story;
  const place* outer = nullptr;        // all but kind::story
  const std::string* story = nullptr;  // kind::story: "section 1 header"
  std::size_t index = 0;               // block, item, row
  std::size_t cell = 0;

  std::string str() const {
    switch (what) {
      case kind::story:
        return *story;
      case kind::block:
        return fmt::format("{}, block {}", outer->str(), index + 1);
      case kind::item:
        return fmt::format("{} (list) item {}", outer->str(), index + 1);
      case kind::cell:
        return fmt::format("{} (table) row {} cell {}", outer->str(), index + 1, cell + 1);
    }
    return {};
  }
};

class checker {
 public:
  checker(const doc::document& d, const style::house_style& hs) : d_(d), hs_(hs) {}

  void run() {
    for (std::size_t i = 0; i < d_.sequences.size(); ++i)
      if (!hs_.find_scheme(d_.sequences[i].scheme))
        fail(fmt::format("sequence {}", i + 1),
             fmt::format("numbering scheme \"{}\" is not in house style \"{}\"",
                         d_.sequences[i].scheme, hs_.name));
    // Anchors first, so links can point forwards.
    for (const auto& s : d_.sections) {
      collect_anchors(s.body);
      if (!s.part_anchor.empty() && !anchors_.insert(s.part_anchor).second)
        fail("document", fmt::format("the part anchor \"{}\" is already used", s.part_anchor));
    }
    std::set<std::string> custom;
    for (const auto& [name, value] : d_.meta.custom)
      if (name.empty() || !custom.insert(name).second)
        fail("properties", fmt::format("custom property name \"{}\" is empty or repeated", name));
    if (d_.sections.empty()) fail("document", "has no sections");
    for (std::size_t i = 0; i < d_.sections.size(); ++i) {
      const auto& s = d_.sections[i];
      std::string section = fmt::format("section {}", i + 1);
      std::string header = section + " header", footer = section + " footer";
      check_blocks(s.header, {place::kind::story, nullptr, &header}, true);
      check_blocks(s.footer, {place::kind::story, nullptr, &footer}, true);
      check_blocks(s.body, {place::kind::story, nullptr, &section}, false);
    }
  }

 private:
  [[noreturn]] void fail(const std::string& where, const std::string& what) const {
    throw document_error(fmt::format("{}: {}", where, what));
  }
  [[noreturn]] void fail(const place& where, const std::string& what) const {
    fail(where.str(), what);
  }

  void collect_anchors(const doc::blocks& bs) {
    for (const auto& b : bs) {
      if (const auto* h = std::get_if<doc::heading>(&b.node)) {
        if (!h->anchor.empty() && !anchors_.insert(h->anchor).second)
          fail("document", fmt::format("two headings have the anchor \"{}\"", h->anchor));
      } else if (const auto* l = std::get_if<doc::list>(&b.node)) {
        for (const auto& item : l->items) collect_anchors(item.blocks);
      } else if (const auto* t = std::get_if<doc::table>(&b.node)) {
        for (const auto& row : t->rows)
          for (const auto& cell : row.cells) collect_anchors(cell.blocks);
      }
    }
  }

  void role(const place& where, std::string_view r) const {
    if (!hs_.find_paragraph(r))
      fail(where, fmt::format("paragraph role \"{}\" is not in house style \"{}\"", r, hs_.name));
  }

  void numbering(const place& where, const doc::numbering_ref& ref) const {
    if (ref.sequence >= d_.sequences.size())
      fail(where, fmt::format("numbering refers to sequence {} of {}", ref.sequence + 1,
                              d_.sequences.size()));
    const auto& scheme = hs_.scheme(d_.sequences[ref.sequence].scheme);
    if (ref.level < 0 || static_cast<std::size_t>(ref.level) >= scheme.levels.size())
      fail(where, fmt::format("numbering level {} is outside scheme \"{}\" (levels 1-{})",
                              ref.level + 1, scheme.name, scheme.levels.size()));
  }

  void picture(const place& where, const doc::picture& p) const {
    if (p.image >= d_.images.size())
      fail(where, fmt::format("picture refers to image {} of {}", p.image + 1, d_.images.size()));
    if (p.alt.empty()) fail(where, "picture has no alternative text");
    if (p.width_mm < 0 || p.height_mm < 0) fail(where, "picture has a negative size");
  }

  void inlines(const place& where, const doc::inlines& content) const {
    for (const auto& node : content) {
      if (const auto* l = std::get_if<doc::link>(&node)) {
        const std::string& t = l->target;
        if (!t.empty() && t.front() == '#') {
          if (!anchors_.count(std::string_view(t).substr(1)))
            fail(where, fmt::format("link to unknown anchor \"{}\"", t));
        } else if (!(t.starts_with("http://") || t.starts_with("https://") ||
                     t.starts_with("mailto:"))) {
          fail(where, fmt::format("link target \"{}\" is not http(s), mailto or #anchor", t));
        } else if (!xml::is_uri(t)) {
          fail(where, fmt::format("link target \"{}\" is not a valid URI", t));
        }
      } else if (const auto* p = std::get_if<doc::picture>(&node)) {
        picture(where, *p);
      } else if (const auto* r = std::get_if<doc::page_ref>(&node)) {
        if (!anchors_.count(r->anchor))
          fail(where, fmt::format("page reference to unknown anchor \"{}\"", r->anchor));
      }
    }
  }

  void check_blocks(const doc::blocks& bs, const place& where, bool header_footer) {
    for (std::size_t i = 0; i < bs.size(); ++i) {
      place at{place::kind::block, &where, nullptr, i};
      const auto& node = bs[i].node;
      if (header_footer && !std::holds_alternative<doc::paragraph>(node))
        fail(at, "headers and footers hold paragraphs only");
      if (const auto* p = std::get_if<doc::paragraph>(&node)) {
        role(at, p->role);
        if (p->numbering) numbering(at, *p->numbering);
        inlines(at, p->content);
      } else if (const auto* h = std::get_if<doc::heading>(&node)) {
        if (h->level < 1 || h->level > 3)
          fail(at, fmt::format("heading level {} is not 1-3", h->level));
        if (h->role.empty())
          role(at, fmt::format("heading-{}", h->level));
        else
          role(at, h->role);
        if (h->numbering) numbering(at, *h->numbering);
        inlines(at, h->content);
      } else if (const auto* l = std::get_if<doc::list>(&node)) {
        if (l->sequence >= d_.sequences.size())
          fail(at, fmt::format("list refers to sequence {} of {}", l->sequence + 1,
                               d_.sequences.size()));
        if (l->items.empty()) fail(at, "list has no items");
        for (std::size_t k = 0; k < l->items.size(); ++k)
          check_blocks(l->items[k].blocks, {place::kind::item, &at, nullptr, k}, false);
      } else if (const auto* t = std::get_if<doc::table>(&node)) {
        if (t->rows.empty()) fail(at, "table has no rows");
        if (t->header_rows < 0 || static_cast<std::size_t>(t->header_rows) > t->rows.size())
          fail(at,
               fmt::format("table has {} header rows but {} rows", t->header_rows, t->rows.size()));
        try {
          build_grid(*t);
        } catch (const document_error& e) {
          fail(at, e.what());
        }
        inlines(at, t->caption);
        for (std::size_t r = 0; r < t->rows.size(); ++r)
          for (std::size_t c = 0; c < t->rows[r].cells.size(); ++c) {
            place cell_at{place::kind::cell, &at, nullptr, r, c};
            for (const auto& cb : t->rows[r].cells[c].blocks)
              if (std::holds_alternative<doc::table>(cb.node) ||
                  std::holds_alternative<doc::page_break>(cb.node) ||
                  std::holds_alternative<doc::table_of_contents>(cb.node) ||
                  std::holds_alternative<doc::title_block>(cb.node))
                fail(cell_at, "table cells hold paragraphs, headings and lists only");
            check_blocks(t->rows[r].cells[c].blocks, cell_at, false);
          }
      } else if (const auto* c = std::get_if<doc::title_block>(&node)) {
        if (c->logo) picture(at, *c->logo);
      } else if (const auto* toc = std::get_if<doc::table_of_contents>(&node)) {
        if (toc->levels < 1 || toc->levels > 3) fail(at, "contents levels must be 1-3");
      }
    }
  }

  const doc::document& d_;
  const style::house_style& hs_;
  std::set<std::string, std::less<>> anchors_;
};

}  // namespace

void check_document(const doc::document& d, const style::house_style& hs) {
  checker(d, hs).run();
}

}  // namespace cp::layout
