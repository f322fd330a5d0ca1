// SPDX-License-Identifier: MIT
#include "ingest/yaml_source.hpp"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "ingest/input_text.hpp"
#include "ingest/named_file.hpp"
#include "ingest/yaml_events.hpp"
#include "util/suggest.hpp"
#include "util/utf8.hpp"

namespace cp::ingest {

yaml_error::yaml_error(source_position where, const std::string& message, std::string field)
    : input_error(diagnostic{severity::error, where, field, message}.to_string()),
      where_(std::move(where)),
      message_(message),
      field_(std::move(field)) {}

namespace {

// What the files of one document share: the limits count them all together,
// and the chain of files being read shows include loops.
struct session {
  session(const parse_limits& l, const include_options& i) : limits(l), includes(i) {}
  const parse_limits& limits;
  const include_options& includes;
  std::filesystem::path root;  // canonical: where included files may be
  std::size_t nodes = 0;
  std::size_t bytes = 0;                     // of the files read and of the copies aliases make
  std::vector<std::filesystem::path> chain;  // canonical paths, outermost first
  std::vector<std::string> chain_names;      // the same files as messages name them
};

value parse_document(std::string_view text, const std::string& file_name, session& s, int depth,
                     const std::string& field);

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

// Anchored values, to copy where an alias names them, with how many values
// and bytes each holds so that a copy counts against the limits before it
// is made.
struct anchored {
  value v;
  std::size_t nodes = 0;
  std::size_t bytes = 0;
};

std::size_t text_bytes(const value& v) {
  std::size_t n = v.text.size();
  for (const auto& i : v.items) n += text_bytes(i);
  for (const auto& m : v.members) n += m.key.size() + text_bytes(m.val);
  return n;
}

// A character no document can hold, found in the raw text before parsing:
// the parse runs on a copy with the character blanked out, and the value
// that holds it names its field.
struct bad_character {
  std::size_t char_index = 0;  // counted in characters, as libyaml's marks are
  source_position at;
  std::string message;
};

// Builds the value tree from libyaml's events, one file at a time.
class tree_builder {
 public:
  tree_builder(detail::yaml_events& events, const std::string& file, session& s,
               const std::string& field, const bad_character* bad)
      : events_(events), file_(file), s_(s), bad_(bad) {
    if (!field.empty()) path_.push_back(field);
  }

  // The file's one document, or null for a file with none.
  value document(int depth) {
    events_.next();  // stream start
    if (events_.next().type == YAML_STREAM_END_EVENT) return null_at({file_, 0, 0});
    events_.next();  // the document's first node
    value v = node(depth);
    events_.next();  // document end
    if (events_.next().type == YAML_DOCUMENT_START_EVENT)
      fail(events_.current().start_mark,
           "a second YAML document starts here (after \"---\"); an input file holds one");
    return v;
  }

 private:
  value null_at(source_position pos) const {
    value v;
    v.pos = std::move(pos);
    return v;
  }

  // The node whose first event is the current one; on return the current
  // event is its last.
  value node(int depth) {
    const yaml_event_t& e = events_.current();
    const yaml_mark_t mark = e.start_mark;
    std::size_t nodes_before = s_.nodes;
    if (++s_.nodes > s_.limits.max_nodes) too_many(mark);
    if (depth > s_.limits.max_depth)
      fail(mark, fmt::format("nested more than {} levels deep", s_.limits.max_depth));
    const yaml_event_type_t type = e.type;
    if (type == YAML_ALIAS_EVENT) return alias(e);

    std::string anchor, tag;
    switch (type) {
      case YAML_SCALAR_EVENT:
        anchor = detail::c_text(e.data.scalar.anchor), tag = detail::c_text(e.data.scalar.tag);
        break;
      case YAML_SEQUENCE_START_EVENT:
        anchor = detail::c_text(e.data.sequence_start.anchor);
        tag = detail::c_text(e.data.sequence_start.tag);
        break;
      default:
        anchor = detail::c_text(e.data.mapping_start.anchor);
        tag = detail::c_text(e.data.mapping_start.tag);
        break;
    }
    if (s_.includes.follow) check_tag(tag, type == YAML_SCALAR_EVENT, mark);

    value v;
    v.pos = events_.position(mark);
    if (type == YAML_SCALAR_EVENT) {
      scalar(e, tag, v);
      if (s_.includes.follow && tag == "!include") v = include(v.text, mark, depth);
    } else if (type == YAML_SEQUENCE_START_EVENT) {
      v.type = value::kind::list;
      while (events_.next().type != YAML_SEQUENCE_END_EVENT) {
        path_.push_back(fmt::format("[{}]", v.items.size() + 1));
        v.items.push_back(node(depth + 1));
        path_.pop_back();
      }
    } else {
      v.type = value::kind::map;
      while (events_.next().type != YAML_MAPPING_END_EVENT) member_of(v, depth);
      if (s_.includes.follow && v.find("$include")) v = include_mapping(v, mark, depth);
    }
    if (!anchor.empty()) anchors_[anchor] = {v, s_.nodes - nodes_before, text_bytes(v)};
    return v;
  }

  // YAML's core schema decides which plain scalars are null; every other
  // scalar keeps its text for the field's reader to judge.
  void scalar(const yaml_event_t& e, const std::string& tag, value& v) const {
    std::string_view text = detail::scalar_text(e);
    bool plain = e.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
    if (tag.empty() && plain &&
        (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL"))
      return;  // null
    v.type = value::kind::scalar;
    v.text = text;
    // "!!str 12" is text written on purpose, like "12".
    v.quoted = !plain || tag == "tag:yaml.org,2002:str";
    check_text(v.text, e.start_mark);
    if (bad_ && e.start_mark.index <= bad_->char_index && bad_->char_index < e.end_mark.index)
      throw yaml_error(bad_->at, bad_->message, field());
  }

  void member_of(value& map, int depth) {
    const yaml_event_t& k = events_.current();
    yaml_mark_t key_mark = k.start_mark;
    if (k.type != YAML_SCALAR_EVENT) fail(key_mark, "a mapping key must be plain text");
    value key = node(depth + 1);
    if (!key.is_scalar()) fail(key_mark, "a mapping key must be plain text");
    if (map.find(key.text)) fail(key_mark, fmt::format("duplicate key \"{}\"", key.text));
    events_.next();
    path_.push_back(key.text);
    map.members.push_back(member{std::move(key.text), std::move(key.pos), node(depth + 1)});
    path_.pop_back();
  }

  // The field path of the value being read, as the field readers write it.
  std::string field() const {
    std::string out;
    for (const auto& p : path_) {
      if (!out.empty() && p.front() != '[') out += '.';
      out += p;
    }
    return out;
  }

  value alias(const yaml_event_t& e) {
    std::string name(detail::c_text(e.data.alias.anchor));
    auto it = anchors_.find(name);
    if (it == anchors_.end())
      fail(e.start_mark,
           fmt::format("the alias \"*{}\" names no anchor (\"&{}\") before it", name, name));
    s_.nodes += it->second.nodes - 1;
    if (s_.nodes > s_.limits.max_nodes) too_many(e.start_mark);
    s_.bytes += it->second.bytes;
    if (s_.bytes > s_.limits.max_bytes)
      fail(e.start_mark,
           fmt::format("aliases repeat more than {} bytes of text; refusing to read further",
                       s_.limits.max_bytes));
    return it->second.v;
  }

  [[noreturn]] void too_many(const yaml_mark_t& m) const {
    fail(m, fmt::format("more than {} values (aliases expanded); refusing to read further",
                        s_.limits.max_nodes));
  }

  [[noreturn]] void fail(const yaml_mark_t& m, const std::string& msg) const {
    throw yaml_error(events_.position(m), msg);
  }

  void check_text(const std::string& s, const yaml_mark_t& m) const {
    if (s.size() > s_.limits.max_text_bytes) throw too_long(events_.position(m), s.size());
    if (auto problem = utf8::find_problem(s))
      throw yaml_error(
          events_.position(m),
          fmt::format("text contains {} (byte {} of the value), which a document cannot hold",
                      problem->description, problem->offset + 1),
          field());
  }

  yaml_error too_long(const source_position& at, std::size_t size) const {
    return yaml_error(at,
                      fmt::format("a text of {} bytes, more than the {} one value may hold; split "
                                  "it into sections",
                                  size, s_.limits.max_text_bytes),
                      field());
  }

  // Our own tags ("!name") other than !include on a file name are mistakes, not data.
  void check_tag(const std::string& tag, bool scalar, const yaml_mark_t& m) const {
    if (tag == "!include") {
      if (!scalar) fail(m, "!include takes the name of a file");
      return;
    }
    if (tag.size() < 2 || tag[0] != '!' || tag[1] == '!') return;
    if (nearest(tag, {"!include"}))
      fail(m, fmt::format("unknown tag \"{}\"; did you mean \"!include\"?", tag));
    fail(m, fmt::format("unknown tag \"{}\"; the only tag understood is !include", tag));
  }

  value include_mapping(const value& map, const yaml_mark_t& m, int depth) {
    if (map.members.size() != 1)
      fail(m,
           "\"$include\" must be the only key of its mapping; put the other fields in the included "
           "file");
    const value& target = map.members.front().val;
    if (!target.is_scalar()) throw yaml_error(target.pos, "\"$include\" takes the name of a file");
    return include(target.text, target.pos, depth);
  }
  value include(const std::string& name, const yaml_mark_t& at, int depth) {
    return include(name, events_.position(at), depth);
  }

  // Reads the file `name` (relative to this file's folder, inside the
  // include root) in place of the node: YAML/JSON files as values, .md and
  // .txt files as text.
  value include(const std::string& name, const source_position& at, int depth) {
    auto fail_at = [&](const std::string& msg) { throw yaml_error(at, msg, field()); };
    if (name.empty()) fail_at("an include needs the name of a file");
    if (static_cast<int>(s_.chain.size()) > s_.includes.max_depth)
      fail_at(fmt::format("includes are nested more than {} deep", s_.includes.max_depth));
    named_file file;
    std::string text;
    try {
      file = resolve_named_file(name, file_, s_.root);
      text = read_named_file(file, s_.limits.max_bytes);
    } catch (const util::read_refused& e) {
      fail_at(fmt::format("cannot include \"{}\": {}", name, e.what()));
    }
    const std::filesystem::path& path = file.path;
    const std::filesystem::path& canonical = file.canonical;
    std::string shown = path.string();
    if (auto loop = std::find(s_.chain.begin(), s_.chain.end(), canonical);
        loop != s_.chain.end()) {
      std::string circle;
      for (auto i = static_cast<std::size_t>(loop - s_.chain.begin()); i < s_.chain_names.size();
           ++i)
        circle += s_.chain_names[i] + " includes ";
      fail_at(fmt::format("includes go round in a circle: {}{}", circle, shown));
    }
    count_bytes(s_, text.size(), at, true);
    note_read(shown);
    auto ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    if (ext == ".md" || ext == ".txt") return text_file(text, shown);
    s_.chain.push_back(canonical);
    s_.chain_names.push_back(shown);
    value v = parse_document(text, shown, s_, depth, field());
    s_.chain.pop_back();
    s_.chain_names.pop_back();
    return v;
  }

  void note_read(const std::string& shown) const {
    auto* read = s_.includes.files_read;
    if (read && std::find(read->begin(), read->end(), shown) == read->end()) read->push_back(shown);
  }

  value text_file(std::string_view text, const std::string& shown) const {
    text = utf8::without_bom(text);
    if (text.size() > s_.limits.max_text_bytes) throw too_long({shown, 0, 0}, text.size());
    if (auto problem = utf8::find_problem(text))
      throw yaml_error(
          position_of_offset(text, problem->offset, shown),
          fmt::format("text contains {}, which a document cannot hold", problem->description),
          field());
    value v;
    v.type = value::kind::scalar;
    v.text = text;
    v.quoted = true;
    v.pos = {shown, 1, 1};
    return v;
  }

  detail::yaml_events& events_;
  const std::string& file_;
  session& s_;
  const bad_character* bad_;
  std::vector<std::string> path_;  // keys and "[n]" from the top of the paper
  std::unordered_map<std::string, anchored> anchors_;
};

value parse_document(std::string_view text, const std::string& file_name, session& s, int depth,
                     const std::string& field) {
  // Editors on Windows start UTF-8 files with a byte order mark, which
  // libyaml takes for content before a document's first key.
  text = utf8::without_bom(text);
  // Checked before libyaml reads it, which would stop at the first such
  // character with a byte offset: name the line and the character, and the
  // field of the value that holds it.
  auto problem = utf8::find_problem(text);
  if (!problem) {
    detail::yaml_events events(text, file_name);
    tree_builder b(events, file_name, s, field, nullptr);
    return b.document(depth);
  }
  source_position at = position_of_offset(text, problem->offset, file_name);
  if (problem->description == "invalid UTF-8")
    throw yaml_error(at, "invalid UTF-8; save the file as UTF-8", field);
  bad_character bad{
      0, at, fmt::format("text contains {}, which a document cannot hold", problem->description)};
  for (std::size_t i = 0; i < problem->offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++bad.char_index;
  // Each such character (libyaml would stop at any of them) becomes one
  // letter, so that libyaml's marks, which count characters, still point
  // at the first.
  std::string blanked(text.substr(0, problem->offset));
  for (std::size_t i = problem->offset; i < text.size();) {
    std::size_t len = utf8::allowed_sequence(text, i);
    if (len == 0) {
      std::size_t end = i;
      utf8::next(text, end);  // malformed bytes count one each
      blanked += 'x';
      i = end;
    } else {
      blanked.append(text.substr(i, len));
      i += len;
    }
  }
  try {
    detail::yaml_events events(blanked, file_name);
    tree_builder b(events, file_name, s, field, &bad);
    b.document(depth);
  } catch (const yaml_error& e) {
    if (e.message() == bad.message) throw;
  }
  // In a key, a comment or where the YAML is broken anyway: the place alone.
  throw yaml_error(at, bad.message, field);
}

}  // namespace

value parse_yaml(std::string_view text, const std::string& file_name, const parse_limits& limits,
                 const include_options& includes) {
  session s(limits, includes);
  s.root = includes.root.empty() ? default_include_root(file_name) : includes.root;
  std::error_code ec;
  s.chain.push_back(std::filesystem::weakly_canonical(file_name, ec));
  s.chain_names.push_back(file_name);
  count_bytes(s, text.size(), {file_name, 0, 0}, false);
  return parse_document(text, file_name, s, 0, "");
}

value load_yaml_file(const std::filesystem::path& path, const parse_limits& limits,
                     const include_options& includes) {
  std::string text;
  try {
    text = read_input_text(path, limits.max_bytes);
  } catch (const util::read_refused& e) {
    throw yaml_error({path.string(), 0, 0}, fmt::format("the file {}", e.what()));
  }
  if (auto* read = includes.files_read;
      read && std::find(read->begin(), read->end(), path.string()) == read->end())
    read->push_back(path.string());
  return parse_yaml(text, path.string(), limits, includes);
}

}  // namespace cp::ingest
