// SPDX-License-Identifier: MIT
// Runs: text with tabs and breaks, and complex fields (begin, instruction, separate, result, end).
#pragma once

#include <string>

#include "docx/properties.hpp"
#include "xml/xml_writer.hpp"

namespace cp::docx::detail {

// One w:r; '\t' becomes w:tab and '\n' w:br. Nothing is written for "".
void write_text_run(xml::writer& w, const std::string& text, const run_props& props);

// The pieces of a complex field, for fields whose result holds more than
// text (the TOC field around its entries).
void write_field_char(xml::writer& w, const char* type, const run_props& props = {});
void write_instruction(xml::writer& w, const std::string& instruction, const run_props& props = {});

// A whole field with its cached result, e.g. (" PAGE ", "1").
void write_complex_field(xml::writer& w, const std::string& instruction, const std::string& result,
                         const run_props& props = {});

}  // namespace cp::docx::detail
