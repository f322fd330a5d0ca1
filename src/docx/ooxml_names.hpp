// SPDX-License-Identifier: MIT
// Namespace URIs, content types and relationship types of the parts we write.
#pragma once

#include <string_view>

namespace cp::docx::ns {

// XML namespaces.
inline constexpr std::string_view w =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr std::string_view r =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr std::string_view wp =
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
inline constexpr std::string_view a = "http://schemas.openxmlformats.org/drawingml/2006/main";
inline constexpr std::string_view pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
inline constexpr std::string_view package_rels =
    "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr std::string_view content_types =
    "http://schemas.openxmlformats.org/package/2006/content-types";
inline constexpr std::string_view core_props =
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
inline constexpr std::string_view dc = "http://purl.org/dc/elements/1.1/";
inline constexpr std::string_view dcterms = "http://purl.org/dc/terms/";
inline constexpr std::string_view dcmitype = "http://purl.org/dc/dcmitype/";
inline constexpr std::string_view xsi = "http://www.w3.org/2001/XMLSchema-instance";
inline constexpr std::string_view extended_props =
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
inline constexpr std::string_view custom_props =
    "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
inline constexpr std::string_view vt =
    "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
inline constexpr std::string_view picture_graphic_data =
    "http://schemas.openxmlformats.org/drawingml/2006/picture";

}  // namespace cp::docx::ns

namespace cp::docx::content_type {

inline constexpr std::string_view relationships =
    "application/vnd.openxmlformats-package.relationships+xml";
inline constexpr std::string_view xml = "application/xml";
inline constexpr std::string_view document =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
inline constexpr std::string_view styles =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
inline constexpr std::string_view numbering =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
inline constexpr std::string_view settings =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
inline constexpr std::string_view font_table =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
inline constexpr std::string_view header =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
inline constexpr std::string_view footer =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
inline constexpr std::string_view theme = "application/vnd.openxmlformats-officedocument.theme+xml";
inline constexpr std::string_view core_props =
    "application/vnd.openxmlformats-package.core-properties+xml";
inline constexpr std::string_view app_props =
    "application/vnd.openxmlformats-officedocument.extended-properties+xml";
inline constexpr std::string_view custom_props =
    "application/vnd.openxmlformats-officedocument.custom-properties+xml";

}  // namespace cp::docx::content_type

namespace cp::docx::rel_type {

inline constexpr std::string_view office_document =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
inline constexpr std::string_view core_props =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
inline constexpr std::string_view app_props =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
inline constexpr std::string_view custom_props =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
inline constexpr std::string_view styles =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
inline constexpr std::string_view numbering =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
inline constexpr std::string_view settings =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
inline constexpr std::string_view font_table =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
inline constexpr std::string_view header =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
inline constexpr std::string_view footer =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
inline constexpr std::string_view image =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
inline constexpr std::string_view theme =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
inline constexpr std::string_view hyperlink =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

}  // namespace cp::docx::rel_type
