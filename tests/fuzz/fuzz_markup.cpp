// SPDX-License-Identifier: MIT
// Fuzz target: any bytes as report markup (what templates render). The reader
// must refuse what it cannot use with a template_error, and whatever it
// accepts must pass the tree checks.
#include <string>

#include "compose/markup_reader.hpp"
#include "fuzz_target.hpp"
#include "layout/check.hpp"
#include "style/style_loader.hpp"
#include "util/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const cp::style::house_style hs =
      cp::style::load_house_style(std::string(CP_SOURCE_DIR) + "/styles/council.yaml");
  static const cp::compose::resource_loader load = [](const std::string& src) -> std::string {
    throw cp::input_error("no resources while fuzzing: " + src);
  };
  std::string_view markup(reinterpret_cast<const char*>(data), size);
  try {
    cp::doc::document d = cp::compose::read_markup(markup, "fuzz.xml", hs, load);
    cp::layout::check_document(d, hs);
  } catch (const cp::template_error&) {
    // Refused markup: the right answer.
  } catch (const cp::document_error&) {
    // Markup the reader takes but the tree checks refuse (a picture with a
    // bad size, say) is stopped there, before any writer: also an answer.
  }
  return 0;
}
