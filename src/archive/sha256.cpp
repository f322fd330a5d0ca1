// SPDX-License-Identifier: MIT
#include "archive/sha256.hpp"

#include <openssl/evp.h>

#include <array>
#include <fstream>

#include <fmt/format.h>

#include "util/error.hpp"

namespace cp::archive {

struct sha256::state {
  EVP_MD_CTX* ctx = nullptr;
  bool done = false;
};

sha256::sha256() : s_(std::make_unique<state>()) {
  s_->ctx = EVP_MD_CTX_new();
  if (!s_->ctx || EVP_DigestInit_ex(s_->ctx, EVP_sha256(), nullptr) != 1)
    throw error("SHA-256 is not available from libcrypto");
}

sha256::~sha256() {
  EVP_MD_CTX_free(s_->ctx);
}

sha256& sha256::update(std::string_view bytes) {
  if (s_->done) throw error("SHA-256: update after the digest was taken");
  if (!bytes.empty() && EVP_DigestUpdate(s_->ctx, bytes.data(), bytes.size()) != 1)
    throw error("SHA-256: libcrypto failed");
  return *this;
}

std::string sha256::hex() {
  if (s_->done) throw error("SHA-256: the digest was taken already");
  std::array<unsigned char, EVP_MAX_MD_SIZE> md{};
  unsigned int n = 0;
  if (EVP_DigestFinal_ex(s_->ctx, md.data(), &n) != 1 || n != 32)
    throw error("SHA-256: libcrypto failed");
  s_->done = true;
  std::string out;
  out.reserve(64);
  static constexpr char digits[] = "0123456789abcdef";
  for (unsigned int i = 0; i < n; ++i) {
    out += digits[md[i] >> 4];
    out += digits[md[i] & 0xf];
  }
  return out;
}

std::string sha256_hex(std::string_view bytes) {
  return sha256().update(bytes).hex();
}

std::string sha256_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw io_error(fmt::format("{}: cannot read", file.string()));
  sha256 h;
  std::array<char, 1 << 16> buf{};
  while (in) {
    in.read(buf.data(), buf.size());
    h.update(std::string_view(buf.data(), static_cast<std::size_t>(in.gcount())));
  }
  if (in.bad()) throw io_error(fmt::format("{}: cannot read", file.string()));
  return h.hex();
}

}  // namespace cp::archive
