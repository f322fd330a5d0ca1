// SPDX-License-Identifier: MIT
// ODS (OpenDocument spreadsheet): content.xml read once as SAX events. Its
// automatic styles come first (which tables are hidden, which text spans
// are bold or italic), then each table; the one wanted is read row by row,
// the others stepped over unread. Repeated rows and cells (table:number-rows-repeated,
// table:number-columns-repeated) are counted, not copied, unless they hold
// a value; LibreOffice ends every sheet with a run of empty ones reaching
// its last row and column.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "ingest/sheet_builder.hpp"
#include "ingest/workbook_readers.hpp"
#include "util/suggest.hpp"
#include "xml/xml_sax.hpp"

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

std::optional<double> parse_double(std::string_view s) {
  double out = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(out)) return std::nullopt;
  return out;
}

// A count attribute (repeated, spanned): at least 1.
long long count_of(std::string_view v) {
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

// One <table:table-cell> as read: its attributes and, for text, its runs.
struct raw_cell {
  long long repeat = 1, rows_spanned = 1, columns_spanned = 1;
  bool covered = false;
  std::string type, calc_type, value, date_value, boolean_value;
  std::optional<std::string> string_value;
  std::vector<text_run> runs;
  bool any_paragraph = false;
};

class ods_reader : public xml::sax_handler {
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
    wanted_ = wanted;
    out_.file = file_;
    sheet_builder b(out_, limits_);
    b_ = &b;
    try {
      xml::sax_parse(entries_.at("content.xml"), "content.xml", *this);
    } catch (const sheet_error&) {
      throw;
    } catch (const error& e) {
      fail(e.what());
    }
    if (!chosen_) {
      if (names_.empty()) fail("the workbook has no sheets");
      if (wanted.empty()) fail("every sheet of the workbook is hidden");
      std::string msg = fmt::format("the workbook has no sheet \"{}\"", wanted);
      if (auto near = nearest(wanted, names_))
        msg += fmt::format("; did you mean \"{}\"?", *near);
      else
        msg += fmt::format(" (its sheets: {})", fmt::join(names_, ", "));
      fail(msg);
    }
    b.finish(notes_);
    return std::move(out_);
  }

  void start(std::string_view ns, std::string_view local, const xml::sax_attributes& a) override {
    if (skip_) {
      ++skip_;
      return;
    }
    if (in_cell_) {
      start_in_cell(ns, local, a);
      return;
    }
    if (ns == table_ns) {
      if (local == "table") {
        start_table(a);
      } else if (local == "table-row" && in_table_) {
        start_row(a);
      } else if ((local == "table-cell" || local == "covered-table-cell") && in_row_) {
        start_cell(local == "covered-table-cell", a);
      } else if (local == "table-source" || local == "dde-links") {
        linked();
      } else if (local == "table-column") {
        skip_ = 1;
      }
    } else if (ns == office_ns) {
      if (local == "dde-source") linked();
      if (local == "forms" || local == "scripts" || local == "annotation") skip_ = 1;
    } else if (ns == style_ns) {
      if (local == "style") {
        style_name_ = std::string(a.find(style_ns, "name").value_or(""));
        style_family_ = std::string(a.find(style_ns, "family").value_or(""));
      } else if (local == "table-properties" && style_family_ == "table") {
        if (a.find(table_ns, "display").value_or("") == "false") hidden_tables_.insert(style_name_);
      } else if (local == "text-properties" && style_family_ == "text") {
        std::string_view weight = a.find(fo_ns, "font-weight").value_or("");
        std::string_view slant = a.find(fo_ns, "font-style").value_or("");
        int w = 0;
        std::from_chars(weight.data(), weight.data() + weight.size(), w);
        text_style ts{weight == "bold" || w >= 600, slant == "italic" || slant == "oblique"};
        if (ts.bold || ts.italic) text_styles_[style_name_] = ts;
      }
    }
  }

  void end(std::string_view ns, std::string_view local) override {
    if (skip_) {
      --skip_;
      return;
    }
    if (in_cell_) {
      if (depth_ > 0) {
        --depth_;
        if (ns == text_ns && local == "span") styles_.pop_back();
        if (depth_ == 0) in_paragraph_ = false;
        return;
      }
      in_cell_ = false;
      end_cell();
      return;
    }
    if (ns == table_ns && local == "table-row" && in_row_) {
      in_row_ = false;
      end_row();
    } else if (ns == table_ns && local == "table" && in_table_) {
      in_table_ = false;
    } else if (ns == style_ns && local == "style") {
      style_name_.clear();
      style_family_.clear();
    }
  }

  void text(std::string_view chars) override {
    if (skip_ || !in_paragraph_) return;
    add_text(chars);
  }

 private:
  [[noreturn]] void fail(const std::string& message) const {
    throw sheet_error({file_, 0, 0}, message);
  }

  [[noreturn]] void linked() const {
    fail(
        "the workbook links to other files (a linked sheet or DDE link), whose values it holds "
        "only as they were when it was last saved; break the links (in LibreOffice: Edit > Links "
        "to External Files > Break Link) and save it again");
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

  // A table is read when it is the one wanted (the first visible one when
  // none is named); every other is stepped over unread.
  void start_table(const xml::sax_attributes& a) {
    std::string name(a.find(table_ns, "name").value_or(""));
    bool hidden =
        hidden_tables_.count(std::string(a.find(table_ns, "style-name").value_or(""))) > 0;
    names_.push_back(name);
    bool take = !chosen_ && (wanted_.empty() ? !hidden : name == wanted_);
    if (take && hidden)
      fail(fmt::format("sheet \"{}\" is hidden; unhide it in the workbook to read it", name));
    if (!take) {
      if (hidden && wanted_.empty())
        notes_.warning({file_, 0, 0}, "",
                       fmt::format("sheet \"{}\" is hidden; it was not read", name));
      skip_ = 1;
      return;
    }
    chosen_ = true;
    in_table_ = true;
    out_.name = name;
  }

  void start_row(const xml::sax_attributes& a) {
    in_row_ = true;
    repeat_ = count_of(a.find(table_ns, "number-rows-repeated").value_or(""));
    std::string_view visibility = a.find(table_ns, "visibility").value_or("");
    hidden_ = visibility == "collapse" || visibility == "filter";
    cells_.clear();
    spans_.clear();
    column_ = 1;
  }

  void start_cell(bool covered, const xml::sax_attributes& a) {
    c_ = raw_cell{};
    c_.covered = covered;
    // One pass over the attributes: a sheet has many cells.
    for (int i = 0; i < a.size(); ++i) {
      auto [ns, local, value] = a[i];
      if (ns == table_ns) {
        if (local == "number-columns-repeated") c_.repeat = count_of(value);
        if (local == "number-rows-spanned") c_.rows_spanned = count_of(value);
        if (local == "number-columns-spanned") c_.columns_spanned = count_of(value);
      } else if (ns == office_ns) {
        if (local == "value-type") c_.type = value;
        if (local == "value") c_.value = value;
        if (local == "date-value") c_.date_value = value;
        if (local == "boolean-value") c_.boolean_value = value;
        if (local == "string-value") c_.string_value = std::string(value);
      } else if (ns == calcext_ns && local == "value-type") {
        c_.calc_type = value;
      }
    }
    if (covered) c_.rows_spanned = c_.columns_spanned = 1;
    size_ = 0;
    depth_ = 0;
    in_paragraph_ = false;
    styles_.clear();
    in_cell_ = true;
  }

  // Inside a cell: paragraphs, spans, spaces, tabs and line breaks; comments
  // and anything nested in a way no value is are stepped over.
  void start_in_cell(std::string_view ns, std::string_view local, const xml::sax_attributes& a) {
    if (c_.covered || (ns == office_ns && local == "annotation") ||
        (ns == text_ns && local == "note") || (ns == table_ns && local == "table")) {
      skip_ = 1;
      return;
    }
    if (depth_ == 0) {
      if (ns == text_ns && (local == "p" || local == "h")) {
        if (c_.any_paragraph) c_.runs.push_back({"\n"});
        c_.any_paragraph = true;
        in_paragraph_ = true;
        depth_ = 1;
        styles_.assign(1, text_style{});
      } else {
        skip_ = 1;
      }
      return;
    }
    ++depth_;
    if (ns != text_ns) return;
    if (local == "s") {
      long long k = count_of(a.find(text_ns, "c").value_or(""));
      if (k > static_cast<long long>(max_cell_text)) k = max_cell_text + 1;
      add_text(std::string(static_cast<std::size_t>(k), ' '));
    } else if (local == "tab") {
      add_text("\t");
    } else if (local == "line-break") {
      add_text("\n");
    } else if (local == "span") {
      text_style inner = styles_.back();
      auto it = text_styles_.find(std::string(a.find(text_ns, "style-name").value_or("")));
      if (it != text_styles_.end()) {
        inner.bold = inner.bold || it->second.bold;
        inner.italic = inner.italic || it->second.italic;
      }
      styles_.push_back(inner);
    }
  }

  void add_text(std::string_view t) {
    size_ += t.size();
    if (size_ > max_cell_text)
      fail(fmt::format("content.xml: a cell in row {} holds more than {} bytes of text", row_,
                       max_cell_text));
    text_style style = styles_.empty() ? text_style{} : styles_.back();
    auto& runs = c_.runs;
    if (!runs.empty() && runs.back().bold == style.bold && runs.back().italic == style.italic)
      runs.back().text += t;
    else
      runs.push_back({std::string(t), style.bold, style.italic});
  }

  void end_cell() {
    long long cols = c_.repeat;
    if (!c_.covered) {
      cell v = value_of(c_);
      if (v.type != cell_type::empty) {
        b_->check_place(row_, column_ + cols - 1);
        cells_.push_back({column_, cols, std::move(v)});
        if (c_.rows_spanned > 1 || c_.columns_spanned > 1)
          spans_.push_back({column_, {c_.rows_spanned, c_.columns_spanned}});
      }
    }
    column_ = std::min(column_ + cols, 1ll << 40);  // nothing real lies this far right
  }

  void end_row() {
    long long first = row_;
    row_ += repeat_;
    if (cells_.empty()) return;
    if (hidden_) {
      b_->check_place(first, 1);
      b_->hide(static_cast<int>(first),
               static_cast<int>(std::min<long long>(row_ - 1, limits_.max_rows)));
      return;
    }
    // A repeated row with values is copied; the limits stop a hostile one.
    for (long long r = first; r < row_; ++r) {
      b_->check_place(r, 1);
      for (const auto& p : cells_)
        for (long long k = 0; k < p.repeat; ++k) {
          cell v = p.value;
          v.column = static_cast<int>(p.column + k);
          b_->add(static_cast<int>(r), std::move(v));
        }
      for (const auto& [col, size] : spans_)
        b_->merge(
            static_cast<int>(r), static_cast<int>(col),
            static_cast<int>(std::min<long long>(r + size.first - 1, limits_.max_rows)),
            static_cast<int>(std::min<long long>(col + size.second - 1, limits_.max_columns)));
    }
  }

  cell value_of(raw_cell& c) {
    cell out;
    auto fail_here = [&](const std::string& what) {
      fail(fmt::format("content.xml: a cell in row {} holds {}", row_, what));
    };
    if (c.calc_type == "error") {
      out.type = cell_type::error;
      for (const auto& r : c.runs) out.text += r.text;
      out.text = detail::normalise_line_ends(std::move(out.text));
      return out;
    }
    const std::string& type = c.type;
    if (type == "float" || type == "percentage" || type == "currency") {
      auto n = parse_double(c.value);
      if (!n) fail_here(fmt::format("\"{}\", which is not a number", c.value.substr(0, 40)));
      out.type = cell_type::number;
      out.number = *n;
      return out;
    }
    if (type == "date") {
      const std::string& v = c.date_value;
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
      const std::string& v = c.boolean_value;
      if (v != "true" && v != "false")
        fail_here(fmt::format("\"{}\", which is not true or false", v.substr(0, 40)));
      out.type = cell_type::boolean;
      out.boolean = v == "true";
      return out;
    }
    if (type == "string" && c.string_value) return detail::text_cell(0, std::move(*c.string_value));
    // Strings, times (as shown) and cells without a type: the paragraphs.
    return detail::text_cell(0, std::move(c.runs));
  }

  struct placed {
    long long column;
    long long repeat;
    cell value;
  };

  std::string file_;
  diagnostics& notes_;
  const sheet_limits& limits_;
  package::entries entries_;
  std::string wanted_;
  sheet out_;
  sheet_builder* b_ = nullptr;
  std::vector<std::string> names_;
  bool chosen_ = false, in_table_ = false, in_row_ = false, in_cell_ = false;
  bool in_paragraph_ = false, hidden_ = false;
  int skip_ = 0;   // depth inside an element whose content is not read
  int depth_ = 0;  // depth inside the cell's current paragraph
  std::string style_name_, style_family_;
  std::set<std::string> hidden_tables_;
  std::map<std::string, text_style> text_styles_;
  std::vector<text_style> styles_;  // of the spans around the text
  long long row_ = 1;               // the number of the next row
  long long repeat_ = 1, column_ = 1;
  std::vector<placed> cells_;  // the row's values
  std::vector<std::pair<long long, std::pair<long long, long long>>>
      spans_;  // column, (rows, cols)
  raw_cell c_;
  std::size_t size_ = 0;
};

}  // namespace

sheet read_ods(std::string_view bytes, const std::string& file, const std::string& sheet_name,
               diagnostics& notes, const sheet_limits& limits) {
  ods_reader r(bytes, file, notes, limits);
  return r.read(sheet_name);
}

}  // namespace cp::ingest
