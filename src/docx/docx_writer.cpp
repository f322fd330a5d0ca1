// SPDX-License-Identifier: MIT
#include "docx/docx_writer.hpp"

#include "util/error.hpp"

namespace cp::docx {

package::zip_package build_docx(const doc::document&, const style::house_style&) {
  throw error("DOCX writer not written yet");
}

}  // namespace cp::docx
