// SPDX-License-Identifier: MIT
#include "comparison_content.hpp"

#include <fstream>
#include <vector>

#include <fmt/format.h>

#include "document/build.hpp"
#include "docx/docx_writer.hpp"
#include "layout/toc.hpp"
#include "odt/odt_writer.hpp"

namespace cp::bench {
namespace {

struct flat_section {
  std::string title;
  std::vector<std::string> paras;
  std::vector<std::vector<std::string>> rows;  // five cells each
};

constexpr std::size_t columns = 5;

class flattener {
 public:
  std::vector<flat_section> sections{flat_section{"Cover", {}, {}}};

  void blocks(const doc::blocks& bs) {
    for (const auto& b : bs) block(b);
  }

 private:
  void block(const doc::block& b) {
    if (auto* h = std::get_if<doc::heading>(&b.node)) {
      sections.push_back({layout::plain_text(h->content), {}, {}});
    } else if (auto* p = std::get_if<doc::paragraph>(&b.node)) {
      std::string t = layout::plain_text(p->content);
      if (!t.empty()) sections.back().paras.push_back(std::move(t));
    } else if (auto* l = std::get_if<doc::list>(&b.node)) {
      for (const auto& item : l->items) blocks(item.blocks);
    } else if (auto* t = std::get_if<doc::table>(&b.node)) {
      for (const auto& row : t->rows) {
        std::vector<std::string> cells;
        for (const auto& cell : row.cells) {
          std::string text;
          for (const auto& cb : cell.blocks) text += (text.empty() ? "" : " ") + cell_text(cb);
          if (cells.size() < columns)
            cells.push_back(std::move(text));
          else
            cells.back() += " " + text;
        }
        cells.resize(columns);
        sections.back().rows.push_back(std::move(cells));
      }
    } else if (auto* tb = std::get_if<doc::title_block>(&b.node)) {
      for (const auto* s :
           {&tb->committee, &tb->meeting_date, &tb->title, &tb->report_of, &tb->classification})
        if (!s->empty()) sections.back().paras.push_back(*s);
    }
  }

  static std::string cell_text(const doc::block& b) {
    if (auto* p = std::get_if<doc::paragraph>(&b.node)) return layout::plain_text(p->content);
    if (auto* l = std::get_if<doc::list>(&b.node)) {
      std::string out;
      for (const auto& item : l->items)
        for (const auto& ib : item.blocks) out += (out.empty() ? "" : " ") + cell_text(ib);
      return out;
    }
    return "";
  }
};

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\')
      out += fmt::format("\\{}", static_cast<char>(c));
    else if (c < 0x20)
      out += fmt::format("\\u{:04x}", c);
    else
      out += static_cast<char>(c);
  }
  return out + "\"";
}

std::string markdown_cell(std::string s) {
  std::string out;
  for (char c : s) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out.empty() ? " " : out;
}

}  // namespace

comparison_content flatten(const doc::document& d) {
  flattener f;
  for (const auto& s : d.sections) f.blocks(s.body);
  comparison_content out;
  out.json = "{\"sections\":[";
  for (std::size_t i = 0; i < f.sections.size(); ++i) {
    const auto& s = f.sections[i];
    out.characters += s.title.size();
    out.json += fmt::format("{}{{\"title\":{},\"paras\":[", i ? "," : "", json_string(s.title));
    out.markdown += fmt::format("# {}\n\n", s.title);
    for (std::size_t k = 0; k < s.paras.size(); ++k) {
      out.characters += s.paras[k].size();
      out.json += fmt::format("{}{{\"text\":{}}}", k ? "," : "", json_string(s.paras[k]));
      out.markdown += s.paras[k] + "\n\n";
    }
    out.json += "],\"rows\":[";
    if (!s.rows.empty())
      out.markdown +=
          "| Column 1 | Column 2 | Column 3 | Column 4 | Column 5 |\n|---|---|---|---|---|\n";
    for (std::size_t r = 0; r < s.rows.size(); ++r) {
      out.json += r ? ",{" : "{";
      out.markdown += "|";
      for (std::size_t c = 0; c < columns; ++c) {
        out.characters += s.rows[r][c].size();
        out.json += fmt::format("{}\"c{}\":{}", c ? "," : "", c + 1, json_string(s.rows[r][c]));
        out.markdown += " " + markdown_cell(s.rows[r][c]) + " |";
      }
      out.json += "}";
      out.markdown += "\n";
    }
    if (!s.rows.empty()) out.markdown += "\n";
    out.json += "]}";
  }
  // The same again as two flat lists for Carbone, whose repetitions broke
  // the XML when a table sat inside an outer loop (see write_templates).
  out.json += "],\"blocks\":[";
  bool first = true;
  for (const auto& s : f.sections) {
    out.json += fmt::format("{}{{\"text\":{}}}", first ? "" : ",", json_string(s.title));
    first = false;
    for (const auto& p : s.paras) out.json += fmt::format(",{{\"text\":{}}}", json_string(p));
  }
  out.json += "],\"rows\":[";
  first = true;
  for (const auto& s : f.sections)
    for (const auto& r : s.rows) {
      out.json += first ? "{" : ",{";
      first = false;
      for (std::size_t c = 0; c < columns; ++c)
        out.json += fmt::format("{}\"c{}\":{}", c ? "," : "", c + 1, json_string(r[c]));
      out.json += "}";
    }
  out.json += "]}\n";
  return out;
}

namespace {

// One template: a heading, paragraph lines and a five-column table with a
// header row and `row_lines` data rows, with the tool's tags as their text.
doc::document template_document(const std::vector<std::string>& before_heading,
                                const std::string& heading, const std::vector<std::string>& paras,
                                const std::vector<std::vector<std::string>>& rows,
                                const std::vector<std::string>& after_table) {
  doc::document d;
  d.meta.title = "Comparison template";
  doc::section s;
  for (const auto& p : before_heading)
    s.body.push_back(doc::blk(doc::para("body-text", doc::text(p))));
  doc::heading h;
  h.content = doc::text(heading);
  s.body.push_back(doc::blk(h));
  for (const auto& p : paras) s.body.push_back(doc::blk(doc::para("body-text", doc::text(p))));
  doc::table t;
  t.column_widths = {1, 1, 1, 1, 1};
  t.header_rows = 1;
  doc::table_row head;
  for (std::size_t c = 1; c <= columns; ++c) {
    doc::table_cell cell;
    cell.blocks.push_back(
        doc::blk(doc::para("table-heading", doc::text(fmt::format("Column {}", c)))));
    head.cells.push_back(std::move(cell));
  }
  t.rows.push_back(std::move(head));
  for (const auto& r : rows) {
    doc::table_row row;
    for (const auto& text : r) {
      doc::table_cell cell;
      cell.blocks.push_back(doc::blk(doc::para("table-text", doc::text(text))));
      row.cells.push_back(std::move(cell));
    }
    t.rows.push_back(std::move(row));
  }
  s.body.push_back(doc::blk(std::move(t)));
  for (const auto& p : after_table)
    s.body.push_back(doc::blk(doc::para("body-text", doc::text(p))));
  d.sections.push_back(std::move(s));
  return d;
}

void write(const std::filesystem::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

}  // namespace

void write_templates(const std::filesystem::path& dir, const style::house_style& hs) {
  std::filesystem::create_directories(dir);
  auto docxtemplater =
      template_document({"{#sections}"}, "{title}", {"{#paras}", "{text}", "{/paras}"},
                        {{"{#rows}{c1}", "{c2}", "{c3}", "{c4}", "{c5}{/rows}"}}, {"{/sections}"});
  write(dir / "docxtemplater.docx", docx::build_docx(docxtemplater, hs).bytes());
  // Carbone: one repetition of paragraphs (headings and text in order) and
  // one of table rows. Nested as for docxtemplater (a table inside the
  // sections loop), Carbone 3.5 wrote content.xml that is not well-formed.
  std::vector<std::string> row_i, row_next;
  for (std::size_t c = 1; c <= columns; ++c) {
    row_i.push_back(fmt::format("{{d.rows[i].c{}}}", c));
    row_next.push_back(fmt::format("{{d.rows[i+1].c{}}}", c));
  }
  auto carbone = template_document({}, "Content", {"{d.blocks[i].text}", "{d.blocks[i+1].text}"},
                                   {row_i, row_next}, {});
  write(dir / "carbone.docx", docx::build_docx(carbone, hs).bytes());
  write(dir / "carbone.odt", odt::build_odt(carbone, hs).bytes());
}

}  // namespace cp::bench
