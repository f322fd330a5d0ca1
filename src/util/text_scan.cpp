// SPDX-License-Identifier: MIT
#include "util/text_scan.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cp::text_scan {
namespace {

bool xml_plain(unsigned char c) {
  return c >= 0x20 && c < 0x7f && c != '&' && c != '<' && c != '>' && c != '"';
}

bool odf_break(std::string_view s, std::size_t i) {
  char c = s[i];
  if (c == '\t' || c == '\n' || c == '\r') return true;
  return c == ' ' && i + 1 < s.size() && (s[i + 1] == ' ' || s[i + 1] == '\r');
}

}  // namespace

namespace reference {

std::size_t xml_plain_prefix(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && xml_plain(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

std::size_t odf_piece_end(std::string_view s, std::size_t from) {
  std::size_t i = from;
  while (i < s.size() && !odf_break(s, i)) ++i;
  return i;
}

}  // namespace reference

#if defined(__SSE2__)

namespace {

__m128i load(const char* p) {
  return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
}

__m128i eq(__m128i v, char c) {
  return _mm_cmpeq_epi8(v, _mm_set1_epi8(c));
}

// Bit k of the result is bit 7 of byte k: one bit per byte.
unsigned mask_of(__m128i v) {
  return static_cast<unsigned>(_mm_movemask_epi8(v));
}

// The length of the prefix of `s` whose bytes are printable ASCII and not
// `special(block)`, 16 bytes at a time; `tail` finishes the last partial block.
template <typename Special>
std::size_t printable_prefix(std::string_view s, Special special,
                             std::size_t (*tail)(std::string_view)) {
  const char* p = s.data();
  const std::size_t n = s.size();
  std::size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    __m128i v = load(p + i);
    // As signed bytes, 0x20..0x7E is exactly "greater than 0x1F and less
    // than 0x7F": bytes from 0x80 up are negative.
    __m128i printable = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x1f)),
                                      _mm_cmplt_epi8(v, _mm_set1_epi8(0x7f)));
    unsigned stop = ~mask_of(_mm_andnot_si128(special(v), printable)) & 0xffffu;
    if (stop != 0) return i + static_cast<std::size_t>(__builtin_ctz(stop));
  }
  return i + tail(s.substr(i));
}

}  // namespace

std::size_t xml_plain_prefix(std::string_view s) {
  auto special = [](__m128i v) {
    return _mm_or_si128(_mm_or_si128(eq(v, '&'), eq(v, '<')), _mm_or_si128(eq(v, '>'), eq(v, '"')));
  };
  return printable_prefix(s, special, reference::xml_plain_prefix);
}

std::size_t odf_piece_end(std::string_view s, std::size_t from) {
  const char* p = s.data();
  const std::size_t n = s.size();
  std::size_t i = from;
  // Each block also reads the byte after it, for the space that a space or
  // carriage return follows.
  for (; i + 17 <= n; i += 16) {
    __m128i v = load(p + i);
    __m128i next = load(p + i + 1);
    __m128i control = _mm_or_si128(_mm_or_si128(eq(v, '\t'), eq(v, '\n')), eq(v, '\r'));
    __m128i double_space = _mm_and_si128(eq(v, ' '), _mm_or_si128(eq(next, ' '), eq(next, '\r')));
    unsigned stop = mask_of(_mm_or_si128(control, double_space));
    if (stop != 0) return i + static_cast<std::size_t>(__builtin_ctz(stop));
  }
  return reference::odf_piece_end(s, i);
}

#else

std::size_t xml_plain_prefix(std::string_view s) {
  return reference::xml_plain_prefix(s);
}

std::size_t odf_piece_end(std::string_view s, std::size_t from) {
  return reference::odf_piece_end(s, from);
}

#endif

}  // namespace cp::text_scan
