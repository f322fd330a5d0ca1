// SPDX-License-Identifier: MIT
#include "odt/reference_parts.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "media/image_info.hpp"
#include "odt/namespaces.hpp"
#include "odt/parts.hpp"
#include "reference/catalogue.hpp"
#include "style/style_loader.hpp"
#include "xml/xml_tree.hpp"

namespace cp::odt::detail {
namespace {

constexpr std::string_view office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view style_ns = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
constexpr std::string_view text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view draw_ns = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
constexpr std::string_view fo_ns = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
constexpr std::string_view xlink_ns = "http://www.w3.org/1999/xlink";
constexpr std::string_view xml_ns = "http://www.w3.org/XML/1998/namespace";

bool is_picture(const xmlNode* n) {
  return xml::is(n, draw_ns, "image") || xml::is(n, style_ns, "background-image") ||
         xml::is(n, draw_ns, "fill-image");
}

std::string dump_children(xmlDoc* d, const xmlNode* parent) {
  std::string out;
  for (xmlNode* c : xml::children(parent)) out += xml::dump(d, c);
  return out;
}

void remove(xmlNode* n) {
  xmlUnlinkNode(n);
  xmlFreeNode(n);
}

// The style:style of `family` called `name` in `container`.
xmlNode* find_style(xmlNode* container, std::string_view family, std::string_view name) {
  for (xmlNode* s : xml::children(container, style_ns, "style"))
    if (xml::attr(s, style_ns, "family").value_or("") == family &&
        xml::attr(s, style_ns, "name").value_or("") == name)
      return s;
  return nullptr;
}

// Sets a style's style:list-style-name: the house style's numbering for the
// styles our roles use ("" switches off numbering it would inherit).
void link_numbering(xmlNode* styles, const reference::odt_reference& ref, const style_map& names) {
  std::vector<std::pair<xmlNode*, std::string>> plan;
  for (const auto& [role, id] : ref.roles.paragraph)
    if (xmlNode* s = find_style(styles, "paragraph", id))
      plan.emplace_back(s, names.inherited_list_style(role));
  for (auto& [s, list] : plan)
    if (!list.empty()) xml::set_attr(s, style_ns, "style", "list-style-name", list);
  for (auto& [s, list] : plan) {
    if (!list.empty()) continue;
    bool numbered = false;
    std::size_t steps = 0;  // a parent cycle in a hostile file must not loop
    for (xmlNode* p = s; p && steps++ < 100;
         p = find_style(styles, "paragraph",
                        xml::attr(p, style_ns, "parent-style-name").value_or("")))
      numbered = numbered || !xml::attr(p, style_ns, "list-style-name").value_or("").empty();
    if (numbered) xml::set_attr(s, style_ns, "style", "list-style-name", "");
  }
}

// Contents entry styles the reference has without tab stops get ours, so the
// page numbers of the filled-in contents line up at the margin.
void add_contents_tab_stops(xmlNode* styles, const reference::odt_reference& ref,
                            const style::house_style& hs) {
  for (const auto& [role, id] : ref.roles.paragraph) {
    int level = toc_entry_level(role);
    xmlNode* s = level ? find_style(styles, "paragraph", id) : nullptr;
    if (!s) continue;
    xmlNode* props = xml::child(s, style_ns, "paragraph-properties");
    if (props && xml::child(props, style_ns, "tab-stops")) continue;
    double indent = 0;
    if (auto v = xml::attr(props, fo_ns, "margin-left"))
      indent = style::parse_length_mm(*v).value_or(0);
    std::string fragment =
        fmt::format("<f xmlns:style=\"{}\">{}</f>", style_ns, toc_tab_stops(hs, indent, level));
    auto parsed = xml::parse(fragment, "tab stops");
    if (!props) {
      xmlNode* made = xmlNewDocNode(
          s->doc, xmlSearchNsByHref(s->doc, s, reinterpret_cast<const xmlChar*>(style_ns.data())),
          reinterpret_cast<const xmlChar*>("paragraph-properties"), nullptr);
      // style:paragraph-properties comes before style:text-properties.
      xmlNode* text = xml::child(s, style_ns, "text-properties");
      props = text ? xmlAddPrevSibling(text, made) : xmlAddChild(s, made);
    }
    xml::import_child(props, xml::children(xmlDocGetRootElement(parsed.get())).front());
  }
}

// Copies of header and footer content are made for every section: names
// that must be unique in the package go.
void drop_unique_names(xmlNode* masters) {
  std::vector<xmlNode*> bookmarks;
  for (xmlNode* n : xml::descendants(masters)) {
    if (xml::is(n, text_ns, "bookmark") || xml::is(n, text_ns, "bookmark-start") ||
        xml::is(n, text_ns, "bookmark-end"))
      bookmarks.push_back(n);
    xml::remove_attr(n, xml_ns, "id");
  }
  for (xmlNode* n : bookmarks) remove(n);
}

}  // namespace

reference_styles::reference_styles(const reference::odt_reference& r, const doc::document& d,
                                   const style::house_style& hs, const style_map& names)
    : ref(r) {
  doc_ = xml::parse(ref.entries.at("styles.xml"), fmt::format("{}, part styles.xml", ref.file));
  root_ = xmlDocGetRootElement(doc_.get());
  xmlNode* styles = xml::child(root_, office, "styles");
  xmlNode* automatic = xml::child(root_, office, "automatic-styles");
  xmlNode* masters = xml::child(root_, office, "master-styles");

  for (xmlNode* f :
       xml::children(xml::child(root_, office, "font-face-decls"), style_ns, "font-face")) {
    font_faces_ += xml::dump(doc_.get(), f);
    fonts_.insert(xml::attr(f, style_ns, "name").value_or(""));
  }

  // Pictures get names of ours; the reader checked each is a PNG or JPEG in the package.
  std::map<std::string, std::string> renamed;
  for (const auto& source : ref.pictures) {
    auto info = media::probe_image(ref.entries.at(source), source);
    std::string path =
        fmt::format("Pictures/reference{}.{}", pictures_.size() + 1, media::extension(info.format));
    pictures_.push_back({source, path, std::string(media::mime_type(info.format))});
    renamed[source] = path;
  }
  for (xmlNode* n : xml::descendants(root_))
    if (is_picture(n))
      if (auto href = xml::attr(n, xlink_ns, "href")) {
        std::string path = *href;
        while (path.starts_with("./")) path.erase(0, 2);
        if (auto it = renamed.find(path); it != renamed.end())
          xml::set_attr(n, xlink_ns, "xlink", "href", it->second);
      }

  if (styles) {
    link_numbering(styles, ref, names);
    add_contents_tab_stops(styles, ref, hs);
    // Ours is written instead: headings are numbered by the house style's lists.
    for (xmlNode* o : xml::children(styles, text_ns, "outline-style")) remove(o);
  }
  if (masters) drop_unique_names(masters);
  for (xmlNode* m : xml::children(masters, style_ns, "master-page"))
    if (xml::attr(m, style_ns, "name").value_or("") == ref.master_page) master_ = m;
  if (master_) drawing_page_ = xml::attr(master_, draw_ns, "style-name").value_or("");

  // Our automatic styles in styles.xml get a prefix no name of its starts with.
  for (int n = 0;; ++n) {
    prefix_ = n == 0 ? "M" : n == 1 ? "CP" : fmt::format("CP{}", n);
    bool clash = std::any_of(ref.automatic_styles.begin(), ref.automatic_styles.end(),
                             [&](const std::string& a) { return a.starts_with(prefix_); });
    if (!clash) break;
  }

  // Its page layout serves its own orientation; a copy with width and height
  // swapped serves the other, when a section needs it.
  xmlNode* layout = nullptr;
  for (xmlNode* l : xml::children(automatic, style_ns, "page-layout"))
    if (xml::attr(l, style_ns, "name").value_or("") == ref.page_layout) layout = l;
  if (!layout) return;
  xmlNode* props = xml::child(layout, style_ns, "page-layout-properties");
  auto width = style::parse_length_mm(xml::attr(props, fo_ns, "page-width").value_or(""));
  auto height = style::parse_length_mm(xml::attr(props, fo_ns, "page-height").value_or(""));
  bool is_landscape = width && height && *width > *height;
  (is_landscape ? landscape_layout_ : portrait_layout_) = ref.page_layout;
  bool other_needed = std::any_of(d.sections.begin(), d.sections.end(), [&](const doc::section& s) {
    return (s.page_orientation == doc::orientation::landscape) != is_landscape;
  });
  if (!other_needed || !props) return;
  xmlNode* copy = xmlDocCopyNode(layout, doc_.get(), 1);
  xmlAddNextSibling(layout, copy);
  std::string name = prefix_ + "pmR";  // R: rotated; our own layouts are "pm1", "pm2" ...
  xml::set_attr(copy, style_ns, "style", "name", name);
  xmlNode* copy_props = xml::child(copy, style_ns, "page-layout-properties");
  if (width && height) {
    xml::set_attr(copy_props, fo_ns, "fo", "page-width",
                  xml::attr(props, fo_ns, "page-height").value_or(""));
    xml::set_attr(copy_props, fo_ns, "fo", "page-height",
                  xml::attr(props, fo_ns, "page-width").value_or(""));
  }
  xml::set_attr(copy_props, style_ns, "style", "print-orientation",
                is_landscape ? "portrait" : "landscape");
  (is_landscape ? portrait_layout_ : landscape_layout_) = name;
}

void reference_styles::declare_namespaces(xml::writer& w,
                                          std::initializer_list<std::string_view> ours) const {
  std::map<std::string, std::string> needed;
  auto collect = [&](const xmlNode* n) {
    for (const xmlNs* ns = n ? n->nsDef : nullptr; ns; ns = ns->next)
      needed.emplace(ns->prefix ? reinterpret_cast<const char*>(ns->prefix) : "",
                     reinterpret_cast<const char*>(ns->href));
  };
  collect(root_);
  for (const char* container : {"font-face-decls", "styles", "automatic-styles", "master-styles"})
    collect(xml::child(root_, office, container));
  for (xmlNode* m : xml::children(xml::child(root_, office, "master-styles"))) collect(m);
  for (const auto& [prefix, uri] : needed) {
    auto known = namespace_uri(prefix);
    if (known && *known != uri)
      throw reference::reference_error(fmt::format(
          "reference document refused: {}: styles.xml binds the prefix \"{}\" to {}, not to {}",
          ref.file, prefix, uri, *known));
    bool declared = std::find(ours.begin(), ours.end(), prefix) != ours.end();
    if (declared) continue;
    w.attr(prefix.empty() ? std::string("xmlns") : "xmlns:" + prefix, uri);
  }
}

std::string reference_styles::named_styles() const {
  return dump_children(doc_.get(), xml::child(root_, office, "styles"));
}

bool reference_styles::has_style(std::string_view family, std::string_view name) const {
  return find_style(xml::child(root_, office, "styles"), family, name) != nullptr;
}

std::string reference_styles::automatic_styles() const {
  return dump_children(doc_.get(), xml::child(root_, office, "automatic-styles"));
}

const std::string& reference_styles::page_layout(doc::orientation o) const {
  return o == doc::orientation::landscape ? landscape_layout_ : portrait_layout_;
}

void reference_styles::name_frames(xmlNode* n) {
  for (xmlNode* f : xml::descendants(n)) {
    if (!xml::is(f, draw_ns, "frame")) continue;
    // Named after the frame's name in the reference, however often it is copied.
    auto known = frame_base_.try_emplace(f, xml::attr(f, draw_ns, "name").value_or("")).first;
    std::string base = known->second.empty() ? "Picture" : known->second;
    // Ours are "Image1", "Image2" ...; a copy's name never looks like one.
    bool ours =
        base.starts_with("Image") && base.size() > 5 &&
        std::all_of(base.begin() + 5, base.end(), [](char c) { return c >= '0' && c <= '9'; });
    std::string name = base;
    for (int k = 2; ours || !frame_names_.insert(name).second; ++k) {
      ours = false;
      name = fmt::format("{} ({})", base, k);
    }
    xml::set_attr(f, draw_ns, "draw", "name", name);
  }
}

std::string reference_styles::master_pages(const std::set<std::string>& ours) {
  std::string out;
  for (xmlNode* m :
       xml::children(xml::child(root_, office, "master-styles"), style_ns, "master-page")) {
    if (ours.count(xml::attr(m, style_ns, "name").value_or(""))) continue;
    name_frames(m);
    out += xml::dump(doc_.get(), m);
  }
  return out;
}

xmlNode* reference_styles::furniture(std::string_view local) const {
  for (xmlNode* c : xml::children(master_))
    if (c->name && std::string_view(reinterpret_cast<const char*>(c->name)) == local &&
        xml::attr(c, style_ns, "display").value_or("true") != "false")
      return c;
  return nullptr;
}

bool reference_styles::has(std::string_view local) const {
  return master_ && furniture(local);
}

std::string reference_styles::content_of(std::string_view local) {
  xmlNode* n = master_ ? furniture(local) : nullptr;
  if (!n) return {};
  name_frames(n);
  return dump_children(doc_.get(), n);
}

std::string reference_styles::element(std::string_view local) {
  xmlNode* n = master_ ? furniture(local) : nullptr;
  if (!n) return {};
  name_frames(n);
  return xml::dump(doc_.get(), n);
}

}  // namespace cp::odt::detail
