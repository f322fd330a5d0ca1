// SPDX-License-Identifier: MIT
// The format-neutral document tree that both writers turn into a package.
//
// The tree says *what* a committee paper holds; the house style (style/)
// says how it looks, and the writers (docx/, odt/) how each format spells it.
// Paragraph roles ("body-text", "heading-1", ...) and numbering scheme names
// ("outline", "bullet", ...) are the vocabulary shared with the house style.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "media/image_info.hpp"

namespace cp::doc {

// ---------------------------------------------------------------- inlines

// Character formatting marks; combine with |.
enum mark : std::uint8_t {
  bold = 1 << 0,
  italic = 1 << 1,
  underline = 1 << 2,
  superscript = 1 << 3,
  subscript = 1 << 4,
};

// A run of text with one set of marks. Text is plain Unicode: a '\t' is a tab
// and a '\n' a line break; nothing in it is ever interpreted as markup.
struct text_run {
  std::string text;
  std::uint8_t marks = 0;
};

// A line break inside a paragraph.
struct line_break {};

enum class field_kind {
  page_number,     // number of the current page
  page_count,      // number of pages in the document
  document_title,  // the title in the document properties
};

// A field the reader fills in (page numbers in footers, the title in headers).
struct field {
  field_kind kind = field_kind::page_number;
  std::uint8_t marks = 0;
};

// A hyperlink. `target` is an absolute http(s) URL, a mailto: address, or
// "#anchor" naming a heading's anchor in the same document.
struct link {
  std::string target;
  std::vector<text_run> runs;
};

// A picture placed in the text flow. `image` indexes document::images.
struct picture {
  std::size_t image = 0;
  double width_mm = 0;   // 0: natural size (scaled down to fit the text width)
  double height_mm = 0;  // 0: keep the aspect ratio
  std::string alt;       // alternative text, required for accessibility
};

// The number of the page where an anchor is: a heading's `anchor` or a
// section's `part_anchor`. Written as a real reference field (DOCX PAGEREF,
// ODT text:bookmark-ref) that readers recompute as they lay the pages out;
// the value cached in the file is the writer's estimate.
struct page_ref {
  std::string anchor;
  std::uint8_t marks = 0;
  // The page shown until a reader computes the reference, for writers that
  // cannot estimate pages themselves (ODT); 0: "1". The DOCX writer caches
  // its own estimate.
  int estimate = 0;
};

using inline_node = std::variant<text_run, line_break, field, link, picture, page_ref>;
using inlines = std::vector<inline_node>;

// ----------------------------------------------------------------- blocks

// Places a paragraph or heading in an instance of a numbering scheme.
struct numbering_ref {
  std::size_t sequence = 0;  // index into document::sequences
  int level = 0;             // 0-based level within the scheme
};

enum class alignment { left, centre, right, justify };

// A paragraph in a named style role ("body-text", "numbered-paragraph", ...).
struct paragraph {
  std::string role = "body-text";
  inlines content;
  std::optional<numbering_ref> numbering;
  std::optional<alignment> align;  // direct override; normally the style decides
};

// A heading at level 1-3; style role "heading-<level>" unless `role` is set.
struct heading {
  int level = 1;
  inlines content;
  std::optional<numbering_ref> numbering;  // unset: not numbered
  std::string anchor;                      // target for "#anchor" links; unique when set
  bool in_toc = true;
  std::string role;  // empty: "heading-<level>"
};

struct block;

struct list_item {
  std::vector<block> blocks;  // the first paragraph carries the label
};

// A bullet or numbered list; nested lists inside items are one level deeper.
// The scheme of `sequence` decides bullet or number, label and indentation.
struct list {
  std::size_t sequence = 0;
  std::vector<list_item> items;
};

struct table_cell {
  std::vector<block> blocks;  // may be empty: writers add the empty paragraph formats need
  int col_span = 1;
  int row_span = 1;
};

// A row holds only the cells that start in it; positions covered by a cell
// spanning from the left or from above are implicit.
struct table_row {
  std::vector<table_cell> cells;
};

struct table {
  std::vector<double> column_widths;  // relative weights, one per grid column
  std::vector<table_row> rows;
  int header_rows = 0;  // leading rows repeated at the top of every page
  inlines caption;      // empty: no caption; else "Table N: <caption>"
};

// Starts the next block on a new page.
struct page_break {};

// A table of contents listing the headings up to `levels`, linked to them.
struct table_of_contents {
  std::string title = "Contents";
  int levels = 3;
};

// The cover of a committee paper. Empty fields are left out.
struct title_block {
  std::string committee;       // "Budget & Performance Panel"
  std::string meeting_date;    // already formatted: "14 July 2009"
  std::string title;           // "Partnership Mapping & Evaluation"
  std::string report_of;       // as displayed: "Report of the Chief Executive"
  std::string classification;  // "This report is public"
  std::optional<picture> logo;
};

struct block {
  std::variant<paragraph, heading, list, table, page_break, table_of_contents, title_block> node;
};

using blocks = std::vector<block>;

// --------------------------------------------------------------- document

enum class orientation { portrait, landscape };

// A run of pages with one page setup and one header and footer. Each section
// after the first starts on a new page.
struct section {
  orientation page_orientation = orientation::portrait;
  blocks header;  // paragraphs only (text, fields, pictures)
  blocks footer;
  blocks body;
  // Non-empty: this section starts a *part* of a compound document (a report
  // in an agenda pack), which runs to the next section that starts one. The
  // anchor names the part's first page for page references and "#anchor"
  // links (unique among all anchors); table captions count from 1 again in
  // each part, and a table of contents inside a part lists its headings only.
  std::string part_anchor;
};

// An instance of a numbering scheme. Everything that refers to the same
// sequence continues one count; a new sequence starts again at `start`.
struct sequence {
  std::string scheme;
  int start = 1;
};

// An embedded image file, shared by every picture that refers to it.
struct image {
  std::string data;  // the PNG or JPEG bytes
  media::image_info info;
};

struct metadata {
  std::string title;
  std::string subject;
  std::string author;
  std::vector<std::string> keywords;
  std::string description;
  std::string language = "en-GB";
  std::string created;   // ISO 8601 UTC, "2009-07-14T00:00:00Z"; empty: left out
  std::string modified;  // ISO 8601 UTC; empty: left out
  std::string status;    // "draft", "cleared", "signed-off" (DOCX contentStatus); empty: left out
  std::vector<std::pair<std::string, std::string>> custom;  // in order, names unique
};

// Where a document's headings and parts fall on pages, as the DOCX writer
// estimates it (docx::estimate_pages) for the cached results of its page
// fields. By ordinal: the 1-based page of each heading, and of the start of
// each part (section::part_anchor).
struct page_estimate {
  std::vector<int> heading_pages;
  std::vector<int> part_pages;
  int pages = 1;  // the page count
};

struct document {
  metadata meta;
  std::vector<image> images;
  std::vector<sequence> sequences;
  std::vector<section> sections;
  // The page estimate, when a stage before the writers has made it already
  // (an agenda pack sets its page references from it): the DOCX writer then
  // uses it rather than laying the pages out again. It depends only on the
  // tree's content and the house style, which the stage must not change
  // afterwards; page references' estimates do not count, as the layout
  // measures every reference as "00".
  std::optional<page_estimate> pages;
};

}  // namespace cp::doc
