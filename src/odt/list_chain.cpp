// SPDX-License-Identifier: MIT
// Opening and closing nested text:list / text:list-item elements.
#include "odt/list_chain.hpp"

namespace cp::odt::detail {

void list_chain::begin(xml::writer& w, std::size_t owner, const list_start& start) {
  end(w);
  owner_ = owner;
  w.open("text:list").attr("xml:id", start.id);
  if (!start.style.empty()) w.attr("text:style-name", start.style);
  if (!start.continues.empty()) w.attr("text:continue-list", start.continues);
  lists_ = 1;
  item_open_ = false;
}

void list_chain::open_item(xml::writer& w, const char* element) {
  w.open(element);
  item_open_ = true;
}

void list_chain::return_to(xml::writer& w, int level) {
  while (lists_ > level + 1) {
    if (item_open_) w.close();
    w.close();
    --lists_;
    item_open_ = true;  // back inside the item that held the nested list
  }
}

void list_chain::descend_to(xml::writer& w, int level) {
  return_to(w, level);
  while (lists_ < level + 1) {
    if (!item_open_) open_item(w, "text:list-item");  // a wrapper: holds only the nested list
    w.open("text:list");
    ++lists_;
    item_open_ = false;
  }
  if (item_open_) {
    w.close();
    item_open_ = false;
  }
}

void list_chain::enter_item(xml::writer& w, int level) {
  descend_to(w, level);
  open_item(w, "text:list-item");
}

void list_chain::enter_header(xml::writer& w, int level) {
  descend_to(w, level);
  open_item(w, "text:list-header");
}

void list_chain::end(xml::writer& w) {
  return_to(w, 0);
  if (lists_ == 1) {
    if (item_open_) w.close();
    w.close();
  }
  lists_ = 0;
  item_open_ = false;
}

}  // namespace cp::odt::detail
