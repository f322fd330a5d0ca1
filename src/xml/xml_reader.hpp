// SPDX-License-Identifier: MIT
// Safe parsing of XML with libxml2: no network, no DTD loading, no external
// or expanding entities, so hostile markup cannot reach files or explode.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <libxml/parser.h>
#include <libxml/tree.h>

namespace cp::xml {

struct doc_deleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using doc_ptr = std::unique_ptr<xmlDoc, doc_deleter>;

// Sets up libxml2's global state. Call once before threads parse (papers
// build --jobs): libxml2 2.9 does it lazily on first use, which races.
void prepare_for_threads();

// Parses `text`; throws cp::error ("name:line:col: message") on
// the first well-formedness error or on any DOCTYPE (which we never need).
doc_ptr parse(std::string_view text, const std::string& name);

// Parses `text` as parse() does, sending libxml2's SAX2 events to `sax`
// instead of building a tree (its DOCTYPE handler is parse_events' own).
// Each callback gets the parser context as its ctx: event_user(ctx) is
// `user`, event_line(ctx) the line the parser has reached (where libxml2's
// own tree dates each node). Throws as parse() does.
void parse_events(std::string_view text, const std::string& name, xmlSAXHandler& sax, void* user);
void* event_user(void* ctx);
int event_line(void* ctx);

// Namespace prefixes for XPath queries over OOXML and ODF parts.
const std::vector<std::pair<std::string, std::string>>& known_namespaces();

// Runs an XPath 1.0 expression; the nodes it selects, in document order.
std::vector<xmlNode*> select(xmlDoc* d, const std::string& xpath);
// The string value of an XPath expression (e.g. "string(//w:t)" or "count(//w:p)").
std::string evaluate(xmlDoc* d, const std::string& xpath);

// Text content of a node (all descendant text), and an attribute value ("" if absent).
std::string content(const xmlNode* n);
// The text of a text or CDATA node, read in place (content() copies it twice).
std::string_view text_of(const xmlNode* n);
std::string attribute(const xmlNode* n, const char* name, const char* ns_href = nullptr);
// The first attribute of `n` called `name`, in any namespace or none (as
// attribute() without ns_href finds it), or nullptr.
const xmlAttr* find_attribute(const xmlNode* n, std::string_view name);
// An attribute's value, read in place when it is one text node (always, in
// a document without a DTD); otherwise assembled into `spill`, which the view
// then refers to. Costs no allocation in the usual case.
std::string_view value_of(const xmlAttr* a, std::string& spill);
// The value of attribute `name` on `n` as value_of() reads it, "" when `n`
// has none.
std::string_view attribute_in_place(const xmlNode* n, std::string_view name, std::string& spill);

// Whether `s` is a URI the official schemas accept as xs:anyURI (what
// relationship targets and xlink:href must be): RFC 3986 syntax as libxml2
// checks it, after the characters the schema type allows unescaped.
bool is_uri(std::string_view s);

// The document re-serialised with indentation, for golden files and diffs.
std::string pretty(xmlDoc* d);

}  // namespace cp::xml
