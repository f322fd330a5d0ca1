// SPDX-License-Identifier: MIT
// A reference document's styles.xml prepared for one package
// (docs/reference-documents.md): its fonts, named styles (those our roles use
// linked to the house style's list styles), automatic styles, page layout
// (and a copy for the other orientation), header and footer, and pictures,
// as fragments the part writers insert next to their own.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.hpp"
#include "odt/style_map.hpp"
#include "reference/odt_reference.hpp"
#include "style/house_style.hpp"
#include "xml/xml_reader.hpp"
#include "xml/xml_writer.hpp"

namespace cp::odt::detail {

class reference_styles {
 public:
  // Parses the reference's styles.xml and adapts it to the package: numbering
  // links and contents tab stops of the styles our roles use, picture paths,
  // no outline style (ours numbers nothing; headings are numbered by lists),
  // no bookmarks or xml:ids in headers and footers (they are copied per section).
  reference_styles(const reference::odt_reference& ref, const doc::document& d,
                   const style::house_style& hs, const style_map& names);

  const reference::odt_reference& ref;

  // The xmlns declarations its fragments need besides `ours` (prefixes the
  // root already declares); throws reference_error when it binds one of our
  // prefixes to another namespace.
  void declare_namespaces(xml::writer& w, std::initializer_list<std::string_view> ours) const;

  // office:font-face-decls content, and whether it declares a font.
  const std::string& font_faces() const { return font_faces_; }
  bool declares_font(const std::string& name) const { return fonts_.count(name) > 0; }
  // office:styles content (its default styles, named styles, list styles ...).
  std::string named_styles() const;
  bool has_style(std::string_view family, std::string_view name) const;
  // office:automatic-styles content, with the copy of its page layout for
  // the other orientation when a section needs it.
  std::string automatic_styles() const;
  // A prefix none of its automatic style names start with, for ours.
  const std::string& automatic_prefix() const { return prefix_; }
  // The page layout for sections of orientation `o`.
  const std::string& page_layout(doc::orientation o) const;
  // draw:style-name of its master page (the page background), or "".
  const std::string& drawing_page_style() const { return drawing_page_; }
  // Its master pages, except any with a name we use for a section.
  std::string master_pages(const std::set<std::string>& ours);

  // The children of one element of its master page: "header", "footer",
  // "header-left", "footer-first", ... (empty when absent), or the whole
  // element. Frames get names unused so far in the package (never "ImageN",
  // which our own pictures use).
  bool has(std::string_view local) const;
  std::string content_of(std::string_view local);
  std::string element(std::string_view local);

  // The pictures it shows, as copied into the package.
  struct picture {
    std::string source;  // path in the reference
    std::string path;    // path in our package: "Pictures/reference1.png"
    std::string media_type;
  };
  const std::vector<picture>& pictures() const { return pictures_; }

 private:
  xmlNode* furniture(std::string_view local) const;
  void name_frames(xmlNode* n);

  xml::doc_ptr doc_;
  xmlNode* root_ = nullptr;
  xmlNode* master_ = nullptr;  // the master page every section copies
  std::string font_faces_;
  std::set<std::string> fonts_;
  std::string prefix_;
  std::string portrait_layout_;
  std::string landscape_layout_;
  std::string drawing_page_;
  std::vector<picture> pictures_;
  std::set<std::string> frame_names_;
  std::map<const xmlNode*, std::string> frame_base_;  // frame -> its name in the reference
};

}  // namespace cp::odt::detail
