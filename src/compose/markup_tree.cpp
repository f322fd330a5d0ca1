// SPDX-License-Identifier: MIT
#include "compose/markup_tree.hpp"

#include <libxml/parserInternals.h>  // xmlStringText, the name of every text node

#include <cstring>

namespace cp::compose {

markup_tree::markup_tree() {
  doc_.type = XML_DOCUMENT_NODE;
  doc_.doc = &doc_;
}

markup_tree::~markup_tree() = default;

template <typename T>
T* markup_tree::allocate(blocks<T>& b) {
  constexpr std::size_t per_block = 256;
  if (b.all.empty() || b.used == per_block) {
    b.all.emplace_back(new T[per_block]);  // not zeroed here: only what is used, below
    b.used = 0;
  }
  T* t = &b.all.back()[b.used++];
  std::memset(static_cast<void*>(t), 0, sizeof(T));  // libxml2's structs are C: all fields zero
  return t;
}

const xmlChar* markup_tree::keep(std::string_view s) {
  constexpr std::size_t block = 16384;
  const std::size_t n = s.size() + 1;
  char* p;
  if (n > block / 4) {
    long_texts_.emplace_back(new char[n]);  // not zeroed: every byte is written
    p = long_texts_.back().get();
  } else {
    if (text_room_ < n) {
      text_blocks_.emplace_back(new char[block]);
      text_room_ = block;
    }
    p = text_blocks_.back().get() + (block - text_room_);
    text_room_ -= n;
  }
  std::memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  return reinterpret_cast<const xmlChar*>(p);
}

xmlNode* markup_tree::new_element(const xmlChar* name) {
  xmlNode* e = allocate(nodes_);
  e->type = XML_ELEMENT_NODE;
  e->name = name;
  e->doc = &doc_;
  return e;
}

xmlNode* markup_tree::new_text(std::string_view text) {
  xmlNode* t = allocate(nodes_);
  t->type = XML_TEXT_NODE;
  t->name = xmlStringText;
  t->content = const_cast<xmlChar*>(keep(text));
  t->doc = &doc_;
  return t;
}

xmlAttr* markup_tree::new_attribute(xmlNode* element, xmlAttr* last, const xmlChar* name,
                                    std::string_view value) {
  xmlAttr* a = allocate(attributes_);
  a->type = XML_ATTRIBUTE_NODE;
  a->name = name;
  a->parent = element;
  a->doc = &doc_;
  xmlNode* t = new_text(value);
  t->parent = reinterpret_cast<xmlNode*>(a);
  a->children = a->last = t;
  if (last) {
    last->next = a;
    a->prev = last;
  } else {
    element->properties = a;
  }
  return a;
}

}  // namespace cp::compose
