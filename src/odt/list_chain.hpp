// SPDX-License-Identifier: MIT
// The text:list elements open for one list: blocks at a level go into a
// text:list-item nested that deep, deeper levels nest inside the last item,
// and a level reached without its parent gets wrapper items holding only the
// nested list (no paragraph, so no label and no count).
#pragma once

#include <cstddef>
#include <string>

#include "xml/xml_writer.hpp"

namespace cp::odt::detail {

// Attributes of the outermost text:list.
struct list_start {
  std::string id;         // xml:id
  std::string style;      // text:style-name
  std::string continues;  // text:continue-list: xml:id of the list this one continues; empty: none
};

class list_chain {
 public:
  bool is_open() const { return lists_ > 0; }
  // What the caller associates with the open list (a sequence index).
  std::size_t owner() const { return owner_; }

  // Opens the outermost text:list.
  void begin(xml::writer& w, std::size_t owner, const list_start& start);
  // Opens a new text:list-item at `level` (0-based) for the next block,
  // closing deeper levels and opening missing ones.
  void enter_item(xml::writer& w, int level);
  // Goes back into the open item at `level`, closing deeper lists, so that
  // further blocks of that item follow its nested list.
  void return_to(xml::writer& w, int level);
  // Opens a text:list-header (an item without label) at `level`: the rest of
  // an item that had to be split around content lists cannot hold.
  void enter_header(xml::writer& w, int level);
  // Closes everything.
  void end(xml::writer& w);

 private:
  void descend_to(xml::writer& w, int level);
  void open_item(xml::writer& w, const char* element);

  std::size_t owner_ = 0;
  int lists_ = 0;           // text:list elements open
  bool item_open_ = false;  // whether the innermost list has an item open
};

}  // namespace cp::odt::detail
