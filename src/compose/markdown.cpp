// SPDX-License-Identifier: MIT
#include "compose/markdown.hpp"

#include <cmark.h>

#include <memory>
#include <string>

#include "xml/xml_reader.hpp"

namespace cp::compose {
namespace {

struct node_deleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};

std::string literal(cmark_node* n) {
  const char* s = cmark_node_get_literal(n);
  return s ? s : "";
}

// Web and e-mail links that a document can hold (ingest has reported the others).
bool linkable(std::string_view url) {
  bool scheme =
      url.starts_with("http://") || url.starts_with("https://") || url.starts_with("mailto:");
  return scheme && xml::is_uri(url);
}

// Appends text, merging with the previous run when the marks are the same.
void append_text(doc::inlines& out, std::string text, std::uint8_t marks) {
  if (text.empty()) return;
  if (!out.empty())
    if (auto* prev = std::get_if<doc::text_run>(&out.back()); prev && prev->marks == marks) {
      prev->text += text;
      return;
    }
  out.push_back(doc::text_run{std::move(text), marks});
}

class converter {
 public:
  explicit converter(std::string_view source) : source_(source) {}

  std::vector<prose_block> blocks(cmark_node* parent) {
    std::vector<prose_block> out;
    for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) block(n, out);
    return out;
  }

 private:
  void block(cmark_node* n, std::vector<prose_block>& out) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_PARAGRAPH: {
        prose_block b;
        inlines(n, b.content, 0);
        out.push_back(std::move(b));
        break;
      }
      case CMARK_NODE_HEADING: {
        prose_block b;
        b.what = prose_block::kind::heading;
        b.heading_level = cmark_node_get_heading_level(n);
        inlines(n, b.content, 0);
        out.push_back(std::move(b));
        break;
      }
      case CMARK_NODE_LIST: {
        prose_block b;
        b.what = prose_block::kind::list;
        b.ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
        b.start = b.ordered ? cmark_node_get_list_start(n) : 1;
        for (cmark_node* item = cmark_node_first_child(n); item; item = cmark_node_next(item))
          b.items.push_back(blocks(item));
        out.push_back(std::move(b));
        break;
      }
      case CMARK_NODE_BLOCK_QUOTE:
        for (auto& inner : blocks(n)) out.push_back(std::move(inner));
        break;
      case CMARK_NODE_CODE_BLOCK:
      case CMARK_NODE_HTML_BLOCK:
        literal_lines(literal(n), out);
        break;
      case CMARK_NODE_THEMATIC_BREAK:
        literal_lines(source_line(cmark_node_get_start_line(n)), out);
        break;
      default:
        break;
    }
  }

  // Literal text, one paragraph per line, trailing newline dropped.
  void literal_lines(const std::string& text, std::vector<prose_block>& out) {
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string line = text.substr(start, end - start);
      if (line.find_first_not_of(" \t") != std::string::npos) {
        prose_block b;
        append_text(b.content, line, 0);
        out.push_back(std::move(b));
      }
      start = end + 1;
    }
  }

  std::string source_line(int line) const {
    std::size_t pos = 0;
    for (int l = 1; l < line && pos != std::string_view::npos; ++l) {
      pos = source_.find('\n', pos);
      if (pos != std::string_view::npos) ++pos;
    }
    if (pos == std::string_view::npos || pos >= source_.size()) return "";
    std::size_t end = source_.find('\n', pos);
    std::string_view l =
        source_.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    std::size_t first = l.find_first_not_of(" \t");
    return first == std::string_view::npos ? "" : std::string(l.substr(first));
  }

  void inlines(cmark_node* parent, doc::inlines& out, std::uint8_t marks) {
    for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
      switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
          append_text(out, literal(n), marks);
          break;
        case CMARK_NODE_SOFTBREAK:
          append_text(out, " ", marks);
          break;
        case CMARK_NODE_LINEBREAK:
          out.push_back(doc::line_break{});
          break;
        case CMARK_NODE_EMPH:
          inlines(n, out, marks | doc::italic);
          break;
        case CMARK_NODE_STRONG:
          inlines(n, out, marks | doc::bold);
          break;
        case CMARK_NODE_LINK: {
          const char* url = cmark_node_get_url(n);
          doc::inlines inner;
          inlines(n, inner, marks);
          if (url && linkable(url)) {
            doc::link l{url, {}};
            for (auto& i : inner)
              if (auto* t = std::get_if<doc::text_run>(&i)) l.runs.push_back(std::move(*t));
            if (l.runs.empty()) l.runs.push_back(doc::text_run{url, marks});
            out.push_back(std::move(l));
          } else {
            for (auto& i : inner) out.push_back(std::move(i));
          }
          break;
        }
        case CMARK_NODE_IMAGE:
          // Pictures come from templates with their alternative text; in
          // prose the description is kept as text.
          inlines(n, out, marks);
          break;
        default:
          break;
      }
    }
  }

  std::string_view source_;
};

}  // namespace

std::vector<prose_block> parse_markdown(std::string_view text) {
  // No CMARK_OPT_VALIDATE_UTF8: the text comes out of libxml2 (or ingest),
  // which has checked it already, and the option is a second pass over it.
  std::unique_ptr<cmark_node, node_deleter> root(
      cmark_parse_document(text.data(), text.size(), CMARK_OPT_DEFAULT));
  if (!root) return {};
  return converter(text).blocks(root.get());
}

}  // namespace cp::compose
