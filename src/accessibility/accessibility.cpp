// SPDX-License-Identifier: MIT
#include "accessibility/accessibility.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "accessibility/text_index.hpp"
#include "layout/table_grid.hpp"
#include "layout/toc.hpp"

namespace cp::accessibility {
namespace {

std::string lower_words(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c))
      out += static_cast<char>(std::tolower(c));
    else if (!out.empty() && out.back() != ' ')
      out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Link texts that say nothing about where the link goes (WCAG 2.4.4).
bool generic_link_text(const std::string& text) {
  static const std::set<std::string> generic = {
      "click here",       "here",    "link", "this link", "more", "read more", "this", "this page",
      "more information", "details", "click"};
  return generic.count(lower_words(text)) > 0;
}

// Alternative text that describes nothing: a file name or a bare word.
bool poor_alt_text(const std::string& alt) {
  std::string w = lower_words(alt);
  static const std::set<std::string> bare = {"image",   "picture", "photo", "logo",
                                             "graphic", "img",     "figure"};
  if (w.size() < 3 || bare.count(w)) return true;
  std::string lower = alt;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  for (std::string_view ext : {".png", ".jpg", ".jpeg", ".gif"})
    if (lower.ends_with(ext)) return true;
  return false;
}

double channel(int v) {
  double c = v / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const std::string& hex) {
  auto part = [&](std::size_t i) { return std::stoi(hex.substr(i, 2), nullptr, 16); };
  if (hex.size() != 6) return 0;
  return 0.2126 * channel(part(0)) + 0.7152 * channel(part(2)) + 0.0722 * channel(part(4));
}

class checker {
 public:
  checker(const doc::document& d, const style::house_style& hs, const model::paper* p,
          const std::string& style_file, const std::string& template_name)
      : d_(d), hs_(hs), style_file_(style_file), template_(template_name) {
    if (p) index_.emplace(*p);
  }

  std::vector<finding> run() {
    if (d_.meta.title.empty())
      add("document-title", "the document has no title in its properties; give the paper a title",
          "", "title");
    if (d_.meta.language.empty())
      add("language", "the document does not say its language (en-GB)", "", "");
    for (const auto& s : d_.sections) {
      blocks(s.header, false);
      blocks(s.footer, false);
      blocks(s.body, true);
    }
    colours();
    return std::move(out_);
  }

 private:
  // Records a finding, traced to the input field holding `text` (or `field`).
  void add(const char* rule, std::string message, const std::string& text,
           const std::string& field) {
    finding f;
    f.rule = rule;
    f.message = std::move(message);
    std::optional<text_index::located> at;
    if (index_ && !field.empty()) at = index_->field(field);
    if (index_ && !at && !text.empty()) at = index_->find(text);
    if (at) {
      f.where = at->where;
      f.field = at->field;
    } else {
      f.origin = fmt::format("template {}", template_);
    }
    out_.push_back(std::move(f));
  }

  void add_style(const char* rule, std::string message, const std::string& field) {
    finding f;
    f.rule = rule;
    f.message = std::move(message);
    f.origin = style_file_;
    f.field = field;
    out_.push_back(std::move(f));
  }

  int outline_level(const doc::heading& h) const {
    std::string role = h.role.empty() ? fmt::format("heading-{}", h.level) : h.role;
    const auto* s = hs_.find_paragraph(role);
    return s && s->outline_level > 0 ? s->outline_level : h.level;
  }

  void inlines(const doc::inlines& content, const std::string& role, bool in_header_row) {
    used_.insert({role, in_header_row});
    for (const auto& node : content) {
      if (const auto* l = std::get_if<doc::link>(&node)) {
        std::string text;
        for (const auto& r : l->runs) text += r.text;
        if (lower_words(text).empty())
          add("link-text", fmt::format("a link to {} has no text; say where it goes", l->target),
              l->target, "");
        else if (generic_link_text(text))
          add("link-text",
              fmt::format(
                  "the link text \"{}\" does not say where it goes; name the page or document",
                  text),
              text, "");
      } else if (const auto* pic = std::get_if<doc::picture>(&node)) {
        picture(*pic, "");
      }
    }
  }

  // `field`: the input field the alternative text is made from, if known.
  void picture(const doc::picture& pic, const std::string& field) {
    if (poor_alt_text(pic.alt))
      add("image-alt",
          fmt::format("the alternative text \"{}\" does not describe the picture", pic.alt),
          pic.alt, field);
  }

  void blocks(const doc::blocks& bs, bool flow, bool in_header_row = false) {
    for (const auto& b : bs) {
      if (const auto* p = std::get_if<doc::paragraph>(&b.node)) {
        inlines(p->content, p->role, in_header_row);
      } else if (const auto* h = std::get_if<doc::heading>(&b.node)) {
        heading(*h, flow);
      } else if (const auto* l = std::get_if<doc::list>(&b.node)) {
        for (const auto& item : l->items) blocks(item.blocks, flow, in_header_row);
      } else if (const auto* t = std::get_if<doc::table>(&b.node)) {
        table(*t);
      } else if (const auto* tb = std::get_if<doc::title_block>(&b.node)) {
        // The templates describe the logo with the council's name.
        if (tb->logo) picture(*tb->logo, "council");
      }
    }
  }

  void heading(const doc::heading& h, bool flow) {
    std::string text = layout::plain_text(h.content);
    std::string role = h.role.empty() ? fmt::format("heading-{}", h.level) : h.role;
    used_.insert({role, false});
    if (lower_words(text).empty()) add("heading-empty", "a heading has no text", "", "");
    if (!flow) return;
    int level = outline_level(h);
    if (level > last_level_ + 1)
      add("heading-order",
          fmt::format(
              "heading \"{}\" is at level {} but follows level {}: a reader would think a level is "
              "missing; do not skip heading levels",
              text, level, last_level_),
          text, "");
    last_level_ = level;
  }

  void table(const doc::table& t) {
    std::string caption = layout::plain_text(t.caption);
    auto first_text = [&]() -> std::string {
      for (const auto& r : t.rows)
        for (const auto& c : r.cells)
          for (const auto& b : c.blocks)
            if (const auto* p = std::get_if<doc::paragraph>(&b.node)) {
              std::string s = layout::plain_text(p->content);
              if (!s.empty()) return s;
            }
      return "";
    }();
    std::string name = !caption.empty() ? "\"" + caption + "\"" : "starting \"" + first_text + "\"";
    if (t.header_rows < 1)
      add("table-header",
          fmt::format("the table {} has no header row; mark its first row as headings", name),
          !caption.empty() ? caption : first_text, "");
    auto grid = layout::build_grid(t);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      bool header = static_cast<int>(r) < t.header_rows;
      for (std::size_t c = 0; c < grid.columns; ++c) {
        const auto& slot = grid.slots[r][c];
        if (slot.what != layout::grid_slot::kind::origin) continue;
        const auto& cell = grid.cell_at(t, slot);
        if (header) {
          std::string text;
          for (const auto& b : cell.blocks)
            if (const auto* p = std::get_if<doc::paragraph>(&b.node))
              text += layout::plain_text(p->content);
          if (lower_words(text).empty())
            add("table-header",
                fmt::format(
                    "the table {} has an empty header cell (column {}); say what the column holds",
                    name, c + 1),
                !caption.empty() ? caption : first_text, "");
        }
        blocks(cell.blocks, false, header);
      }
    }
  }

  // Text against its background (WCAG 1.4.3): 4.5:1, or 3:1 for large text.
  void colours() {
    const std::string white = "FFFFFF";
    for (const auto& [role, header_row] : used_) {
      const auto* s = hs_.find_paragraph(role);
      if (!s) continue;
      auto text = hs_.resolved_text(role);
      std::string fg = text.colour.value_or("000000");
      std::string bg = s->fill.value_or(
          header_row && !hs_.table.header_fill.empty() ? hs_.table.header_fill : white);
      double size = text.size_pt.value_or(12);
      bool large = size >= 18 || (size >= 14 && text.bold.value_or(false));
      double need = large ? 3.0 : 4.5;
      double ratio = contrast_ratio(fg, bg);
      if (ratio + 1e-9 < need)
        add_style(
            "contrast",
            fmt::format(
                "text in style \"{}\" (#{} on #{}) has a contrast of {:.1f}:1, below {:.1f}:1; "
                "darken the text or lighten the background",
                s->name, fg, bg, ratio, need),
            fmt::format("paragraph-styles.{}.colour", role));
    }
    if (const auto* link = hs_.find_character("hyperlink")) {
      if (!link->text.underline.value_or(false) && !link->text.bold.value_or(false))
        add_style("link-style", "links are told apart from text by colour alone; underline them",
                  "character-styles.hyperlink.underline");
      if (link->text.colour && contrast_ratio(*link->text.colour, white) < 4.5)
        add_style("contrast",
                  fmt::format("links (#{} on white) have a contrast of {:.1f}:1, below 4.5:1",
                              *link->text.colour, contrast_ratio(*link->text.colour, white)),
                  "character-styles.hyperlink.colour");
    }
  }

  const doc::document& d_;
  const style::house_style& hs_;
  std::string style_file_;
  std::string template_;
  std::optional<text_index> index_;
  std::vector<finding> out_;
  std::set<std::pair<std::string, bool>> used_;  // (role, in a header row)
  int last_level_ = 0;
};

}  // namespace

std::string finding::to_string() const {
  std::string place;
  if (where) {
    place = where->file;
    if (where->line > 0) place += fmt::format(":{}:{}", where->line, where->column);
  } else {
    place = origin;
  }
  return fmt::format("{}: {}accessibility ({}): {}", place, field.empty() ? "" : field + ": ", rule,
                     message);
}

double contrast_ratio(const std::string& a, const std::string& b) {
  double la = luminance(a), lb = luminance(b);
  if (la < lb) std::swap(la, lb);
  return (la + 0.05) / (lb + 0.05);
}

std::vector<finding> check(const doc::document& d, const style::house_style& hs,
                           const model::paper* p, const std::string& style_file,
                           const std::string& template_name) {
  return checker(d, hs, p, style_file, template_name).run();
}

}  // namespace cp::accessibility
