// SPDX-License-Identifier: MIT
#include "ingest/table_mapping.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "ingest/reader.hpp"
#include "ingest/workbook_readers.hpp"
#include "util/suggest.hpp"
#include "util/text_scan.hpp"
#include "util/utf8.hpp"

namespace cp::ingest {
namespace {

// Shortest text that reads back as the same number; whole numbers without
// a decimal point or exponent.
std::string number_text(double n) {
  if (n == std::floor(n) && std::fabs(n) < 1e15) return fmt::format("{:.0f}", n == 0 ? 0.0 : n);
  return fmt::format("{}", n);
}

// Bold and italic runs as CommonMark emphasis. The markers go inside the
// spaces at either end of a run, and round each line of it, since emphasis
// cannot start or end with a space, or cross a paragraph.
std::string markdown_of(const std::vector<text_run>& runs) {
  std::string out;
  for (const auto& r : runs) {
    if (!r.bold && !r.italic) {
      out += r.text;
      continue;
    }
    std::string_view marker = r.bold && r.italic ? "***" : r.bold ? "**" : "*";
    std::size_t start = 0;
    while (start <= r.text.size()) {
      std::size_t end = r.text.find('\n', start);
      if (end == std::string::npos) end = r.text.size();
      std::string_view line = std::string_view(r.text).substr(start, end - start);
      auto first = line.find_first_not_of(" \t");
      if (first == std::string_view::npos) {
        out += line;
      } else {
        auto last = line.find_last_not_of(" \t");
        out += line.substr(0, first);
        out += marker;
        out += line.substr(first, last - first + 1);
        out += marker;
        out += line.substr(last + 1);
      }
      if (end < r.text.size()) out += '\n';
      start = end + 1;
    }
  }
  return out;
}

// The text of a cell as a heading or a group key is compared.
std::string display_text(const cell& c) {
  switch (c.type) {
    case cell_type::text:
      return c.text;
    case cell_type::number:
      return number_text(c.number);
    case cell_type::boolean:
      return c.boolean ? "true" : "false";
    case cell_type::date:
      return iso_date_time(c.date, c.seconds);
    case cell_type::error:
      return c.text;
    case cell_type::empty:
      break;
  }
  return {};
}

struct column_of {
  int column = 0;
  bool prose = false;
};

class table_builder {
 public:
  table_builder(const table_spec& spec, const sheet& s, diagnostics& d)
      : spec_(spec), s_(s), d_(d) {}

  value build() {
    value out;
    out.type = value::kind::list;
    out.pos = s_.position(spec_.header_row, 1);
    if (!read_header()) return out;
    for (const auto& r : s_.rows)
      if (r.number > spec_.header_row) rows_.push_back(&r);
    if (rows_.empty())
      d_.warning(s_.position(spec_.header_row, 0), spec_.path,
                 fmt::format("the table has no rows below its header row ({})", spec_.header_row));
    out.items = list_of(spec_.rows, rows_, spec_.path).items;
    return out;
  }

 private:
  // Matches the header row against the spec: every heading the spec names
  // must be there once, every column with a heading or a value must be
  // named by the spec (mapped or ignored).
  bool read_header() {
    const sheet_row* header = nullptr;
    for (const auto& r : s_.rows)
      if (r.number == spec_.header_row) header = &r;
    std::vector<const table_column*> named;
    collect(spec_.rows, named);
    for (const auto& c : spec_.ignored) named.push_back(&c);
    if (!header) {
      source_position at = spec_.header_row_pos.file.empty() ? spec_.pos : spec_.header_row_pos;
      d_.error(
          at, spec_.path,
          fmt::format("row {} of {}, the header row, is empty", spec_.header_row, where_sheet()));
      return false;
    }
    std::map<std::string, int> found;  // heading -> column
    std::vector<int> headed;           // every column with a heading
    for (const auto& c : header->cells) {
      std::string h = normalise_header(display_text(c));
      if (h.empty()) continue;
      headed.push_back(c.column);
      if (auto it = found.find(h); it != found.end()) {
        d_.error(s_.position(header->number, c.column), spec_.path,
                 fmt::format("column \"{}\" appears twice in the header row (also in {})", h,
                             column_letters(it->second)));
        continue;
      }
      found[h] = c.column;
    }
    bool ok = true;
    std::vector<std::string> missing;
    for (const table_column* n : named) {
      auto it = found.find(n->header);
      if (it == found.end()) {
        missing.push_back(n->header);
        continue;
      }
      columns_[n->header] = {
          it->second, std::any_of(spec_.prose.begin(), spec_.prose.end(),
                                  [&](const table_column& p) { return p.header == n->header; })};
    }
    std::vector<std::string> spare;
    for (const auto& [h, col] : found)
      if (!columns_.count(h)) spare.push_back(h);
    // A heading the spec names that the sheet lacks; when the sheet has one
    // like it, that column is the suggestion and says nothing more itself.
    std::vector<std::string> suggested;
    for (const table_column* n : named) {
      if (columns_.count(n->header)) continue;
      std::string msg =
          fmt::format("the header row of {} has no column \"{}\"", where_sheet(), n->header);
      if (auto near = nearest(n->header, spare)) {
        msg += fmt::format("; did you mean \"{}\"?", *near);
        suggested.push_back(*near);
      }
      d_.error(n->pos, spec_.path, msg);
      ok = false;
    }
    // Columns in the sheet the spec says nothing about, in column order.
    std::vector<std::pair<int, std::string>> unmapped;
    for (const auto& h : spare)
      if (std::find(suggested.begin(), suggested.end(), h) == suggested.end())
        unmapped.emplace_back(found[h], h);
    std::sort(unmapped.begin(), unmapped.end());
    bool columns_ok = ok;
    for (const auto& [col, h] : unmapped) {
      std::string msg = fmt::format(
          "column \"{}\" is not one of the table's columns; map it to a field under columns, or "
          "list it under ignore",
          h);
      if (auto near = nearest(h, missing)) msg += fmt::format(" (did you mean \"{}\"?)", *near);
      d_.error(s_.position(header->number, col), spec_.path, msg);
    }
    // A value in a column without a heading would be dropped unseen.
    std::map<int, int> headless;  // column -> first row with a value
    for (const auto& r : s_.rows) {
      if (r.number <= spec_.header_row) continue;
      for (const auto& c : r.cells) {
        bool has_heading = std::find(headed.begin(), headed.end(), c.column) != headed.end();
        if (!has_heading && !headless.count(c.column)) headless[c.column] = r.number;
      }
    }
    for (const auto& [col, row] : headless) {
      d_.error(s_.position(row, col), spec_.path,
               fmt::format("column {} holds values but has no heading in the header row ({}); "
                           "give it one",
                           column_letters(col), spec_.header_row));
    }
    // Columns left unmapped are errors already; the rows are still read, so
    // their problems are reported too.
    return columns_ok;
  }

  void collect(const table_level& level, std::vector<const table_column*>& out) const {
    for (const auto& c : level.columns) out.push_back(&c);
    if (level.column) out.push_back(&*level.column);
    if (level.child) collect(*level.child, out);
  }

  std::string where_sheet() const {
    return s_.name.empty() ? s_.file : fmt::format("{} sheet \"{}\"", s_.file, s_.name);
  }

  // The column a spec's column names, found by heading once.
  const column_of& col(const table_column& c) {
    auto it = resolved_.find(&c);
    if (it == resolved_.end()) it = resolved_.emplace(&c, columns_.at(c.header)).first;
    return it->second;
  }

  const cell* at(const sheet_row& r, const table_column& c) {
    int column = col(c).column;
    auto it = std::lower_bound(r.cells.begin(), r.cells.end(), column,
                               [](const cell& x, int n) { return x.column < n; });
    return it != r.cells.end() && it->column == column ? &*it : nullptr;
  }

  // A cell as the scalar (or null) the field readers take; `field_path()`
  // gives the field's path, made only for a message.
  template <class Path>
  value scalar(const sheet_row& r, const table_column& c, const Path& field_path) {
    const column_of& col = this->col(c);
    const cell* x = at(r, c);
    value v;
    v.pos = s_.position(r.number, col.column);
    if (!x) return v;
    switch (x->type) {
      case cell_type::empty:
        return v;
      case cell_type::error:
        d_.error(
            v.pos, field_path(),
            x->text.empty()
                ? "the cell holds a formula saved without its result; open the workbook in "
                  "Excel or LibreOffice and save it again"
                : fmt::format("the cell shows the error {}; correct it in the workbook", x->text));
        return v;
      case cell_type::text:
        v.text = col.prose && !x->runs.empty() ? markdown_of(x->runs) : x->text;
        break;
      default:
        v.text = display_text(*x);
        break;
    }
    // Printable ASCII needs no closer look (most cells).
    bool plain = text_scan::xml_plain_prefix(v.text) == v.text.size();
    if (auto problem = plain ? std::nullopt : utf8::find_problem(v.text)) {
      d_.error(v.pos, field_path(),
               fmt::format("the cell's text contains {}, which a document cannot hold",
                           problem->description));
      value null;
      null.pos = v.pos;
      return null;
    }
    v.type = value::kind::scalar;
    return v;
  }

  bool row_has_values(const sheet_row& r, const table_level& level) {
    for (const auto& c : level.columns)
      if (at(r, c)) return true;
    if (level.column && at(r, *level.column)) return true;
    if (level.key && at(r, *level.key)) return true;
    return level.child && row_has_values(r, *level.child);
  }

  value list_of(const table_level& level, const std::vector<const sheet_row*>& rows,
                const std::string& path) {
    value out;
    out.type = value::kind::list;
    if (!rows.empty()) out.pos = s_.position(rows.front()->number, first_column(level));
    if (level.column) {
      for (const sheet_row* r : rows) {
        if (!at(*r, *level.column)) continue;
        std::size_t n = out.items.size();
        out.items.push_back(scalar(*r, *level.column, [&] { return item_path(path, n); }));
      }
      return out;
    }
    if (!level.key) {
      for (const sheet_row* r : rows) {
        if (!row_has_values(*r, level)) continue;
        std::vector<const sheet_row*> one{r};
        out.items.push_back(entry(level, one, item_path(path, out.items.size())));
      }
      return out;
    }
    // Groups: a row with a new key starts one; a row without a key, or with
    // the same, continues it.
    std::vector<std::vector<const sheet_row*>> groups;
    std::vector<std::pair<std::string, int>> keys;  // key -> first row
    for (const sheet_row* r : rows) {
      if (!row_has_values(*r, level)) continue;
      const cell* k = at(*r, *level.key);
      std::string key = k ? normalise_header(display_text(*k)) : std::string();
      if (key.empty()) {
        if (groups.empty()) {
          d_.error(s_.position(r->number, col(*level.key).column), item_path(path, 0),
                   fmt::format("the first row of the table has no {}; it starts the first entry",
                               level.key->header));
          groups.emplace_back();
        }
        groups.back().push_back(r);
        continue;
      }
      if (!keys.empty() && keys.back().first == key) {
        groups.back().push_back(r);
        continue;
      }
      auto seen =
          std::find_if(keys.begin(), keys.end(), [&](const auto& x) { return x.first == key; });
      if (seen != keys.end())
        d_.error(s_.position(r->number, col(*level.key).column), item_path(path, groups.size()),
                 fmt::format("{} \"{}\" starts an entry again (first in row {}); keep the rows of "
                             "one entry together",
                             level.key->header, key, seen->second));
      keys.emplace_back(key, r->number);
      groups.push_back({r});
    }
    for (const auto& g : groups)
      out.items.push_back(entry(level, g, item_path(path, out.items.size())));
    return out;
  }

  int first_column(const table_level& level) {
    int first = 0;
    auto consider = [&](const table_column& c) {
      int column = col(c).column;
      if (first == 0 || column < first) first = column;
    };
    for (const auto& c : level.columns) consider(c);
    if (level.column) consider(*level.column);
    if (level.key) consider(*level.key);
    return first;
  }

  // One entry from the rows of a group (one row when there is no grouping):
  // each field from the first row that has it; a later row with another
  // value for it is an error.
  value entry(const table_level& level, const std::vector<const sheet_row*>& rows,
              const std::string& path) {
    value out;
    out.type = value::kind::map;
    out.pos = s_.position(rows.front()->number, first_column(level));
    out.members.reserve(level.columns.size() + (level.child ? 1 : 0));
    for (const auto& c : level.columns) {
      auto fpath = [&] { return field_path(path, c.field); };
      const sheet_row* from = rows.front();
      for (const sheet_row* r : rows)
        if (at(*r, c)) {
          from = r;
          break;
        }
      value v = scalar(*from, c, fpath);
      for (const sheet_row* r : rows) {
        if (r == from || !at(*r, c)) continue;
        value other = scalar(*r, c, fpath);
        if (other.is_scalar() && v.is_scalar() && other.text != v.text)
          d_.error(other.pos, fpath(),
                   fmt::format("this row continues the entry of row {}, but its {} is {} there; "
                               "give it once, or the same in every row",
                               from->number, c.header, v.describe()));
      }
      out.members.push_back({c.field, v.pos, std::move(v)});
    }
    if (level.child) {
      std::string cpath = field_path(path, level.into);
      value child = list_of(*level.child, rows, cpath);
      if (child.pos.file.empty()) child.pos = out.pos;
      source_position key_pos = child.pos;
      out.members.push_back({level.into, key_pos, std::move(child)});
    }
    return out;
  }

  const table_spec& spec_;
  const sheet& s_;
  diagnostics& d_;
  std::map<std::string, column_of> columns_;  // heading -> its column
  std::unordered_map<const table_column*, column_of> resolved_;
  std::vector<const sheet_row*> rows_;
};

// A message of the ZIP reader or libxml2 without the file name it starts
// with, which the position gives.
std::string without_prefix(std::string m, const std::string& file) {
  if (m.starts_with(file + ": ")) m.erase(0, file.size() + 2);
  return m;
}

}  // namespace

value table_value(const table_spec& spec, const sheet& s, diagnostics& d) {
  table_builder b(spec, s, d);
  return b.build();
}

value load_table(const table_spec& spec, const table_file_loader& load, diagnostics& d,
                 const sheet_limits& limits) {
  value empty;
  empty.type = value::kind::list;
  empty.pos = spec.pos;
  table_file f;
  try {
    f = load(spec.file, spec.file_pos);
  } catch (const error& e) {
    d.error(spec.file_pos, field_path(spec.path, "file"), e.what());
    return empty;
  }
  try {
    diagnostics notes;
    sheet s = read_table_file(f.bytes, f.name, spec.sheet, notes, limits);
    for (auto n : notes.items()) {
      n.field = spec.path;
      d.add(std::move(n));
    }
    return table_value(spec, s, d);
  } catch (const sheet_error& e) {
    d.error(e.where(), spec.path, e.message());
  } catch (const error& e) {
    d.error({f.name, 0, 0}, spec.path, without_prefix(e.what(), f.name));
  }
  return empty;
}

void expand_tables(value& v, const table_file_loader& load, diagnostics& d, const std::string& path,
                   const sheet_limits& limits) {
  if (v.is_list()) {
    for (std::size_t i = 0; i < v.items.size(); ++i)
      expand_tables(v.items[i], load, d, item_path(path, i), limits);
    return;
  }
  if (!v.is_map()) return;
  if (const value* spec_node = v.find("$table")) {
    value empty;
    empty.type = value::kind::list;
    empty.pos = v.pos;
    if (v.members.size() != 1) {
      d.error(v.pos, path,
              "\"$table\" must be the only key of its mapping; the table gives the whole list");
      v = empty;
      return;
    }
    auto spec = read_table_spec(*spec_node, path, d);
    v = spec ? load_table(*spec, load, d, limits) : empty;
    return;
  }
  for (auto& m : v.members) expand_tables(m.val, load, d, field_path(path, m.key), limits);
}

}  // namespace cp::ingest
