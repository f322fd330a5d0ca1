// SPDX-License-Identifier: MIT
// XLSX (SpreadsheetML): the workbook part for sheet names, states and the
// date system, its relationships for the sheet's part, shared strings,
// the styles' number formats (dates are numbers formatted as dates), then
// the sheet itself read as SAX events, a cell at a time. Elements are matched by local name,
// so Strict Open XML (another namespace) reads the same.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "ingest/sheet_builder.hpp"
#include "ingest/workbook_readers.hpp"
#include "util/suggest.hpp"
#include "util/utf8.hpp"
#include "xml/xml_reader.hpp"
#include "xml/xml_sax.hpp"
#include "xml/xml_tree.hpp"

namespace cp::ingest {
namespace {

using detail::sheet_builder;

std::string_view local(const xmlNode* n) {
  return n->name ? std::string_view(reinterpret_cast<const char*>(n->name)) : std::string_view();
}

// Element children called `name`, in any namespace.
std::vector<const xmlNode*> kids(const xmlNode* parent, std::string_view name) {
  std::vector<const xmlNode*> out;
  for (const xmlNode* c = parent ? parent->children : nullptr; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && local(c) == name) out.push_back(c);
  return out;
}

const xmlNode* kid(const xmlNode* parent, std::string_view name) {
  for (const xmlNode* c = parent ? parent->children : nullptr; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && local(c) == name) return c;
  return nullptr;
}

// An attribute by local name, in any namespace ("r:id" is "id").
std::string attr(const xmlNode* n, std::string_view name) {
  std::string spill;
  return std::string(xml::attribute_in_place(n, name, spill));
}

bool truthy(std::string_view v) {
  return v == "1" || v == "true";
}

// Text as SpreadsheetML escapes it: "_x000D_" is a carriage return and
// "_x005F_" an underscore.
std::string unescape(std::string_view s) {
  if (s.find("_x") == std::string_view::npos) return std::string(s);
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
      unsigned code = 0;
      auto [ptr, ec] = std::from_chars(s.data() + i + 2, s.data() + i + 6, code, 16);
      if (ec == std::errc() && ptr == s.data() + i + 6) {
        utf8::append(out, static_cast<char32_t>(code));
        i += 6;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

// "B7" as row 7, column 2; nullopt unless it is a cell reference.
std::optional<std::pair<long long, long long>> parse_reference(std::string_view ref) {
  std::size_t i = 0;
  long long column = 0, row = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 4)
    column = column * 26 + (ref[i++] - 'A' + 1);
  std::size_t digits = 0;
  while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && digits < 9)
    row = row * 10 + (ref[i++] - '0'), ++digits;
  if (i != ref.size() || column == 0 || digits == 0) return std::nullopt;
  return std::pair(row, column);
}

std::optional<double> parse_double(std::string_view s) {
  double out = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(out)) return std::nullopt;
  return out;
}

enum class number_kind { number, date, time, boolean };

// What a number format shows: a date when it has a year or day part (or a
// month without hours), a time when it has only hours, minutes, seconds,
// true or false for LibreOffice's boolean format.
number_kind kind_of_format(std::string_view code) {
  // LibreOffice's BOOLEAN format, with which it saves a formula's true/false.
  std::string upper(code);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  if (upper == "\"TRUE\";\"TRUE\";\"FALSE\"") return number_kind::boolean;
  bool date = false, time = false, month = false;
  bool quoted = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (quoted) {
      quoted = c != '"';
      continue;
    }
    if (c == '"') {
      quoted = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is shown as it is
    } else if (c == ';') {
      break;  // the first section decides
    } else if (c == '[') {
      auto end = code.find(']', i);
      if (end == std::string_view::npos) break;
      std::string_view inside = code.substr(i + 1, end - i - 1);
      if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos)
        time = true;  // elapsed time, [h]:mm
      i = end;
    } else {
      char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      date = date || l == 'y' || l == 'd';
      time = time || l == 'h' || l == 's';
      month = month || l == 'm';
    }
  }
  if (date || (month && !time)) return number_kind::date;
  if (time) return number_kind::time;
  return number_kind::number;
}

number_kind kind_of_builtin(int id) {
  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
    return number_kind::date;
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) return number_kind::time;
  return number_kind::number;
}

std::string time_text(double v) {
  auto total = static_cast<long long>(std::llround(v * 86400.0));
  long long h = total / 3600, m = total / 60 % 60, s = total % 60;
  if (s) return fmt::format("{:02}:{:02}:{:02}", h, m, s);
  return fmt::format("{:02}:{:02}", h, m);
}

// "xl/" + "worksheets/sheet1.xml", or "/xl/..." from the root; ".." may
// not climb out of the package.
std::optional<std::string> resolve(std::string_view base_dir, std::string_view target) {
  std::string joined = target.starts_with("/") ? std::string(target.substr(1))
                                               : std::string(base_dir) + std::string(target);
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= joined.size()) {
    auto end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    std::string part = joined.substr(start, end - start);
    if (part == "..") {
      if (parts.empty()) return std::nullopt;
      parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

struct sheet_entry {
  std::string name;
  std::string rel_id;
  bool hidden = false;
};

// A string item as events: plain <t>, or runs <r> with their <rPr>;
// phonetic guides (<rPh>) are not text. Used for <si> and inline <is>.
class string_item {
 public:
  void reset() {
    runs_.clear();
    in_t_ = in_r_ = in_pr_ = false;
    phonetic_ = 0;
    bytes_ = 0;
  }
  void start(std::string_view local, const xml::sax_attributes& a) {
    if (phonetic_) {
      ++phonetic_;
      return;
    }
    if (local == "rPh") {
      phonetic_ = 1;
    } else if (local == "r") {
      in_r_ = true;
      runs_.emplace_back();
    } else if (local == "rPr" && in_r_) {
      in_pr_ = true;
    } else if (in_pr_ && (local == "b" || local == "i")) {
      std::string_view v = a.find_local("val").value_or("");
      bool on = v.empty() || truthy(v);
      (local == "b" ? runs_.back().bold : runs_.back().italic) = on;
    } else if (local == "t") {
      in_t_ = true;
      if (!in_r_) runs_.emplace_back();
    }
  }
  void end(std::string_view local) {
    if (phonetic_) {
      --phonetic_;
      return;
    }
    if (local == "t") {
      in_t_ = false;
      runs_.back().text = unescape(runs_.back().text);
    } else if (local == "rPr") {
      in_pr_ = false;
    } else if (local == "r") {
      in_r_ = false;
    }
  }
  template <class Reader>
  void text(std::string_view chars, const Reader& r) {
    if (!in_t_ || phonetic_) return;
    bytes_ += chars.size();
    if (bytes_ > max_item_text)
      r.fail(fmt::format("a string in the workbook is more than {} bytes", max_item_text));
    runs_.back().text += chars;
  }
  std::vector<text_run> take() { return std::move(runs_); }

 private:
  static constexpr std::size_t max_item_text = 1u << 20;
  std::vector<text_run> runs_;
  bool in_t_ = false, in_r_ = false, in_pr_ = false;
  int phonetic_ = 0;
  std::size_t bytes_ = 0;
};

// A <c> as read, before its value is made a cell.
struct raw_cell {
  long long row = 0, column = 0;
  std::string type, style, value;
  bool has_v = false, has_f = false, has_is = false;
  std::vector<text_run> runs;
};

class xlsx_reader {
 public:
  xlsx_reader(std::string_view bytes, const std::string& file, diagnostics& notes,
              const sheet_limits& limits)
      : file_(file), notes_(notes), limits_(limits) {
    package::read_limits zl = limits.package;
    zl.kind = "XLSX workbook";
    try {
      entries_ = package::read_zip(bytes, file, zl);
    } catch (const package_error& e) {
      fail(without_name(e.what()));
    }
  }

  sheet read(const std::string& wanted) {
    std::string workbook_part = office_document();
    std::string dir = workbook_part.substr(0, workbook_part.rfind('/') + 1);
    auto workbook = parse(workbook_part);
    const xmlNode* root = xmlDocGetRootElement(workbook.get());
    if (!root || local(root) != "workbook")
      fail(fmt::format("{} is not a SpreadsheetML workbook part", workbook_part));
    if (const xmlNode* pr = kid(root, "workbookPr")) system_1904_ = truthy(attr(pr, "date1904"));
    read_relationships(workbook_part, dir, root);

    std::vector<sheet_entry> sheets;
    for (const xmlNode* s : kids(kid(root, "sheets"), "sheet")) {
      std::string state = attr(s, "state");
      sheets.push_back(
          {attr(s, "name"), attr(s, "id"), state == "hidden" || state == "veryHidden"});
    }
    const sheet_entry& chosen = choose(sheets, wanted);
    auto target = rels_.find(chosen.rel_id);
    if (target == rels_.end())
      fail(fmt::format("sheet \"{}\" names no part of the workbook", chosen.name));
    if (target->second.second != "worksheet")
      fail(fmt::format("sheet \"{}\" is a {}, not a sheet of cells", chosen.name,
                       target->second.second));
    read_shared_strings();
    read_styles();
    sheet out;
    out.file = file_;
    out.name = chosen.name;
    read_sheet(target->second.first, out);
    return out;
  }

  [[noreturn]] void fail(const std::string& message) const {
    throw sheet_error({file_, 0, 0}, message);
  }

 private:
  std::string without_name(std::string m) const {
    if (m.starts_with(file_ + ": ")) m.erase(0, file_.size() + 2);
    return m;
  }

  const std::string* entry(const std::string& name) const {
    auto it = entries_.find(name);
    return it == entries_.end() ? nullptr : &it->second;
  }

  xml::doc_ptr parse(const std::string& part) const {
    const std::string* text = entry(part);
    if (!text) fail(fmt::format("the workbook has no part {}", part));
    try {
      return xml::parse(*text, part);
    } catch (const error& e) {
      fail(e.what());
    }
  }

  // The workbook part the package's relationships name (xl/workbook.xml).
  std::string office_document() const {
    if (!entry("_rels/.rels")) {
      if (entry("xl/workbook.xml")) return "xl/workbook.xml";
      if (entry("mimetype") || entry("content.xml"))
        fail("this is an OpenDocument file, not an XLSX workbook; name it .ods");
      fail("not an XLSX workbook: it has no _rels/.rels or xl/workbook.xml");
    }
    auto rels = parse("_rels/.rels");
    for (const xmlNode* r : kids(xmlDocGetRootElement(rels.get()), "Relationship"))
      if (attr(r, "Type").ends_with("/officeDocument"))
        if (auto p = resolve("", attr(r, "Target")); p && entry(*p)) return *p;
    fail("not an XLSX workbook: its relationships name no workbook part");
  }

  // The workbook's relationships: sheet parts by id, and the parts for
  // shared strings and styles. Links to other workbooks are refused: their
  // values would be whatever they were when the workbook was last saved.
  void read_relationships(const std::string& workbook_part, const std::string& dir,
                          const xmlNode* workbook_root) {
    for (const auto& [name, bytes] : entries_)
      if (name.starts_with("xl/externalLinks/") && !name.ends_with("/")) external_link(name);
    if (kid(workbook_root, "externalReferences")) external_link("xl/workbook.xml");
    std::string rels_part = dir + "_rels/" + workbook_part.substr(dir.size()) + ".rels";
    if (!entry(rels_part)) return;
    auto rels = parse(rels_part);
    for (const xmlNode* r : kids(xmlDocGetRootElement(rels.get()), "Relationship")) {
      std::string type = attr(r, "Type");
      std::string kind = type.substr(type.rfind('/') + 1);
      if (kind == "externalLink") external_link(attr(r, "Target"));
      if (attr(r, "TargetMode") == "External") {
        if (kind == "worksheet" || kind == "sharedStrings" || kind == "styles")
          fail(fmt::format("the workbook's {} part is outside it ({}); it cannot be read", kind,
                           attr(r, "Target")));
        continue;
      }
      auto target = resolve(dir, attr(r, "Target"));
      if (!target) fail(fmt::format("a relationship of the workbook leads outside it"));
      if (kind == "sharedStrings") shared_strings_part_ = *target;
      if (kind == "styles") styles_part_ = *target;
      rels_[attr(r, "Id")] = {*target, kind};
    }
  }

  [[noreturn]] void external_link(const std::string& where) const {
    fail(fmt::format(
        "the workbook links to other workbooks ({}), whose values it holds only as they were when "
        "it was last saved; break the links (in Excel: Data > Edit Links > Break Link) and save "
        "it again",
        where));
  }

  const sheet_entry& choose(const std::vector<sheet_entry>& sheets, const std::string& wanted) {
    if (sheets.empty()) fail("the workbook has no sheets");
    std::vector<std::string> names;
    for (const auto& s : sheets) names.push_back(s.name);
    if (!wanted.empty()) {
      for (const auto& s : sheets) {
        if (s.name != wanted) continue;
        if (s.hidden)
          fail(fmt::format("sheet \"{}\" is hidden; unhide it in the workbook to read it", wanted));
        return s;
      }
      std::string msg = fmt::format("the workbook has no sheet \"{}\"", wanted);
      if (auto near = nearest(wanted, names))
        msg += fmt::format("; did you mean \"{}\"?", *near);
      else
        msg += fmt::format(" (its sheets: {})", fmt::join(names, ", "));
      fail(msg);
    }
    const sheet_entry* first = nullptr;
    for (const auto& s : sheets) {
      if (s.hidden)
        notes_.warning({file_, 0, 0}, "",
                       fmt::format("sheet \"{}\" is hidden; it was not read", s.name));
      else if (!first)
        first = &s;
    }
    if (!first) fail("every sheet of the workbook is hidden");
    return *first;
  }

  // The shared strings part, as events: each <si> made a cell once, so a
  // reference copies the cell.
  class shared_strings_handler : public xml::sax_handler {
   public:
    shared_strings_handler(std::vector<cell>& out, std::size_t max_bytes)
        : out_(out), max_bytes_(max_bytes) {}
    void start(std::string_view, std::string_view local, const xml::sax_attributes& a) override {
      if (local == "si" && !in_si_) {
        in_si_ = true;
        item_.reset();
      } else if (in_si_) {
        item_.start(local, a);
      }
    }
    void end(std::string_view, std::string_view local) override {
      if (!in_si_) return;
      if (local == "si") {
        in_si_ = false;
        cell c = detail::text_cell(0, item_.take());
        bytes_ += c.text.size() * (c.runs.empty() ? 1 : 2);
        if (bytes_ > max_bytes_)
          throw error(fmt::format("the shared strings are more than {} bytes", max_bytes_));
        out_.push_back(std::move(c));
      } else {
        item_.end(local);
      }
    }
    void text(std::string_view chars) override {
      if (in_si_) item_.text(chars, *this);
    }
    [[noreturn]] void fail(const std::string& m) const { throw error(m); }

   private:
    std::vector<cell>& out_;
    std::size_t max_bytes_;
    std::size_t bytes_ = 0;
    bool in_si_ = false;
    string_item item_;
  };

  void read_shared_strings() {
    if (shared_strings_part_.empty()) return;
    const std::string* text = entry(shared_strings_part_);
    if (!text) return;
    shared_strings_handler h(strings_, limits_.max_text_bytes);
    try {
      xml::sax_parse(*text, shared_strings_part_, h);
    } catch (const sheet_error&) {
      throw;
    } catch (const error& e) {
      fail(e.what());
    }
  }

  void read_styles() {
    if (styles_part_.empty() || !entry(styles_part_)) return;
    auto doc = parse(styles_part_);
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    std::vector<std::pair<int, number_kind>> custom;
    for (const xmlNode* f : kids(kid(root, "numFmts"), "numFmt")) {
      int id = 0;
      std::string v = attr(f, "numFmtId");
      std::from_chars(v.data(), v.data() + v.size(), id);
      custom.emplace_back(id, kind_of_format(attr(f, "formatCode")));
    }
    for (const xmlNode* xf : kids(kid(root, "cellXfs"), "xf")) {
      int id = 0;
      std::string v = attr(xf, "numFmtId");
      std::from_chars(v.data(), v.data() + v.size(), id);
      number_kind k = kind_of_builtin(id);
      for (const auto& [cid, ck] : custom)
        if (cid == id) k = ck;
      formats_.push_back(k);
    }
  }

  // The sheet part, as events: rows, their cells and the merged ranges.
  class sheet_handler : public xml::sax_handler {
   public:
    sheet_handler(xlsx_reader& r, sheet_builder& b, const std::string& part)
        : r_(r), b_(b), part_(part) {}

    void start(std::string_view, std::string_view local, const xml::sax_attributes& a) override {
      if (ignored_) {
        ++ignored_;
        return;
      }
      if (in_cell_) {
        if (local == "v") {
          in_v_ = true;
          c_.has_v = true;
        } else if (local == "f") {
          c_.has_f = true;
        } else if (local == "is") {
          c_.has_is = true;
          in_is_ = true;
        } else if (in_is_) {
          item_.start(local, a);
        }
        return;
      }
      if (local == "extLst") {
        ignored_ = 1;  // extensions: nothing of the cells' values
      } else if (local == "row") {
        start_row(a);
      } else if (local == "c" && in_row_) {
        start_cell(a);
      } else if (local == "mergeCell") {
        merge(a.find_local("ref").value_or(""));
      }
    }

    void end(std::string_view, std::string_view local) override {
      if (ignored_) {
        --ignored_;
        return;
      }
      if (in_cell_) {
        if (local == "c") {
          in_cell_ = false;
          end_cell();
        } else if (local == "v") {
          in_v_ = false;
        } else if (local == "is") {
          in_is_ = false;
        } else if (in_is_) {
          item_.end(local);
        }
        return;
      }
      if (local == "row") in_row_ = false;
    }

    void text(std::string_view chars) override {
      if (ignored_ || !in_cell_) return;
      if (in_v_) {
        if (c_.value.size() + chars.size() > max_cell_value)
          r_.fail(fmt::format("{}: a cell's value is more than {} bytes", part_, max_cell_value));
        c_.value += chars;
      } else if (in_is_) {
        item_.text(chars, r_);
      }
    }

   private:
    // Excel's limit is 32,767 characters a cell; a value far past it is
    // not a spreadsheet's.
    static constexpr std::size_t max_cell_value = 1u << 20;

    void start_row(const xml::sax_attributes& a) {
      if (auto r = a.find_local("r"); r && !r->empty()) {
        long long n = 0;
        auto [ptr, ec] = std::from_chars(r->data(), r->data() + r->size(), n);
        if (ec != std::errc() || ptr != r->data() + r->size() || n < 1)
          r_.fail(fmt::format("a row's number \"{}\" is not valid", *r));
        row_ = n;
      } else {
        ++row_;
      }
      hidden_ = truthy(a.find_local("hidden").value_or(""));
      column_ = 0;
      in_row_ = true;
    }

    void start_cell(const xml::sax_attributes& a) {
      c_ = raw_cell{};
      c_.row = row_;
      if (auto ref = a.find_local("r"); ref && !ref->empty()) {
        auto rc = parse_reference(*ref);
        if (!rc) r_.fail(fmt::format("the cell reference \"{}\" is not valid", *ref));
        c_.row = rc->first;  // what a cell's reference says wins
        column_ = rc->second;
      } else {
        ++column_;
      }
      c_.column = column_;
      c_.type = std::string(a.find_local("t").value_or(""));
      c_.style = std::string(a.find_local("s").value_or(""));
      item_.reset();
      in_cell_ = true;
    }

    void end_cell() {
      if (c_.has_is) c_.runs = item_.take();
      cell value = r_.read_cell(c_, b_);
      if (value.type == cell_type::empty) return;
      b_.check_place(c_.row, c_.column);
      value.column = static_cast<int>(c_.column);
      b_.add(static_cast<int>(c_.row), std::move(value), hidden_);
    }

    void merge(std::string_view ref) {
      auto colon = ref.find(':');
      auto a = parse_reference(ref.substr(0, colon));
      auto z = colon == std::string_view::npos ? a : parse_reference(ref.substr(colon + 1));
      if (!a || !z) r_.fail(fmt::format("{}: the merged range \"{}\" is not valid", part_, ref));
      const auto& l = r_.limits_;
      b_.merge(static_cast<int>(std::min<long long>(a->first, l.max_rows + 1ll)),
               static_cast<int>(std::min<long long>(a->second, l.max_columns + 1ll)),
               static_cast<int>(std::min<long long>(z->first, l.max_rows + 1ll)),
               static_cast<int>(std::min<long long>(z->second, l.max_columns + 1ll)));
    }

    xlsx_reader& r_;
    sheet_builder& b_;
    const std::string& part_;
    int ignored_ = 0;  // depth inside an element whose content is not read
    bool in_row_ = false, in_cell_ = false, in_v_ = false, in_is_ = false, hidden_ = false;
    long long row_ = 0, column_ = 0;
    raw_cell c_;
    string_item item_;
  };

  void read_sheet(const std::string& part, sheet& out) {
    const std::string* text = entry(part);
    if (!text) fail(fmt::format("the workbook has no part {}", part));
    sheet_builder b(out, limits_);
    sheet_handler h(*this, b, part);
    try {
      xml::sax_parse(*text, part, h);
    } catch (const sheet_error&) {
      throw;
    } catch (const error& e) {
      fail(e.what());
    }
    b.finish(notes_);
  }

  cell read_cell(const raw_cell& c, sheet_builder& b) {
    const std::string& t = c.type;
    const std::string& value = c.value;
    long long row = c.row, column = c.column;
    auto at = [&](const std::string& msg) {
      b.check_place(row, column);
      b.fail_at(static_cast<int>(row), static_cast<int>(column), msg);
    };
    cell out;
    if (t == "inlineStr") {
      if (c.has_is) return detail::text_cell(0, c.runs);
      return out;
    }
    if (t == "s") {
      if (!c.has_v) return out;
      std::size_t index = 0;
      auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), index);
      if (ec != std::errc() || ptr != value.data() + value.size() || index >= strings_.size())
        at(fmt::format("the cell refers to shared string {}, which the workbook does not hold",
                       value));
      return strings_[index];
    }
    if (t == "str") return detail::text_cell(0, unescape(value));
    if (t == "b") {
      if (!c.has_v) return out;
      if (value != "0" && value != "1") at(fmt::format("\"{}\" is not a boolean", value));
      out.type = cell_type::boolean;
      out.boolean = value == "1";
      return out;
    }
    if (t == "e") {
      out.type = cell_type::error;
      out.text = value;
      return out;
    }
    if (t == "d") {
      if (!c.has_v) return out;
      auto d = model::parse_date(std::string_view(value).substr(0, 10));
      if (!d) at(fmt::format("\"{}\" is not a date", value));
      out.type = cell_type::date;
      out.date = *d;
      if (value.size() >= 19 && value[10] == 'T') {
        int h = 0, m = 0, s = 0;
        std::from_chars(value.data() + 11, value.data() + 13, h);
        std::from_chars(value.data() + 14, value.data() + 16, m);
        std::from_chars(value.data() + 17, value.data() + 19, s);
        out.seconds = h * 3600 + m * 60 + s;
      }
      return out;
    }
    if (!t.empty() && t != "n")
      at(fmt::format("the cell type \"{}\" is not one SpreadsheetML has", t));
    if (!c.has_v || value.empty()) {
      if (c.has_f) out.type = cell_type::error;  // a formula saved without its result
      return out;
    }
    auto n = parse_double(value);
    if (!n) at(fmt::format("\"{}\" is not a number", value));
    number_kind k = number_kind::number;
    std::size_t style = 0;
    const std::string& s = c.style;
    if (!s.empty() && std::from_chars(s.data(), s.data() + s.size(), style).ec == std::errc() &&
        style < formats_.size())
      k = formats_[style];
    if (k == number_kind::date) {
      auto dt = date_of_serial(*n, system_1904_);
      if (!dt) at(fmt::format("{} is formatted as a date but is not one a sheet can show", value));
      out.type = cell_type::date;
      out.date = dt->date;
      out.seconds = dt->seconds;
      return out;
    }
    if (k == number_kind::time && *n >= 0) return detail::text_cell(0, time_text(*n));
    if (k == number_kind::boolean) {
      out.type = cell_type::boolean;
      out.boolean = *n != 0;
      return out;
    }
    out.type = cell_type::number;
    out.number = *n;
    return out;
  }

  std::string file_;
  diagnostics& notes_;
  const sheet_limits& limits_;
  package::entries entries_;
  std::map<std::string, std::pair<std::string, std::string>> rels_;  // id -> (part, kind)
  std::string shared_strings_part_, styles_part_;
  std::vector<cell> strings_;         // the shared strings as cells
  std::vector<number_kind> formats_;  // by cell format (the s attribute)
  bool system_1904_ = false;
};

}  // namespace

sheet read_xlsx(std::string_view bytes, const std::string& file, const std::string& sheet_name,
                diagnostics& notes, const sheet_limits& limits) {
  xlsx_reader r(bytes, file, notes, limits);
  return r.read(sheet_name);
}

}  // namespace cp::ingest
