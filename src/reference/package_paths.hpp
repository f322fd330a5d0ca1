// SPDX-License-Identifier: MIT
// Names inside a reference package: resolving relative targets without
// leaving the package, and the pictures that may be taken from it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "media/image_info.hpp"
#include "zip/zip_reader.hpp"

namespace cp::reference {

// `target` (a relationship target or an xlink:href) resolved against the
// folder `base` ("word/" for word/_rels/header1.xml.rels; "" for the package
// root): "media/image1.png" -> "word/media/image1.png", "/word/x" -> "word/x".
// Nothing when it is a URL (has a scheme) or would climb out of the package.
std::optional<std::string> resolve_in_package(std::string_view base, std::string_view target);

// Whether `target` starts with a URL scheme ("https:", "file:", "mailto:").
bool has_scheme(std::string_view target);
// Schemes a link in a header may use: http, https, mailto.
bool is_web_link(std::string_view target);

// The picture at `path` in the reference: it must exist and be a PNG or JPEG.
// Throws reference_error naming the reference `file`, the part that uses the
// picture and the picture otherwise.
media::image_info check_picture(const package::entries& entries, const std::string& path,
                                const std::string& file, const std::string& used_by);

}  // namespace cp::reference
