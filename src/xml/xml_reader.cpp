// SPDX-License-Identifier: MIT
#include "xml/xml_reader.hpp"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/uri.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <climits>

#include <fmt/format.h>

#include "util/error.hpp"

namespace cp::xml {
namespace {

// Silences libxml2's default printing to stderr; errors are read from the context.
void ignore_errors(void*, const char*, ...) {}

struct xpath_context_deleter {
  void operator()(xmlXPathContext* c) const { xmlXPathFreeContext(c); }
};
struct xpath_object_deleter {
  void operator()(xmlXPathObject* o) const { xmlXPathFreeObject(o); }
};
using context_ptr = std::unique_ptr<xmlXPathContext, xpath_context_deleter>;
using object_ptr = std::unique_ptr<xmlXPathObject, xpath_object_deleter>;

context_ptr make_context(xmlDoc* d) {
  context_ptr ctx(xmlXPathNewContext(d));
  if (!ctx) throw error("cannot create an XPath context");
  for (const auto& [prefix, href] : known_namespaces())
    xmlXPathRegisterNs(ctx.get(), reinterpret_cast<const xmlChar*>(prefix.c_str()),
                       reinterpret_cast<const xmlChar*>(href.c_str()));
  return ctx;
}

object_ptr run(xmlDoc* d, const std::string& xpath) {
  auto ctx = make_context(d);
  object_ptr obj(
      xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath.c_str()), ctx.get()));
  if (!obj) throw error(fmt::format("invalid XPath expression: {}", xpath));
  return obj;
}

}  // namespace

void prepare_for_threads() {
  xmlInitParser();
}

namespace {

// The parser options of every parse: no XML_PARSE_NOENT (entities stay
// unexpanded), no DTDLOAD/DTDATTR, no network; NONET also blocks any
// external fetch we did not think of. COMPACT keeps text of up to 15 bytes
// (and short attribute values) inside its node instead of a separate
// allocation; readers see no difference. (NODICT would cost more: names
// copied per node instead of shared.)
constexpr int parse_options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOWARNING |
                              XML_PARSE_NOERROR | XML_PARSE_COMPACT;

// What parse_events' callbacks reach through the parser context.
struct event_state {
  void* user;
  bool doctype = false;
};

// Runs libxml2 over `text` with `sax` (null: its own, which builds the
// tree), `events` in the context's _private; returns the tree it built, if
// any. Throws cp::error ("name:line:col: message") on the first
// well-formedness error, and on a DOCTYPE.
xmlDoc* run_parser(std::string_view text, const std::string& name, xmlSAXHandler* sax,
                   event_state* events) {
  if (text.size() > static_cast<std::size_t>(INT_MAX))
    throw error(fmt::format("{}: XML too large", name));
  xmlSetGenericErrorFunc(nullptr, ignore_errors);
  // libxml2 keeps only the last error; the first one is where the markup broke.
  struct first_error {
    bool seen = false;
    std::string message;
    int line = 0;
    int column = 0;
  } first;
  xmlSetStructuredErrorFunc(&first, [](void* user, xmlErrorPtr e) {
    auto* f = static_cast<first_error*>(user);
    if (f->seen || !e || e->level < XML_ERR_ERROR) return;
    f->seen = true;
    f->message = e->message ? e->message : "not well-formed";
    while (!f->message.empty() && (f->message.back() == '\n' || f->message.back() == ' '))
      f->message.pop_back();
    f->line = e->line;
    f->column = e->int2;
  });
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (!ctxt) {
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    throw error("out of memory creating an XML parser");
  }
  if (sax) {
    // As xmlSAXUserParseMemory does: the context uses the caller's handler
    // (xmlCtxtReadMemory applies the options to it) and leaves it be. The
    // callbacks get the context itself (userData), so they can ask it for
    // the line.
    xmlFree(ctxt->sax);
    ctxt->sax = sax;
    ctxt->_private = events;
  }
  xmlDoc* d = xmlCtxtReadMemory(ctxt, text.data(), static_cast<int>(text.size()), name.c_str(),
                                "UTF-8", parse_options);
  bool well_formed = ctxt->wellFormed != 0;
  if (sax) ctxt->sax = nullptr;
  xmlFreeParserCtxt(ctxt);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  doc_ptr owned(d);
  if ((events && events->doctype) || (d && (d->intSubset || d->extSubset)))
    throw error(fmt::format("{}: a DOCTYPE is not allowed here", name));
  if (first.seen)
    throw error(fmt::format("{}:{}:{}: {}", name, first.line, first.column, first.message));
  if (!well_formed || (!sax && !d)) throw error(fmt::format("{}: not well-formed XML", name));
  return owned.release();
}

}  // namespace

doc_ptr parse(std::string_view text, const std::string& name) {
  return doc_ptr(run_parser(text, name, nullptr, nullptr));
}

void parse_events(std::string_view text, const std::string& name, xmlSAXHandler& sax, void* user) {
  // The DOCTYPE is refused as soon as it starts: its declarations are
  // never read, let alone expanded.
  sax.internalSubset = [](void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
    auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    static_cast<event_state*>(ctxt->_private)->doctype = true;
    xmlStopParser(ctxt);
  };
  sax.initialized = XML_SAX2_MAGIC;
  event_state events{user};
  run_parser(text, name, &sax, &events);
}

void* event_user(void* ctx) {
  return static_cast<event_state*>(static_cast<xmlParserCtxtPtr>(ctx)->_private)->user;
}

int event_line(void* ctx) {
  return xmlSAX2GetLineNumber(ctx);
}

const std::vector<std::pair<std::string, std::string>>& known_namespaces() {
  static const std::vector<std::pair<std::string, std::string>> ns = {
      {"w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"},
      {"r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"},
      {"wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"},
      {"a", "http://schemas.openxmlformats.org/drawingml/2006/main"},
      {"pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"},
      {"rel", "http://schemas.openxmlformats.org/package/2006/relationships"},
      {"ct", "http://schemas.openxmlformats.org/package/2006/content-types"},
      {"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
      {"dc", "http://purl.org/dc/elements/1.1/"},
      {"dcterms", "http://purl.org/dc/terms/"},
      {"op", "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"},
      {"vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"},
      {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
      {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
      {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
      {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
      {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
      {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
      {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
      {"xlink", "http://www.w3.org/1999/xlink"},
      {"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
      {"manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"},
      {"loext", "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"},
  };
  return ns;
}

std::vector<xmlNode*> select(xmlDoc* d, const std::string& xpath) {
  auto obj = run(d, xpath);
  std::vector<xmlNode*> out;
  if (obj->type == XPATH_NODESET && obj->nodesetval)
    for (int i = 0; i < obj->nodesetval->nodeNr; ++i) out.push_back(obj->nodesetval->nodeTab[i]);
  return out;
}

std::string evaluate(xmlDoc* d, const std::string& xpath) {
  auto obj = run(d, xpath);
  xmlChar* s = xmlXPathCastToString(obj.get());
  std::string out = s ? reinterpret_cast<const char*>(s) : "";
  xmlFree(s);
  return out;
}

std::string content(const xmlNode* n) {
  xmlChar* s = xmlNodeGetContent(n);
  std::string out = s ? reinterpret_cast<const char*>(s) : "";
  xmlFree(s);
  return out;
}

std::string_view text_of(const xmlNode* n) {
  return n->content ? reinterpret_cast<const char*>(n->content) : "";
}

std::string attribute(const xmlNode* n, const char* name, const char* ns_href) {
  xmlChar* s = ns_href ? xmlGetNsProp(n, reinterpret_cast<const xmlChar*>(name),
                                      reinterpret_cast<const xmlChar*>(ns_href))
                       : xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  std::string out = s ? reinterpret_cast<const char*>(s) : "";
  xmlFree(s);
  return out;
}

const xmlAttr* find_attribute(const xmlNode* n, std::string_view name) {
  for (const xmlAttr* a = n->properties; a; a = a->next)
    if (std::string_view(reinterpret_cast<const char*>(a->name)) == name) return a;
  return nullptr;
}

std::string_view value_of(const xmlAttr* a, std::string& spill) {
  const xmlNode* c = a->children;
  if (!c) return {};
  if (!c->next && (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE))
    return text_of(c);
  // What xmlGetProp returns for anything else (entity references).
  xmlChar* s = xmlNodeListGetString(a->doc, c, 1);
  spill = s ? reinterpret_cast<const char*>(s) : "";
  xmlFree(s);
  return spill;
}

std::string_view attribute_in_place(const xmlNode* n, std::string_view name, std::string& spill) {
  const xmlAttr* a = find_attribute(n, name);
  return a ? value_of(a, spill) : std::string_view();
}

bool is_uri(std::string_view s) {
  // The same test libxml2's xs:anyURI validation makes (xmlschemastypes.c):
  // characters an IRI may hold but a URI may not are stood in for, then the
  // rest must parse.
  std::string tmp(s);
  for (char& c : tmp) {
    auto u = static_cast<unsigned char>(c);
    if (u < 32 || u >= 127 || std::string_view(" <>\"{}|\\^`'").find(c) != std::string_view::npos)
      c = '_';
  }
  xmlURIPtr uri = xmlParseURI(tmp.c_str());
  if (!uri) return false;
  xmlFreeURI(uri);
  return true;
}

std::string pretty(xmlDoc* d) {
  xmlChar* buf = nullptr;
  int size = 0;
  xmlDocDumpFormatMemoryEnc(d, &buf, &size, "UTF-8", 1);
  std::string out(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(size));
  xmlFree(buf);
  return out;
}

}  // namespace cp::xml
