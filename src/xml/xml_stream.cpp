// SPDX-License-Identifier: MIT
#include "xml/xml_stream.hpp"

#include <climits>

#include <fmt/format.h>

#include "util/error.hpp"
#include "xml/xml_reader.hpp"

namespace cp::xml {
namespace {

// Whether the prolog (before the root element) holds a DOCTYPE. The reader
// would parse its declarations before reporting the node, and an entity
// bomb there fails with libxml2's words; this names the reason.
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

}  // namespace

stream::stream(std::string_view text, const std::string& name) : name_(name) {
  if (text.size() > static_cast<std::size_t>(INT_MAX))
    throw error(fmt::format("{}: XML too large", name));
  if (has_doctype(text)) throw error(fmt::format("{}: a DOCTYPE is not allowed here", name));
  reader_ = xmlReaderForMemory(text.data(), static_cast<int>(text.size()), name.c_str(), "UTF-8",
                               safe_parse_options());
  if (!reader_) throw error(fmt::format("{}: out of memory creating an XML reader", name));
  xmlTextReaderSetStructuredErrorHandler(
      reader_,
      [](void* user, xmlErrorPtr e) {
        auto* f = static_cast<first_error*>(user);
        if (f->seen || !e || e->level < XML_ERR_ERROR) return;
        f->seen = true;
        f->message = e->message ? e->message : "not well-formed";
        while (!f->message.empty() && (f->message.back() == '\n' || f->message.back() == ' '))
          f->message.pop_back();
        f->line = e->line;
        f->column = e->int2;
      },
      &first_);
}

stream::~stream() {
  xmlFreeTextReader(reader_);
}

void stream::fail() const {
  if (first_.seen)
    throw error(fmt::format("{}:{}:{}: {}", name_, first_.line, first_.column, first_.message));
  throw error(fmt::format("{}: not well-formed XML", name_));
}

bool stream::read() {
  int r = skip_ ? xmlTextReaderNext(reader_) : xmlTextReaderRead(reader_);
  skip_ = false;
  if (r < 0 || first_.seen) fail();
  if (r == 0) return false;
  if (xmlTextReaderNodeType(reader_) == XML_READER_TYPE_DOCUMENT_TYPE)
    throw error(fmt::format("{}: a DOCTYPE is not allowed here", name_));
  return true;
}

bool stream::next_element() {
  for (;;) {
    if (!read()) return false;
    if (xmlTextReaderNodeType(reader_) == XML_READER_TYPE_ELEMENT) return true;
  }
}

bool stream::is(std::string_view ns, std::string_view local) const {
  const xmlChar* l = xmlTextReaderConstLocalName(reader_);
  const xmlChar* u = xmlTextReaderConstNamespaceUri(reader_);
  return l && local == reinterpret_cast<const char*>(l) &&
         ns == (u ? std::string_view(reinterpret_cast<const char*>(u)) : std::string_view());
}

std::string_view stream::local_name() const {
  const xmlChar* l = xmlTextReaderConstLocalName(reader_);
  return l ? std::string_view(reinterpret_cast<const char*>(l)) : std::string_view();
}

int stream::depth() const {
  return xmlTextReaderDepth(reader_);
}

bool stream::is_empty_element() const {
  return xmlTextReaderIsEmptyElement(reader_) == 1;
}

std::string stream::attribute(std::string_view ns, std::string_view local) const {
  std::string l(local), u(ns);
  xmlChar* v = u.empty()
                   ? xmlTextReaderGetAttribute(reader_, BAD_CAST l.c_str())
                   : xmlTextReaderGetAttributeNs(reader_, BAD_CAST l.c_str(), BAD_CAST u.c_str());
  std::string out = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

const xmlNode* stream::expand() {
  xmlNode* n = xmlTextReaderExpand(reader_);
  if (!n || first_.seen) fail();
  skip_ = true;
  return n;
}

}  // namespace cp::xml
