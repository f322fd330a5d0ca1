// SPDX-License-Identifier: MIT
#include "xml/xml_tree.hpp"

#include <libxml/xmlsave.h>

#include <memory>

#include "util/error.hpp"

namespace cp::xml {
namespace {

const xmlChar* x(const char* s) {
  return reinterpret_cast<const xmlChar*>(s);
}
std::string_view sv(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

bool same_ns(const xmlNs* n, std::string_view ns) {
  return ns.empty() ? n == nullptr : (n && sv(n->href) == ns);
}

struct buffer_deleter {
  void operator()(xmlBuffer* b) const { xmlBufferFree(b); }
};

}  // namespace

bool is(const xmlNode* n, std::string_view ns, std::string_view local) {
  return n && n->type == XML_ELEMENT_NODE && sv(n->name) == local && same_ns(n->ns, ns);
}

std::vector<xmlNode*> children(const xmlNode* parent, std::string_view ns, std::string_view local) {
  std::vector<xmlNode*> out;
  if (!parent) return out;
  for (xmlNode* c = parent->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && (local.empty() || is(c, ns, local))) out.push_back(c);
  return out;
}

xmlNode* child(const xmlNode* parent, std::string_view ns, std::string_view local) {
  if (!parent) return nullptr;
  for (xmlNode* c = parent->children; c; c = c->next)
    if (is(c, ns, local)) return c;
  return nullptr;
}

std::vector<xmlNode*> descendants(xmlNode* root) {
  std::vector<xmlNode*> out;
  if (!root) return out;
  // Iterative, so a deeply nested hostile file cannot overflow the stack.
  xmlNode* n = root;
  while (n) {
    if (n->type == XML_ELEMENT_NODE) out.push_back(n);
    if (n->type == XML_ELEMENT_NODE && n->children) {
      n = n->children;
      continue;
    }
    while (n && n != root && !n->next) n = n->parent;
    if (!n || n == root) break;
    n = n->next;
  }
  return out;
}

std::optional<std::string> attr(const xmlNode* n, std::string_view ns, std::string_view local) {
  if (!n) return std::nullopt;
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    if (sv(a->name) != local || !same_ns(a->ns, ns)) continue;
    xmlChar* v = xmlNodeListGetString(n->doc, a->children, 1);
    std::string out = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return out;
  }
  return std::nullopt;
}

void set_attr(xmlNode* n, std::string_view ns, std::string_view prefix, std::string_view local,
              std::string_view value) {
  std::string name(local), val(value);
  if (ns.empty()) {
    xmlSetProp(n, x(name.c_str()), x(val.c_str()));
    return;
  }
  std::string uri(ns);
  xmlNs* found = xmlSearchNsByHref(n->doc, n, x(uri.c_str()));
  if (!found) {
    xmlNode* root = xmlDocGetRootElement(n->doc);
    std::string p(prefix);
    found = xmlNewNs(root, x(uri.c_str()), x(p.c_str()));
    if (!found) throw error("cannot declare the namespace " + uri);
  }
  xmlSetNsProp(n, found, x(name.c_str()), x(val.c_str()));
}

void remove_attr(xmlNode* n, std::string_view ns, std::string_view local) {
  for (xmlAttr* a = n->properties; a; a = a->next)
    if (sv(a->name) == local && same_ns(a->ns, ns)) {
      xmlRemoveProp(a);
      return;
    }
}

std::vector<attribute_value> attributes(const xmlNode* n) {
  std::vector<attribute_value> out;
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    xmlChar* v = xmlNodeListGetString(n->doc, a->children, 1);
    out.push_back({std::string(a->ns ? sv(a->ns->href) : ""), std::string(sv(a->name)),
                   v ? reinterpret_cast<const char*>(v) : ""});
    xmlFree(v);
  }
  return out;
}

xmlNode* import_child(xmlNode* parent, const xmlNode* node) {
  xmlNode* copy = xmlDocCopyNode(const_cast<xmlNode*>(node), parent->doc, 1);
  if (!copy) throw error("out of memory copying XML");
  xmlAddChild(parent, copy);
  tidy_namespaces(copy);
  return copy;
}

void tidy_namespaces(xmlNode* n) {
  // The copy declared what it uses on itself; where an ancestor declares the
  // same, the ancestor's declaration serves and the copy's goes.
  // 1 is XML_DOM_RECONNS_REMOVEREDUND, which libxml2 does not export.
  constexpr int remove_redundant = 1;
  xmlDOMWrapReconcileNamespaces(nullptr, n, remove_redundant);
}

std::string dump(xmlDoc* d, const xmlNode* n) {
  std::unique_ptr<xmlBuffer, buffer_deleter> buf(xmlBufferCreate());
  if (!buf) throw error("out of memory serialising XML");
  xmlNodeDump(buf.get(), d, const_cast<xmlNode*>(n), 0, 0);
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buf.get())),
                     static_cast<std::size_t>(xmlBufferLength(buf.get())));
}

std::string dump_document(xmlDoc* d) {
  xmlChar* out = nullptr;
  int size = 0;
  xmlDocDumpMemoryEnc(d, &out, &size, "UTF-8");
  std::string s(reinterpret_cast<const char*>(out), static_cast<std::size_t>(size));
  xmlFree(out);
  return s;
}

}  // namespace cp::xml
