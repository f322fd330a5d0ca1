// SPDX-License-Identifier: MIT
// Ids shared by every part of one package: relationships, bookmarks, drawings, media, numbering.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.hpp"
#include "docx/numbering_plan.hpp"
#include "docx/page_estimate.hpp"
#include "docx/style_ids.hpp"
#include "layout/toc.hpp"
#include "reference/docx_reference.hpp"
#include "style/house_style.hpp"
#include "xml/xml_writer.hpp"

namespace cp::docx::detail {

struct relationship {
  std::string id;  // "rId1"
  std::string type;
  std::string target;
  bool external = false;
};

// The relationships of one part, numbered in the order first asked for;
// asking twice for the same target gives the same id.
class part_relationships {
 public:
  std::string add(std::string_view type, std::string_view target, bool external = false);
  const std::vector<relationship>& all() const { return rels_; }
  bool empty() const { return rels_.empty(); }

 private:
  std::vector<relationship> rels_;
};

// An image file stored once in word/media/, however many pictures show it.
struct media_part {
  std::size_t image = 0;  // index into document::images
  std::string target;     // relative to word/: "media/image1.png"
};

// Which page a page-number field's cached result shows.
struct page_key {
  enum class kind : std::uint8_t { heading, part, total, unknown };
  kind what = kind::unknown;
  std::size_t index = 0;  // the heading's or part's ordinal

  // The page the estimate gives (1 when it has none for this key).
  int page_in(const page_estimate& pages) const;
  // As an xml::gap's `what`, and back.
  std::uint64_t gap_value() const { return index * 4 + static_cast<std::uint64_t>(what); }
  static page_key from_gap_value(std::uint64_t v) {
    return {static_cast<kind>(v % 4), static_cast<std::size_t>(v / 4)};
  }
};

// A part as written: its XML, and the gaps left in it for page numbers while
// the page estimate was still running (empty when it was known).
struct written_part {
  std::string xml;
  std::vector<xml::gap> gaps;
};

// A header or footer part and the relationships it needs.
struct story_part {
  std::string name;  // "header1.xml", relative to word/
  bool header = true;
  written_part xml;
  part_relationships rels;
};

// Everything one build shares between the parts it writes.
class writer_state {
 public:
  // `ref`: the council's reference document, or nullptr for the house style
  // alone. `pages`: the page estimate, or nullopt while it is being made
  // beside the writing (page numbers are then gaps; see write_page).
  writer_state(const doc::document& d, const style::house_style& hs,
               const reference::docx_reference* ref, std::optional<page_estimate> pages);

  const doc::document& doc;
  const style::house_style& style;
  const reference::docx_reference* const ref;
  const style_ids ids;
  const numbering_plan numbering;
  const std::map<std::string, std::size_t> anchors;    // heading anchor -> heading ordinal
  const std::map<std::string, std::size_t> parts;      // part anchor -> part ordinal
  const std::map<std::string, std::string> bookmarks;  // any anchor (headings', parts') -> bookmark
  // Where headings probably fall, for the cached results of PAGEREF and
  // NUMPAGES fields (Word and LibreOffice recompute them): the page number
  // as text, or a gap for it while the estimate is not in yet.
  void write_page(xml::writer& w, page_key page) const;
  // The key of an anchor's page (a heading's or a part's).
  page_key anchor_page(const std::string& anchor) const;

  // The headings contents lists show, collected at the first contents list.
  const layout::toc_index& toc() {
    if (!toc_) toc_.emplace(doc, style);
    return *toc_;
  }

  // wp:docPr ids: positive and unique across every part of the package.
  int next_drawing_id() { return ++drawing_ids_; }
  // w:bookmarkStart ids, unique within the main document.
  int next_bookmark_id() { return bookmark_ids_++; }
  // Ordinal of the next heading in reading order (headers and footers have none).
  std::size_t next_heading() { return headings_++; }
  // Number of the next captioned table ("Table 3").
  int next_table_caption() { return ++table_captions_; }
  // Table captions count from 1 again (a new part starts).
  void restart_table_captions() {
    table_captions_ = 0;
    captions_restarted_ = true;
  }
  // Whether caption numbers have been restarted (the first of a part then
  // resets the field's count too).
  bool table_captions_restarted() const { return captions_restarted_; }
  // The media part showing image `index`, created on first use.
  media_part media_for(std::size_t index);
  const std::vector<media_part>& media() const { return media_; }

  // The media part (relative to word/) copying picture `source` (a package
  // path) of the reference document, created on first use.
  std::string reference_media_for(const std::string& source);
  struct reference_media {
    std::string source;  // "word/media/image1.png" in the reference
    std::string target;  // "media/reference1.png"
  };
  const std::vector<reference_media>& reference_media_parts() const { return reference_media_; }

 private:
  std::optional<page_estimate> pages_;
  int drawing_ids_ = 0;
  std::optional<layout::toc_index> toc_;
  int bookmark_ids_ = 0;
  std::size_t headings_ = 0;
  int table_captions_ = 0;
  bool captions_restarted_ = false;
  std::vector<media_part> media_;
  std::vector<reference_media> reference_media_;
};

}  // namespace cp::docx::detail
