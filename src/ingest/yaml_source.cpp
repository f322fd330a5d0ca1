// SPDX-License-Identifier: MIT
#include "ingest/yaml_source.hpp"

#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "util/error.hpp"
#include "util/utf8.hpp"

namespace cp::ingest {
namespace {

class converter {
 public:
  converter(const std::string& file, const parse_limits& limits) : file_(file), limits_(limits) {}

  value convert(const YAML::Node& node, int depth) {
    if (++nodes_ > limits_.max_nodes)
      fail(node.Mark(), fmt::format("more than {} values (aliases expanded); refusing to read further",
                                    limits_.max_nodes));
    if (depth > limits_.max_depth)
      fail(node.Mark(), fmt::format("nested more than {} levels deep", limits_.max_depth));
    value v;
    v.pos = position(node.Mark());
    switch (node.Type()) {
      case YAML::NodeType::Undefined:
      case YAML::NodeType::Null:
        v.type = value::kind::null;
        break;
      case YAML::NodeType::Scalar:
        v.type = value::kind::scalar;
        v.text = node.Scalar();
        // yaml-cpp tags quoted and block scalars "!" and plain ones "?".
        v.quoted = node.Tag() == "!";
        check_text(v.text, node.Mark());
        break;
      case YAML::NodeType::Sequence:
        v.type = value::kind::list;
        for (const auto& item : node) v.items.push_back(convert(item, depth + 1));
        break;
      case YAML::NodeType::Map:
        v.type = value::kind::map;
        for (const auto& kv : node) {
          if (!kv.first.IsScalar()) fail(kv.first.Mark(), "a mapping key must be plain text");
          std::string key = kv.first.Scalar();
          check_text(key, kv.first.Mark());
          if (v.find(key))
            fail(kv.first.Mark(), fmt::format("duplicate key \"{}\"", key));
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
    auto p = position(m);
    if (p.line > 0) throw input_error(fmt::format("{}:{}:{}: {}", p.file, p.line, p.column, msg));
    throw input_error(fmt::format("{}: {}", p.file, msg));
  }

  void check_text(const std::string& s, const YAML::Mark& m) const {
    if (auto problem = utf8::find_problem(s))
      fail(m, fmt::format("text contains {} (byte {} of the value), which a document cannot hold",
                          problem->description, problem->offset + 1));
  }

  const std::string& file_;
  const parse_limits& limits_;
  std::size_t nodes_ = 0;
};

}  // namespace

value parse_yaml(std::string_view text, const std::string& file_name, const parse_limits& limits) {
  if (text.size() > limits.max_bytes)
    throw input_error(fmt::format("{}: file is {} bytes, more than the limit of {}", file_name,
                                  text.size(), limits.max_bytes));
  if (auto problem = utf8::find_problem(text); problem && problem->description == "invalid UTF-8") {
    // Point at the line: yaml-cpp would otherwise pass the bytes through.
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < problem->offset; ++i) {
      if (text[i] == '\n') line++, col = 1;
      else col++;
    }
    throw input_error(fmt::format("{}:{}:{}: invalid UTF-8; save the file as UTF-8", file_name, line, col));
  }
  YAML::Node root;
  try {
    std::string copy(text);
    root = YAML::Load(copy);
  } catch (const YAML::Exception& e) {
    if (e.mark.is_null()) throw input_error(fmt::format("{}: {}", file_name, e.msg));
    throw input_error(
        fmt::format("{}:{}:{}: {}", file_name, e.mark.line + 1, e.mark.column + 1, e.msg));
  }
  converter c(file_name, limits);
  try {
    return c.convert(root, 0);
  } catch (const YAML::Exception& e) {
    throw input_error(fmt::format("{}: {}", file_name, e.msg));
  }
}

value load_yaml_file(const std::filesystem::path& path, const parse_limits& limits) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) throw input_error(fmt::format("{}: cannot read: {}", path.string(), ec.message()));
  if (size > limits.max_bytes)
    throw input_error(fmt::format("{}: file is {} bytes, more than the limit of {}", path.string(),
                                  size, limits.max_bytes));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw input_error(fmt::format("{}: cannot open", path.string()));
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_yaml(ss.str(), path.string(), limits);
}

}  // namespace cp::ingest
