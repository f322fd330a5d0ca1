// SPDX-License-Identifier: MIT
// The CommonMark of a markup document's <prose> elements, parsed by cmark
// on a helper thread ahead of the markup reader that takes it, when a core
// is free: cmark was the largest part of reading a long paper's markup,
// and each text parses alone (what the reader then does with the blocks,
// numbering them, stays in order on the reader's thread). Either way every
// text is parsed by the same parse_markdown, so the tree is the same.
#pragma once

#include <atomic>
#include <cstddef>
#include <deque>
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
  ~prose_ahead();
  prose_ahead(const prose_ahead&) = delete;
  prose_ahead& operator=(const prose_ahead&) = delete;

  // The blocks of <prose> element `n`, whose text is `text`: the helper's
  // when `n` is the next one in document order and it has begun them (then
  // waits for it), else parsed here and now.
  std::vector<prose_block> take(const markup_node* n, std::string_view text);

 private:
  enum state : int { waiting, taken, done, failed };
  struct item {
    const markup_node* node = nullptr;
    std::string_view text;
    std::vector<prose_block> blocks;
    std::atomic<int> state{waiting};
  };
  void run();

  std::deque<std::string> assembled_;
  std::unique_ptr<item[]> items_;
  std::size_t count_ = 0;
  std::size_t next_ = 0;  // the reader's next item
  std::atomic<bool> stop_{false};
  std::thread helper_;
};

}  // namespace cp::compose
