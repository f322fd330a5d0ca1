// SPDX-License-Identifier: MIT
#include "style/style_loader.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <functional>
#include <map>
#include <set>

#include <fmt/format.h>

#include "ingest/named_file.hpp"
#include "ingest/reader.hpp"
#include "ingest/yaml_source.hpp"
#include "media/image_info.hpp"
#include "util/error.hpp"
#include "util/suggest.hpp"

namespace cp::style {
namespace {

using ingest::field_path;
using ingest::item_path;
using ingest::map_reader;
using ingest::value;

std::optional<double> parse_number_with_unit(std::string_view s, std::string& unit) {
  std::size_t i = 0;
  while (i < s.size() &&
         (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.' || s[i] == '-'))
    ++i;
  double v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + i, v);
  if (ec != std::errc() || ptr != s.data() + i || i == 0) return std::nullopt;
  std::string_view rest = s.substr(i);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  unit = std::string(rest);
  return v;
}

// Reads a house style file, collecting every problem.
class style_reader {
 public:
  // `base` is the style file's folder: reference documents are named relative to it.
  style_reader(diagnostics& d, std::filesystem::path base) : diags_(d), base_(std::move(base)) {}

  house_style read(const value& root) {
    house_style hs;
    map_reader r(root, "", diags_);
    if (!r.ok()) return hs;
    hs.name = r.text("name", true).value_or("");
    if (auto lang = r.text("language")) hs.language = *lang;
    read_colours(r);
    if (const value* v = r.get("page")) read_page(*v, hs.page);
    if (const value* v = r.get("paragraph-styles", true)) read_paragraph_styles(*v, hs);
    if (const value* v = r.get("character-styles", true)) read_character_styles(*v, hs);
    if (const value* v = r.get("numbering", true)) read_numbering(*v, hs);
    if (const value* v = r.get("table")) read_table(*v, hs.table);
    if (const value* v = r.get("caption")) read_caption(*v, hs.caption);
    if (const value* v = r.get("reference")) read_reference_documents(*v, hs.reference);
    if (const value* v = r.get("reference-styles")) read_reference_styles(*v, hs.reference);
    if (const value* v = r.get("logo")) read_logo(*v, hs);
    r.finish();
    check(hs, root);
    return hs;
  }

 private:
  void read_colours(map_reader& r) {
    const value* v = r.get("colours");
    if (!v) return;
    map_reader c(*v, "colours", diags_);
    if (!c.ok()) return;
    for (const auto& m : v->members) {
      c.accept(m.key);
      auto hex = as_hex(m.val, field_path("colours", m.key), false);
      if (hex) palette_[m.key] = *hex;
    }
  }

  // "#1F4E79", "1f4e79" or a palette name -> "1F4E79".
  std::optional<std::string> as_hex(const value& v, const std::string& path,
                                    bool allow_names = true) {
    auto t = ingest::as_text(v, path, diags_);
    if (!t) return std::nullopt;
    std::string s = *t;
    if (allow_names) {
      if (auto it = palette_.find(s); it != palette_.end()) return it->second;
    }
    if (!s.empty() && s.front() == '#') s.erase(0, 1);
    bool ok = s.size() == 6 &&
              std::all_of(s.begin(), s.end(), [](unsigned char ch) { return std::isxdigit(ch); });
    if (!ok) {
      std::string msg =
          fmt::format("expected a colour like \"#1F4E79\"{}, got {}",
                      palette_.empty() ? "" : " or a name from colours", v.describe());
      diags_.error(v.pos, path, msg);
      return std::nullopt;
    }
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char ch) { return std::toupper(ch); });
    return s;
  }

  std::optional<double> length(map_reader& r, std::string_view key) {
    const value* v = r.get(key);
    if (!v) return std::nullopt;
    if (v->is_scalar())
      if (auto mm = parse_length_mm(v->text)) return *mm;
    r.error(*v, key,
            fmt::format("expected a length from 0 to {}mm, like 25mm, 2.5cm, 1in or 12pt, got {}",
                        max_length_mm, v->describe()));
    return std::nullopt;
  }

  std::optional<double> size_pt(map_reader& r, std::string_view key) {
    const value* v = r.get(key);
    if (!v) return std::nullopt;
    if (v->is_scalar())
      if (auto pt = parse_size_pt(v->text)) return *pt;
    r.error(*v, key,
            fmt::format("expected a size in points from 0 to {}, like 12pt, got {}", max_size_pt,
                        v->describe()));
    return std::nullopt;
  }

  std::optional<std::string> colour(map_reader& r, std::string_view key) {
    const value* v = r.get(key);
    if (!v) return std::nullopt;
    return as_hex(*v, field_path(r.path(), key));
  }

  void read_page(const value& v, page_setup& p) {
    map_reader r(v, "page", diags_);
    if (!r.ok()) return;
    if (auto x = length(r, "width")) p.width_mm = *x;
    if (auto x = length(r, "height")) p.height_mm = *x;
    if (auto x = length(r, "header")) p.header_mm = *x;
    if (auto x = length(r, "footer")) p.footer_mm = *x;
    if (const value* m = r.get("margins")) {
      map_reader mr(*m, "page.margins", diags_);
      if (auto x = length(mr, "top")) p.margin_top_mm = *x;
      if (auto x = length(mr, "bottom")) p.margin_bottom_mm = *x;
      if (auto x = length(mr, "left")) p.margin_left_mm = *x;
      if (auto x = length(mr, "right")) p.margin_right_mm = *x;
      mr.finish();
    }
    r.finish();
  }

  void read_text_props(map_reader& r, text_props& t) {
    t.font = r.text("font");
    t.size_pt = size_pt(r, "size");
    t.bold = r.boolean("bold");
    t.italic = r.boolean("italic");
    t.underline = r.boolean("underline");
    t.caps = r.boolean("caps");
    t.colour = colour(r, "colour");
  }

  void read_paragraph_styles(const value& v, house_style& hs) {
    map_reader all(v, "paragraph-styles", diags_);
    if (!all.ok()) return;
    for (const auto& m : v.members) {
      all.accept(m.key);
      std::string path = field_path("paragraph-styles", m.key);
      map_reader r(m.val, path, diags_);
      if (!r.ok()) continue;
      paragraph_style s;
      s.role = m.key;
      s.name = r.text("name", true).value_or(m.key);
      s.docx_name = r.text("docx-name").value_or("");
      s.odt_name = r.text("odt-name").value_or("");
      s.based_on = r.text("based-on").value_or("");
      s.next = r.text("next").value_or("");
      read_text_props(r, s.text);
      s.space_before_pt = size_pt(r, "space-before");
      s.space_after_pt = size_pt(r, "space-after");
      s.line_spacing = r.number("line-spacing");
      if (s.line_spacing && (*s.line_spacing <= 0 || *s.line_spacing > 10)) {
        r.error(*r.get("line-spacing"), "line-spacing",
                fmt::format("expected a line spacing greater than 0 and at most 10 (1 is single, "
                            "2 double), got {}",
                            *s.line_spacing));
        s.line_spacing.reset();
      }
      if (auto a = r.choice("align", {"left", "centre", "right", "justify"})) {
        s.align = *a == "left"     ? doc::alignment::left
                  : *a == "centre" ? doc::alignment::centre
                  : *a == "right"  ? doc::alignment::right
                                   : doc::alignment::justify;
      }
      s.indent_left_mm = length(r, "indent-left");
      s.indent_right_mm = length(r, "indent-right");
      s.indent_first_mm = length(r, "indent-first-line");
      s.keep_with_next = r.boolean("keep-with-next");
      s.keep_together = r.boolean("keep-together");
      s.page_break_before = r.boolean("page-break-before");
      s.fill = colour(r, "fill");
      if (const value* b = r.get("border")) {
        map_reader br(*b, field_path(path, "border"), diags_);
        paragraph_border pb;
        if (auto w = size_pt(br, "width")) pb.width_pt = *w;
        if (auto c = colour(br, "colour")) pb.colour = *c;
        if (auto p = length(br, "padding")) pb.padding_mm = *p;
        br.finish();
        s.border = pb;
      }
      s.outline_level = r.integer("outline-level", 1, 9).value_or(0);
      r.finish();
      role_pos_[s.role] = m.key_pos;
      hs.paragraph_styles.push_back(std::move(s));
    }
  }

  void read_character_styles(const value& v, house_style& hs) {
    map_reader all(v, "character-styles", diags_);
    if (!all.ok()) return;
    for (const auto& m : v.members) {
      all.accept(m.key);
      map_reader r(m.val, field_path("character-styles", m.key), diags_);
      if (!r.ok()) continue;
      character_style s;
      s.role = m.key;
      s.name = r.text("name", true).value_or(m.key);
      s.docx_name = r.text("docx-name").value_or("");
      s.odt_name = r.text("odt-name").value_or("");
      read_text_props(r, s.text);
      r.finish();
      hs.character_styles.push_back(std::move(s));
    }
  }

  void read_numbering(const value& v, house_style& hs) {
    map_reader all(v, "numbering", diags_);
    if (!all.ok()) return;
    static const std::vector<std::string> formats = {
        "decimal", "lower-letter", "upper-letter", "lower-roman", "upper-roman", "bullet", "none"};
    for (const auto& m : v.members) {
      all.accept(m.key);
      std::string path = field_path("numbering", m.key);
      map_reader r(m.val, path, diags_);
      if (!r.ok()) continue;
      numbering_scheme scheme;
      scheme.name = m.key;
      scheme.display_name = r.text("name").value_or(m.key);
      const value* levels = r.get("levels", true);
      if (levels && !levels->is_list()) {
        r.error(*levels, "levels",
                fmt::format("expected a list of levels, got {}", levels->describe()));
      } else if (levels) {
        if (levels->items.empty() || levels->items.size() > 9)
          r.error(*levels, "levels", "a numbering scheme has 1 to 9 levels");
        for (std::size_t i = 0; i < levels->items.size(); ++i) {
          std::string lpath = item_path(field_path(path, "levels"), i);
          map_reader lr(levels->items[i], lpath, diags_);
          if (!lr.ok()) continue;
          numbering_level lvl;
          auto f = lr.choice("format", formats, true).value_or("decimal");
          lvl.format = f == "decimal"        ? number_format::decimal
                       : f == "lower-letter" ? number_format::lower_letter
                       : f == "upper-letter" ? number_format::upper_letter
                       : f == "lower-roman"  ? number_format::lower_roman
                       : f == "upper-roman"  ? number_format::upper_roman
                       : f == "bullet"       ? number_format::bullet
                                             : number_format::none;
          lvl.text = lr.text("text").value_or("");
          lvl.indent_mm = length(lr, "indent").value_or(0);
          lvl.hanging_mm = length(lr, "hanging").value_or(0);
          lvl.font = lr.text("font").value_or("");
          lvl.role = lr.text("role").value_or("");
          check_level_text(levels->items[i], lpath, lvl, i);
          lr.finish();
          scheme.levels.push_back(std::move(lvl));
        }
      }
      r.finish();
      hs.numbering.push_back(std::move(scheme));
    }
  }

  void check_level_text(const value& at, const std::string& path, const numbering_level& lvl,
                        std::size_t index) {
    if (lvl.format == number_format::bullet) {
      if (lvl.text.empty())
        diags_.error(at.pos, field_path(path, "text"), "a bullet level needs its bullet character");
      return;
    }
    if (lvl.format == number_format::none) return;
    // %N may only refer to this level or the ones above it.
    bool own = false;
    for (std::size_t i = 0; i + 1 < lvl.text.size(); ++i) {
      if (lvl.text[i] != '%') continue;
      char d = lvl.text[i + 1];
      if (d < '1' || d > '9' || std::size_t(d - '0') > index + 1) {
        diags_.error(at.pos, field_path(path, "text"),
                     fmt::format("\"%{}\" does not name this level or one above it (use %1 to %{})",
                                 d, index + 1));
        return;
      }
      if (std::size_t(d - '0') == index + 1) own = true;
    }
    if (!own)
      diags_.error(at.pos, field_path(path, "text"),
                   fmt::format("the label must show this level's number with %{}", index + 1));
  }

  void read_table(const value& v, table_look& t) {
    map_reader r(v, "table", diags_);
    if (!r.ok()) return;
    if (auto x = size_pt(r, "border")) t.border_pt = *x;
    if (auto x = colour(r, "border-colour")) t.border_colour = *x;
    if (const value* f = r.get("header-fill")) {
      if (f->is_scalar() && (f->text == "none" || f->text.empty()))
        t.header_fill.clear();
      else if (auto hex = as_hex(*f, "table.header-fill"))
        t.header_fill = *hex;
    }
    if (auto x = length(r, "cell-padding")) t.cell_padding_mm = *x;
    r.finish();
  }

  void read_caption(const value& v, caption_look& c) {
    map_reader r(v, "caption", diags_);
    if (!r.ok()) return;
    if (auto x = r.text("table-label")) c.table_label = *x;
    if (auto x = r.text("separator")) c.separator = *x;
    r.finish();
  }

  // A text or a list of texts.
  std::vector<std::string> texts(const value& v, const std::string& path) {
    std::vector<std::string> out;
    if (v.is_list()) {
      for (std::size_t i = 0; i < v.items.size(); ++i)
        if (auto t = ingest::as_text(v.items[i], item_path(path, i), diags_)) out.push_back(*t);
    } else if (auto t = ingest::as_text(v, path, diags_)) {
      out.push_back(*t);
    }
    return out;
  }

  // reference: FILE, or [FILE.docx, FILE.odt]
  void read_reference_documents(const value& v, reference_settings& ref) {
    std::vector<std::string> files = texts(v, "reference");
    if (files.size() > 2) {
      diags_.error(v.pos, "reference", "at most two reference documents: one DOCX and one ODT");
      return;
    }
    for (const auto& f : files) {
      if (f.empty()) {
        diags_.error(v.pos, "reference", "a reference document path is empty");
        continue;
      }
      std::filesystem::path p(f);
      ref.documents.push_back((p.is_absolute() ? p : base_ / p).lexically_normal().string());
    }
  }

  // logo: assets/council-logo.png, inside the style file's folder.
  void read_logo(const value& v, house_style& hs) {
    auto name = ingest::as_text(v, "logo", diags_);
    if (!name) return;
    std::error_code ec;
    auto folder = std::filesystem::canonical(base_.empty() ? "." : base_, ec);
    try {
      auto file = ingest::resolve_named_file(*name, base_ / "style", folder);
      media::probe_image(ingest::read_named_file(file, media::max_picture_bytes),
                         file.path.string());
      hs.logo = file.path.string();
    } catch (const util::read_refused& e) {
      diags_.error(v.pos, "logo", e.what());
    } catch (const input_error& e) {
      diags_.error(v.pos, "logo", e.what());
    }
  }

  // reference-styles: {heading-1: "Heading 1", body-text: ["Body Text", "Text body"]}
  void read_reference_styles(const value& v, reference_settings& ref) {
    map_reader all(v, "reference-styles", diags_);
    if (!all.ok()) return;
    for (const auto& m : v.members) {
      all.accept(m.key);
      auto names = texts(m.val, field_path("reference-styles", m.key));
      if (!names.empty()) ref.styles[m.key] = std::move(names);
      reference_role_pos_[m.key] = m.key_pos;
    }
    all.finish();
  }

  // Cross-field rules: required roles, references between styles, no cycles.
  void check(const house_style& hs, const value& root) {
    std::vector<std::string> roles;
    for (const auto& s : hs.paragraph_styles) roles.push_back(s.role);
    auto role_exists = [&](const std::string& r) {
      return std::find(roles.begin(), roles.end(), r) != roles.end();
    };
    auto missing_role = [&](source_position at, const std::string& field, const std::string& role) {
      std::string msg = fmt::format("no paragraph style \"{}\"", role);
      if (auto near = nearest(role, roles)) msg += fmt::format("; did you mean \"{}\"?", *near);
      diags_.error(at, field, msg);
    };
    std::vector<std::string> missing;
    for (auto r : required_paragraph_roles())
      if (!hs.find_paragraph(r)) missing.emplace_back(r);
    if (!missing.empty())
      diags_.error(root.pos, "paragraph-styles",
                   fmt::format("the engine needs paragraph styles for these roles too: {}",
                               fmt::join(missing, ", ")));
    for (auto r : required_character_roles())
      if (!hs.find_character(r))
        diags_.error(root.pos, "character-styles",
                     fmt::format("the engine needs a character style \"{}\"", r));
    std::set<std::string> names;
    for (const auto& s : hs.paragraph_styles) {
      auto at = role_pos_[s.role];
      std::string path = field_path("paragraph-styles", s.role);
      if (!s.based_on.empty() && !role_exists(s.based_on))
        missing_role(at, field_path(path, "based-on"), s.based_on);
      if (!s.next.empty() && !role_exists(s.next))
        missing_role(at, field_path(path, "next"), s.next);
      if (!names.insert(s.name).second)
        diags_.error(at, field_path(path, "name"),
                     fmt::format("another style is also called \"{}\"", s.name));
      // Follow based-on; more steps than styles means a cycle.
      std::size_t steps = 0;
      for (const paragraph_style* p = &s; p && !p->based_on.empty();
           p = hs.find_paragraph(p->based_on)) {
        if (++steps > hs.paragraph_styles.size()) {
          diags_.error(at, field_path(path, "based-on"),
                       "styles are based on each other in a circle");
          break;
        }
      }
    }
    for (const auto& scheme : hs.numbering)
      for (std::size_t i = 0; i < scheme.levels.size(); ++i)
        if (!scheme.levels[i].role.empty() && !role_exists(scheme.levels[i].role))
          missing_role(
              root.pos,
              item_path(field_path(field_path("numbering", scheme.name), "levels"), i) + ".role",
              scheme.levels[i].role);
    std::vector<std::string> all_roles = roles;
    for (const auto& c : hs.character_styles) all_roles.push_back(c.role);
    for (const auto& [role, names] : hs.reference.styles) {
      if (std::find(all_roles.begin(), all_roles.end(), role) != all_roles.end()) continue;
      std::string msg = fmt::format("no paragraph or character style \"{}\" to map", role);
      if (auto near = nearest(role, all_roles)) msg += fmt::format("; did you mean \"{}\"?", *near);
      diags_.error(reference_role_pos_[role], field_path("reference-styles", role), msg);
    }
    for (const char* needed : {"bullet", "number"})
      if (!hs.find_scheme(needed))
        diags_.error(root.pos, "numbering",
                     fmt::format("the engine needs a numbering scheme \"{}\"", needed));
  }

  diagnostics& diags_;
  std::filesystem::path base_;
  std::map<std::string, source_position> reference_role_pos_;
  std::map<std::string, std::string> palette_;
  std::map<std::string, source_position> role_pos_;
};

}  // namespace

std::optional<double> parse_length_mm(std::string_view s) {
  std::string unit;
  auto v = parse_number_with_unit(s, unit);
  if (!v || *v < 0) return std::nullopt;
  std::optional<double> mm;
  if (unit == "mm") mm = *v;
  if (unit == "cm") mm = *v * 10.0;
  if (unit == "in") mm = *v * 25.4;
  if (unit == "pt") mm = *v / 72.0 * 25.4;
  if (mm && *mm > max_length_mm) return std::nullopt;
  return mm;
}

std::optional<double> parse_size_pt(std::string_view s) {
  std::string unit;
  auto v = parse_number_with_unit(s, unit);
  if (!v || *v < 0) return std::nullopt;
  std::optional<double> pt;
  if (unit == "pt" || unit.empty()) pt = *v;
  if (unit == "mm") pt = *v / 25.4 * 72.0;
  if (pt && *pt > max_size_pt) return std::nullopt;
  return pt;
}

namespace {

// Reads a parsed style file; `base` is the folder its relative paths start from.
house_style read_house_style(const std::function<value()>& parse,
                             const std::filesystem::path& base) {
  value root;
  try {
    root = parse();
  } catch (const input_error& e) {
    throw style_error(e.what());
  }
  diagnostics d;
  style_reader reader(d, base);
  house_style hs = reader.read(root);
  d.throw_if_errors<style_error>();
  return hs;
}

}  // namespace

house_style parse_house_style(std::string_view text, const std::string& file_name) {
  return read_house_style([&] { return ingest::parse_yaml(text, file_name); },
                          std::filesystem::path(file_name).parent_path());
}

house_style load_house_style(const std::filesystem::path& path) {
  return read_house_style([&] { return ingest::load_yaml_file(path); }, path.parent_path());
}

}  // namespace cp::style
