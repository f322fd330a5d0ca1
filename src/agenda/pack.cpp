// SPDX-License-Identifier: MIT
#include "agenda/pack.hpp"

#include <map>

#include <fmt/format.h>

#include "compose/compose.hpp"
#include "compose/markup_reader.hpp"
#include "docx/docx_writer.hpp"
#include "layout/header_marks.hpp"
#include "media/image_info.hpp"
#include "util/bounded_read.hpp"
#include "util/error.hpp"
#include "util/parallel.hpp"

namespace cp::agenda {
namespace {

// Appends documents to a pack as parts, renumbering what each document
// numbers for itself: sequences (so its paragraph numbers and lists restart),
// images (shared when identical, so one logo is stored once), anchors (so
// two reports may use the same ones).
class pack_builder {
 public:
  explicit pack_builder(doc::document& pack) : pack_(pack) {
    for (std::size_t i = 0; i < pack_.images.size(); ++i) images_.emplace(pack_.images[i].data, i);
  }

  // `header` goes first in every header of the part; `footer` replaces
  // empty footers (placed documents have none of their own).
  void add_part(doc::document part, const std::string& anchor, const doc::blocks& header,
                const doc::blocks& footer) {
    std::size_t sequences = pack_.sequences.size();
    for (auto& s : part.sequences) pack_.sequences.push_back(std::move(s));
    std::vector<std::size_t> images;
    for (auto& img : part.images) {
      auto [it, fresh] = images_.emplace(img.data, pack_.images.size());
      if (fresh) pack_.images.push_back(std::move(img));
      images.push_back(it->second);
    }
    remap r{sequences, images, anchor + "-", part.meta.title};
    bool first = true;
    for (auto& s : part.sections) {
      r.blocks(s.body);
      r.blocks(s.header);
      r.blocks(s.footer);
      doc::blocks h = header;
      for (auto& b : s.header) h.push_back(std::move(b));
      s.header = std::move(h);
      if (s.footer.empty()) s.footer = footer;
      if (first) s.part_anchor = anchor;
      first = false;
      pack_.sections.push_back(std::move(s));
    }
  }

 private:
  struct remap {
    std::size_t sequence_offset;
    const std::vector<std::size_t>& images;
    std::string anchor_prefix;
    std::string title;

    void numbering(std::optional<doc::numbering_ref>& n) const {
      if (n) n->sequence += sequence_offset;
    }

    void inlines(doc::inlines& content) const {
      for (auto& node : content) {
        if (auto* p = std::get_if<doc::picture>(&node)) {
          p->image = images.at(p->image);
        } else if (auto* l = std::get_if<doc::link>(&node)) {
          if (!l->target.empty() && l->target.front() == '#')
            l->target = "#" + anchor_prefix + l->target.substr(1);
        } else if (auto* r = std::get_if<doc::page_ref>(&node)) {
          r->anchor = anchor_prefix + r->anchor;
        } else if (auto* f = std::get_if<doc::field>(&node);
                   f && f->kind == doc::field_kind::document_title) {
          // The pack's title is not the report's: its headers name the report.
          node = doc::text_run{title, f->marks};
        }
      }
    }

    void blocks(doc::blocks& bs) const {
      for (auto& b : bs) {
        if (auto* p = std::get_if<doc::paragraph>(&b.node)) {
          numbering(p->numbering);
          inlines(p->content);
        } else if (auto* h = std::get_if<doc::heading>(&b.node)) {
          numbering(h->numbering);
          if (!h->anchor.empty()) h->anchor = anchor_prefix + h->anchor;
          inlines(h->content);
        } else if (auto* l = std::get_if<doc::list>(&b.node)) {
          l->sequence += sequence_offset;
          for (auto& item : l->items) blocks(item.blocks);
        } else if (auto* t = std::get_if<doc::table>(&b.node)) {
          inlines(t->caption);
          for (auto& row : t->rows)
            for (auto& cell : row.cells) blocks(cell.blocks);
        } else if (auto* c = std::get_if<doc::title_block>(&b.node)) {
          if (c->logo) c->logo->image = images.at(c->logo->image);
        }
      }
    }
  };

  doc::document& pack_;
  std::map<std::string, std::size_t> images_;  // image bytes -> index in the pack
};

// A line every page of an item carries ("Agenda Item 5", "NOT FOR
// PUBLICATION ..."), in the house style's mark role: like a DRAFT mark it
// stays when a council's reference document replaces the header
// (layout::header_marks), so no page of an exempt pack goes unmarked.
doc::paragraph header_mark(std::string text, std::optional<doc::alignment> align) {
  doc::paragraph p;
  p.role = std::string(layout::draft_mark_role);
  p.align = align;
  p.content.push_back(doc::text_run{std::move(text), doc::bold});
  return p;
}

doc::blocks page_footer() {
  doc::paragraph p;
  p.role = "footer";
  p.content = {doc::text_run{"Page ", 0}, doc::field{doc::field_kind::page_number, 0},
               doc::text_run{" of ", 0}, doc::field{doc::field_kind::page_count, 0}};
  return {doc::block{std::move(p)}};
}

// Sets each page reference's estimate (what readers that do not compute
// page references show) from the DOCX writer's page estimate, and keeps the
// estimate in the pack for the DOCX writer: a pack's layout is a fifth of
// its DOCX time, and only its page references change here.
void set_estimates(doc::document& d, const style::house_style& hs) {
  d.pages = docx::estimate_pages(d, hs);
  auto pages = docx::anchor_pages(d, *d.pages);
  auto fix = [&](doc::inlines& content) {
    for (auto& n : content)
      if (auto* r = std::get_if<doc::page_ref>(&n))
        if (auto it = pages.find(r->anchor); it != pages.end()) r->estimate = it->second;
  };
  std::function<void(doc::blocks&)> walk = [&](doc::blocks& bs) {
    for (auto& b : bs) {
      if (auto* p = std::get_if<doc::paragraph>(&b.node))
        fix(p->content);
      else if (auto* h = std::get_if<doc::heading>(&b.node))
        fix(h->content);
      else if (auto* l = std::get_if<doc::list>(&b.node))
        for (auto& item : l->items) walk(item.blocks);
      else if (auto* t = std::get_if<doc::table>(&b.node))
        for (auto& row : t->rows)
          for (auto& cell : row.cells) walk(cell.blocks);
    }
  };
  for (auto& s : d.sections) {
    walk(s.body);
    walk(s.header);
    walk(s.footer);
  }
}

doc::document front_sheet(const agenda& a, bool exempt_pack, const compose::template_set& templates,
                          const style::house_style& hs) {
  if (!templates.has_template("agenda"))
    throw template_error(
        "the template set has no template \"agenda.mustache\" for agenda front sheets");
  std::filesystem::path base = std::filesystem::path(a.meeting.file).parent_path();
  compose::resource_loader load = [&](const std::string& src) {
    std::filesystem::path path = base / src;
    try {
      return util::read_bounded(path, {.max_bytes = media::max_picture_bytes});
    } catch (const util::read_refused& e) {
      throw input_error(
          fmt::format("{}: cannot read {}: it {}", a.meeting.file, path.string(), e.what()));
    }
  };
  return compose::compose_markup(
      templates, "agenda", agenda_view(a, exempt_pack, compose::logo_source(a.meeting.logo, hs)),
      "markup rendered from template agenda", hs, load);
}

// The item's report as a tree of its own.
doc::document report_of(const item& it, const compose::template_set& templates,
                        const style::house_style& hs) {
  if (it.paper) return compose::compose_paper(*it.paper, templates, hs);
  return it.placed->tree;
}

}  // namespace

std::string pack_file_stem(const model::meeting& m) {
  std::string stem = m.committee;
  if (m.meeting_date) stem += " " + m.meeting_date->iso();
  return stem;
}

packs build_packs(const agenda& a, const compose::template_set& templates,
                  const style::house_style& hs, unsigned jobs) {
  std::vector<const item*> public_reports, exempt_reports;
  for (const item* it : a.public_items())
    if (it->has_pages()) public_reports.push_back(it);
  auto exempt = a.exempt_items();
  for (const item* it : exempt)
    if (it->has_pages()) exempt_reports.push_back(it);

  // Every tree is composed first, on up to `jobs` threads (each is composed
  // on its own), into slots in the order one thread would compose them:
  // the front sheet, the public reports, then the exempt pack's front sheet
  // and reports. A failure is then the one one thread would have met first.
  const std::size_t exempt_front = 1 + public_reports.size();
  const std::size_t count =
      exempt.empty() ? exempt_front : exempt_front + 1 + exempt_reports.size();
  std::vector<doc::document> trees(count);
  util::for_each_in_parallel(count, jobs, [&](std::size_t k) {
    if (k == 0)
      trees[k] = front_sheet(a, false, templates, hs);
    else if (k < exempt_front)
      trees[k] = report_of(*public_reports[k - 1], templates, hs);
    else if (k == exempt_front)
      trees[k] = front_sheet(a, true, templates, hs);
    else
      trees[k] = report_of(*exempt_reports[k - exempt_front - 1], templates, hs);
  });

  packs out;
  out.public_pack = std::move(trees[0]);
  {
    pack_builder b(out.public_pack);
    for (std::size_t r = 0; r < public_reports.size(); ++r) {
      const item* it = public_reports[r];
      doc::blocks header{doc::block{
          header_mark(fmt::format("Agenda Item {}", it->number), doc::alignment::right)}};
      b.add_part(std::move(trees[1 + r]), it->anchor(), header, page_footer());
    }
  }
  set_estimates(out.public_pack, hs);

  if (!exempt.empty()) {
    doc::document pack = std::move(trees[exempt_front]);
    pack_builder b(pack);
    for (std::size_t r = 0; r < exempt_reports.size(); ++r) {
      const item* it = exempt_reports[r];
      doc::blocks header{doc::block{header_mark(exempt_marking({it}), doc::alignment::left)},
                         doc::block{header_mark(fmt::format("Agenda Item {}", it->number),
                                                doc::alignment::right)}};
      b.add_part(std::move(trees[exempt_front + 1 + r]), it->anchor(), header, page_footer());
    }
    set_estimates(pack, hs);
    out.exempt_pack = std::move(pack);
  }
  return out;
}

}  // namespace cp::agenda
