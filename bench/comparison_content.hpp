// SPDX-License-Identifier: MIT
// The same content for the other tools: a paper's document tree flattened
// to sections (a heading, its paragraphs and list items, its table rows in
// five columns), written as JSON data for docxtemplater and Carbone and as
// Markdown for pandoc; and the DOCX/ODT templates those tools fill, made by
// our own writers.
#pragma once

#include <filesystem>
#include <string>

#include "document/document.hpp"
#include "style/house_style.hpp"

namespace cp::bench {

struct comparison_content {
  // {"sections": [{"title", "paras": [{"text"}], "rows": [{"c1".."c5"}]}],
  //  "blocks": [{"text"}], "rows": [{"c1".."c5"}]}: the same text nested
  // (docxtemplater) and flat (Carbone)
  std::string json;
  std::string markdown;        // "# title", paragraphs, "- item", pipe tables
  std::size_t characters = 0;  // of text, to show the content is the same size
};

comparison_content flatten(const doc::document& d);

// Writes docxtemplater.docx (loops {#sections}, {#paras}, {#rows}) and
// carbone.docx / carbone.odt ({d.blocks[i]...} and {d.rows[i]...}
// repetitions) into `dir`.
void write_templates(const std::filesystem::path& dir, const style::house_style& hs);

}  // namespace cp::bench
