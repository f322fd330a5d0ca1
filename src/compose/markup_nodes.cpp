// SPDX-License-Identifier: MIT
#include "compose/markup_nodes.hpp"

#include <cstdint>
#include <iterator>
#include <vector>

#include "compose/markup_reader.hpp"
#include "xml/xml_reader.hpp"

namespace cp::compose {

std::string markup_node::content() const {
  if (is_text()) return std::string(text);
  std::string out;
  for (const markup_node* c = children; c; c = c->next)
    if (c->what != kind::other) out += c->content();
  return out;
}

// Builds the nodes from libxml2's events.
class markup_builder {
 public:
  explicit markup_builder(markup_document& d) : d_(d), arena_(*d.arena_) {}

  static xmlSAXHandler handler() {
    xmlSAXHandler h{};
    h.startElementNs = start;
    h.endElementNs = end;
    h.characters = characters;
    // The events libxml2's own tree takes as text too.
    h.ignorableWhitespace = characters;
    h.cdataBlock = characters;
    h.comment = [](void* ctx, const xmlChar*) { self(ctx).other(xml::event_line(ctx)); };
    h.processingInstruction = [](void* ctx, const xmlChar*, const xmlChar*) {
      self(ctx).other(xml::event_line(ctx));
    };
    return h;
  }

  void finish() { flush(); }

 private:
  static markup_builder& self(void* ctx) {
    return *static_cast<markup_builder*>(xml::event_user(ctx));
  }

  static void start(void* ctx, const xmlChar* localname, const xmlChar*, const xmlChar*, int,
                    const xmlChar**, int nb_attributes, int, const xmlChar** attrs) {
    markup_builder& b = self(ctx);
    b.flush();
    markup_node* n = b.node(markup_node::kind::element, xml::event_line(ctx));
    const known_name& k = b.name(localname);
    n->name = k.text;
    n->element = k.element;
    if (nb_attributes > 0) {
      auto count = static_cast<std::size_t>(nb_attributes);
      auto* a = static_cast<markup_attribute*>(
          b.arena_.allocate(count * sizeof(markup_attribute), alignof(markup_attribute)));
      for (std::size_t i = 0; i < count; ++i) {
        const xmlChar** at = attrs + 5 * i;  // localname, prefix, URI, value, end of value
        std::string_view value(reinterpret_cast<const char*>(at[3]),
                               static_cast<std::size_t>(at[4] - at[3]));
        new (&a[i]) markup_attribute{b.name(at[0]).text, b.value(value)};
      }
      n->attributes = a;
      n->attribute_count = count;
    }
    b.append(n);
    b.open_.push_back({n, nullptr});
  }

  static void end(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
    markup_builder& b = self(ctx);
    b.flush();
    b.open_.pop_back();
  }

  // libxml2 gives a run of text in pieces (at references, and every few
  // hundred bytes); its tree joins them into one node, dated by the first.
  static void characters(void* ctx, const xmlChar* ch, int len) {
    markup_builder& b = self(ctx);
    if (!b.in_text_) {
      b.in_text_ = true;
      b.text_line_ = xml::event_line(ctx);
      b.text_.clear();
    }
    b.text_.append(reinterpret_cast<const char*>(ch), static_cast<std::size_t>(len));
  }

  void other(int line) {
    flush();
    append(node(markup_node::kind::other, line));
  }

  void flush() {
    if (!in_text_) return;
    in_text_ = false;
    markup_node* n = node(markup_node::kind::text, text_line_);
    n->text = keep(text_);
    append(n);
  }

  markup_node* node(markup_node::kind what, int line) {
    auto* n = static_cast<markup_node*>(arena_.allocate(sizeof(markup_node), alignof(markup_node)));
    new (n) markup_node{};
    n->what = what;
    n->line = line;
    return n;
  }

  void append(markup_node* n) {
    markup_node* parent = open_.empty() ? nullptr : open_.back().element;
    markup_node*& last = open_.empty() ? top_last_ : open_.back().last;
    if (last)
      last->next = n;
    else if (parent)
      parent->children = n;
    else
      d_.first_ = n;
    last = n;
  }

  // A name as kept, with the element it names (unknown for an attribute's
  // name, or a name outside the vocabulary).
  struct known_name {
    const xmlChar* from = nullptr;
    std::string_view text;
    markup_element element{};
  };

  // `n` kept once: libxml2 hands each name out of its dictionary, so a
  // name comes back at the same address, and a few dozen names make up a
  // document. The text is compared too, so the cache needs no promise.
  const known_name& name(const xmlChar* n) {
    auto slot = (reinterpret_cast<std::uintptr_t>(n) >> 3) % std::size(names_);
    known_name& k = names_[slot];
    if (k.from == n &&
        std::char_traits<char>::compare(k.text.data(), reinterpret_cast<const char*>(n),
                                        k.text.size()) == 0 &&
        n[k.text.size()] == 0)
      return k;
    k.from = n;
    k.text = keep(reinterpret_cast<const char*>(n));
    k.element = element_of(k.text);
    return k;
  }

  std::string_view keep(std::string_view s) {
    if (s.empty()) return {};
    auto* p = static_cast<char*>(arena_.allocate(s.size(), 1));
    std::copy(s.begin(), s.end(), p);
    return {p, s.size()};
  }

  // Without XML_PARSE_NOENT libxml2 hands over an attribute value with each
  // "&" (from &amp; or &#38;) left as "&#38;", for its own tree to decode;
  // every other reference arrives replaced.
  std::string_view value(std::string_view raw) {
    if (raw.find('&') == std::string_view::npos) return keep(raw);
    std::string decoded;
    for (std::size_t i = 0; i < raw.size();) {
      if (raw.compare(i, 5, "&#38;") == 0) {
        decoded += '&';
        i += 5;
      } else {
        decoded += raw[i++];
      }
    }
    return keep(decoded);
  }

  struct open_element {
    markup_node* element;
    markup_node* last;  // its last child so far
  };

  markup_document& d_;
  std::pmr::monotonic_buffer_resource& arena_;
  std::vector<open_element> open_;
  markup_node* top_last_ = nullptr;
  known_name names_[67];
  bool in_text_ = false;
  int text_line_ = 0;
  std::string text_;
};

markup_document markup_document::parse(std::string_view text, const std::string& name) {
  markup_document d;
  // Nodes and their text take about as many bytes as the markup.
  d.arena_ = std::make_unique<std::pmr::monotonic_buffer_resource>(text.size() + 256);
  markup_builder b(d);
  xmlSAXHandler h = markup_builder::handler();
  xml::parse_events(text, name, h, &b);
  b.finish();
  return d;
}

const markup_node* markup_document::root() const {
  for (const markup_node* n = first_; n; n = n->next)
    if (n->is_element()) return n;
  return nullptr;
}

}  // namespace cp::compose
