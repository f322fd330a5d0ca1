// SPDX-License-Identifier: MIT
#include "compose/program_check.hpp"

#include <fmt/format.h>

#include "compose/markup_program.hpp"
#include "util/error.hpp"
#include "xml/xml_reader.hpp"

namespace cp::compose {
namespace {

std::string node_name(const xmlNode* n) {
  return n->name ? reinterpret_cast<const char*>(n->name) : "";
}

// Where two sibling lists first differ ("" when they are the same): node
// types, names, attributes in order with their values, text, children.
std::string difference(const xmlNode* a, const xmlNode* b, const std::string& at) {
  for (; a || b; a = a ? a->next : nullptr, b = b ? b->next : nullptr) {
    if (!a || !b) return at + ": one has more nodes (" + (a ? node_name(a) : node_name(b)) + ")";
    if (a->type != b->type)
      return fmt::format("{}: node type {} against {}", at, static_cast<int>(a->type),
                         static_cast<int>(b->type));
    if (a->type != XML_ELEMENT_NODE) {
      if (xml::text_of(a) != xml::text_of(b))
        return fmt::format("{}: text \"{}\" against \"{}\"", at, xml::text_of(a), xml::text_of(b));
      continue;
    }
    std::string here = at + "/" + node_name(a);
    if (node_name(a) != node_name(b)) return here + ": element against " + node_name(b);
    const xmlAttr* x = a->properties;
    const xmlAttr* y = b->properties;
    for (; x || y; x = x ? x->next : nullptr, y = y ? y->next : nullptr) {
      if (!x || !y) return here + ": a different number of attributes";
      std::string name = reinterpret_cast<const char*>(x->name);
      if (name != reinterpret_cast<const char*>(y->name))
        return here + ": attributes in another order";
      std::string s1, s2;
      std::string_view v1 = xml::value_of(x, s1), v2 = xml::value_of(y, s2);
      if (v1 != v2) return fmt::format("{}@{}: \"{}\" against \"{}\"", here, name, v1, v2);
    }
    if (auto d = difference(a->children, b->children, here); !d.empty()) return d;
  }
  return "";
}

}  // namespace

std::string program_difference(const template_set& set, std::string_view name, const view& v) {
  std::unique_ptr<markup_tree> built = set.build_markup(name, v);
  std::string text = set.render(name, v);
  xml::doc_ptr parsed;
  try {
    parsed = xml::parse(text, "rendered");
  } catch (const error& e) {
    if (!built) return "";
    return std::string("the program built a tree from text that does not parse: ") + e.what();
  }
  if (!built) {
    // Declining is always safe; these are the reasons it may.
    return "";
  }
  return difference(built->doc()->children, parsed->children, "");
}

}  // namespace cp::compose
