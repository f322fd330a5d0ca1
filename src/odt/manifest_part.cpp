// SPDX-License-Identifier: MIT
// META-INF/manifest.xml: the package's media type and every file in it.
#include "odt/namespaces.hpp"
#include "odt/parts.hpp"

namespace cp::odt::detail {

std::string manifest_part(const std::vector<manifest_file>& files) {
  xml::writer w;
  open_root(w, "manifest:manifest", {"manifest"});
  w.open("manifest:file-entry")
      .attr("manifest:full-path", "/")
      .attr("manifest:version", odf_version)
      .attr("manifest:media-type", "application/vnd.oasis.opendocument.text")
      .close();
  for (const auto& f : files)
    w.open("manifest:file-entry")
        .attr("manifest:full-path", f.path)
        .attr("manifest:media-type", f.media_type)
        .close();
  w.close();
  return w.finish();
}

}  // namespace cp::odt::detail
