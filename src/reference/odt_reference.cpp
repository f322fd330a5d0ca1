// SPDX-License-Identifier: MIT
#include "reference/odt_reference.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "reference/package_paths.hpp"
#include "style/style_loader.hpp"
#include "xml/xml_reader.hpp"
#include "xml/xml_tree.hpp"

namespace cp::reference {
namespace {

constexpr std::string_view office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view style_ns = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
constexpr std::string_view text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view draw_ns = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
constexpr std::string_view fo_ns = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
constexpr std::string_view svg_ns = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
constexpr std::string_view xlink_ns = "http://www.w3.org/1999/xlink";
constexpr std::string_view script_ns = "urn:oasis:names:tc:opendocument:xmlns:script:1.0";

constexpr std::string_view text_mimetype = "application/vnd.oasis.opendocument.text";
constexpr std::string_view template_mimetype = "application/vnd.oasis.opendocument.text-template";

[[noreturn]] void fail(const std::string& file, const std::string& what) {
  throw reference_error(fmt::format("reference document refused: {}: {}", file, what));
}

xml::doc_ptr parse_part(const package::entries& entries, const std::string& file,
                        const std::string& part) {
  try {
    return xml::parse(entries.at(part), fmt::format("{}, part {}", file, part));
  } catch (const reference_error&) {
    throw;
  } catch (const error& e) {
    throw reference_error(fmt::format("reference document refused: {}", e.what()));
  }
}

std::optional<double> length(const xmlNode* n, std::string_view ns, std::string_view name) {
  auto v = xml::attr(n, ns, name);
  if (!v) return std::nullopt;
  return style::parse_length_mm(*v);
}

// Embedded programs and documents, which a reference never needs.
bool is_active_content(const xmlNode* n) {
  static const std::vector<std::pair<std::string_view, std::string_view>> refused = {
      {draw_ns, "object"},        {draw_ns, "object-ole"},     {draw_ns, "plugin"},
      {draw_ns, "applet"},        {draw_ns, "floating-frame"}, {office, "scripts"},
      {office, "script"},         {office, "event-listeners"}, {script_ns, "event-listener"},
      {text_ns, "section-source"}};
  for (const auto& [ns, local] : refused)
    if (xml::is(n, ns, local)) return true;
  return false;
}

// Every link and picture in styles.xml, checked; pictures are collected.
void check_links(xmlNode* root, odt_reference& ref) {
  for (xmlNode* n : xml::descendants(root)) {
    std::string prefix = n->ns && n->ns->prefix ? reinterpret_cast<const char*>(n->ns->prefix) : "";
    std::string where = fmt::format("styles.xml ({}{}{})", prefix, prefix.empty() ? "" : ":",
                                    reinterpret_cast<const char*>(n->name));
    if (is_active_content(n))
      fail(ref.file, fmt::format("{} embeds an object or a script; a reference document may hold "
                                 "only styles, text, fields and pictures",
                                 where));
    auto href = xml::attr(n, xlink_ns, "href");
    if (!href) continue;
    if (xml::is(n, text_ns, "a")) {
      if (!is_web_link(*href) && !href->starts_with("#"))
        fail(ref.file, fmt::format("{} links to \"{}\"; a reference header or footer may only link "
                                   "to web pages",
                                   where, *href));
      continue;
    }
    bool picture = xml::is(n, draw_ns, "image") || xml::is(n, style_ns, "background-image") ||
                   xml::is(n, draw_ns, "fill-image");
    if (!picture)
      fail(ref.file, fmt::format("{} refers to \"{}\"; only pictures inside the package are taken "
                                 "from a reference document",
                                 where, *href));
    auto path = resolve_in_package("", *href);
    if (!path)
      fail(ref.file, fmt::format("{} shows the picture \"{}\", which is outside the package; "
                                 "pictures must be embedded",
                                 where, *href));
    check_picture(ref.entries, *path, ref.file, "styles.xml");
    if (std::find(ref.pictures.begin(), ref.pictures.end(), *path) == ref.pictures.end())
      ref.pictures.push_back(*path);
  }
}

void read_styles(xmlNode* styles, odt_reference& ref) {
  for (xmlNode* n : xml::children(styles)) {
    if (xml::is(n, text_ns, "list-style")) {
      for (const char* a : {"name", "display-name"})
        if (auto v = xml::attr(n, style_ns, a)) ref.list_styles.insert(*v);
      continue;
    }
    if (!xml::is(n, style_ns, "style")) continue;
    std::string family = xml::attr(n, style_ns, "family").value_or("");
    if (family != "paragraph" && family != "text") continue;
    named_style s;
    s.kind = family == "paragraph" ? style_kind::paragraph : style_kind::character;
    s.id = xml::attr(n, style_ns, "name").value_or("");
    if (s.id.empty()) continue;
    s.name = xml::attr(n, style_ns, "display-name").value_or(decode_style_name(s.id));
    ref.styles.push_back(std::move(s));
  }
}

// The page setup of `layout` as the house style models it: margins to the
// body, header and footer distances from the page edge.
void read_page_layout(xmlNode* layout, odt_reference& ref) {
  xmlNode* props = xml::child(layout, style_ns, "page-layout-properties");
  style::page_setup& p = ref.page;
  double width = length(props, fo_ns, "page-width").value_or(p.width_mm);
  double height = length(props, fo_ns, "page-height").value_or(p.height_mm);
  p.width_mm = std::min(width, height);
  p.height_mm = std::max(width, height);
  p.margin_left_mm = length(props, fo_ns, "margin-left").value_or(0);
  p.margin_right_mm = length(props, fo_ns, "margin-right").value_or(0);
  double top = length(props, fo_ns, "margin-top").value_or(0);
  double bottom = length(props, fo_ns, "margin-bottom").value_or(0);
  p.margin_top_mm = p.header_mm = top;
  p.margin_bottom_mm = p.footer_mm = bottom;
  auto area = [&](const char* element, const char* spacing) -> double {
    xmlNode* hf =
        xml::child(xml::child(layout, style_ns, element), style_ns, "header-footer-properties");
    if (!hf) return 0;
    double h = length(hf, fo_ns, "min-height").value_or(length(hf, svg_ns, "height").value_or(0));
    return h + length(hf, fo_ns, spacing).value_or(0);
  };
  if (ref.has_header) p.margin_top_mm = top + area("header-style", "margin-bottom");
  if (ref.has_footer) p.margin_bottom_mm = bottom + area("footer-style", "margin-top");
}

void read_master_styles(xmlNode* root, odt_reference& ref) {
  xmlNode* masters = xml::child(root, office, "master-styles");
  xmlNode* chosen = nullptr;
  bool standard = false;
  for (xmlNode* m : xml::children(masters, style_ns, "master-page")) {
    std::string name = xml::attr(m, style_ns, "name").value_or("");
    if (!standard && (!chosen || name == "Standard")) {
      chosen = m;
      standard = name == "Standard";
    }
  }
  if (!chosen) {
    ref.notes.push_back(
        fmt::format("{}: it has no master page; ODT papers keep the house style's "
                    "page setup, header and footer",
                    ref.file));
    return;
  }
  ref.master_page = xml::attr(chosen, style_ns, "name").value_or("");
  ref.page_layout = xml::attr(chosen, style_ns, "page-layout-name").value_or("");
  xmlNode* header = xml::child(chosen, style_ns, "header");
  xmlNode* footer = xml::child(chosen, style_ns, "footer");
  ref.has_header = header && xml::attr(header, style_ns, "display").value_or("true") != "false";
  ref.has_footer = footer && xml::attr(footer, style_ns, "display").value_or("true") != "false";
  if (ref.has_footer)
    for (xmlNode* n : xml::descendants(footer))
      if (xml::is(n, text_ns, "page-number")) ref.footer_page_field = true;
  xmlNode* automatic = xml::child(root, office, "automatic-styles");
  for (xmlNode* l : xml::children(automatic, style_ns, "page-layout"))
    if (xml::attr(l, style_ns, "name").value_or("") == ref.page_layout) read_page_layout(l, ref);
}

}  // namespace

std::string decode_style_name(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    // "_xx_" is the byte 0xxx, as LibreOffice spells characters an NCName cannot hold.
    std::size_t end = name[i] == '_' ? name.find('_', i + 1) : std::string_view::npos;
    if (end != std::string_view::npos && end - i - 1 >= 1 && end - i - 1 <= 2) {
      std::string hex(name.substr(i + 1, end - i - 1));
      if (std::all_of(hex.begin(), hex.end(),
                      [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); })) {
        out += static_cast<char>(std::stoi(hex, nullptr, 16));
        i = end;
        continue;
      }
    }
    out += name[i];
  }
  return out;
}

odt_reference read_odt_reference(package::entries entries, const std::string& file,
                                 const style::house_style& hs) {
  odt_reference ref;
  ref.file = file;
  ref.entries = std::move(entries);
  ref.page = hs.page;
  for (const char* needed : {"mimetype", "content.xml", "styles.xml"})
    if (!ref.entries.count(needed))
      fail(file, fmt::format("the part {} is missing (an ODT reference needs mimetype, content.xml "
                             "and styles.xml)",
                             needed));
  const std::string& mimetype = ref.entries.at("mimetype");
  if (mimetype != text_mimetype && mimetype != template_mimetype)
    fail(file, fmt::format("its mimetype is \"{}\", not an OpenDocument text or text template",
                           mimetype.substr(0, 80)));
  parse_part(ref.entries, file, "content.xml");  // refused like styles.xml if hostile
  auto styles = parse_part(ref.entries, file, "styles.xml");
  xmlNode* root = xmlDocGetRootElement(styles.get());
  if (!xml::is(root, office, "document-styles"))
    fail(file, "styles.xml is not an OpenDocument styles part (office:document-styles)");
  check_links(root, ref);
  read_styles(xml::child(root, office, "styles"), ref);
  for (xmlNode* a : xml::children(xml::child(root, office, "automatic-styles")))
    if (auto name = xml::attr(a, style_ns, "name")) ref.automatic_styles.insert(*name);
  read_master_styles(root, ref);
  ref.roles = map_roles(hs, ref.styles, file_format::odt, file);
  ref.notes.insert(ref.notes.end(), ref.roles.notes.begin(), ref.roles.notes.end());
  return ref;
}

}  // namespace cp::reference
