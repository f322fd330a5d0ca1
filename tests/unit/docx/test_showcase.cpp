// SPDX-License-Identifier: MIT
// End to end: the style sampler (every construct) as a DOCX file for doccheck and LibreOffice.
#include <doctest/doctest.h>

#include <fstream>

#include "docx/docx_writer.hpp"
#include "docx_fixture.hpp"
#include "support/paths.hpp"

using namespace cp;

TEST_CASE("the showcase document builds and is written to scratch/docx/showcase.docx") {
  auto pkg = docx::build_docx(test::showcase(), test::council_style());
  std::string bytes = pkg.bytes();
  CHECK(bytes.size() > 1000);
  auto path = test::scratch_dir("docx") / "showcase.docx";
  std::ofstream(path, std::ios::binary) << bytes;
  CHECK(test::read_file(path) == bytes);
}
