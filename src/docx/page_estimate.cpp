// SPDX-License-Identifier: MIT
// Lays the document out roughly (lines of known height on pages of known
// size) to find the page each heading starts on.
#include "docx/page_estimate.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <string_view>

#include <fmt/format.h>

#include "docx/drawing.hpp"
#include "docx/properties.hpp"
#include "docx/text_metrics.hpp"
#include "layout/cover.hpp"
#include "layout/table_grid.hpp"
#include "layout/toc.hpp"

namespace cp::docx::detail {
namespace {

constexpr double mm_per_pt = 25.4 / 72.0;
constexpr double default_tab_mm = default_tab_twips / 1440.0 * 25.4;

// The paragraph style values the estimate needs, following based-on.
struct geometry {
  font_metrics font = font_metrics::find("");
  double size_pt = 12;
  double before_mm = 0;
  double after_mm = 0;
  double line_factor = 1;
  double indent_left_mm = 0;
  double indent_right_mm = 0;
  bool keep_next = false;
  bool break_before = false;
  bool bold = false;
  bool caps = false;
  std::optional<style::paragraph_border> border;
  // What the word wrap does with each byte, regular and bold: its advance
  // (1/1000 em, caps applied), or word_break, or not_ascii.
  std::array<std::array<short, 256>, 2> byte_advance{};
};

constexpr short word_break = -1;  // the space, tab, line feed and NUL end a word
constexpr short not_ascii = -2;   // a byte of a UTF-8 sequence: the word is measured again

std::array<short, 256> byte_advances(const font_metrics& font, bool bold, bool caps) {
  std::array<short, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 0x80)
      t[c] = not_ascii;
    else if (c == ' ' || c == '\t' || c == '\n' || c == '\0')
      t[c] = word_break;
    else
      t[c] = static_cast<short>(font.ascii_advance(static_cast<char>(c), bold, caps));
  }
  return t;
}

// A paragraph as the page flow sees it: lines of one height between spacing.
struct para_box {
  double before = 0;
  double after = 0;
  double line = 0;
  int lines = 1;
  double extra = 0;  // pictures taller than their line
  bool keep_next = false;
  bool break_before = false;
  std::optional<style::paragraph_border> border;  // padding and rule above and below
};

// Padding plus rule on one side of a bordered paragraph.
double border_mm(const std::optional<style::paragraph_border>& b) {
  return b ? b->padding_mm + b->width_pt * mm_per_pt : 0;
}

bool same_border(const std::optional<style::paragraph_border>& a,
                 const std::optional<style::paragraph_border>& b) {
  return a && b && a->width_pt == b->width_pt && a->padding_mm == b->padding_mm &&
         a->colour == b->colour;
}

// Where a paragraph's text starts: at its numbering level's indent when
// numbered, else at its style's left indent.
struct para_input {
  std::string_view role;
  const doc::inlines* content = nullptr;
  std::optional<double> indent_mm;
};

class estimator {
 public:
  estimator(const doc::document& d, const style::house_style& hs) : d_(d), hs_(hs) {
    geometry normal = resolve("normal");
    keep_reserve_ =
        2 * normal.size_pt * normal.font.line_height_em() * normal.line_factor * mm_per_pt;
  }

  page_estimate run() {
    for (std::size_t i = 0; i < d_.sections.size(); ++i) {
      const auto& s = d_.sections[i];
      section_ = i;
      if (i > 0) new_page(true);
      if (!s.part_anchor.empty()) out_.part_pages.push_back(page_);
      bool portrait = s.page_orientation == doc::orientation::portrait;
      const auto& pg = hs_.page;
      page_height_ =
          (portrait ? pg.height_mm : pg.width_mm) - pg.margin_top_mm - pg.margin_bottom_mm;
      text_width_ = hs_.text_width_mm(s.page_orientation);
      blocks(s.body, text_width_, 0);
    }
    out_.pages = page_;
    return out_;
  }

 private:
  // ------------------------------------------------------------ measuring
  // The geometry of a role, resolved once per document: many paragraphs share a few roles.
  const geometry& geometry_of(std::string_view role) {
    auto it = geometries_.find(role);
    if (it == geometries_.end()) it = geometries_.emplace(std::string(role), resolve(role)).first;
    return it->second;
  }

  geometry resolve(std::string_view role) const {
    std::optional<double> before, after, line, left, right;
    std::optional<bool> keep, brk;
    std::optional<style::paragraph_border> border;
    for (const auto* s = hs_.find_paragraph(role); s;
         s = s->based_on.empty() ? nullptr : hs_.find_paragraph(s->based_on)) {
      if (!border) border = s->border;
      if (!before) before = s->space_before_pt;
      if (!after) after = s->space_after_pt;
      if (!line) line = s->line_spacing;
      if (!left) left = s->indent_left_mm;
      if (!right) right = s->indent_right_mm;
      if (!keep) keep = s->keep_with_next;
      if (!brk) brk = s->page_break_before;
    }
    style::text_props text = hs_.resolved_text(role);
    geometry g;
    g.font = font_metrics::find(text.font.value_or(""));
    g.size_pt = text.size_pt.value_or(g.size_pt);
    g.bold = text.bold.value_or(false);
    g.caps = text.caps.value_or(false);
    g.before_mm = before.value_or(0) * mm_per_pt;
    g.after_mm = after.value_or(0) * mm_per_pt;
    g.line_factor = line.value_or(1);
    g.indent_left_mm = left.value_or(0);
    g.indent_right_mm = right.value_or(0);
    g.keep_next = keep.value_or(false);
    g.break_before = brk.value_or(false);
    g.border = border;
    g.byte_advance = {byte_advances(g.font, false, g.caps), byte_advances(g.font, true, g.caps)};
    return g;
  }

  // Greedy word wrap of the paragraph's text; pictures make their line taller.
  struct line_counter {
    const geometry& g;
    double avail;
    double x = 0;
    int lines = 1;
    double picture = 0;
    double space[2] = {mm(" ", false), mm(" ", true)};  // by bold

    double mm(std::string_view s, bool bold) const {
      return g.font.width_em(s, bold, g.caps) * g.size_pt * mm_per_pt;
    }
    // The same as mm() of a text of ASCII whose advances add up to `units`.
    double mm_of_units(long units) const {
      return static_cast<double>(units) / 1000.0 * g.size_pt * mm_per_pt;
    }
    void word(std::string_view w, bool bold) { place(mm(w, bold)); }
    void place(double width) {
      if (x > 0 && x + width > avail) new_line();
      // A word wider than the line is broken wherever the line ends.
      while (width > avail) {
        new_line();
        width -= avail;
      }
      x += width;
    }
    void new_line() {
      ++lines;
      x = 0;
    }
    // Each word is measured in the pass that finds where it ends (this runs
    // on every character of the document); a word with non-ASCII characters
    // is measured again by mm(), which decodes UTF-8.
    void text(const std::string& t, bool bold) {
      // Copied into locals, so the loop need not load them again for each character.
      const std::string_view s = t;
      const short* advance = g.byte_advance[bold].data();
      std::size_t start = 0;
      long units = 0;
      bool ascii = true;
      auto end_word = [&](std::size_t end) {
        place(ascii ? mm_of_units(units) : mm(s.substr(start, end - start), bold));
        units = 0;
        ascii = true;
        start = end + 1;
      };
      for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        // One table lookup per byte: most bytes are letters of a word.
        const short a = advance[c];
        if (a >= 0) {
          units += a;
          continue;
        }
        if (a == not_ascii) {
          ascii = false;
          continue;
        }
        end_word(i);
        if (c == ' ') x += space[bold];
        if (c == '\t') x = (std::floor(x / default_tab_mm) + 1) * default_tab_mm;
        if (c == '\t' && x > avail) new_line();
        if (c == '\n') new_line();
      }
      end_word(t.size());
    }
  };

  para_box measure(const para_input& in, double width) {
    const geometry& g = geometry_of(in.role);
    para_box b;
    b.before = g.before_mm;
    b.after = g.after_mm;
    b.line = g.size_pt * g.font.line_height_em() * g.line_factor * mm_per_pt;
    b.keep_next = g.keep_next;
    b.break_before = g.break_before;
    b.border = g.border;
    double indent = in.indent_mm.value_or(g.indent_left_mm);
    line_counter lc{g, std::max(10.0, width - indent - g.indent_right_mm)};
    if (in.content) {
      for (const auto& node : *in.content) {
        if (const auto* t = std::get_if<doc::text_run>(&node)) {
          lc.text(t->text, g.bold || (t->marks & doc::bold));
        } else if (std::holds_alternative<doc::line_break>(node)) {
          lc.new_line();
        } else if (const auto* f = std::get_if<doc::field>(&node)) {
          lc.word(f->kind == doc::field_kind::document_title ? d_.meta.title : "00", g.bold);
        } else if (std::holds_alternative<doc::page_ref>(node)) {
          lc.word("00", g.bold);
        } else if (const auto* l = std::get_if<doc::link>(&node)) {
          for (const auto& r : l->runs) lc.text(r.text, g.bold || (r.marks & doc::bold));
        } else if (const auto* p = std::get_if<doc::picture>(&node)) {
          if (p->image < d_.images.size())
            lc.picture =
                std::max(lc.picture, picture_size(*p, d_.images[p->image].info, lc.avail).height);
        }
      }
    }
    b.lines = lc.lines;
    b.extra = std::max(0.0, lc.picture - b.line);
    return b;
  }

  double level_indent(std::size_t sequence, int level) const {
    if (sequence >= d_.sequences.size()) return 0;
    const auto* s = hs_.find_scheme(d_.sequences[sequence].scheme);
    if (!s || s->levels.empty()) return 0;
    auto i = std::min(static_cast<std::size_t>(std::max(level, 0)), s->levels.size() - 1);
    return s->levels[i].indent_mm;
  }

  std::optional<double> numbered_indent(const std::optional<doc::numbering_ref>& n) const {
    if (!n) return std::nullopt;
    return level_indent(n->sequence, n->level);
  }

  // ------------------------------------------------------------ page flow
  // `forced`: by a section start or page break, not because the page was full.
  void new_page(bool forced) {
    ++page_;
    y_ = 0;
    after_ = 0;
    forced_top_ = forced;
    last_border_.reset();
  }

  // Adds height that cannot be split, overflowing onto further pages.
  void advance(double h) {
    y_ += h;
    while (y_ > page_height_ && page_height_ > 0) {
      ++page_;
      y_ -= page_height_;
      forced_top_ = false;
    }
  }

  // Space between two paragraphs is the larger of the first one's space
  // after and the second one's space before (as LibreOffice lays out Word
  // documents). At the top of a page the space before is kept only when a
  // break put the paragraph there, not when the previous page filled up.
  double gap_before(double before) const {
    if (y_ > 0) return std::max(after_, before);
    return forced_top_ ? before : 0;
  }

  void place(const para_box& b) {
    double body = b.lines * b.line + b.extra + 2 * border_mm(b.border);
    if (measuring_ > 0) {
      measured_ += std::max(measured_after_, b.before) + body;
      measured_after_ = b.after;
      return;
    }
    if ((b.break_before || pending_break_) && y_ > 0) new_page(true);
    pending_break_ = false;
    // Consecutive paragraphs with the same border share one box: no rule
    // and padding between them (unless the box goes on to a new page).
    bool joined = y_ > 0 && same_border(last_border_, b.border);
    if (joined) {
      y_ -= border_mm(b.border);
      body -= border_mm(b.border);
    }
    double gap = gap_before(b.before);
    double space = page_height_ - y_;
    double need = gap + body + (b.keep_next ? b.after + keep_reserve_ : 0);
    if (need <= space || y_ == 0) {
      advance(gap + body);
    } else {
      // Split a long paragraph, keeping two lines on each side (widow and orphan control).
      int fit = static_cast<int>((space - gap) / b.line);
      int first =
          b.keep_next || b.extra > 0 || b.lines < 4 || fit < 2 ? 0 : std::min(fit, b.lines - 2);
      new_page(false);
      advance(body - first * b.line + (joined ? border_mm(b.border) : 0));
    }
    after_ = b.after;
    last_border_ = b.border;
  }

  void paragraph(const para_input& in, double width) { place(measure(in, width)); }

  // A table row: rows may break across pages; header rows repeat on each new page.
  void place_row(double h, double repeated_header) {
    if (measuring_ > 0) {
      measured_ += h;
      return;
    }
    if (pending_break_ && y_ > 0) new_page(true);
    pending_break_ = false;
    advance(y_ > 0 ? after_ : 0);
    after_ = 0;
    last_border_.reset();
    double space = page_height_ - y_;
    if (h <= space || y_ == 0) {
      advance(h);
      return;
    }
    // The row breaks after the last whole line of its cells that fits
    // between the cell padding; the rest follows the repeated header rows.
    double pad = hs_.table.cell_padding_mm, line = keep_reserve_ / 2;
    double kept = std::floor(std::max(0.0, space - 2 * pad) / line) * line;
    new_page(false);
    advance(repeated_header + h - kept);
  }

  // ------------------------------------------------------------ blocks
  void blocks(const doc::blocks& bs, double width, int depth) {
    for (const auto& b : bs)
      std::visit([&](const auto& node) { block(node, width, depth); }, b.node);
  }

  void block(const doc::paragraph& p, double width, int) {
    paragraph({p.role, &p.content, numbered_indent(p.numbering)}, width);
  }

  void block(const doc::heading& h, double width, int) {
    std::string role = h.role.empty() ? fmt::format("heading-{}", h.level) : h.role;
    paragraph({role, &h.content, numbered_indent(h.numbering)}, width);
    out_.heading_pages.push_back(page_);
  }

  void block(const doc::list& l, double width, int depth) {
    double indent = level_indent(l.sequence, depth);
    for (const auto& item : l.items) {
      // The writer gives an item that does not start with text an empty labelled paragraph.
      bool starts_with_text =
          !item.blocks.empty() && (std::holds_alternative<doc::paragraph>(item.blocks[0].node) ||
                                   std::holds_alternative<doc::heading>(item.blocks[0].node));
      if (!starts_with_text) paragraph({"body-text", nullptr, indent}, width);
      for (const auto& b : item.blocks) {
        if (const auto* p = std::get_if<doc::paragraph>(&b.node); p && !p->numbering)
          paragraph({p->role, &p->content, indent}, width);
        else
          std::visit([&](const auto& node) { block(node, width, depth + 1); }, b.node);
      }
    }
  }

  void block(const doc::table& t, double width, int) {
    if (!t.caption.empty()) paragraph({"caption", &t.caption, std::nullopt}, width);
    layout::table_grid g = layout::build_grid(t);
    std::vector<double> cols = layout::column_widths_mm(t, g, text_width_);
    std::vector<double> rows(g.slots.size(), 0);
    for (std::size_t r = 0; r < g.slots.size(); ++r) {
      for (std::size_t c = 0; c < g.slots[r].size(); ++c) {
        const auto& slot = g.slots[r][c];
        if (slot.what != layout::grid_slot::kind::origin) continue;
        const auto& cell = g.cell_at(t, slot);
        double cell_width = 0;
        for (int k = 0; k < cell.col_span && c + k < cols.size(); ++k) cell_width += cols[c + k];
        // A cell spanning rows shares its height between them.
        double share = cell_height(cell, cell_width) / cell.row_span;
        for (int k = 0; k < cell.row_span && r + k < rows.size(); ++k)
          rows[r + k] = std::max(rows[r + k], share);
      }
    }
    double header = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      bool is_header = static_cast<int>(r) < t.header_rows;
      place_row(rows[r], is_header ? 0 : header);
      if (is_header) header += rows[r];
    }
  }

  void block(const doc::page_break&, double, int) { pending_break_ = true; }

  void block(const doc::table_of_contents& toc, double width, int) {
    doc::inlines title{doc::text_run{toc.title, 0}};
    paragraph({"toc-heading", &title, std::nullopt}, width);
    // The entries the writers list: those of this contents' own part of an
    // agenda pack (the whole document when there are no parts).
    if (!toc_) toc_.emplace(d_, hs_);
    for (const auto& e : toc_->entries(toc.levels, layout::part_of_section(d_, section_))) {
      doc::inlines entry{doc::text_run{e.label + "\t" + e.text + " 00", 0}};
      paragraph({fmt::format("toc-{}", e.level), &entry, std::nullopt}, width);
    }
  }

  void block(const doc::title_block& tb, double width, int) {
    for (const auto& p : layout::cover_paragraphs(tb))
      paragraph({p.role, &p.content, std::nullopt}, width);
  }

  // A cell's content height, measured without moving through pages.
  double cell_height(const doc::table_cell& cell, double width) {
    double pad = hs_.table.cell_padding_mm;
    double saved = measured_, saved_after = measured_after_;
    auto headings = out_.heading_pages.size();
    ++measuring_;
    measured_ = measured_after_ = 0;
    blocks(cell.blocks, std::max(5.0, width - 2 * pad), 0);
    double h = measured_ + measured_after_ + 2 * pad;
    --measuring_;
    measured_ = saved;
    measured_after_ = saved_after;
    // Headings inside cells are on the page where the row starts, near enough.
    for (auto i = headings; i < out_.heading_pages.size(); ++i) out_.heading_pages[i] = page_;
    if (cell.blocks.empty()) h += keep_reserve_ / 2;  // the empty paragraph every cell has
    return h;
  }

  const doc::document& d_;
  const style::house_style& hs_;
  double page_height_ = 247;
  double text_width_ = 160;
  double keep_reserve_ = 10;  // room a keep-with-next paragraph needs below it
  double y_ = 0;
  double after_ = 0;  // space after the last paragraph placed
  bool forced_top_ = true;
  std::optional<style::paragraph_border>
      last_border_;  // of the paragraph just placed  // the current page began with a break (or the
                     // document)
  int page_ = 1;
  std::size_t section_ = 0;               // the section being placed
  std::optional<layout::toc_index> toc_;  // made at the first contents list
  bool pending_break_ = false;
  int measuring_ = 0;  // inside a table cell: heights are summed, not flowed
  double measured_ = 0;
  double measured_after_ = 0;
  page_estimate out_;
  std::map<std::string, geometry, std::less<>> geometries_;  // by role
};

}  // namespace

page_estimate estimate_pages(const doc::document& d, const style::house_style& hs) {
  return estimator(d, hs).run();
}

}  // namespace cp::docx::detail
