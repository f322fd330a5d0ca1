// SPDX-License-Identifier: MIT
#include "compose/prose_ahead.hpp"

#include <atomic>

#include "compose/markup_reader.hpp"

namespace cp::compose {
namespace {

// Below this many texts a thread costs about what it saves.
constexpr std::size_t min_texts_for_helper = 64;

void collect(const markup_node* n, std::vector<const markup_node*>& out) {
  for (; n; n = n->next) {
    if (!n->is_element()) continue;
    if (n->element == markup_element::prose)
      out.push_back(n);
    else
      collect(n->children, out);
  }
}

enum state : int { waiting, taken, done, failed };

}  // namespace

// The texts are copied in, so that the reader may move on through its
// markup while the helper works on them.
struct prose_ahead::work {
  struct item {
    std::size_t begin = 0, size = 0;  // in `texts`
    std::vector<prose_block> blocks;
    std::atomic<int> state{waiting};
  };
  std::string texts;
  std::unique_ptr<item[]> items;
  std::size_t count = 0;
  std::atomic<bool> stop{false};

  // From the last text back: the reader takes them from the first, so the
  // two meet somewhere in between.
  void run() {
    for (std::size_t i = count; i-- > 0 && !stop;) {
      item& it = items[i];
      int expected = waiting;
      // The reader has come this far: it takes every text before this one too.
      if (!it.state.compare_exchange_strong(expected, taken)) return;
      try {
        it.blocks = parse_markdown(std::string_view(texts).substr(it.begin, it.size));
        it.state = done;
      } catch (...) {
        it.state = failed;  // the reader parses it again and meets the failure itself
      }
    }
  }
};

std::string_view prose_text(const markup_node* prose, std::string& assembled) {
  const markup_node* only = prose->children;
  if (only && !only->next && only->is_text()) return only->text;
  assembled = prose->content();
  return assembled;
}

prose_ahead::prose_ahead(const markup_document& d, bool helper) {
  if (!helper) return;
  collect(d.root(), nodes_);
  if (nodes_.size() < min_texts_for_helper) {
    nodes_.clear();
    return;
  }
  work_ = std::make_unique<work>();
  work_->count = nodes_.size();
  work_->items = std::make_unique<work::item[]>(work_->count);
  for (std::size_t i = 0; i < work_->count; ++i) {
    std::string assembled;
    std::string_view text = prose_text(nodes_[i], assembled);
    work_->items[i].begin = work_->texts.size();
    work_->items[i].size = text.size();
    work_->texts += text;
  }
  helper_ = std::thread([w = work_.get()] { w->run(); });
}

prose_ahead::~prose_ahead() {
  if (work_) work_->stop = true;
  if (helper_.joinable()) helper_.join();
}

std::vector<prose_block> prose_ahead::take(const markup_node* n, std::string_view text) {
  if (next_ < nodes_.size() && nodes_[next_] == n) {
    work::item& it = work_->items[next_++];
    int expected = waiting;
    // Done by the helper: its blocks. Not begun: the reader's now (the
    // helper stops there). Being parsed by the helper: parsed here as well
    // rather than waited for, and the helper's blocks are left unread.
    if (!it.state.compare_exchange_strong(expected, taken) && expected == done)
      return std::move(it.blocks);
  }
  return parse_markdown(text);
}

}  // namespace cp::compose
