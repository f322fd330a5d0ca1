// SPDX-License-Identifier: MIT
// Decides the w:abstractNum and w:num ids of a document before any part is written.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.hpp"
#include "style/house_style.hpp"
#include "util/string_map.hpp"

namespace cp::docx::detail {

// A paragraph's place in a w:num. num_id 0 means "not numbered": it cancels
// numbering a paragraph would otherwise get from its style.
struct num_ref {
  int num_id = 0;
  int ilvl = 0;
};

// One w:abstractNum: a numbering scheme of the house style, or a copy of
// one for a further sequence of a numbered scheme.
//
// Word and LibreOffice keep list counters per w:abstractNum: w:num elements
// sharing one continue each other's count even with start overrides (an
// appendix's first "%1.%2" paragraph would show "3.1", not "1.1"). So only
// the first sequence of a scheme uses the scheme's own definition (the one
// styles are linked to); every further sequence of a scheme that shows
// numbers gets a copy. Bullet schemes show no counters and share one.
struct abstract_plan {
  const style::numbering_scheme* scheme = nullptr;
  int abstract_id = 0;
  std::string nsid;         // 8 hex digits derived from the scheme name (and copy)
  bool style_links = true;  // levels name their paragraph style (w:pStyle)
};

// One w:num: a sequence of the document (all the sequences of a bullet
// scheme, which have no counters to restart, share the first one's), or the stand-in for a scheme
// that styles are bound to but that the document never uses.
struct num_plan {
  int num_id = 0;
  int abstract_id = 0;
  const style::numbering_scheme* scheme = nullptr;
  int start = 1;  // the start of level 0; deeper levels start at 1
};

// Where our ids start, so they can sit next to a reference document's own
// numbering definitions (docs/reference-documents.md) without clashing.
struct numbering_base {
  int first_abstract_id = 0;
  int first_num_id = 1;
  std::set<std::string> taken_nsids;
};

class numbering_plan {
 public:
  numbering_plan(const doc::document& d, const style::house_style& hs,
                 const numbering_base& base = {});

  const std::vector<abstract_plan>& abstracts() const { return abstracts_; }
  const std::vector<num_plan>& nums() const { return nums_; }

  // The w:num of a sequence and the level within it (clamped to the scheme's levels).
  num_ref for_sequence(std::size_t sequence, int level) const;
  const style::numbering_level& level(std::size_t sequence, int level) const;

  // The numbering a paragraph style carries in styles.xml: its own binding
  // (the level naming its role), num_id 0 when it would otherwise inherit a
  // parent's binding, nothing when neither applies.
  std::optional<num_ref> style_numbering(std::string_view role) const;
  // Whether a paragraph of this role is numbered by its style alone, so an
  // unnumbered paragraph in it needs an explicit num_id 0.
  bool numbered_by_style(std::string_view role) const;

 private:
  const style::house_style& style_;
  std::vector<abstract_plan> abstracts_;
  std::vector<num_plan> nums_;                // sequences first, in order, then stand-ins
  std::vector<std::size_t> num_of_sequence_;  // sequence -> its place in nums_
  string_map<num_ref> bindings_;              // role -> its own binding; looked up per paragraph
};

// FNV-1a of the scheme name as 8 upper-case hex digits: stable across runs.
std::string nsid_for(std::string_view scheme_name);

}  // namespace cp::docx::detail
