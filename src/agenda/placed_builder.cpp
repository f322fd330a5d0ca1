// SPDX-License-Identifier: MIT
#include "agenda/placed_builder.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "layout/table_grid.hpp"
#include "media/image_info.hpp"
#include "xml/xml_reader.hpp"

namespace cp::agenda::detail {

void block_sink::add(doc::block b) {
  flush();
  out_->push_back(std::move(b));
}

void block_sink::add_list_paragraph(list_entry e) {
  if (!pending_.empty() && pending_.front().list_key != e.list_key) flush();
  pending_.push_back(std::move(e));
}

std::size_t block_sink::sequence_for(const std::string& key, bool bullet) {
  // The same source list continues its sequence wherever it goes on.
  std::string scheme = bullet ? "bullet" : "number";
  std::string name = key + "\x1f" + scheme;
  if (auto it = sequences_.find(name); it != sequences_.end()) return it->second;
  d_.sequences.push_back(doc::sequence{scheme, 1});
  sequences_[name] = d_.sequences.size() - 1;
  return d_.sequences.size() - 1;
}

// Builds the list at `level` from pending_[i...], consuming its entries and
// those of deeper lists nested in its items.
doc::list block_sink::build(std::size_t& i, int level, const std::string& key) {
  doc::list l;
  l.sequence = sequence_for(key, pending_[i].bullet);
  while (i < pending_.size() && pending_[i].level >= level) {
    if (pending_[i].level == level) {
      doc::list_item item;
      item.blocks.push_back(doc::block{std::move(pending_[i].para)});
      l.items.push_back(std::move(item));
      ++i;
    } else {
      // Deeper: a list nested in the last item (an item of its own when the
      // list opens deeper than its first level).
      if (l.items.empty()) l.items.emplace_back();
      doc::list nested = build(i, level + 1, key);
      l.items.back().blocks.push_back(doc::block{std::move(nested)});
    }
  }
  return l;
}

void block_sink::flush() {
  if (pending_.empty()) return;
  int base = pending_.front().level;
  for (const auto& e : pending_) base = std::min(base, e.level);
  for (auto& e : pending_) e.level -= base;
  std::size_t i = 0;
  while (i < pending_.size()) out_->push_back(doc::block{build(i, 0, pending_.front().list_key)});
  pending_.clear();
}

std::optional<std::size_t> tree_state::image(const std::string& part, const std::string& bytes) {
  if (auto it = images_.find(part); it != images_.end()) return it->second;
  try {
    media::image_info info = media::probe_image(bytes, part);
    result.tree.images.push_back({bytes, info});
  } catch (const input_error&) {
    note(fmt::format(
        "the picture {} is not a PNG or JPEG image and is left out; save it as PNG in the "
        "document to keep it",
        part));
    return std::nullopt;
  }
  images_[part] = result.tree.images.size() - 1;
  return result.tree.images.size() - 1;
}

void tree_state::note(const std::string& text) {
  if (noted_.insert(text).second) result.notes.push_back(fmt::format("{}: {}", name, text));
}

void tree_state::finish() {
  for (const auto& [what, count] : left_out_) note(fmt::format("{}: {}", what, count));
  left_out_.clear();
}

int tree_state::max_list_level() const {
  int levels = 9;
  for (const char* scheme : {"bullet", "number"})
    if (const auto* s = hs.find_scheme(scheme))
      levels = std::min(levels, static_cast<int>(s->levels.size()));
  return std::max(0, levels - 1);
}

bool tree_state::usable_link(const std::string& t) {
  return (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("mailto:")) &&
         xml::is_uri(t);
}

bool is_empty(const doc::paragraph& p) {
  for (const auto& n : p.content) {
    if (const auto* t = std::get_if<doc::text_run>(&n)) {
      if (t->text.find_first_not_of(" \t\n") != std::string::npos) return false;
    } else if (!std::holds_alternative<doc::line_break>(n)) {
      return false;
    }
  }
  return true;
}

void trim(doc::inlines& content) {
  while (!content.empty()) {
    auto* t = std::get_if<doc::text_run>(&content.front());
    if (std::holds_alternative<doc::line_break>(content.front())) {
      content.erase(content.begin());
      continue;
    }
    if (!t) break;
    t->text.erase(0, std::min(t->text.size(), t->text.find_first_not_of(" \t\n")));
    if (!t->text.empty()) break;
    content.erase(content.begin());
  }
  while (!content.empty()) {
    auto* t = std::get_if<doc::text_run>(&content.back());
    if (std::holds_alternative<doc::line_break>(content.back())) {
      content.pop_back();
      continue;
    }
    if (!t) break;
    auto last = t->text.find_last_not_of(" \t\n");
    t->text.erase(last == std::string::npos ? 0 : last + 1);
    if (!t->text.empty()) break;
    content.pop_back();
  }
}

void settle_table(doc::table& t) {
  std::vector<double> widths = std::move(t.column_widths);
  t.column_widths.clear();
  std::size_t columns = 0;
  try {
    columns = layout::build_grid(t).columns;
  } catch (const document_error&) {
    for (auto& row : t.rows)
      for (auto& cell : row.cells) cell.col_span = cell.row_span = 1;
    columns = layout::build_grid(t).columns;
  }
  double average = 0;
  for (double w : widths) average += w / static_cast<double>(widths.size());
  widths.resize(columns, average > 0 ? average : 1.0);
  t.column_widths = std::move(widths);
  if (t.header_rows > static_cast<int>(t.rows.size())) t.header_rows = 0;
}

void append_text(doc::inlines& content, std::string_view text, std::uint8_t marks) {
  if (text.empty()) return;
  if (!content.empty())
    if (auto* t = std::get_if<doc::text_run>(&content.back()); t && t->marks == marks) {
      t->text += text;
      return;
    }
  content.push_back(doc::text_run{std::string(text), marks});
}

}  // namespace cp::agenda::detail
