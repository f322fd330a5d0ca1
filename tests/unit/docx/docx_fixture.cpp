// SPDX-License-Identifier: MIT
// Helpers shared by the DOCX writer tests.
#include "docx_fixture.hpp"

#include <doctest/doctest.h>

#include "demo/showcase.hpp"
#include "document/build.hpp"
#include "style/style_loader.hpp"
#include "support/paths.hpp"

namespace cp::test {

doc::document showcase() {
  return demo::showcase_document(logo_png());
}

doc::document small_document() {
  using namespace doc;
  document d;
  d.meta.title = "Small paper";
  d.meta.author = "A. Officer";
  d.meta.created = "2024-01-02T03:04:05Z";
  std::size_t outline = add_sequence(d, "outline");
  section s;
  s.footer.push_back(blk(para("footer", text("Footer text"))));
  heading h;
  h.level = 1;
  h.content = text("Purpose");
  h.numbering = numbering_ref{outline, 0};
  s.body.push_back(blk(std::move(h)));
  s.body.push_back(blk(numbered("numbered-paragraph", text("To note the report."), outline, 1)));
  s.body.push_back(blk(para("body-text", text("Plain text & more."))));
  d.sections.push_back(std::move(s));
  return d;
}

docx_parts::docx_parts(package::zip_package pkg) : pkg_(std::move(pkg)) {}

bool docx_parts::has(const std::string& name) const {
  return pkg_.contains(name);
}

const std::string& docx_parts::text(const std::string& name) const {
  for (const auto& e : pkg_.entries())
    if (e.name == name) return e.data;
  FAIL("no part " << name);
  static const std::string none;
  return none;
}

xmlDoc* docx_parts::xml(const std::string& name) {
  for (auto& [n, d] : parsed_)
    if (n == name) return d.get();
  parsed_.emplace_back(name, xml::parse(text(name), name));
  return parsed_.back().second.get();
}

std::vector<std::string> docx_parts::names() const {
  std::vector<std::string> out;
  for (const auto& e : pkg_.entries()) out.push_back(e.name);
  return out;
}

std::string docx_parts::eval(const std::string& part, const std::string& xpath) {
  return xml::evaluate(xml(part), xpath);
}

std::size_t docx_parts::count(const std::string& part, const std::string& xpath) {
  return xml::select(xml(part), xpath).size();
}

}  // namespace cp::test
