// SPDX-License-Identifier: MIT
// What the DOCX and ODT readers of placed documents share: gathering blocks
// into sections, turning runs of list paragraphs into nested lists, images,
// links and the notes about what was left out.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "agenda/placed_document.hpp"

namespace cp::agenda::detail {

// One paragraph of a list, as found: the source list it belongs to, its
// level there, and whether that level is bulleted.
struct list_entry {
  std::string list_key;  // e.g. the DOCX numId or the ODT list's xml:id / style
  int level = 0;
  bool bullet = true;
  doc::paragraph para;
};

// Collects blocks into a list of blocks, gathering consecutive list
// paragraphs into (nested) doc::lists. A sequence is kept per source list and
// scheme, so a list interrupted by other content continues its count.
class block_sink {
 public:
  // `sequences`: source list and scheme -> sequence of `d`, shared by every
  // sink of one document (a list may go on in another table cell).
  block_sink(doc::document& d, std::map<std::string, std::size_t>& sequences, doc::blocks& out)
      : d_(d), sequences_(sequences), out_(&out) {}
  block_sink(const block_sink&) = delete;
  block_sink& operator=(const block_sink&) = delete;
  ~block_sink() { flush(); }

  void add(doc::block b);
  void add_list_paragraph(list_entry e);
  // Ends a list in progress (before content that is not a list paragraph).
  void flush();
  doc::blocks& out() { return *out_; }
  // Writes to `out` from now on (a new section); pending lists are flushed first.
  void retarget(doc::blocks& out) {
    flush();
    out_ = &out;
  }

 private:
  doc::list build(std::size_t& i, int level, const std::string& key);
  std::size_t sequence_for(const std::string& key, bool bullet);

  doc::document& d_;
  std::map<std::string, std::size_t>& sequences_;
  doc::blocks* out_;
  std::vector<list_entry> pending_;
};

// Shared state of one placed document's conversion.
class tree_state {
 public:
  tree_state(const std::string& name, const style::house_style& hs) : name(name), hs(hs) {}

  const std::string& name;
  const style::house_style& hs;
  placed_document result;
  std::map<std::string, std::size_t> sequences;  // for block_sink

  // Adds image bytes (PNG or JPEG; probed) found at `part`, returning its
  // index; nothing (and a note) for another format or a broken image.
  std::optional<std::size_t> image(const std::string& part, const std::string& bytes);
  // A note, kept once per text.
  void note(const std::string& text);
  // Counts something left out; finish() reports each once with its count
  // ("embedded objects left out: 2").
  void left_out(const std::string& what) { ++left_out_[what]; }
  // Turns the counts into notes.
  void finish();
  // The deepest list level the house style's list schemes have (0-based).
  int max_list_level() const;

  // A link target kept as a link: http(s) and mailto URIs only.
  static bool usable_link(const std::string& target);

 private:
  std::map<std::string, std::size_t> images_;  // part -> index
  std::map<std::string, int> left_out_;
  std::set<std::string> noted_;
};

// Guards recursion into nested content (libxml2 already limits nesting depth).
constexpr int max_depth = 64;

// The paragraph's plain text, for deciding whether it is empty.
bool is_empty(const doc::paragraph& p);

// Trims the text runs of a paragraph: white space at either end goes.
void trim(doc::inlines& content);

// Makes a table read from a file one the writers take: spans that overlap or
// run past the table (a damaged or hostile file) are dropped, and there is a
// column width for every column its rows use.
void settle_table(doc::table& t);

// Appends text with `marks`, merging it into the last run when that has the
// same marks (files split runs for reasons of their own: spelling, edits).
void append_text(doc::inlines& content, std::string_view text, std::uint8_t marks);

}  // namespace cp::agenda::detail
