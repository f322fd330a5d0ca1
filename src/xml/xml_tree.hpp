// SPDX-License-Identifier: MIT
// Walking and editing documents parsed by xml::parse: elements by namespace
// URI and local name (never by prefix, which the author of a file chooses),
// attributes, and serialising a document or one element again.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <libxml/tree.h>

namespace cp::xml {

// The element's namespace URI and local name are these.
bool is(const xmlNode* n, std::string_view ns, std::string_view local);
// Element children of `parent` with this name (all element children when `local` is empty).
std::vector<xmlNode*> children(const xmlNode* parent, std::string_view ns = {},
                               std::string_view local = {});
// The first such child, or nullptr.
xmlNode* child(const xmlNode* parent, std::string_view ns, std::string_view local);
// Every element at or below `root`, in document order.
std::vector<xmlNode*> descendants(xmlNode* root);

// An attribute's value; `ns` empty for an attribute without a namespace.
std::optional<std::string> attr(const xmlNode* n, std::string_view ns, std::string_view local);
// Sets an attribute in namespace `ns`, declaring `prefix` for it on the root
// element when the document has no prefix for that namespace yet.
void set_attr(xmlNode* n, std::string_view ns, std::string_view prefix, std::string_view local,
              std::string_view value);
void remove_attr(xmlNode* n, std::string_view ns, std::string_view local);

// Every attribute of `n` as (namespace URI, local name, value).
struct attribute_value {
  std::string ns;
  std::string local;
  std::string value;
};
std::vector<attribute_value> attributes(const xmlNode* n);

// Copies `node` (deeply) from another document as the last child of
// `parent`, fixing namespace declarations; returns the copy.
xmlNode* import_child(xmlNode* parent, const xmlNode* node);
// Fixes the namespace declarations of `n` after it moved: what it needs is
// declared, what an ancestor already declares is not declared again.
void tidy_namespaces(xmlNode* n);

// The element and its content as markup, with the prefixes it uses but
// without namespace declarations made on its ancestors.
std::string dump(xmlDoc* d, const xmlNode* n);
// The whole document, XML declaration first.
std::string dump_document(xmlDoc* d);

}  // namespace cp::xml
