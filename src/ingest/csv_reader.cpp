// SPDX-License-Identifier: MIT
// CSV through libcsv in strict mode (RFC 4180). libcsv skips blank lines
// unless asked to report every line end, and rows must keep the numbers a
// spreadsheet shows, so every line end is reported and the LF of a CRLF
// pair is not counted again. Its callbacks are C: nothing is thrown
// through them; a problem is kept and thrown once libcsv returns.
#include <csv.h>

#include <optional>

#include <fmt/format.h>

#include "ingest/sheet_builder.hpp"
#include "ingest/workbook_readers.hpp"
#include "util/utf8.hpp"

namespace cp::ingest {
namespace {

using detail::sheet_builder;

// The offset of the first byte that is not part of well-formed UTF-8.
std::optional<std::size_t> first_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = b < 0x80           ? 1
                    : (b >> 5) == 0x6  ? 2
                    : (b >> 4) == 0xE  ? 3
                    : (b >> 3) == 0x1E ? 4
                                       : 0;
    if (n == 0 || i + n > s.size()) return i;
    char32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < n; ++k) {
      auto c = static_cast<unsigned char>(s[i + k]);
      if ((c >> 6) != 0x2) return i;
      cp = (cp << 6) | (c & 0x3F);
    }
    bool overlong = (n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += n;
  }
  return std::nullopt;
}

// Windows-1252's characters for bytes 0x80 to 0x9F (0: none).
constexpr char32_t cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

source_position position_of_offset(std::string_view text, std::size_t offset,
                                   const std::string& file) {
  int line = 1, col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n')
      ++line, col = 1;
    else
      ++col;
  }
  return {file, line, col};
}

struct csv_state {
  sheet_builder* b = nullptr;
  const sheet_limits* limits = nullptr;
  int row = 1;
  int column = 0;        // fields seen in this row
  int last_end = 0;      // the character that ended the previous row
  bool stopped = false;  // a problem was found; the rest is ignored
  std::string problem;
  source_position problem_at;
  const sheet* s = nullptr;
};

void on_field(void* data, std::size_t size, void* user) {
  auto* st = static_cast<csv_state*>(user);
  if (st->stopped) return;
  ++st->column;
  if (size == 0) return;
  if (st->row > st->limits->max_rows || st->column > st->limits->max_columns) {
    st->stopped = true;
    st->problem =
        fmt::format("the file has a value in row {}, column {}, past what a sheet can hold",
                    st->row, st->column);
    st->problem_at = {st->s->file, 0, 0};
    return;
  }
  try {
    st->b->add(st->row,
               detail::text_cell(st->column, std::string(static_cast<const char*>(data), size)));
  } catch (const sheet_error& e) {
    st->stopped = true;
    st->problem = e.message();
    st->problem_at = e.where();
  }
}

void on_row(int end, void* user) {
  auto* st = static_cast<csv_state*>(user);
  // With every line end reported, the LF after a CR ends no row of its own.
  bool lf_of_crlf = st->column == 0 && end == '\n' && st->last_end == '\r';
  st->last_end = end;
  if (lf_of_crlf) return;
  ++st->row;
  st->column = 0;
}

int no_spaces(unsigned char) {
  return 0;  // RFC 4180: spaces are part of a field
}

}  // namespace

sheet read_csv(std::string_view bytes, const std::string& file, diagnostics& notes,
               const sheet_limits& limits) {
  auto fail = [&](const source_position& at, const std::string& msg) -> void {
    throw sheet_error(at, msg);
  };
  if (bytes.size() > limits.max_csv_bytes)
    fail({file, 0, 0}, fmt::format("the file is {} bytes, more than the limit of {}", bytes.size(),
                                   limits.max_csv_bytes));
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"))
    fail({file, 0, 0},
         "the file is UTF-16 (\"Unicode text\"), not a CSV file we can read; save it as \"CSV "
         "UTF-8\"");
  if (bytes.find('\0') != std::string_view::npos)
    fail({file, 0, 0},
         "the file holds NUL bytes, so it is not CSV text (UTF-16 without a byte order mark?); "
         "save it as \"CSV UTF-8\"");
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);

  std::string converted;
  if (auto bad = first_invalid_utf8(bytes)) {
    // Not UTF-8: Excel's "CSV (Comma delimited)" writes Windows-1252.
    converted.reserve(bytes.size() + bytes.size() / 8);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      auto b = static_cast<unsigned char>(bytes[i]);
      if (b < 0x80) {
        converted += static_cast<char>(b);
      } else if (b >= 0xA0) {
        utf8::append(converted, b);
      } else if (char32_t c = cp1252_high[b - 0x80]) {
        utf8::append(converted, c);
      } else {
        fail(position_of_offset(bytes, i, file),
             fmt::format("the file is neither UTF-8 nor Windows-1252 (byte 0x{:02X}); save it as "
                         "\"CSV UTF-8\"",
                         b));
      }
    }
    notes.warning(position_of_offset(bytes, *bad, file), "",
                  "the file is not UTF-8, so it was read as Windows-1252 (what Excel's \"CSV "
                  "(Comma delimited)\" writes); save it as \"CSV UTF-8\" to be sure of every "
                  "character");
    bytes = converted;
  }

  sheet out;
  out.file = file;
  sheet_builder b(out, limits);
  csv_state st;
  st.b = &b;
  st.limits = &limits;
  st.s = &out;
  csv_parser p;
  if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0)
    fail({file, 0, 0}, "out of memory starting the CSV reader");
  csv_set_space_func(&p, no_spaces);
  std::size_t parsed = csv_parse(&p, bytes.data(), bytes.size(), on_field, on_row, &st);
  int code = parsed == bytes.size() ? csv_fini(&p, on_field, on_row, &st) : -1;
  int err = csv_error(&p);
  csv_free(&p);
  if (st.stopped) fail(st.problem_at, st.problem);
  if (code != 0) {
    source_position at = out.position(st.row, st.column + 1);
    if (err == CSV_EPARSE && parsed == bytes.size())
      fail(at, "a quoted field is not closed: the file ends inside it");
    if (err == CSV_EPARSE)
      fail(at,
           "a quote mark in the middle of a field; quote the whole field (\"...\") and double "
           "each quote mark inside it (\"\")");
    fail({file, 0, 0}, fmt::format("cannot read the file ({})", csv_strerror(err)));
  }
  b.finish(notes);
  return out;
}

}  // namespace cp::ingest
