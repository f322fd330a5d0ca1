// SPDX-License-Identifier: MIT
#include "xml/xml_sax.hpp"

#include <libxml/parser.h>

#include <cstring>
#include <exception>

#include "util/error.hpp"
#include "xml/xml_reader.hpp"

namespace cp::xml {
namespace {

std::string_view view(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

// What the callbacks share. libxml2 is C: nothing may be thrown through
// it, so a handler's exception is kept and the parser stopped.
struct session {
  sax_handler* h = nullptr;
  std::exception_ptr thrown;
};

session* of(void* ctx) {
  return static_cast<session*>(event_user(ctx));
}

template <class F>
void guarded(void* ctx, F&& f) {
  session* s = of(ctx);
  if (s->thrown) return;
  try {
    f(*s);
  } catch (...) {
    s->thrown = std::current_exception();
    xmlStopParser(static_cast<xmlParserCtxtPtr>(ctx));
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
  xmlSAXHandler sax;
  std::memset(&sax, 0, sizeof sax);
  sax.startElementNs = on_start;
  sax.endElementNs = on_end;
  sax.characters = on_text;
  sax.ignorableWhitespace = on_text;
  sax.cdataBlock = on_text;
  // No startDocument: libxml2 builds no tree. No entity callbacks: with no
  // DTD there are none to declare or resolve.
  session s;
  s.h = &h;
  try {
    parse_events(text, name, sax, &s);
  } catch (const error&) {
    // The parse stopped because the handler threw: that is the reason.
    if (s.thrown) std::rethrow_exception(s.thrown);
    throw;
  }
  if (s.thrown) std::rethrow_exception(s.thrown);
}

}  // namespace cp::xml
