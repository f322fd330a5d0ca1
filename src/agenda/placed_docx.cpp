// SPDX-License-Identifier: MIT
// A placed DOCX read into the document tree: paragraphs, headings, lists,
// tables, pictures, links and sections; what is left out goes into notes.
#include <algorithm>
#include <cctype>
#include <functional>

#include <fmt/format.h>

#include "agenda/placed_builder.hpp"
#include "reference/package_paths.hpp"
#include "xml/xml_reader.hpp"
#include "xml/xml_tree.hpp"

namespace cp::agenda {
namespace {

using detail::block_sink;
using detail::tree_state;

constexpr std::string_view w_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view strict_w_ns = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr std::string_view r_ns =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr std::string_view rels_ns = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr std::string_view pkg_rel_base =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr std::string_view wp_ns =
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
constexpr std::string_view a_ns = "http://schemas.openxmlformats.org/drawingml/2006/main";
constexpr std::string_view mc_ns = "http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr std::string_view v_ns = "urn:schemas-microsoft-com:vml";
constexpr std::string_view m_ns = "http://schemas.openxmlformats.org/officeDocument/2006/math";

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string wval(const xmlNode* parent, std::string_view name) {
  return xml::attr(xml::child(parent, w_ns, name), w_ns, "val").value_or("");
}

// An on/off property (w:b, w:i ...): present and not switched off.
std::optional<bool> on_off(const xmlNode* props, std::string_view name) {
  const xmlNode* n = xml::child(props, w_ns, name);
  if (!n) return std::nullopt;
  std::string v = xml::attr(n, w_ns, "val").value_or("true");
  return !(v == "0" || v == "false" || v == "off");
}

int to_int(const std::string& s, int fallback) {
  try {
    std::size_t used = 0;
    int v = std::stoi(s, &used);
    return used == s.size() ? v : fallback;
  } catch (const std::exception&) {
    return fallback;
  }
}

double to_double(const std::string& s, double fallback) {
  try {
    return std::stod(s);
  } catch (const std::exception&) {
    return fallback;
  }
}

struct style_info {
  std::string type;
  std::string name;  // lower case
  std::string based_on;
  std::optional<int> outline;  // 0-based
  std::string num_id;
  std::optional<int> ilvl;
  std::optional<bool> bold, italic, underline;
};

struct relationship {
  std::string type;
  std::string target;  // package path, or the URL when external
  bool external = false;
};

// The paragraph properties that decide what a paragraph becomes.
struct para_props {
  std::string style;
  std::string num_id;  // "" or "0": not a list paragraph
  int ilvl = 0;
  std::optional<doc::alignment> align;
  bool page_break_before = false;
  const xmlNode* sect = nullptr;  // the paragraph ends a section
};

class docx_reader {
 public:
  docx_reader(const package::entries& entries, tree_state& st) : entries_(entries), st_(st) {}

  void read() {
    if (!entries_.count("word/document.xml")) {
      if (entries_.count("content.xml") && entries_.count("mimetype"))
        fail("it is an OpenDocument file named as a DOCX; rename it .odt");
      fail("it is not a Word document: the package has no word/document.xml");
    }
    rels_ = read_relationships("word/document.xml");
    read_styles();
    read_numbering();
    auto d = parse("word/document.xml");
    xmlNode* root = xmlDocGetRootElement(d.get());
    if (root && root->ns &&
        std::string_view(reinterpret_cast<const char*>(root->ns->href)) == strict_w_ns)
      fail("it is saved as Strict Open XML, which is not read; save it as a Word Document (.docx)");
    if (!xml::is(root, w_ns, "document"))
      fail("word/document.xml is not a WordprocessingML document");
    xmlNode* body = xml::child(root, w_ns, "body");
    if (!body) fail("word/document.xml has no body");
    doc::document& tree = st_.result.tree;
    tree.sections.emplace_back();
    {
      block_sink sink(tree, st_.sequences, tree.sections.back().body);
      body_content(body, sink, 0);
    }
    // The last section takes its page from the body's own sectPr.
    apply_section(xml::child(body, w_ns, "sectPr"), tree.sections.back());
    if (tree.sections.size() > 1 && tree.sections.back().body.empty()) tree.sections.pop_back();
    if (entries_.count("word/comments.xml")) st_.note("its comments are left out");
    if (entries_.count("word/vbaProject.bin"))
      st_.note("its macros are left out (never run or copied)");
  }

 private:
  [[noreturn]] void fail(const std::string& why) const {
    throw placed_error(fmt::format("{}: cannot place this document: {}", st_.name, why));
  }

  xml::doc_ptr parse(const std::string& part) const {
    auto it = entries_.find(part);
    if (it == entries_.end()) fail(fmt::format("the part {} is missing", part));
    try {
      return xml::parse(it->second, "part " + part);
    } catch (const error& e) {
      fail(e.what());
    }
  }

  std::map<std::string, relationship> read_relationships(const std::string& part) const {
    std::size_t slash = part.rfind('/');
    std::string folder = part.substr(0, slash + 1);
    std::string rels_part = folder + "_rels/" + part.substr(slash + 1) + ".rels";
    std::map<std::string, relationship> out;
    if (!entries_.count(rels_part)) return out;
    auto d = parse(rels_part);
    xmlNode* root = xmlDocGetRootElement(d.get());
    if (!xml::is(root, rels_ns, "Relationships")) fail(rels_part + " is not a relationships part");
    for (xmlNode* r : xml::children(root, rels_ns, "Relationship")) {
      relationship rel;
      rel.type = xml::attr(r, "", "Type").value_or("");
      rel.external = xml::attr(r, "", "TargetMode").value_or("") == "External";
      std::string target = xml::attr(r, "", "Target").value_or("");
      if (rel.external) {
        rel.target = target;
      } else {
        auto resolved = reference::resolve_in_package(folder, target);
        if (!resolved)
          fail(fmt::format("{} names \"{}\", which is outside the package", rels_part, target));
        rel.target = *resolved;
      }
      out.emplace(xml::attr(r, "", "Id").value_or(""), std::move(rel));
    }
    return out;
  }

  std::string target_of_type(std::string_view type) const {
    for (const auto& [id, r] : rels_)
      if (!r.external && r.type == std::string(pkg_rel_base) + std::string(type)) return r.target;
    return {};
  }

  void read_styles() {
    std::string part = target_of_type("styles");
    if (part.empty() && entries_.count("word/styles.xml")) part = "word/styles.xml";
    if (part.empty() || !entries_.count(part)) return;
    auto d = parse(part);
    xmlNode* root = xmlDocGetRootElement(d.get());
    if (!xml::is(root, w_ns, "styles")) fail(part + " is not a WordprocessingML styles part");
    for (xmlNode* s : xml::children(root, w_ns, "style")) {
      style_info si;
      si.type = xml::attr(s, w_ns, "type").value_or("paragraph");
      si.name = lower(wval(s, "name"));
      si.based_on = wval(s, "basedOn");
      const xmlNode* ppr = xml::child(s, w_ns, "pPr");
      if (auto o = wval(ppr, "outlineLvl"); !o.empty()) si.outline = to_int(o, 9);
      if (const xmlNode* num = xml::child(ppr, w_ns, "numPr")) {
        si.num_id = wval(num, "numId");
        if (auto l = wval(num, "ilvl"); !l.empty()) si.ilvl = to_int(l, 0);
      }
      const xmlNode* rpr = xml::child(s, w_ns, "rPr");
      si.bold = on_off(rpr, "b");
      si.italic = on_off(rpr, "i");
      if (const xmlNode* u = xml::child(rpr, w_ns, "u"))
        si.underline = xml::attr(u, w_ns, "val").value_or("single") != "none";
      styles_[xml::attr(s, w_ns, "styleId").value_or("")] = std::move(si);
    }
  }

  void read_numbering() {
    std::string part = target_of_type("numbering");
    if (part.empty() || !entries_.count(part)) return;
    auto d = parse(part);
    xmlNode* root = xmlDocGetRootElement(d.get());
    if (!xml::is(root, w_ns, "numbering")) fail(part + " is not a WordprocessingML numbering part");
    std::map<std::string, std::vector<bool>> abstract;  // abstractNumId -> bullet per level
    for (xmlNode* a : xml::children(root, w_ns, "abstractNum")) {
      std::vector<bool> levels(9, false);
      for (xmlNode* l : xml::children(a, w_ns, "lvl")) {
        int i = to_int(xml::attr(l, w_ns, "ilvl").value_or("0"), 0);
        if (i >= 0 && i < 9) levels[static_cast<std::size_t>(i)] = wval(l, "numFmt") == "bullet";
      }
      abstract[xml::attr(a, w_ns, "abstractNumId").value_or("")] = levels;
    }
    for (xmlNode* n : xml::children(root, w_ns, "num")) {
      auto it = abstract.find(wval(n, "abstractNumId"));
      if (it != abstract.end()) bullets_[xml::attr(n, w_ns, "numId").value_or("")] = it->second;
    }
  }

  // The style and its based-on chain (cycles stop the walk).
  template <class Fn>
  void each_style(const std::string& id, Fn fn) const {
    std::string at = id;
    for (int guard = 0; guard < 32 && !at.empty(); ++guard) {
      auto it = styles_.find(at);
      if (it == styles_.end()) return;
      if (fn(it->second)) return;
      at = it->second.based_on;
    }
  }

  // Heading level 1-3 (deeper ones are shown at 3), 0 for the title, -1: not a heading.
  int heading_level(const std::string& style) const {
    int level = -1;
    each_style(style, [&](const style_info& s) {
      if (s.name == "title") {
        level = 0;
        return true;
      }
      if (s.name.starts_with("heading ") && s.name.size() == 9 && s.name[8] >= '1' &&
          s.name[8] <= '9') {
        level = std::min(3, s.name[8] - '0');
        return true;
      }
      if (s.outline && *s.outline >= 0 && *s.outline < 9) {
        level = std::min(3, *s.outline + 1);
        return true;
      }
      return false;
    });
    return level;
  }

  bool is_toc_style(const std::string& style) const {
    auto it = styles_.find(style);
    if (it == styles_.end()) return false;
    return it->second.name.starts_with("toc ") || it->second.name == "toc heading" ||
           it->second.name.starts_with("contents ");
  }

  std::uint8_t style_marks(const std::string& style) const {
    std::optional<bool> b, i, u;
    each_style(style, [&](const style_info& s) {
      if (!b) b = s.bold;
      if (!i) i = s.italic;
      if (!u) u = s.underline;
      return false;
    });
    return static_cast<std::uint8_t>((b.value_or(false) ? doc::bold : 0) |
                                     (i.value_or(false) ? doc::italic : 0) |
                                     (u.value_or(false) ? doc::underline : 0));
  }

  para_props paragraph_props(const xmlNode* p) const {
    para_props out;
    const xmlNode* ppr = xml::child(p, w_ns, "pPr");
    out.style = wval(ppr, "pStyle");
    if (const xmlNode* num = xml::child(ppr, w_ns, "numPr")) {
      out.num_id = wval(num, "numId");
      out.ilvl = to_int(wval(num, "ilvl"), 0);
    } else {
      each_style(out.style, [&](const style_info& s) {
        if (s.num_id.empty()) return false;
        out.num_id = s.num_id;
        out.ilvl = s.ilvl.value_or(0);
        return true;
      });
    }
    std::string jc = wval(ppr, "jc");
    if (jc == "center")
      out.align = doc::alignment::centre;
    else if (jc == "right" || jc == "end")
      out.align = doc::alignment::right;
    else if (jc == "both" || jc == "distribute")
      out.align = doc::alignment::justify;
    out.page_break_before = on_off(ppr, "pageBreakBefore").value_or(false);
    out.sect = xml::child(ppr, w_ns, "sectPr");
    return out;
  }

  void apply_section(const xmlNode* sect, doc::section& s) const {
    const xmlNode* size = xml::child(sect, w_ns, "pgSz");
    if (!size) return;
    double w = to_double(xml::attr(size, w_ns, "w").value_or("0"), 0);
    double h = to_double(xml::attr(size, w_ns, "h").value_or("0"), 0);
    bool landscape =
        xml::attr(size, w_ns, "orient").value_or("") == "landscape" || (w > 0 && h > 0 && w > h);
    s.page_orientation = landscape ? doc::orientation::landscape : doc::orientation::portrait;
  }

  // ------------------------------------------------------------ blocks
  void body_content(const xmlNode* parent, block_sink& sink, int depth, bool in_cell = false) {
    if (depth > detail::max_depth) fail("its content is nested too deeply");
    for (xmlNode* c = parent->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (xml::is(c, w_ns, "p")) {
        paragraph(c, sink, in_cell);
      } else if (xml::is(c, w_ns, "tbl")) {
        if (in_cell) {
          // The tree keeps tables out of table cells: a nested table's text stays, row by row.
          nested_table(c, sink, depth + 1);
        } else {
          table(c, sink, depth + 1);
        }
      } else if (xml::is(c, w_ns, "sdt")) {
        if (is_toc_block(c)) {
          st_.note(
              "its table of contents is left out: its page numbers would be those of the document "
              "on its own");
          continue;
        }
        if (const xmlNode* content = xml::child(c, w_ns, "sdtContent"))
          body_content(content, sink, depth + 1, in_cell);
      } else if (xml::is(c, w_ns, "customXml") || xml::is(c, w_ns, "ins") ||
                 xml::is(c, w_ns, "moveTo")) {
        body_content(c, sink, depth + 1, in_cell);
      } else if (xml::is(c, w_ns, "altChunk")) {
        st_.left_out("embedded parts in other formats (w:altChunk) left out");
      } else if (xml::is(c, mc_ns, "AlternateContent")) {
        if (const xmlNode* fb = xml::child(c, mc_ns, "Fallback"))
          body_content(fb, sink, depth + 1, in_cell);
      }
      // w:sectPr of the body, bookmarks, w:del, w:moveFrom and the like hold no content to place.
    }
  }

  bool is_toc_block(const xmlNode* sdt) const {
    const xmlNode* gallery = xml::child(
        xml::child(xml::child(sdt, w_ns, "sdtPr"), w_ns, "docPartObj"), w_ns, "docPartGallery");
    return gallery && lower(xml::attr(gallery, w_ns, "val").value_or("")) == "table of contents";
  }

  void paragraph(const xmlNode* p, block_sink& sink, bool in_cell) {
    para_props props = paragraph_props(p);
    if (is_toc_style(props.style)) {
      if (!toc_noted_)
        st_.note(
            "its table of contents is left out: its page numbers would be those of the document on "
            "its own");
      toc_noted_ = true;
      end_section_if(props, sink);
      return;
    }
    if (props.page_break_before) sink.add(doc::block{doc::page_break{}});
    // A page break inside the paragraph splits it.
    std::vector<doc::inlines> pieces(1);
    std::uint8_t base = style_marks(props.style);
    inline_content(p, pieces, base, 0);
    int level = heading_level(props.style);
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      if (k > 0) sink.add(doc::block{doc::page_break{}});
      doc::inlines& content = pieces[k];
      detail::trim(content);
      doc::paragraph para;
      para.content = std::move(content);
      if (detail::is_empty(para)) continue;
      if (level > 0) {
        doc::heading h;
        h.level = level;
        h.content = std::move(para.content);
        h.in_toc = false;  // the pack's contents are the agenda's
        sink.add(doc::block{std::move(h)});
        continue;
      }
      para.role = level == 0 ? "title" : in_cell ? "table-text" : "body-text";
      para.align = props.align;
      if (!props.num_id.empty() && props.num_id != "0" && level < 0) {
        auto it = bullets_.find(props.num_id);
        int ilvl = std::clamp(props.ilvl, 0, 8);
        bool bullet = it == bullets_.end() ? true : it->second[static_cast<std::size_t>(ilvl)];
        para.role = in_cell ? "table-text" : "body-text";
        para.align.reset();
        sink.add_list_paragraph(
            {props.num_id, std::min(ilvl, st_.max_list_level()), bullet, std::move(para)});
        continue;
      }
      sink.add(doc::block{std::move(para)});
    }
    end_section_if(props, sink);
  }

  // A paragraph whose properties hold a w:sectPr closes a section.
  void end_section_if(const para_props& props, block_sink& sink) {
    if (!props.sect || &sink.out() != &st_.result.tree.sections.back().body) return;
    sink.flush();
    apply_section(props.sect, st_.result.tree.sections.back());
    st_.result.tree.sections.emplace_back();
    // The sink writes to the new section from now on.
    sink.retarget(st_.result.tree.sections.back().body);
  }

  // ------------------------------------------------------------ inlines
  void inline_content(const xmlNode* parent, std::vector<doc::inlines>& out, std::uint8_t marks,
                      int depth) {
    if (depth > detail::max_depth) fail("its content is nested too deeply");
    for (xmlNode* c = parent->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (xml::is(c, w_ns, "r")) {
        run(c, out, marks);
      } else if (xml::is(c, w_ns, "hyperlink")) {
        hyperlink(c, out, marks, depth);
      } else if (xml::is(c, w_ns, "ins") || xml::is(c, w_ns, "moveTo") ||
                 xml::is(c, w_ns, "smartTag") || xml::is(c, w_ns, "customXml") ||
                 xml::is(c, w_ns, "fldSimple") || xml::is(c, w_ns, "dir") ||
                 xml::is(c, w_ns, "bdo")) {
        inline_content(c, out, marks, depth + 1);
      } else if (xml::is(c, w_ns, "sdt")) {
        if (const xmlNode* content = xml::child(c, w_ns, "sdtContent"))
          inline_content(content, out, marks, depth + 1);
      } else if (xml::is(c, mc_ns, "AlternateContent")) {
        alternate(c, out, marks, false);
      } else if (xml::is(c, m_ns, "oMath") || xml::is(c, m_ns, "oMathPara")) {
        math(c, out, marks);
      }
      // w:pPr, w:del, w:moveFrom, bookmarks, comment ranges and proofing marks place nothing.
    }
  }

  void math(const xmlNode* m, std::vector<doc::inlines>& out, std::uint8_t marks) {
    std::string text;
    for (xmlNode* n : xml::descendants(const_cast<xmlNode*>(m)))
      if (xml::is(n, m_ns, "t")) text += xml::content(n);
    detail::append_text(out.back(), text, marks);
  }

  // mc:AlternateContent: the first branch that gives a picture, else the
  // fallback (shapes and text boxes are left out either way).
  void alternate(const xmlNode* ac, std::vector<doc::inlines>& out, std::uint8_t marks,
                 bool in_run) {
    for (const xmlNode* branch : xml::children(ac, mc_ns, "")) {
      if (!xml::is(branch, mc_ns, "Choice") && !xml::is(branch, mc_ns, "Fallback")) continue;
      std::size_t before = picture_count_;
      std::vector<doc::inlines> tried(1);
      if (in_run)
        run_content(branch, tried, marks);
      else
        inline_content(branch, tried, marks, 1);
      if (picture_count_ > before || xml::is(branch, mc_ns, "Fallback")) {
        for (std::size_t k = 0; k < tried.size(); ++k) {
          if (k > 0) out.emplace_back();
          for (auto& n : tried[k]) out.back().push_back(std::move(n));
        }
        return;
      }
    }
  }

  std::uint8_t run_marks(const xmlNode* rpr, std::uint8_t marks) const {
    if (!rpr) return marks;
    if (std::string rs = wval(rpr, "rStyle"); !rs.empty()) marks |= style_marks(rs);
    auto set = [&](std::optional<bool> v, std::uint8_t m) {
      if (v) marks = *v ? (marks | m) : (marks & ~m);
    };
    set(on_off(rpr, "b"), doc::bold);
    set(on_off(rpr, "i"), doc::italic);
    if (const xmlNode* u = xml::child(rpr, w_ns, "u"))
      set(xml::attr(u, w_ns, "val").value_or("single") != "none", doc::underline);
    std::string va = wval(rpr, "vertAlign");
    if (va == "superscript") marks |= doc::superscript;
    if (va == "subscript") marks |= doc::subscript;
    return static_cast<std::uint8_t>(marks);
  }

  void run(const xmlNode* r, std::vector<doc::inlines>& out, std::uint8_t marks) {
    marks = run_marks(xml::child(r, w_ns, "rPr"), marks);
    if (on_off(xml::child(r, w_ns, "rPr"), "vanish").value_or(false)) return;  // hidden text
    run_content(r, out, marks);
  }

  void run_content(const xmlNode* r, std::vector<doc::inlines>& out, std::uint8_t marks) {
    for (xmlNode* c = r->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (xml::is(c, w_ns, "t")) {
        detail::append_text(out.back(), xml::content(c), marks);
      } else if (xml::is(c, w_ns, "tab") || xml::is(c, w_ns, "ptab")) {
        detail::append_text(out.back(), "\t", marks);
      } else if (xml::is(c, w_ns, "br")) {
        std::string type = xml::attr(c, w_ns, "type").value_or("textWrapping");
        if (type == "page")
          out.emplace_back();
        else
          out.back().push_back(doc::line_break{});
      } else if (xml::is(c, w_ns, "cr")) {
        out.back().push_back(doc::line_break{});
      } else if (xml::is(c, w_ns, "noBreakHyphen")) {
        detail::append_text(out.back(), "-", marks);
      } else if (xml::is(c, w_ns, "drawing")) {
        drawing(c, out);
      } else if (xml::is(c, w_ns, "pict")) {
        vml_picture(c, out);
      } else if (xml::is(c, w_ns, "footnoteReference") || xml::is(c, w_ns, "endnoteReference")) {
        st_.left_out("footnotes and endnotes left out");
      } else if (xml::is(c, w_ns, "object")) {
        st_.left_out("embedded objects left out");
      } else if (xml::is(c, mc_ns, "AlternateContent")) {
        alternate(c, out, marks, true);
      }
      // w:instrText (field codes), w:delText, w:fldChar, w:sym and w:softHyphen show nothing here.
    }
  }

  void hyperlink(const xmlNode* h, std::vector<doc::inlines>& out, std::uint8_t marks, int depth) {
    std::string target;
    if (auto id = xml::attr(h, r_ns, "id")) {
      auto it = rels_.find(*id);
      if (it != rels_.end() && it->second.external) target = it->second.target;
    }
    std::vector<doc::inlines> inner(1);
    inline_content(h, inner, marks, depth + 1);
    bool only_text = inner.size() == 1 &&
                     std::all_of(inner[0].begin(), inner[0].end(), [](const doc::inline_node& n) {
                       return std::holds_alternative<doc::text_run>(n);
                     });
    if (!target.empty() && tree_state::usable_link(target) && only_text && !inner[0].empty()) {
      doc::link l{target, {}};
      for (auto& n : inner[0]) l.runs.push_back(std::get<doc::text_run>(std::move(n)));
      out.back().push_back(std::move(l));
      return;
    }
    if (!target.empty() && !tree_state::usable_link(target))
      st_.left_out(
          "links to places other than web pages and e-mail addresses (their text is kept)");
    // Internal links (to bookmarks) keep their text.
    for (std::size_t k = 0; k < inner.size(); ++k) {
      if (k > 0) out.emplace_back();
      for (auto& n : inner[k]) out.back().push_back(std::move(n));
    }
  }

  void add_picture(std::vector<doc::inlines>& out, const std::string& rid, double width_mm,
                   double height_mm, std::string alt) {
    auto it = rels_.find(rid);
    if (it == rels_.end() || it->second.external) {
      st_.left_out("linked pictures (stored outside the document) left out");
      return;
    }
    auto data = entries_.find(it->second.target);
    if (data == entries_.end())
      fail(fmt::format("a picture refers to {}, which the package does not hold",
                       it->second.target));
    auto index = st_.image(it->second.target, data->second);
    if (!index) return;
    if (alt.empty()) {
      alt = fmt::format("Picture {} of {}", *index + 1,
                        st_.name.substr(st_.name.find_last_of('/') + 1));
      st_.left_out("pictures without alternative text (described as \"Picture N of <file>\")");
    }
    ++picture_count_;
    doc::picture pic;
    pic.image = *index;
    pic.width_mm = width_mm;
    pic.height_mm = height_mm;
    pic.alt = std::move(alt);
    out.back().push_back(std::move(pic));
  }

  void drawing(const xmlNode* d, std::vector<doc::inlines>& out) {
    for (const xmlNode* holder : xml::children(d, wp_ns, "")) {
      const xmlNode* blip = nullptr;
      for (xmlNode* n : xml::descendants(const_cast<xmlNode*>(holder)))
        if (xml::is(n, a_ns, "blip")) {
          blip = n;
          break;
        }
      if (!blip) {
        st_.left_out("charts, diagrams, shapes and text boxes left out");
        continue;
      }
      double w = 0, h = 0;
      if (const xmlNode* ext = xml::child(holder, wp_ns, "extent")) {
        w = to_double(xml::attr(ext, "", "cx").value_or("0"), 0) / 36000.0;
        h = to_double(xml::attr(ext, "", "cy").value_or("0"), 0) / 36000.0;
      }
      const xmlNode* pr = xml::child(holder, wp_ns, "docPr");
      std::string alt = xml::attr(pr, "", "descr").value_or("");
      if (alt.empty()) alt = xml::attr(pr, "", "title").value_or("");
      if (auto embed = xml::attr(blip, r_ns, "embed"))
        add_picture(out, *embed, w > 0 ? w : 0, h > 0 ? h : 0, alt);
      else
        st_.left_out("linked pictures (stored outside the document) left out");
    }
  }

  void vml_picture(const xmlNode* pict, std::vector<doc::inlines>& out) {
    for (xmlNode* n : xml::descendants(const_cast<xmlNode*>(pict)))
      if (xml::is(n, v_ns, "imagedata"))
        if (auto id = xml::attr(n, r_ns, "id")) {
          add_picture(
              out, *id, 0, 0,
              xml::attr(n, "urn:schemas-microsoft-com:office:office", "title").value_or(""));
          return;
        }
    st_.left_out("charts, diagrams, shapes and text boxes left out");
  }

  // ------------------------------------------------------------ tables
  std::vector<const xmlNode*> rows_of(const xmlNode* tbl) const {
    std::vector<const xmlNode*> rows;
    std::function<void(const xmlNode*, int)> walk = [&](const xmlNode* n, int depth) {
      if (depth > 4) return;
      for (xmlNode* c = n->children; c; c = c->next) {
        if (xml::is(c, w_ns, "tr"))
          rows.push_back(c);
        else if (xml::is(c, w_ns, "sdt"))
          walk(xml::child(c, w_ns, "sdtContent"), depth + 1);
        else if (xml::is(c, w_ns, "customXml") || xml::is(c, w_ns, "ins"))
          walk(c, depth + 1);
      }
    };
    walk(tbl, 0);
    return rows;
  }

  std::vector<const xmlNode*> cells_of(const xmlNode* tr) const {
    std::vector<const xmlNode*> cells;
    for (xmlNode* c = tr->children; c; c = c->next) {
      if (xml::is(c, w_ns, "tc"))
        cells.push_back(c);
      else if (xml::is(c, w_ns, "sdt"))
        for (xmlNode* tc : xml::children(xml::child(c, w_ns, "sdtContent"), w_ns, "tc"))
          cells.push_back(tc);
    }
    return cells;
  }

  void table(const xmlNode* tbl, block_sink& sink, int depth) {
    doc::table t;
    for (xmlNode* col : xml::children(xml::child(tbl, w_ns, "tblGrid"), w_ns, "gridCol"))
      t.column_widths.push_back(
          std::max(1.0, to_double(xml::attr(col, w_ns, "w").value_or("0"), 0)));
    // The cell that starts each grid column's vertical merge: (row, cell index).
    std::map<std::size_t, std::pair<std::size_t, std::size_t>> merging;
    bool header = true;
    for (const xmlNode* tr : rows_of(tbl)) {
      doc::table_row row;
      const xmlNode* trpr = xml::child(tr, w_ns, "trPr");
      bool is_header = header && on_off(trpr, "tblHeader").value_or(false);
      header = is_header;
      std::size_t col = 0;
      if (int before = to_int(wval(trpr, "gridBefore"), 0); before > 0) {
        doc::table_cell gap;
        gap.col_span = before;
        row.cells.push_back(std::move(gap));
        col += static_cast<std::size_t>(before);
      }
      for (const xmlNode* tc : cells_of(tr)) {
        const xmlNode* tcpr = xml::child(tc, w_ns, "tcPr");
        int span = std::max(1, to_int(wval(tcpr, "gridSpan"), 1));
        const xmlNode* vm = xml::child(tcpr, w_ns, "vMerge");
        std::string vmerge = vm ? xml::attr(vm, w_ns, "val").value_or("continue") : "";
        if (vmerge == "continue") {
          auto it = merging.find(col);
          if (it != merging.end()) {
            auto& origin = t.rows[it->second.first].cells[it->second.second];
            ++origin.row_span;
            col += static_cast<std::size_t>(
                origin.col_span);  // the merged cell's width, whatever this one says
            continue;
          }
        }
        doc::table_cell cell;
        cell.col_span = span;
        {
          block_sink cs(st_.result.tree, st_.sequences, cell.blocks);
          body_content(tc, cs, depth + 1, true);
        }
        if (is_header)
          for (auto& b : cell.blocks)
            if (auto* p = std::get_if<doc::paragraph>(&b.node); p && p->role == "table-text")
              p->role = "table-heading";
        if (vmerge == "restart")
          merging[col] = {t.rows.size(), row.cells.size()};
        else
          merging.erase(col);
        row.cells.push_back(std::move(cell));
        col += static_cast<std::size_t>(span);
      }
      if (is_header) ++t.header_rows;
      t.rows.push_back(std::move(row));
    }
    if (t.rows.empty()) return;
    if (t.header_rows == static_cast<int>(t.rows.size())) t.header_rows = 0;  // all header: none
    detail::settle_table(t);
    sink.add(doc::block{std::move(t)});
  }

  void nested_table(const xmlNode* tbl, block_sink& sink, int depth) {
    st_.left_out("tables inside table cells (placed as paragraphs)");
    for (const xmlNode* tr : rows_of(tbl))
      for (const xmlNode* tc : cells_of(tr)) body_content(tc, sink, depth + 1, true);
  }

  const package::entries& entries_;
  tree_state& st_;
  std::map<std::string, relationship> rels_;
  std::map<std::string, style_info> styles_;
  std::map<std::string, std::vector<bool>> bullets_;  // numId -> bullet per level
  std::size_t picture_count_ = 0;
  bool toc_noted_ = false;
};

}  // namespace

placed_document read_placed_docx(const package::entries& entries, const std::string& name,
                                 const style::house_style& hs) {
  tree_state st(name, hs);
  docx_reader(entries, st).read();
  st.finish();
  return std::move(st.result);
}

}  // namespace cp::agenda
