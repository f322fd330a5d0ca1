// SPDX-License-Identifier: MIT
// SHA-256 (FIPS 180-4) through OpenSSL's libcrypto, as lower-case hex.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace cp::archive {

// A running SHA-256 over bytes given in pieces.
class sha256 {
 public:
  sha256();
  ~sha256();
  sha256(const sha256&) = delete;
  sha256& operator=(const sha256&) = delete;

  sha256& update(std::string_view bytes);
  // The digest of everything given so far, as 64 lower-case hex digits; the
  // object cannot be updated afterwards.
  std::string hex();

 private:
  struct state;
  std::unique_ptr<state> s_;
};

std::string sha256_hex(std::string_view bytes);
// The digest of a file's bytes, read in pieces; throws io_error when it
// cannot be read.
std::string sha256_file(const std::filesystem::path& file);

}  // namespace cp::archive
