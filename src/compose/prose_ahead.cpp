// SPDX-License-Identifier: MIT
#include "compose/prose_ahead.hpp"

#include "compose/markup_reader.hpp"

namespace cp::compose {
namespace {

// Below this many texts a thread costs about what it saves.
constexpr std::size_t min_texts_for_helper = 32;

void collect(const markup_node* n, std::vector<const markup_node*>& out) {
  for (; n; n = n->next) {
    if (!n->is_element()) continue;
    if (n->element == markup_element::prose)
      out.push_back(n);
    else
      collect(n->children, out);
  }
}

}  // namespace

std::string_view prose_text(const markup_node* prose, std::string& assembled) {
  const markup_node* only = prose->children;
  if (only && !only->next && only->is_text()) return only->text;
  assembled = prose->content();
  return assembled;
}

prose_ahead::prose_ahead(const markup_document& d, bool helper) {
  if (!helper) return;
  std::vector<const markup_node*> found;
  collect(d.root(), found);
  if (found.size() < min_texts_for_helper) return;
  count_ = found.size();
  items_ = std::make_unique<item[]>(count_);
  for (std::size_t i = 0; i < count_; ++i) {
    std::string assembled;
    items_[i].node = found[i];
    std::string_view text = prose_text(found[i], assembled);
    if (text.empty())
      text = {};
    else if (text.data() == assembled.data())
      text = assembled_.emplace_back(std::move(assembled));
    items_[i].text = text;
  }
  helper_ = std::thread([this] { run(); });
}

prose_ahead::~prose_ahead() {
  stop_ = true;
  if (helper_.joinable()) helper_.join();
}

void prose_ahead::run() {
  for (std::size_t i = 0; i < count_ && !stop_; ++i) {
    item& it = items_[i];
    int expected = waiting;
    if (!it.state.compare_exchange_strong(expected, taken)) continue;  // the reader has it
    int outcome = done;
    try {
      it.blocks = parse_markdown(it.text);
    } catch (...) {
      outcome = failed;  // the reader parses it again and meets the failure itself
    }
    it.state = outcome;
    it.state.notify_one();
  }
}

std::vector<prose_block> prose_ahead::take(const markup_node* n, std::string_view text) {
  if (next_ < count_ && items_[next_].node == n) {
    item& it = items_[next_++];
    int expected = waiting;
    if (!it.state.compare_exchange_strong(expected, taken)) {
      it.state.wait(taken);
      if (it.state == done) return std::move(it.blocks);
    }
  }
  return parse_markdown(text);
}

}  // namespace cp::compose
