// SPDX-License-Identifier: MIT
#include "xml/xml_sax.hpp"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <climits>
#include <cstring>
#include <exception>

#include <fmt/format.h>

#include "util/error.hpp"
#include "xml/xml_reader.hpp"

namespace cp::xml {
namespace {

std::string_view view(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

// Whether the prolog (before the root element) holds a DOCTYPE, so the
// reason can be named before libxml2 reads any declaration in it.
bool has_doctype(std::string_view t) {
  std::size_t i = t.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (i < t.size()) {
    if (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n') {
      ++i;
    } else if (t.substr(i).starts_with("<?")) {
      auto end = t.find("?>", i);
      if (end == std::string_view::npos) return false;
      i = end + 2;
    } else if (t.substr(i).starts_with("<!--")) {
      auto end = t.find("-->", i);
      if (end == std::string_view::npos) return false;
      i = end + 3;
    } else {
      return t.substr(i).starts_with("<!DOCTYPE");
    }
  }
  return false;
}

// What the callbacks share. libxml2 is C: nothing may be thrown through
// it, so a handler's exception is kept and the parser stopped.
struct session {
  sax_handler* h = nullptr;
  xmlParserCtxtPtr ctxt = nullptr;
  std::exception_ptr thrown;
  bool doctype = false;
  bool error_seen = false;
  std::string message;
  int line = 0;
  int column = 0;
};

session* of(void* ctx) {
  return static_cast<session*>(static_cast<xmlParserCtxtPtr>(ctx)->_private);
}

template <class F>
void guarded(void* ctx, F&& f) {
  session* s = of(ctx);
  if (s->thrown) return;
  try {
    f(*s);
  } catch (...) {
    s->thrown = std::current_exception();
    xmlStopParser(s->ctxt);
  }
}

void on_start(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* uri, int,
              const xmlChar**, int count, int, const xmlChar** attrs) {
  guarded(ctx, [&](session& s) {
    s.h->start(view(uri), view(local),
               sax_attributes(reinterpret_cast<const unsigned char**>(attrs), count));
  });
}

void on_end(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* uri) {
  guarded(ctx, [&](session& s) { s.h->end(view(uri), view(local)); });
}

void on_text(void* ctx, const xmlChar* chars, int len) {
  guarded(ctx, [&](session& s) {
    s.h->text(
        std::string_view(reinterpret_cast<const char*>(chars), static_cast<std::size_t>(len)));
  });
}

void on_doctype(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
  session* s = of(ctx);
  s->doctype = true;
  xmlStopParser(s->ctxt);
}

void on_error(void* user, xmlErrorPtr e) {
  auto* s = static_cast<session*>(user);
  if (s->error_seen || !e || e->level < XML_ERR_ERROR) return;
  s->error_seen = true;
  s->message = e->message ? e->message : "not well-formed";
  while (!s->message.empty() && (s->message.back() == '\n' || s->message.back() == ' '))
    s->message.pop_back();
  s->line = e->line;
  s->column = e->int2;
}

// A NUL-terminated name is `v`, compared without measuring it first.
bool same(const unsigned char* s, std::string_view v) {
  if (!s) return v.empty();
  return std::strncmp(reinterpret_cast<const char*>(s), v.data(), v.size()) == 0 &&
         s[v.size()] == 0;
}

}  // namespace

std::string_view sax_attributes::value(const unsigned char** a) const {
  std::string_view v(reinterpret_cast<const char*>(a[3]), static_cast<std::size_t>(a[4] - a[3]));
  if (v.find("&#38;") == std::string_view::npos) return v;
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    out += v[i];
    if (v.substr(i, 5) == "&#38;") i += 4;
  }
  return decoded_.emplace_back(std::move(out));
}

std::optional<std::string_view> sax_attributes::find(std::string_view ns,
                                                     std::string_view local) const {
  for (int i = 0; i < count_; ++i) {
    const unsigned char** a = attrs_ + 5 * i;
    if (same(a[0], local) && same(a[2], ns)) return value(a);
  }
  return std::nullopt;
}

std::optional<std::string_view> sax_attributes::find_local(std::string_view local) const {
  for (int i = 0; i < count_; ++i) {
    const unsigned char** a = attrs_ + 5 * i;
    if (same(a[0], local)) return value(a);
  }
  return std::nullopt;
}

sax_attributes::attribute sax_attributes::operator[](int i) const {
  const unsigned char** a = attrs_ + 5 * i;
  return {view(a[2]), view(a[0]), value(a)};
}

void sax_parse(std::string_view text, const std::string& name, sax_handler& h) {
  if (text.size() > static_cast<std::size_t>(INT_MAX))
    throw error(fmt::format("{}: XML too large", name));
  if (has_doctype(text)) throw error(fmt::format("{}: a DOCTYPE is not allowed here", name));
  xmlSAXHandler sax;
  std::memset(&sax, 0, sizeof sax);
  xmlSAXVersion(&sax, 2);
  sax.startElementNs = on_start;
  sax.endElementNs = on_end;
  sax.characters = on_text;
  sax.ignorableWhitespace = on_text;
  sax.cdataBlock = on_text;
  // No tree: the default start of a document would make one, and leave it.
  sax.startDocument = nullptr;
  sax.endDocument = nullptr;
  sax.internalSubset = on_doctype;
  sax.externalSubset = on_doctype;
  // Entities are never resolved or declared: with no DTD there are none.
  sax.getEntity = nullptr;
  sax.entityDecl = nullptr;
  sax.reference = nullptr;
  sax.serror = nullptr;
  sax.error = nullptr;
  sax.warning = nullptr;
  session s;
  s.h = &h;
  // (libxml2 2.9 copies the text into its input buffer; its static
  // buffers lose their place on large inputs, so they are not used.)
  xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(text.data(), static_cast<int>(text.size()));
  if (!ctxt) throw error(fmt::format("{}: out of memory creating an XML parser", name));
  xmlSAXHandlerPtr old = ctxt->sax;
  ctxt->sax = &sax;
  ctxt->_private = &s;
  ctxt->userData = ctxt;  // callbacks get the context, and the session from it
  s.ctxt = ctxt;
  xmlCtxtUseOptions(ctxt, safe_parse_options());
  xmlSetStructuredErrorFunc(&s, on_error);
  xmlParseDocument(ctxt);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  bool well_formed = ctxt->wellFormed != 0;
  if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
  ctxt->myDoc = nullptr;
  ctxt->sax = old;
  xmlFreeParserCtxt(ctxt);
  if (s.thrown) std::rethrow_exception(s.thrown);
  if (s.doctype) throw error(fmt::format("{}: a DOCTYPE is not allowed here", name));
  if (s.error_seen) throw error(fmt::format("{}:{}:{}: {}", name, s.line, s.column, s.message));
  if (!well_formed) throw error(fmt::format("{}: not well-formed XML", name));
}

}  // namespace cp::xml
