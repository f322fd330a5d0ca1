// SPDX-License-Identifier: MIT
#include "reference/docx_reference.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include <fmt/format.h>

#include "reference/package_paths.hpp"
#include "xml/xml_reader.hpp"
#include "xml/xml_tree.hpp"

namespace cp::reference {
namespace {

constexpr std::string_view w_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view r_ns =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr std::string_view rels_ns = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr std::string_view rel_base =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string wval(const xmlNode* parent, std::string_view child_name) {
  return xml::attr(xml::child(parent, w_ns, child_name), w_ns, "val").value_or("");
}

double twips_mm(const std::optional<std::string>& v, double fallback) {
  if (!v) return fallback;
  try {
    return std::abs(std::stod(*v)) / 1440.0 * 25.4;
  } catch (const std::exception&) {
    return fallback;
  }
}

// Reads and parses one part, refusing it with the reference's name.
class part_reader {
 public:
  part_reader(const package::entries& e, const std::string& file) : entries_(e), file_(file) {}

  bool has(const std::string& part) const { return entries_.count(part) > 0; }

  xml::doc_ptr parse(const std::string& part) const {
    auto it = entries_.find(part);
    if (it == entries_.end()) fail(fmt::format("the part {} is missing", part));
    try {
      return xml::parse(it->second, fmt::format("{}, part {}", file_, part));
    } catch (const error& e) {
      throw reference_error(fmt::format("reference document refused: {}", e.what()));
    }
  }

  [[noreturn]] void fail(const std::string& what) const {
    throw reference_error(fmt::format("reference document refused: {}: {}", file_, what));
  }

 private:
  const package::entries& entries_;
  const std::string& file_;
};

struct relationship {
  std::string type;
  std::string target;
  bool external = false;
};

// The relationships of `part` ("word/document.xml" -> word/_rels/document.xml.rels), by id.
std::map<std::string, relationship> read_relationships(const part_reader& pr,
                                                       const std::string& part) {
  std::size_t slash = part.rfind('/');
  std::string folder = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  std::string name = slash == std::string::npos ? part : part.substr(slash + 1);
  std::string rels_part = folder + "_rels/" + name + ".rels";
  std::map<std::string, relationship> out;
  if (!pr.has(rels_part)) return out;
  auto d = pr.parse(rels_part);
  xmlNode* root = xmlDocGetRootElement(d.get());
  if (!xml::is(root, rels_ns, "Relationships")) pr.fail(rels_part + " is not a relationships part");
  for (xmlNode* r : xml::children(root, rels_ns, "Relationship")) {
    relationship rel;
    rel.type = xml::attr(r, "", "Type").value_or("");
    rel.external = xml::attr(r, "", "TargetMode").value_or("") == "External";
    std::string target = xml::attr(r, "", "Target").value_or("");
    if (rel.external) {
      rel.target = target;
    } else {
      auto resolved = resolve_in_package(folder, target);
      if (!resolved)
        pr.fail(fmt::format("{} names \"{}\", which is outside the package", rels_part, target));
      rel.target = *resolved;
    }
    out.emplace(xml::attr(r, "", "Id").value_or(""), std::move(rel));
  }
  return out;
}

std::string target_of_type(const std::map<std::string, relationship>& rels, std::string_view type) {
  for (const auto& [id, r] : rels)
    if (!r.external && r.type == std::string(rel_base) + std::string(type)) return r.target;
  return {};
}

void read_styles(const part_reader& pr, docx_reference& ref) {
  auto d = pr.parse("word/styles.xml");
  xmlNode* root = xmlDocGetRootElement(d.get());
  if (!xml::is(root, w_ns, "styles"))
    pr.fail("word/styles.xml is not a WordprocessingML styles part (w:styles)");
  for (xmlNode* s : xml::children(root, w_ns, "style")) {
    std::string type = xml::attr(s, w_ns, "type").value_or("paragraph");
    named_style ns;
    ns.id = xml::attr(s, w_ns, "styleId").value_or("");
    ns.name = wval(s, "name");
    std::string def = xml::attr(s, w_ns, "default").value_or("");
    ns.is_default = def == "1" || def == "true" || def == "on";
    ref.style_ids.insert(ns.id);
    if (!ns.name.empty()) ref.style_names.insert(lower(ns.name));
    if (ns.id.empty()) continue;
    if (ns.name.empty()) ns.name = ns.id;
    if (type == "paragraph") {
      ns.kind = style_kind::paragraph;
      ref.styles.push_back(std::move(ns));
    } else if (type == "character") {
      ns.kind = style_kind::character;
      ref.styles.push_back(std::move(ns));
    }
  }
}

void read_numbering(const part_reader& pr, docx_reference& ref) {
  if (ref.numbering_part.empty()) return;
  auto d = pr.parse(ref.numbering_part);
  xmlNode* root = xmlDocGetRootElement(d.get());
  if (!xml::is(root, w_ns, "numbering"))
    pr.fail(ref.numbering_part + " is not a WordprocessingML numbering part");
  auto number = [&](xmlNode* n, const char* attr) {
    try {
      return std::stoi(xml::attr(n, w_ns, attr).value_or("0"));
    } catch (const std::exception&) {
      pr.fail(fmt::format("{}: w:{} is not a number", ref.numbering_part, attr));
    }
  };
  for (xmlNode* a : xml::children(root, w_ns, "abstractNum")) {
    ref.next_abstract_id = std::max(ref.next_abstract_id, number(a, "abstractNumId") + 1);
    if (auto nsid = wval(a, "nsid"); !nsid.empty()) ref.nsids.insert(nsid);
  }
  for (xmlNode* n : xml::children(root, w_ns, "num"))
    ref.next_num_id = std::max(ref.next_num_id, number(n, "numId") + 1);
}

bool shows_page_number(xmlNode* root) {
  auto has_page = [](const std::string& instr) {
    // The field's first word is its name: PAGE, not PAGEREF or NUMPAGES.
    std::size_t start = instr.find_first_not_of(' ');
    if (start == std::string::npos) return false;
    std::size_t end = instr.find_first_of(" \\", start);
    return instr.substr(start, end == std::string::npos ? std::string::npos : end - start) ==
           "PAGE";
  };
  for (xmlNode* n : xml::descendants(root)) {
    if (xml::is(n, w_ns, "instrText") && has_page(xml::content(n))) return true;
    if (xml::is(n, w_ns, "fldSimple") && has_page(xml::attr(n, w_ns, "instr").value_or("")))
      return true;
  }
  return false;
}

// Checks a header or footer and everything it refers to.
docx_story read_story(const part_reader& pr, const docx_reference& ref, bool header,
                      const std::string& kind, const std::string& part) {
  docx_story story{header, kind, part, {}, false};
  auto d = pr.parse(part);
  xmlNode* root = xmlDocGetRootElement(d.get());
  if (!xml::is(root, w_ns, header ? "hdr" : "ftr"))
    pr.fail(fmt::format("{} is not a {}", part, header ? "header (w:hdr)" : "footer (w:ftr)"));
  story.page_field = shows_page_number(root);
  auto rels = read_relationships(pr, part);
  for (const auto& [id, r] : rels) {
    std::string kind_name = r.type.starts_with(rel_base) ? r.type.substr(rel_base.size()) : r.type;
    if (r.external) {
      if (kind_name != "hyperlink" || !is_web_link(r.target))
        pr.fail(
            fmt::format("{} links to the outside file \"{}\" ({}); a reference header or footer "
                        "may only link to web pages",
                        part, r.target, kind_name));
    } else if (kind_name == "image") {
      check_picture(ref.entries, r.target, ref.file, part);
    } else {
      pr.fail(
          fmt::format("{} holds a {} ({}); only text, fields, pictures and links are taken "
                      "from a reference header or footer",
                      part, kind_name, r.target));
    }
    story.links.push_back({id, r.type, r.target, r.external});
  }
  // Every relationship the part uses must be there, or the copy would be broken.
  for (xmlNode* n : xml::descendants(root))
    for (const auto& a : xml::attributes(n))
      if (a.ns == r_ns && !rels.count(a.value))
        pr.fail(fmt::format("{} refers to relationship \"{}\", which it does not define", part,
                            a.value));
  return story;
}

void read_document(const part_reader& pr, docx_reference& ref,
                   const std::map<std::string, relationship>& rels) {
  auto d = pr.parse("word/document.xml");
  xmlNode* root = xmlDocGetRootElement(d.get());
  if (!xml::is(root, w_ns, "document"))
    pr.fail("word/document.xml is not a WordprocessingML document (w:document)");
  xmlNode* sect = xml::child(xml::child(root, w_ns, "body"), w_ns, "sectPr");
  if (!sect) return;
  const style::page_setup fallback;
  if (xmlNode* size = xml::child(sect, w_ns, "pgSz")) {
    double width = twips_mm(xml::attr(size, w_ns, "w"), fallback.width_mm);
    double height = twips_mm(xml::attr(size, w_ns, "h"), fallback.height_mm);
    // Stored as portrait: landscape sections swap it back.
    ref.page.width_mm = std::min(width, height);
    ref.page.height_mm = std::max(width, height);
    ref.has_page = true;
  }
  if (xmlNode* m = xml::child(sect, w_ns, "pgMar")) {
    ref.page.margin_top_mm = twips_mm(xml::attr(m, w_ns, "top"), fallback.margin_top_mm);
    ref.page.margin_bottom_mm = twips_mm(xml::attr(m, w_ns, "bottom"), fallback.margin_bottom_mm);
    ref.page.margin_left_mm = twips_mm(xml::attr(m, w_ns, "left"), fallback.margin_left_mm);
    ref.page.margin_right_mm = twips_mm(xml::attr(m, w_ns, "right"), fallback.margin_right_mm);
    ref.page.header_mm = twips_mm(xml::attr(m, w_ns, "header"), fallback.header_mm);
    ref.page.footer_mm = twips_mm(xml::attr(m, w_ns, "footer"), fallback.footer_mm);
  }
  bool title_page = false;
  if (xmlNode* t = xml::child(sect, w_ns, "titlePg"))
    title_page = xml::attr(t, w_ns, "val").value_or("1") != "0" &&
                 xml::attr(t, w_ns, "val").value_or("1") != "false";
  bool even = false;
  for (bool header : {true, false}) {
    for (xmlNode* h : xml::children(sect, w_ns, header ? "headerReference" : "footerReference")) {
      std::string kind = xml::attr(h, w_ns, "type").value_or("default");
      if (kind == "even") even = true;
      if (kind != "default" && !(kind == "first" && title_page)) continue;
      std::string id = xml::attr(h, r_ns, "id").value_or("");
      auto it = rels.find(id);
      if (it == rels.end() || it->second.external)
        pr.fail(
            fmt::format("the last section's {} refers to relationship \"{}\", which "
                        "word/_rels/document.xml.rels does not define",
                        header ? "header" : "footer", id));
      ref.stories.push_back(read_story(pr, ref, header, kind, it->second.target));
    }
  }
  if (even)
    ref.notes.push_back(fmt::format(
        "{}: its even-page headers and footers are not taken; every page uses the default ones",
        ref.file));
}

}  // namespace

const docx_story* docx_reference::story(bool header, const std::string& kind) const {
  for (const auto& s : stories)
    if (s.header == header && s.kind == kind) return &s;
  return nullptr;
}

docx_reference read_docx_reference(package::entries entries, const std::string& file,
                                   const style::house_style& hs) {
  docx_reference ref;
  ref.file = file;
  ref.entries = std::move(entries);
  ref.page = hs.page;
  part_reader pr(ref.entries, file);
  for (const char* needed : {"word/document.xml", "word/styles.xml"})
    if (!pr.has(needed))
      pr.fail(
          fmt::format("the part {} is missing (a DOCX reference needs word/document.xml and "
                      "word/styles.xml)",
                      needed));
  auto rels = read_relationships(pr, "word/document.xml");
  read_styles(pr, ref);
  ref.numbering_part = target_of_type(rels, "numbering");
  if (ref.numbering_part.empty() && pr.has("word/numbering.xml"))
    ref.numbering_part = "word/numbering.xml";
  read_numbering(pr, ref);
  read_document(pr, ref, rels);
  ref.theme_part = target_of_type(rels, "theme");
  if (!ref.theme_part.empty()) {
    pr.parse(ref.theme_part);  // refused like any other part if hostile
    std::size_t slash = ref.theme_part.rfind('/');
    std::string theme_rels =
        ref.theme_part.substr(0, slash + 1) + "_rels/" + ref.theme_part.substr(slash + 1) + ".rels";
    if (pr.has(theme_rels)) {
      ref.notes.push_back(
          fmt::format("{}: its theme refers to other parts and is not taken", file));
      ref.theme_part.clear();
    }
  }
  ref.roles = map_roles(hs, ref.styles, file_format::docx, file);
  ref.notes.insert(ref.notes.end(), ref.roles.notes.begin(), ref.roles.notes.end());
  return ref;
}

}  // namespace cp::reference
