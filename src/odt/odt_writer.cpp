// SPDX-License-Identifier: MIT
#include "odt/odt_writer.hpp"

#include "util/error.hpp"

namespace cp::odt {

package::zip_package build_odt(const doc::document&, const style::house_style&) {
  throw error("ODT writer not written yet");
}

}  // namespace cp::odt
