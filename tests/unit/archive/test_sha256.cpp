// SPDX-License-Identifier: MIT
// SHA-256 against the FIPS 180-4 examples, in one piece and in many.
#include <doctest/doctest.h>

#include <fstream>

#include "archive/sha256.hpp"
#include "support/paths.hpp"
#include "util/error.hpp"

using namespace cp;

TEST_CASE("sha256: the FIPS 180-4 examples") {
  CHECK(archive::sha256_hex("") ==
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(archive::sha256_hex("abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(archive::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(archive::sha256_hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256: pieces give the digest of the whole, and a file the digest of its bytes") {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += static_cast<char>(i * 7 % 256);
  archive::sha256 h;
  for (std::size_t i = 0; i < text.size(); i += 37) h.update(std::string_view(text).substr(i, 37));
  std::string whole = archive::sha256_hex(text);
  CHECK(h.hex() == whole);
  CHECK_THROWS(h.update("more"));  // a digest is final

  auto file = test::scratch_dir("sha256-file") / "bytes.bin";
  std::ofstream(file, std::ios::binary) << text;
  CHECK(archive::sha256_file(file) == whole);
  CHECK_THROWS_AS(archive::sha256_file(file.parent_path() / "missing.bin"), io_error);
}
