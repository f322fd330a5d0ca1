// SPDX-License-Identifier: MIT
#include "ingest/yaml_source.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "util/suggest.hpp"
#include "util/utf8.hpp"

namespace cp::ingest {

yaml_error::yaml_error(source_position where, const std::string& message)
    : input_error(where.line > 0
                      ? fmt::format("{}:{}:{}: {}", where.file, where.line, where.column, message)
                      : fmt::format("{}: {}", where.file, message)),
      where_(std::move(where)),
      message_(message) {}

namespace {

// What the files of one document share: the limits count them all together,
// and the chain of files being read shows include loops.
struct session {
  session(const parse_limits& l, const include_options& i) : limits(l), includes(i) {}
  const parse_limits& limits;
  const include_options& includes;
  std::size_t nodes = 0;
  std::size_t bytes = 0;
  std::vector<std::filesystem::path> chain;  // canonical paths, outermost first
  std::vector<std::string> chain_names;      // the same files as messages name them
};

value parse_document(std::string_view text, const std::string& file_name, session& s, int depth);

// Where byte `offset` of `text` is, as line and column.
source_position position_of_offset(std::string_view text, std::size_t offset,
                                   const std::string& file_name) {
  int line = 1, col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n')
      line++, col = 1;
    else
      col++;
  }
  return {file_name, line, col};
}

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Counts a file's bytes against the document's limit.
void count_bytes(session& s, std::size_t size, const source_position& at, bool included) {
  s.bytes += size;
  if (s.bytes <= s.limits.max_bytes) return;
  if (!included)
    throw yaml_error(
        at, fmt::format("file is {} bytes, more than the limit of {}", size, s.limits.max_bytes));
  throw yaml_error(
      at, fmt::format("the input and the files it includes are more than {} bytes together",
                      s.limits.max_bytes));
}

class converter {
 public:
  converter(const std::string& file, session& s) : file_(file), s_(s) {}

  value convert(const YAML::Node& node, int depth) {
    if (++s_.nodes > s_.limits.max_nodes)
      fail(node.Mark(),
           fmt::format("more than {} values (aliases expanded); refusing to read further",
                       s_.limits.max_nodes));
    if (depth > s_.limits.max_depth)
      fail(node.Mark(), fmt::format("nested more than {} levels deep", s_.limits.max_depth));
    if (s_.includes.follow) check_tag(node);
    value v;
    v.pos = position(node.Mark());
    switch (node.Type()) {
      case YAML::NodeType::Undefined:
      case YAML::NodeType::Null:
        v.type = value::kind::null;
        break;
      case YAML::NodeType::Scalar:
        if (s_.includes.follow && node.Tag() == "!include")
          return include(node.Scalar(), node.Mark(), depth);
        v.type = value::kind::scalar;
        v.text = node.Scalar();
        // yaml-cpp tags quoted and block scalars "!" and plain ones "?";
        // "!!str 12" is text written on purpose, like "12".
        v.quoted = node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str";
        check_text(v.text, node.Mark());
        break;
      case YAML::NodeType::Sequence:
        v.type = value::kind::list;
        for (const auto& item : node) v.items.push_back(convert(item, depth + 1));
        break;
      case YAML::NodeType::Map:
        if (s_.includes.follow && node["$include"]) return include_mapping(node, depth);
        v.type = value::kind::map;
        for (const auto& kv : node) {
          if (!kv.first.IsScalar()) fail(kv.first.Mark(), "a mapping key must be plain text");
          std::string key = kv.first.Scalar();
          check_text(key, kv.first.Mark());
          if (v.find(key)) fail(kv.first.Mark(), fmt::format("duplicate key \"{}\"", key));
          member m{key, position(kv.first.Mark()), convert(kv.second, depth + 1)};
          v.members.push_back(std::move(m));
        }
        break;
    }
    return v;
  }

 private:
  source_position position(const YAML::Mark& m) const {
    if (m.is_null()) return {file_, 0, 0};
    return {file_, m.line + 1, m.column + 1};
  }

  [[noreturn]] void fail(const YAML::Mark& m, const std::string& msg) const {
    throw yaml_error(position(m), msg);
  }

  void check_text(const std::string& s, const YAML::Mark& m) const {
    if (auto problem = utf8::find_problem(s))
      fail(m, fmt::format("text contains {} (byte {} of the value), which a document cannot hold",
                          problem->description, problem->offset + 1));
  }

  // Our own tags ("!name") other than !include on a file name are mistakes, not data.
  void check_tag(const YAML::Node& node) const {
    const std::string& tag = node.Tag();
    if (tag == "!include") {
      if (!node.IsScalar()) fail(node.Mark(), "!include takes the name of a file");
      return;
    }
    if (tag.size() < 2 || tag[0] != '!' || tag[1] == '!') return;
    if (nearest(tag, {"!include"}))
      fail(node.Mark(), fmt::format("unknown tag \"{}\"; did you mean \"!include\"?", tag));
    fail(node.Mark(), fmt::format("unknown tag \"{}\"; the only tag understood is !include", tag));
  }

  value include_mapping(const YAML::Node& node, int depth) {
    if (node.size() != 1)
      fail(node.Mark(),
           "\"$include\" must be the only key of its mapping; put the other fields in the included "
           "file");
    const YAML::Node target = node["$include"];
    if (!target.IsScalar()) fail(target.Mark(), "\"$include\" takes the name of a file");
    return include(target.Scalar(), target.Mark(), depth);
  }

  // Reads the file `name` (relative to this file's folder) in place of the
  // node: YAML/JSON files as values, .md and .txt files as text.
  value include(const std::string& name, const YAML::Mark& at, int depth) {
    if (name.empty()) fail(at, "an include needs the name of a file");
    if (static_cast<int>(s_.chain.size()) > s_.includes.max_depth)
      fail(at, fmt::format("includes are nested more than {} deep", s_.includes.max_depth));
    std::filesystem::path path =
        (std::filesystem::path(file_).parent_path() / name).lexically_normal();
    std::string shown = path.string();
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
      fail(at, fmt::format("cannot include \"{}\": {} is a folder, not a file", name, shown));
    if (!std::filesystem::is_regular_file(path, ec))
      fail(at, fmt::format("cannot include \"{}\": there is no file {}", name, shown));
    auto canonical = std::filesystem::weakly_canonical(path, ec);
    if (auto loop = std::find(s_.chain.begin(), s_.chain.end(), canonical);
        loop != s_.chain.end()) {
      std::string circle;
      for (auto i = static_cast<std::size_t>(loop - s_.chain.begin()); i < s_.chain_names.size();
           ++i)
        circle += s_.chain_names[i] + " includes ";
      fail(at, fmt::format("includes go round in a circle: {}{}", circle, shown));
    }
    // Counted before reading, so a huge file is never read into memory.
    count_bytes(s_, static_cast<std::size_t>(std::filesystem::file_size(path, ec)), position(at),
                true);
    std::string text = read_bytes(path);
    note_read(shown);
    auto ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    if (ext == ".md" || ext == ".txt") return text_file(text, shown);
    s_.chain.push_back(canonical);
    s_.chain_names.push_back(shown);
    value v = parse_document(text, shown, s_, depth);
    s_.chain.pop_back();
    s_.chain_names.pop_back();
    return v;
  }

  void note_read(const std::string& shown) const {
    auto* read = s_.includes.files_read;
    if (read && std::find(read->begin(), read->end(), shown) == read->end()) read->push_back(shown);
  }

  value text_file(const std::string& text, const std::string& shown) const {
    if (auto problem = utf8::find_problem(text))
      throw yaml_error(
          position_of_offset(text, problem->offset, shown),
          fmt::format("text contains {}, which a document cannot hold", problem->description));
    value v;
    v.type = value::kind::scalar;
    v.text = text;
    v.quoted = true;
    v.pos = {shown, 1, 1};
    return v;
  }

  const std::string& file_;
  session& s_;
};

// yaml-cpp's messages name the parser's state; say what to change, and keep
// the original in brackets for whoever knows YAML.
std::string explain(const std::string& msg, std::string_view text, int error_line) {
  static const std::vector<std::pair<std::string_view, std::string_view>> plain = {
      {"end of sequence flow not found", "a list opened with \"[\" is not closed with \"]\""},
      {"end of map flow not found",
       "a mapping opened with \"{\" is not closed with \"}\", or a comma is missing between its "
       "entries"},
      {"end of map not found",
       "the indentation is uneven: the keys of one mapping must start in the same column"},
      {"end of sequence not found",
       "the indentation is uneven: the entries of one list must start in the same column"},
      {"illegal map value",
       "a \": \" is where YAML does not expect one; check the indentation, and put text that "
       "contains \": \" "
       "in quotes"},
      {"illegal map key", "a key is where YAML does not expect one; check the indentation"},
      {"illegal block entry",
       "a \"- \" entry is where YAML does not expect one; check the indentation"},
      {"unknown token",
       "a character YAML treats as special (such as ? : , [ ] { } # inside [ ] or { }) is not in "
       "quotes; "
       "put the text in quotes"},
      {"illegal EOF in scalar", "a quoted text is never closed with its quote mark"},
      {"invalid unicode: ",
       "a \\u escape names a lone surrogate (half of a UTF-16 pair) or a code point beyond "
       "Unicode, "
       "which a document cannot hold; write the character itself"},
      {"unknown escape character: ",
       "a backslash in double quotes starts an escape such as \\n; write \\\\ for a backslash, or "
       "use single quotes"},
  };
  // Tabs are the commonest cause and invisible: name the first tabbed line
  // (JSON, all in brackets, may be indented with tabs).
  std::size_t first = text.find_first_not_of(" \t\r\n");
  bool json_like = first != std::string_view::npos && (text[first] == '{' || text[first] == '[');
  int line = 1;
  for (std::size_t i = 0; !json_like && i < text.size() && line <= error_line; ++line) {
    std::size_t end = std::min(text.find('\n', i), text.size());
    std::string_view l = text.substr(i, end - i);
    std::size_t indent = l.find_first_not_of(" \t");
    if (l.substr(0, indent == std::string_view::npos ? l.size() : indent).find('\t') !=
        std::string_view::npos)
      return fmt::format("line {} is indented with a tab; indent with spaces ({})", line, msg);
    i = end + 1;
  }
  for (const auto& [yaml, words] : plain)
    if (msg.rfind(yaml, 0) == 0) return fmt::format("{} ({})", words, msg);
  return msg;
}

value parse_document(std::string_view text, const std::string& file_name, session& s, int depth) {
  if (auto problem = utf8::find_problem(text); problem && problem->description == "invalid UTF-8") {
    // Point at the line: yaml-cpp would otherwise pass the bytes through.
    throw yaml_error(position_of_offset(text, problem->offset, file_name),
                     "invalid UTF-8; save the file as UTF-8");
  }
  YAML::Node root;
  try {
    std::string copy(text);
    root = YAML::Load(copy);
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp stops itself a few hundred levels down with "bad file".
    throw yaml_error(
        {file_name, e.mark.line + 1, e.mark.column + 1},
        fmt::format(
            "lists and mappings are nested more than {} levels deep; refusing to read further",
            s.limits.max_depth));
  } catch (const YAML::Exception& e) {
    if (e.mark.is_null()) throw yaml_error({file_name, 0, 0}, explain(e.msg, text, 0));
    throw yaml_error({file_name, e.mark.line + 1, e.mark.column + 1},
                     explain(e.msg, text, e.mark.line + 1));
  }
  converter c(file_name, s);
  try {
    return c.convert(root, depth);
  } catch (const YAML::Exception& e) {
    throw yaml_error({file_name, 0, 0}, e.msg);
  }
}

}  // namespace

value parse_yaml(std::string_view text, const std::string& file_name, const parse_limits& limits,
                 const include_options& includes) {
  session s(limits, includes);
  std::error_code ec;
  s.chain.push_back(std::filesystem::weakly_canonical(file_name, ec));
  s.chain_names.push_back(file_name);
  count_bytes(s, text.size(), {file_name, 0, 0}, false);
  return parse_document(text, file_name, s, 0);
}

value load_yaml_file(const std::filesystem::path& path, const parse_limits& limits,
                     const include_options& includes) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) throw yaml_error({path.string(), 0, 0}, fmt::format("cannot read: {}", ec.message()));
  if (size > limits.max_bytes)
    throw yaml_error(
        {path.string(), 0, 0},
        fmt::format("file is {} bytes, more than the limit of {}", size, limits.max_bytes));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw yaml_error({path.string(), 0, 0}, "cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (auto* read = includes.files_read;
      read && std::find(read->begin(), read->end(), path.string()) == read->end())
    read->push_back(path.string());
  return parse_yaml(ss.str(), path.string(), limits, includes);
}

}  // namespace cp::ingest
