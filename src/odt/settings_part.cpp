// SPDX-License-Identifier: MIT
// settings.xml: the few settings that make every reader lay the text out alike.
#include "odt/namespaces.hpp"
#include "odt/parts.hpp"

namespace cp::odt::detail {

std::string settings_part() {
  xml::writer w;
  open_root(w, "office:document-settings", {"office", "config"});
  w.open("office:settings");
  w.open("config:config-item-set").attr("config:name", "ooo:configuration-settings");
  // Tab positions count from the paragraph indent, as the contents styles' tab stops assume.
  w.open("config:config-item")
      .attr("config:name", "TabsRelativeToIndent")
      .attr("config:type", "boolean")
      .text("true")
      .close();
  w.close();
  w.close();
  w.close();
  return w.finish();
}

}  // namespace cp::odt::detail
