// SPDX-License-Identifier: MIT
// The parts a reference document provides (docs/reference-documents.md):
// its styles with ours added for the roles it lacks, its numbering with ours
// renumbered past it, and its headers and footers with their pictures.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "docx/ooxml_names.hpp"
#include "docx/parts.hpp"
#include "docx/properties.hpp"
#include "layout/header_marks.hpp"
#include "util/error.hpp"
#include "xml/xml_reader.hpp"
#include "xml/xml_tree.hpp"

namespace cp::docx::detail {
namespace {

xml::doc_ptr parse_reference_part(const writer_state& st, const std::string& part) {
  return xml::parse(st.ref->part(part), fmt::format("{}, part {}", st.ref->file, part));
}

xml::doc_ptr parse_ours(const std::string& xml_text, const char* part) {
  return xml::parse(xml_text, part);
}

// The elements a w:numPr for `n` consists of, made by the writer that writes ours.
xml::doc_ptr num_pr_fragment(const num_ref& n) {
  xml::writer w;
  w.open("w:fragment").attr("xmlns:w", ns::w);
  write_num_pr(w, n);
  w.close();
  return parse_ours(w.finish(), "numPr");
}

// Inserts `node` (from another document) before `anchor`, or as the last child of `parent`.
xmlNode* insert_copy(xmlNode* parent, xmlNode* anchor, const xmlNode* node) {
  xmlNode* copy = xml::import_child(parent, node);
  if (anchor) {
    xmlUnlinkNode(copy);
    xmlAddPrevSibling(anchor, copy);
    xml::tidy_namespaces(copy);
  }
  return copy;
}

// The first child of `parent` whose local name is one of `names` (w: namespace).
xmlNode* first_of(xmlNode* parent, std::initializer_list<std::string_view> names) {
  for (xmlNode* c : xml::children(parent))
    for (std::string_view n : names)
      if (xml::is(c, ns::w, n)) return c;
  return nullptr;
}

// Replaces the w:numPr of a style's w:pPr (creating the w:pPr in its schema place).
void set_style_numbering(xmlNode* style, const num_ref& n) {
  xmlNode* ppr = xml::child(style, ns::w, "pPr");
  if (!ppr) {
    // CT_Style: w:pPr comes before the run, table and conditional properties.
    xmlNode* anchor = first_of(style, {"rPr", "tblPr", "trPr", "tcPr", "tblStylePr"});
    xmlNs* w_ns =
        xmlSearchNsByHref(style->doc, style, reinterpret_cast<const xmlChar*>(ns::w.data()));
    xmlNode* made =
        xmlNewDocNode(style->doc, w_ns, reinterpret_cast<const xmlChar*>("pPr"), nullptr);
    ppr = anchor ? xmlAddPrevSibling(anchor, made) : xmlAddChild(style, made);
  }
  if (xmlNode* old = xml::child(ppr, ns::w, "numPr")) {
    xmlUnlinkNode(old);
    xmlFreeNode(old);
  }
  // CT_PPrBase: numPr follows pStyle, keepNext, keepLines, pageBreakBefore, framePr, widowControl.
  xmlNode* anchor = nullptr;
  for (xmlNode* c : xml::children(ppr)) {
    bool before = false;
    for (std::string_view n :
         {"pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl"})
      before = before || xml::is(c, ns::w, n);
    if (!before) {
      anchor = c;
      break;
    }
  }
  auto frag = num_pr_fragment(n);
  insert_copy(ppr, anchor, xml::child(xmlDocGetRootElement(frag.get()), ns::w, "numPr"));
}

bool has_numbering(const xmlNode* style) {
  xmlNode* num = xml::child(xml::child(style, ns::w, "pPr"), ns::w, "numPr");
  return num && xml::attr(xml::child(num, ns::w, "numId"), ns::w, "val").value_or("0") != "0";
}

std::string style_value(const xmlNode* style, const char* child) {
  return xml::attr(xml::child(style, ns::w, child), ns::w, "val").value_or("");
}

// Styles our roles use keep the house style's numbering: a role a scheme
// numbers is linked to it, and any other is kept from numbering it would get
// from the reference (its own or a parent's).
void link_numbering(const writer_state& st, xmlNode* root) {
  std::map<std::string, xmlNode*> by_id;
  for (xmlNode* s : xml::children(root, ns::w, "style"))
    if (xml::attr(s, ns::w, "type").value_or("paragraph") == "paragraph")
      by_id.emplace(xml::attr(s, ns::w, "styleId").value_or(""), s);
  const auto& mapped = st.ref->roles.paragraph;
  for (const auto& [role, id] : mapped)
    if (st.numbering.numbered_by_style(role) && by_id.count(id))
      set_style_numbering(by_id.at(id), *st.numbering.style_numbering(role));
  for (const auto& [role, id] : mapped) {
    if (st.numbering.numbered_by_style(role) || !by_id.count(id)) continue;
    bool numbered = false;
    std::size_t steps = 0;  // a basedOn cycle in a hostile file must not loop
    for (auto it = by_id.find(id); it != by_id.end() && steps++ < by_id.size();
         it = by_id.find(style_value(it->second, "basedOn")))
      if (has_numbering(it->second)) numbered = true;
    if (numbered) set_style_numbering(by_id.at(id), num_ref{0, 0});
  }
}

// The children of a w:lvl in the order CT_Lvl requires (LibreOffice writes
// w:pStyle too early); anything else keeps its place after them.
void put_in_schema_order(xmlNode* lvl) {
  static const std::vector<std::string_view> order = {
      "start",   "numFmt",         "lvlRestart", "pStyle", "isLgl", "suff",
      "lvlText", "lvlPicBulletId", "legacy",     "lvlJc",  "pPr",   "rPr"};
  auto rank = [&](const xmlNode* n) {
    for (std::size_t i = 0; i < order.size(); ++i)
      if (xml::is(n, ns::w, order[i])) return i;
    return order.size();
  };
  std::vector<xmlNode*> kids = xml::children(lvl);
  std::stable_sort(kids.begin(), kids.end(),
                   [&](const xmlNode* a, const xmlNode* b) { return rank(a) < rank(b); });
  for (xmlNode* k : kids) {
    xmlUnlinkNode(k);
    xmlAddChild(lvl, k);
  }
}

// Relationship ids (r:id, r:embed, ...) rewritten to the copy's own.
void rewrite_relationship_ids(xmlNode* root, const std::map<std::string, std::string>& ids) {
  for (xmlNode* n : xml::descendants(root))
    for (xmlAttr* a = n->properties; a; a = a->next) {
      if (!a->ns || std::string_view(reinterpret_cast<const char*>(a->ns->href)) != ns::r) continue;
      auto old = xml::attr(n, ns::r, reinterpret_cast<const char*>(a->name));
      auto it = ids.find(old.value_or(""));
      if (it == ids.end())  // the reader checked every id, so this is a bug
        throw error(fmt::format("docx writer: unknown relationship {} in a reference part", *old));
      xmlSetNsProp(n, a->ns, a->name, reinterpret_cast<const xmlChar*>(it->second.c_str()));
    }
}

// Copies header or footer `s` of the reference as a new part; `extra`
// (our own footer paragraphs) follows its content when given.
story_part copy_story(writer_state& st, const reference::docx_story& s, std::string name,
                      const doc::blocks* extra, doc::orientation o) {
  story_part p;
  p.header = s.header;
  p.name = std::move(name);
  auto d = parse_reference_part(st, s.part);
  xmlNode* root = xmlDocGetRootElement(d.get());
  std::map<std::string, std::string> ids;
  for (const auto& link : s.links) {
    std::string target = link.external ? link.target : st.reference_media_for(link.target);
    ids[link.id] = p.rels.add(link.type, target, link.external);
  }
  rewrite_relationship_ids(root, ids);
  // Drawing ids are unique across the whole package.
  for (xmlNode* n : xml::descendants(root))
    if (xml::is(n, ns::wp, "docPr"))
      xml::set_attr(n, "", "", "id", std::to_string(st.next_drawing_id()));
  if (extra && !extra->empty()) {
    // build_docx makes the estimate before writing when there is a reference
    // document, so this part has no gaps for page numbers to lose here.
    auto ours = parse_ours(write_header_footer_part(st, p.rels, *extra, s.header, o).xml, "footer");
    for (xmlNode* c : xml::children(xmlDocGetRootElement(ours.get()))) xml::import_child(root, c);
  }
  p.xml.xml = xml::dump_document(d.get());
  return p;
}

}  // namespace

std::string write_reference_styles_part(const writer_state& st) {
  auto d = parse_reference_part(st, "word/styles.xml");
  xmlNode* root = xmlDocGetRootElement(d.get());
  link_numbering(st, root);
  std::set<std::string> ids, defaults;
  for (xmlNode* s : xml::children(root, ns::w, "style")) {
    ids.insert(xml::attr(s, ns::w, "styleId").value_or(""));
    std::string def = xml::attr(s, ns::w, "default").value_or("");
    if (def == "1" || def == "true" || def == "on")
      defaults.insert(xml::attr(s, ns::w, "type").value_or("paragraph"));
  }
  // Ours for the roles the reference lacks, and the Word defaults it has not got.
  auto ours = parse_ours(write_styles_part(st), "styles");
  for (xmlNode* s : xml::children(xmlDocGetRootElement(ours.get()), ns::w, "style")) {
    if (ids.count(xml::attr(s, ns::w, "styleId").value_or(""))) continue;
    xmlNode* copy = xml::import_child(root, s);
    if (defaults.count(xml::attr(s, ns::w, "type").value_or("paragraph")))
      xml::remove_attr(copy, ns::w, "default");
  }
  return xml::dump_document(d.get());
}

std::string write_reference_numbering_part(const writer_state& st) {
  std::string ours_text = write_numbering_part(st);
  if (st.ref->numbering_part.empty()) return ours_text;
  auto d = parse_reference_part(st, st.ref->numbering_part);
  xmlNode* root = xmlDocGetRootElement(d.get());
  // Picture bullets need the reference's numbering relationships, which are
  // not taken: their levels show the bullet character instead.
  std::vector<xmlNode*> dropped = xml::children(root, ns::w, "numPicBullet");
  for (xmlNode* n : xml::descendants(root))
    if (xml::is(n, ns::w, "lvlPicBulletId")) dropped.push_back(n);
  for (xmlNode* n : dropped) {
    xmlUnlinkNode(n);
    xmlFreeNode(n);
  }
  // Styles our roles use are numbered by the house style now (see
  // link_numbering): the reference's levels no longer claim them.
  std::set<std::string> ours_now;
  for (const auto& [role, id] : st.ref->roles.paragraph) ours_now.insert(id);
  std::vector<xmlNode*> unlinked;
  for (xmlNode* lvl : xml::descendants(root)) {
    if (!xml::is(lvl, ns::w, "lvl")) continue;
    if (xmlNode* p = xml::child(lvl, ns::w, "pStyle"))
      if (ours_now.count(xml::attr(p, ns::w, "val").value_or(""))) unlinked.push_back(p);
    put_in_schema_order(lvl);
  }
  for (xmlNode* n : unlinked) {
    xmlUnlinkNode(n);
    xmlFreeNode(n);
  }
  // CT_Numbering: abstractNum*, num*, numIdMacAtCleanup?
  auto ours = parse_ours(ours_text, "numbering");
  xmlNode* our_root = xmlDocGetRootElement(ours.get());
  xmlNode* cleanup = xml::child(root, ns::w, "numIdMacAtCleanup");
  xmlNode* first_num = xml::child(root, ns::w, "num");
  for (xmlNode* a : xml::children(our_root, ns::w, "abstractNum"))
    insert_copy(root, first_num ? first_num : cleanup, a);
  for (xmlNode* n : xml::children(our_root, ns::w, "num")) insert_copy(root, cleanup, n);
  return xml::dump_document(d.get());
}

std::vector<section_refs> write_reference_furniture(writer_state& st, part_relationships& doc_rels,
                                                    std::vector<story_part>& stories) {
  const reference::docx_reference& ref = *st.ref;
  int headers = 0, footers = 0;
  auto next_name = [&](bool header) {
    return fmt::format("{}{}.xml", header ? "header" : "footer", header ? ++headers : ++footers);
  };
  auto add = [&](story_part p) {
    std::string rid = doc_rels.add(p.header ? rel_type::header : rel_type::footer, p.name);
    stories.push_back(std::move(p));
    return rid;
  };
  auto ours = [&](const doc::blocks& content, bool header, doc::orientation o) {
    story_part p;
    p.header = header;
    p.name = next_name(header);
    p.xml = write_header_footer_part(st, p.rels, content, header, o);
    return add(std::move(p));
  };
  std::map<const reference::docx_story*, std::string> shared;  // copied once, used by every section
  auto copy = [&](const reference::docx_story& s, const doc::blocks* extra, doc::orientation o) {
    if (!extra || extra->empty()) {
      auto it = shared.find(&s);
      if (it != shared.end()) return it->second;
      return shared[&s] = add(copy_story(st, s, next_name(s.header), nullptr, o));
    }
    return add(copy_story(st, s, next_name(s.header), extra, o));
  };

  std::vector<section_refs> out;
  for (std::size_t i = 0; i < st.doc.sections.size(); ++i) {
    const doc::section& s = st.doc.sections[i];
    section_refs r;
    r.orientation = s.page_orientation;
    // The reference's header replaces ours, but a draft keeps its DRAFT mark after its content.
    const doc::blocks marks = layout::header_marks(s.header);
    const doc::blocks* extra_header = marks.empty() ? nullptr : &marks;
    const auto* header = ref.story(true, "default");
    r.header_rid = header ? copy(*header, extra_header, s.page_orientation)
                          : ours(s.header, true, s.page_orientation);
    // A reference footer without a page number gets ours (Page N of M) after its own text.
    const auto* footer = ref.story(false, "default");
    r.footer_rid = footer
                       ? copy(*footer, footer->page_field ? nullptr : &s.footer, s.page_orientation)
                       : ours(s.footer, false, s.page_orientation);
    const auto* first_header = ref.story(true, "first");
    const auto* first_footer = ref.story(false, "first");
    if (i == 0 && (first_header || first_footer)) {
      r.title_page = true;
      if (first_header)
        r.first_header_rid = copy(*first_header, extra_header, s.page_orientation);
      else if (extra_header)
        r.first_header_rid = ours(marks, true, s.page_orientation);
      if (first_footer) r.first_footer_rid = copy(*first_footer, nullptr, s.page_orientation);
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace cp::docx::detail
