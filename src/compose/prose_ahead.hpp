// SPDX-License-Identifier: MIT
// The CommonMark of a long markup document's <prose> elements, parsed by
// cmark on a helper thread from the last one back while the markup reader
// takes them from the first, when a core is free: cmark was the largest
// part of reading a long paper's markup, and each text parses alone (what
// the reader then does with the blocks, numbering them, stays in order on
// the reader's thread). Either way every text is parsed by the same
// parse_markdown, so the tree is the same. The reader never waits for a
// text: on a busy machine the helper may lose its core for a while. Only
// when it is done does it wait for the helper to finish the one text it
// is on, so that no thread outlives the composing of its paper.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "compose/markdown.hpp"
#include "compose/markup_nodes.hpp"

namespace cp::compose {

// The text of a <prose> element: its one text node, read in place, or all
// its text assembled into `assembled`.
std::string_view prose_text(const markup_node* prose, std::string& assembled);

class prose_ahead {
 public:
  // Collects the <prose> texts of `d` in document order; with `helper`
  // (and enough of them to be worth a thread), parses them on a thread of
  // its own.
  prose_ahead(const markup_document& d, bool helper);
  // Tells the helper to stop after the text it is on, and waits for it.
  ~prose_ahead();
  prose_ahead(const prose_ahead&) = delete;
  prose_ahead& operator=(const prose_ahead&) = delete;

  // The blocks of <prose> element `n`, whose text is `text`: the helper's
  // when `n` is the next one in document order and the helper has done it,
  // else parsed here and now.
  std::vector<prose_block> take(const markup_node* n, std::string_view text);

 private:
  struct work;  // the texts and their blocks, shared with the helper
  std::unique_ptr<work> work_;
  std::thread helper_;
  std::vector<const markup_node*> nodes_;  // the <prose> elements, in order
  std::size_t next_ = 0;                   // the reader's next one
};

}  // namespace cp::compose
