// SPDX-License-Identifier: MIT
#include "ingest/prose_links.hpp"

#include <cmark.h>

#include <memory>

#include <fmt/format.h>

#include "xml/xml_reader.hpp"

namespace cp::ingest {

std::vector<std::string> link_targets(std::string_view markdown) {
  std::vector<std::string> out;
  // A CommonMark link needs "[" (inline and reference links) or "<"
  // (autolinks): most prose has neither and need not be parsed here.
  if (markdown.find_first_of("[<") == std::string_view::npos) return out;
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(
      cmark_parse_document(markdown.data(), markdown.size(),
                           CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8),
      cmark_node_free);
  if (!root) return out;
  std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> it(cmark_iter_new(root.get()),
                                                             cmark_iter_free);
  for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it.get());
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_LINK) {
      const char* url = cmark_node_get_url(n);
      out.emplace_back(url ? url : "");
    }
  }
  return out;
}

std::string link_problem(const std::string& target, bool& fatal) {
  fatal = false;
  bool web = target.starts_with("http://") || target.starts_with("https://");
  bool mail = target.starts_with("mailto:");
  if (!web && !mail)
    return fmt::format(
        "the link to \"{}\" is not a web (https://...) or e-mail (mailto:...) address; "
        "it will show as plain text",
        target);
  if (mail) {
    if (auto why = email_problem(target.substr(7)); !why.empty()) {
      fatal = true;
      return fmt::format("the link \"{}\": {}", target, why);
    }
  }
  if (!xml::is_uri(target)) {
    fatal = true;
    return fmt::format(
        "the link to \"{}\" is not a valid web address (look for a space, a stray \":\" or a "
        "character to write as %XX)",
        target);
  }
  return "";
}

std::string email_problem(const std::string& address) {
  auto at = address.find('@');
  if (address.empty() || at == std::string::npos || at == 0 || at + 1 == address.size() ||
      address.find('@', at + 1) != std::string::npos ||
      address.find_first_of(" \t<>\"(),;:[]\\") != std::string::npos ||
      !xml::is_uri("mailto:" + address))
    return fmt::format("\"{}\" is not an e-mail address", address);
  return "";
}

}  // namespace cp::ingest
