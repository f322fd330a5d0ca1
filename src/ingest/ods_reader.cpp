// SPDX-License-Identifier: MIT
// ODS (OpenDocument spreadsheet): content.xml streamed once. Its automatic
// styles come first (which tables are hidden, which text spans are bold or
// italic), then each table; the one wanted is read row by row, the others
// stepped over unread. Repeated rows and cells (table:number-rows-repeated,
// table:number-columns-repeated) are counted, not copied, unless they hold
// a value; LibreOffice ends every sheet with a run of empty ones reaching
// its last row and column.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "ingest/sheet_builder.hpp"
#include "ingest/workbook_readers.hpp"
#include "util/suggest.hpp"
#include "xml/xml_reader.hpp"
#include "xml/xml_stream.hpp"
#include "xml/xml_tree.hpp"

namespace cp::ingest {
namespace {

using detail::sheet_builder;

constexpr std::string_view office_ns = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view table_ns = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr std::string_view text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view style_ns = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
constexpr std::string_view fo_ns = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
constexpr std::string_view calcext_ns =
    "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

// Text longer than this in one cell is refused before it is built: a
// hostile <text:s text:c="..."/> could otherwise ask for gigabytes.
constexpr std::size_t max_cell_text = 1u << 20;

std::string attr(const xmlNode* n, std::string_view ns, std::string_view local) {
  return xml::attr(n, ns, local).value_or("");
}

std::optional<double> parse_double(std::string_view s) {
  double out = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(out)) return std::nullopt;
  return out;
}

// A count attribute (repeated, spanned): at least 1.
long long count_of(const std::string& v) {
  if (v.empty()) return 1;
  long long n = 0;
  auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || ptr != v.data() + v.size() || n < 1) return 1;
  return n;
}

struct text_style {
  bool bold = false;
  bool italic = false;
};

class ods_reader {
 public:
  ods_reader(std::string_view bytes, const std::string& file, diagnostics& notes,
             const sheet_limits& limits)
      : file_(file), notes_(notes), limits_(limits) {
    package::read_limits zl = limits.package;
    zl.kind = "ODS spreadsheet";
    try {
      entries_ = package::read_zip(bytes, file, zl);
    } catch (const package_error& e) {
      std::string m = e.what();
      if (m.starts_with(file + ": ")) m.erase(0, file.size() + 2);
      fail(m);
    }
  }

  sheet read(const std::string& wanted) {
    check_kind();
    const std::string& content = entries_.at("content.xml");
    sheet out;
    out.file = file_;
    sheet_builder b(out, limits_);
    bool chosen = false;
    int table_depth = -1;
    std::vector<std::string> names;
    try {
      xml::stream s(content, "content.xml");
      while (s.next_element()) {
        if (table_depth >= 0 && s.depth() <= table_depth) table_depth = -1;  // left the table
        if (s.is(style_ns, "style")) {
          read_style(s.expand());
        } else if (s.is(table_ns, "table")) {
          std::string name = s.attribute(table_ns, "name");
          bool hidden = hidden_tables_.count(s.attribute(table_ns, "style-name")) > 0;
          names.push_back(name);
          bool take = !chosen && (wanted.empty() ? !hidden : name == wanted);
          if (take && hidden)
            fail(fmt::format("sheet \"{}\" is hidden; unhide it in the workbook to read it", name));
          if (!take) {
            if (hidden && wanted.empty())
              notes_.warning({file_, 0, 0}, "",
                             fmt::format("sheet \"{}\" is hidden; it was not read", name));
            s.skip();
            continue;
          }
          chosen = true;
          out.name = name;
          table_depth = s.depth();
        } else if (s.is(table_ns, "table-row") && table_depth >= 0) {
          read_row(s.expand(), b);
        } else if (s.is(table_ns, "table-source") || s.is(office_ns, "dde-source") ||
                   s.is(table_ns, "dde-links")) {
          fail(
              "the workbook links to other files (a linked sheet or DDE link), whose values it "
              "holds only as they were when it was last saved; break the links (in LibreOffice: "
              "Edit > Links to External Files > Break Link) and save it again");
        } else if (s.is(table_ns, "table-column") || s.is(office_ns, "annotation") ||
                   s.is(office_ns, "forms") || s.is(office_ns, "scripts")) {
          s.skip();
        }
      }
    } catch (const sheet_error&) {
      throw;
    } catch (const error& e) {
      fail(e.what());
    }
    if (!chosen) {
      if (names.empty()) fail("the workbook has no sheets");
      if (wanted.empty()) fail("every sheet of the workbook is hidden");
      std::string msg = fmt::format("the workbook has no sheet \"{}\"", wanted);
      if (auto near = nearest(wanted, names))
        msg += fmt::format("; did you mean \"{}\"?", *near);
      else
        msg += fmt::format(" (its sheets: {})", fmt::join(names, ", "));
      fail(msg);
    }
    b.finish(notes_);
    return out;
  }

 private:
  [[noreturn]] void fail(const std::string& message) const {
    throw sheet_error({file_, 0, 0}, message);
  }

  void check_kind() const {
    auto mimetype = entries_.find("mimetype");
    if (mimetype == entries_.end()) {
      if (entries_.count("xl/workbook.xml") || entries_.count("[Content_Types].xml"))
        fail("this is an XLSX workbook, not an OpenDocument spreadsheet; name it .xlsx");
      fail("not an ODS spreadsheet: it has no mimetype entry");
    }
    std::string type = mimetype->second;
    if (type != "application/vnd.oasis.opendocument.spreadsheet" &&
        type != "application/vnd.oasis.opendocument.spreadsheet-template")
      fail(fmt::format("not an ODS spreadsheet: its mimetype is \"{}\"", type.substr(0, 80)));
    if (!entries_.count("content.xml")) fail("not an ODS spreadsheet: it has no content.xml");
  }

  // Automatic styles: a table style that hides its table, a text style that
  // makes a span bold or italic.
  void read_style(const xmlNode* st) {
    std::string name = attr(st, style_ns, "name");
    std::string family = attr(st, style_ns, "family");
    if (family == "table") {
      if (const xmlNode* p = xml::child(st, style_ns, "table-properties"))
        if (attr(p, table_ns, "display") == "false") hidden_tables_.insert({name, true});
    } else if (family == "text") {
      if (const xmlNode* p = xml::child(st, style_ns, "text-properties")) {
        std::string weight = attr(p, fo_ns, "font-weight");
        std::string slant = attr(p, fo_ns, "font-style");
        int w = 0;
        std::from_chars(weight.data(), weight.data() + weight.size(), w);
        text_style ts{weight == "bold" || w >= 600, slant == "italic" || slant == "oblique"};
        if (ts.bold || ts.italic) text_styles_[name] = ts;
      }
    }
  }

  void read_row(const xmlNode* row, sheet_builder& b) {
    long long repeat = count_of(attr(row, table_ns, "number-rows-repeated"));
    std::string visibility = attr(row, table_ns, "visibility");
    bool hidden = visibility == "collapse" || visibility == "filter";
    // The row's cells with a value, and its merged ranges, once.
    struct placed {
      long long column;
      long long repeat;
      cell value;
    };
    std::vector<placed> cells;
    std::vector<std::pair<long long, std::pair<long long, long long>>>
        spans;  // column, (rows, cols)
    long long column = 1;
    for (const xmlNode* c = row->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      bool covered = xml::is(c, table_ns, "covered-table-cell");
      if (!covered && !xml::is(c, table_ns, "table-cell")) continue;
      long long cols = count_of(attr(c, table_ns, "number-columns-repeated"));
      if (!covered) {
        cell v = read_cell(c);
        if (v.type != cell_type::empty) {
          b.check_place(row_, column + cols - 1);
          cells.push_back({column, cols, std::move(v)});
        }
        long long rs = count_of(attr(c, table_ns, "number-rows-spanned"));
        long long cs = count_of(attr(c, table_ns, "number-columns-spanned"));
        if ((rs > 1 || cs > 1) && !cells.empty() && cells.back().column == column)
          spans.push_back({column, {rs, cs}});
      }
      column += cols;
      if (column > (1ll << 40)) break;  // nothing real lies this far right
    }
    long long first = row_;
    row_ += repeat;
    if (cells.empty()) return;
    if (hidden) {
      b.check_place(first, 1);
      b.hide(static_cast<int>(first),
             static_cast<int>(std::min<long long>(row_ - 1, limits_.max_rows)));
      return;
    }
    // A repeated row with values is copied; the limits stop a hostile one.
    for (long long r = first; r < row_; ++r) {
      b.check_place(r, 1);
      for (const auto& p : cells)
        for (long long k = 0; k < p.repeat; ++k) {
          cell v = p.value;
          v.column = static_cast<int>(p.column + k);
          b.add(static_cast<int>(r), std::move(v));
        }
      for (const auto& [col, size] : spans)
        b.merge(static_cast<int>(r), static_cast<int>(col),
                static_cast<int>(std::min<long long>(r + size.first - 1, limits_.max_rows)),
                static_cast<int>(std::min<long long>(col + size.second - 1, limits_.max_columns)));
    }
  }

  cell read_cell(const xmlNode* c) {
    std::string type = attr(c, office_ns, "value-type");
    cell out;
    auto fail_here = [&](const std::string& what) {
      fail(fmt::format("content.xml: a cell in row {} holds {}", row_, what));
    };
    if (attr(c, calcext_ns, "value-type") == "error") {
      out.type = cell_type::error;
      out.text = detail::normalise_line_ends(plain_text(c));
      return out;
    }
    if (type == "float" || type == "percentage" || type == "currency") {
      std::string v = attr(c, office_ns, "value");
      auto n = parse_double(v);
      if (!n) fail_here(fmt::format("\"{}\", which is not a number", v.substr(0, 40)));
      out.type = cell_type::number;
      out.number = *n;
      return out;
    }
    if (type == "date") {
      std::string v = attr(c, office_ns, "date-value");
      auto d =
          model::parse_date(std::string_view(v).substr(0, std::min<std::size_t>(10, v.size())));
      if (!d) fail_here(fmt::format("\"{}\", which is not a date", v.substr(0, 40)));
      out.type = cell_type::date;
      out.date = *d;
      if (v.size() >= 19 && v[10] == 'T') {
        int h = 0, m = 0, s = 0;
        std::from_chars(v.data() + 11, v.data() + 13, h);
        std::from_chars(v.data() + 14, v.data() + 16, m);
        std::from_chars(v.data() + 17, v.data() + 19, s);
        out.seconds = h * 3600 + m * 60 + s;
      }
      return out;
    }
    if (type == "boolean") {
      std::string v = attr(c, office_ns, "boolean-value");
      if (v != "true" && v != "false")
        fail_here(fmt::format("\"{}\", which is not true or false", v.substr(0, 40)));
      out.type = cell_type::boolean;
      out.boolean = v == "true";
      return out;
    }
    if (type == "string")
      if (auto sv = xml::attr(c, office_ns, "string-value")) return detail::text_cell(0, {{*sv}});
    // Strings, times (as shown) and cells without a type: the paragraphs.
    std::vector<text_run> runs;
    std::size_t size = 0;
    bool first = true;
    for (const xmlNode* p = c->children; p; p = p->next) {
      if (p->type != XML_ELEMENT_NODE || !(xml::is(p, text_ns, "p") || xml::is(p, text_ns, "h")))
        continue;
      if (!first) runs.push_back({"\n"});
      first = false;
      collect(p, {}, runs, size);
    }
    return detail::text_cell(0, std::move(runs));
  }

  // The text of a paragraph or span, in runs with their formatting.
  void collect(const xmlNode* n, text_style style, std::vector<text_run>& runs, std::size_t& size) {
    auto add = [&](std::string_view t) {
      size += t.size();
      if (size > max_cell_text)
        fail(fmt::format("content.xml: a cell in row {} holds more than {} bytes of text", row_,
                         max_cell_text));
      if (!runs.empty() && runs.back().bold == style.bold && runs.back().italic == style.italic)
        runs.back().text += t;
      else
        runs.push_back({std::string(t), style.bold, style.italic});
    };
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type == XML_TEXT_NODE) {
        add(xml::text_of(c));
        continue;
      }
      if (c->type != XML_ELEMENT_NODE) continue;
      if (xml::is(c, text_ns, "s")) {
        long long k = count_of(attr(c, text_ns, "c"));
        if (k > static_cast<long long>(max_cell_text)) k = max_cell_text + 1;
        add(std::string(static_cast<std::size_t>(k), ' '));
      } else if (xml::is(c, text_ns, "tab")) {
        add("\t");
      } else if (xml::is(c, text_ns, "line-break")) {
        add("\n");
      } else if (xml::is(c, text_ns, "span")) {
        text_style inner = style;
        auto it = text_styles_.find(attr(c, text_ns, "style-name"));
        if (it != text_styles_.end()) {
          inner.bold = inner.bold || it->second.bold;
          inner.italic = inner.italic || it->second.italic;
        }
        collect(c, inner, runs, size);
      } else if (xml::is(c, office_ns, "annotation") || xml::is(c, text_ns, "note")) {
        continue;  // comments are not the cell's value
      } else {
        collect(c, style, runs, size);  // links, fields: their text
      }
    }
  }

  std::string plain_text(const xmlNode* c) {
    std::vector<text_run> runs;
    std::size_t size = 0;
    for (const xmlNode* p = c->children; p; p = p->next)
      if (p->type == XML_ELEMENT_NODE && xml::is(p, text_ns, "p")) collect(p, {}, runs, size);
    std::string out;
    for (const auto& r : runs) out += r.text;
    return out;
  }

  std::string file_;
  diagnostics& notes_;
  const sheet_limits& limits_;
  package::entries entries_;
  std::map<std::string, bool> hidden_tables_;
  std::map<std::string, text_style> text_styles_;
  long long row_ = 1;  // the number of the next row
};

}  // namespace

sheet read_ods(std::string_view bytes, const std::string& file, const std::string& sheet_name,
               diagnostics& notes, const sheet_limits& limits) {
  ods_reader r(bytes, file, notes, limits);
  return r.read(sheet_name);
}

}  // namespace cp::ingest
