// SPDX-License-Identifier: MIT
// Label patterns to ODF prefix/suffix/display-levels, and the level styles.
#include "odt/list_style.hpp"

#include <vector>

#include "odt/property_set.hpp"
#include "util/units.hpp"
#include "util/utf8.hpp"

namespace cp::odt::detail {
namespace {

struct label_token {
  int counter = 0;  // 1..9 for %1..%9; 0 for literal text
  std::string text;
};

std::vector<label_token> tokenize(const std::string& pattern) {
  std::vector<label_token> out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' &&
        pattern[i + 1] <= '9') {
      out.push_back({pattern[i + 1] - '0', {}});
      ++i;
    } else if (!out.empty() && out.back().counter == 0) {
      out.back().text += pattern[i];
    } else {
      out.push_back({0, std::string(1, pattern[i])});
    }
  }
  return out;
}

std::string num_format(style::number_format f) {
  using style::number_format;
  switch (f) {
    case number_format::decimal:
      return "1";
    case number_format::lower_letter:
      return "a";
    case number_format::upper_letter:
      return "A";
    case number_format::lower_roman:
      return "i";
    case number_format::upper_roman:
      return "I";
    case number_format::bullet:
    case number_format::none:
      return "";
  }
  return "";
}

// label-alignment mode: the label starts at margin-left + text-indent and is
// followed by a tab to the text, which starts at the level's indent.
property_set level_properties(const style::numbering_level& level) {
  property_set props;
  // Formatted once: the tab stop and the text both start at the indent.
  const std::string indent = units::odf_mm(level.indent_mm);
  xml::writer align(false);
  align.open("style:list-level-label-alignment")
      .attr("text:label-followed-by", "listtab")
      .attr("text:list-tab-stop-position", indent)
      .attr("fo:text-indent", units::odf_mm(-level.hanging_mm))
      .attr("fo:margin-left", indent)
      .close();
  property_element& e = props.get("style:list-level-properties");
  e.set("text:list-level-position-and-space-mode", "label-alignment");
  e.children = align.finish();
  if (!level.font.empty()) {
    props.get("style:text-properties")
        .set("style:font-name", level.font)
        .set("style:font-name-asian", level.font)
        .set("style:font-name-complex", level.font);
  }
  return props;
}

// ODF bullets are one character; a longer bullet text keeps its first one.
std::string bullet_char(const std::string& text) {
  if (text.empty()) return "\u2022";
  std::size_t i = 0;
  std::string out;
  utf8::append(out, utf8::next(text, i));
  return out;
}

}  // namespace

odf_label label_for(const style::numbering_scheme& scheme, std::size_t level) {
  const style::numbering_level& lvl = scheme.levels.at(level);
  odf_label out;
  out.num_format = num_format(lvl.format);
  auto tokens = tokenize(lvl.text);
  std::size_t first = tokens.size(), last = tokens.size();
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (tokens[i].counter) {
      if (first == tokens.size()) first = i;
      last = i;
    }
  if (first == tokens.size()) {
    // No counter in the pattern: the label is fixed text.
    out.num_format.clear();
    out.prefix = lvl.text;
    return out;
  }
  for (std::size_t i = 0; i < first; ++i) out.prefix += tokens[i].text;
  for (std::size_t i = last + 1; i < tokens.size(); ++i) out.suffix += tokens[i].text;
  int own = static_cast<int>(level) + 1;
  int lowest = tokens[first].counter;
  // Exact only as ODF shows it: consecutive counters ending at this level, joined by ".".
  out.exact = tokens[last].counter == own;
  int expected = lowest;
  for (std::size_t i = first; i <= last; ++i) {
    if (tokens[i].counter) {
      if (tokens[i].counter != expected++) out.exact = false;
    } else if (tokens[i].text != ".") {
      out.exact = false;
    }
  }
  out.display_levels = lowest <= own ? own - lowest + 1 : 1;
  return out;
}

void write_list_level(xml::writer& w, const style::numbering_scheme& scheme, std::size_t level,
                      int odf_level, int start_value) {
  const style::numbering_level& lvl = scheme.levels.at(level);
  if (lvl.format == style::number_format::bullet) {
    w.open("text:list-level-style-bullet")
        .attr("text:level", odf_level)
        .attr("text:bullet-char", bullet_char(lvl.text));
  } else {
    odf_label label = label_for(scheme, level);
    w.open("text:list-level-style-number").attr("text:level", odf_level);
    if (!label.prefix.empty()) w.attr("style:num-prefix", label.prefix);
    if (!label.suffix.empty()) w.attr("style:num-suffix", label.suffix);
    w.attr("style:num-format", label.num_format);
    // "aa, bb" after "z", as the house style's label counter does.
    if (lvl.format == style::number_format::lower_letter ||
        lvl.format == style::number_format::upper_letter)
      w.attr("style:num-letter-sync", "true");
    if (label.display_levels > 1) w.attr("text:display-levels", label.display_levels);
    // On the level style rather than the first item: LibreOffice then also
    // shows it in a "5.1" label reached before any level-1 item.
    if (start_value > 1) w.attr("text:start-value", start_value);
  }
  level_properties(lvl).write(w);
  w.close();
}

std::string list_levels(const style::numbering_scheme& scheme, int start_value) {
  xml::writer w(false);
  // ODF has ten list levels; deeper scheme levels could never be reached.
  for (std::size_t i = 0; i < scheme.levels.size() && i < 10; ++i)
    write_list_level(w, scheme, i, static_cast<int>(i) + 1, i == 0 ? start_value : 1);
  return w.finish();
}

void write_outline_style(xml::writer& w) {
  w.open("text:outline-style").attr("style:name", "Outline");
  for (int level = 1; level <= 10; ++level) {
    w.open("text:outline-level-style").attr("text:level", level).attr("style:num-format", "");
    w.open("style:list-level-properties")
        .attr("text:list-level-position-and-space-mode", "label-alignment")
        .open("style:list-level-label-alignment")
        .attr("text:label-followed-by", "nothing")
        .close()
        .close();
    w.close();
  }
  w.close();
}

}  // namespace cp::odt::detail
