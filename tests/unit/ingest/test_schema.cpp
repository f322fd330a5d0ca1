// SPDX-License-Identifier: MIT
// The JSON Schema and the loader agree: the committed schema is the
// generated one, every property it names is accepted, a misspelt one is not.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <set>

#include <fmt/format.h>

#include "ingest/paper_loader.hpp"
#include "ingest/yaml_source.hpp"
#include "support/paths.hpp"

using namespace cp;
using ingest::value;

namespace {

const std::filesystem::path full_yaml() {
  return test::source_dir() / "tests/unit/ingest/data/full.yaml";
}

// The schema's "$defs" entry a "$ref" names.
const value& resolve(const value& schema, const value& root) {
  const value* ref = schema.find("$ref");
  if (!ref) return schema;
  std::string name = ref->text.substr(std::string("#/$defs/").size());
  const value* def = root.find("$defs")->find(name);
  REQUIRE(def);
  return *def;
}

// Records "<type>.<key>" for every schema property that `data` uses.
void cover(const value& schema_in, const value& data, const std::string& type, const value& root,
           std::set<std::string>& covered) {
  const value& schema = resolve(schema_in, root);
  std::string here = schema_in.find("$ref") ? schema_in.find("$ref")->text.substr(8) : type;
  if (const value* one_of = schema.find("oneOf")) {
    for (const auto& alt : one_of->items) cover(alt, data, here, root, covered);
    return;
  }
  const value* t = schema.find("type");
  if (!t) return;
  if (t->text == "object" && data.is_map()) {
    const value* props = schema.find("properties");
    for (const auto& m : data.members)
      if (const value* p = props->find(m.key)) {
        covered.insert(here + "." + m.key);
        cover(*p, m.val, here + "." + m.key, root, covered);
      }
  } else if (t->text == "array" && data.is_list()) {
    for (const auto& item : data.items) cover(*schema.find("items"), item, type, root, covered);
  }
}

std::set<std::string> all_properties(const value& root) {
  std::set<std::string> out;
  for (const auto& m : root.find("properties")->members) out.insert("paper." + m.key);
  for (const auto& def : root.find("$defs")->members)
    for (const auto& m : def.val.find("properties")->members) out.insert(def.key + "." + m.key);
  return out;
}

// Writes a value tree back as JSON, renaming the member `rename` to `to`.
void to_json(const value& v, const ingest::member* rename, const std::string& to,
             std::string& out) {
  static const std::regex number("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  switch (v.type) {
    case value::kind::null:
      out += "null";
      return;
    case value::kind::scalar:
      if (!v.quoted &&
          (v.text == "true" || v.text == "false" || std::regex_match(v.text, number))) {
        out += v.text;
      } else {
        out += '"';
        for (char c : v.text) {
          if (c == '"' || c == '\\') out += '\\';
          if (c == '\n')
            out += "\\n";
          else
            out += c;
        }
        out += '"';
      }
      return;
    case value::kind::list:
      out += '[';
      for (std::size_t i = 0; i < v.items.size(); ++i) {
        if (i) out += ", ";
        to_json(v.items[i], rename, to, out);
      }
      out += ']';
      return;
    case value::kind::map:
      out += '{';
      for (std::size_t i = 0; i < v.members.size(); ++i) {
        if (i) out += ", ";
        const auto& m = v.members[i];
        out += fmt::format("\"{}\": ", &m == rename ? to : m.key);
        to_json(m.val, rename, to, out);
      }
      out += '}';
      return;
  }
}

void all_members(const value& v, std::vector<const ingest::member*>& out) {
  for (const auto& m : v.members) {
    out.push_back(&m);
    all_members(m.val, out);
  }
  for (const auto& item : v.items) all_members(item, out);
}

}  // namespace

TEST_CASE("docs/paper.schema.json is the schema the loader generates") {
  std::string generated = ingest::paper_json_schema();
  auto committed = test::source_dir() / "docs/paper.schema.json";
  const char* update = std::getenv("UPDATE_GOLDEN");
  if (update && std::string(update) == "1") std::ofstream(committed, std::ios::binary) << generated;
  CHECK(test::read_file(committed) == generated);
}

TEST_CASE("the schema is JSON Schema 2020-12 with closed objects") {
  value root = ingest::parse_yaml(ingest::paper_json_schema(), "paper.schema.json");
  CHECK(root.find("$schema")->text == "https://json-schema.org/draft/2020-12/schema");
  CHECK(root.find("additionalProperties")->text == "false");
  std::vector<std::string> required;
  for (const auto& r : root.find("required")->items) required.push_back(r.text);
  CHECK(required == std::vector<std::string>{"kind", "committee", "meeting-date", "title"});
  const value* kind = root.find("properties")->find("kind");
  REQUIRE(kind->find("enum"));
  CHECK(kind->find("enum")->items.size() == 4);
  CHECK(kind->find("description"));
  for (const auto& def : root.find("$defs")->members) {
    INFO(def.key);
    CHECK(def.val.find("additionalProperties")->text == "false");
    CHECK(def.val.find("description"));
    for (const auto& p : def.val.find("properties")->members) {
      INFO(p.key);
      CHECK(p.val.find("description"));
    }
  }
  const value* priority =
      root.find("$defs")->find("recommendation")->find("properties")->find("priority");
  CHECK(priority->find("type")->text == "integer");
  CHECK(priority->find("minimum")->text == "1");
  CHECK(priority->find("maximum")->text == "3");
}

TEST_CASE("every property in the schema is accepted by the loader") {
  value schema = ingest::parse_yaml(ingest::paper_json_schema(), "paper.schema.json");
  value data = ingest::parse_yaml(test::read_file(full_yaml()), "full.yaml");
  std::set<std::string> covered;
  cover(schema, data, "paper", schema, covered);
  std::set<std::string> all = all_properties(schema);
  std::vector<std::string> unused;
  std::set_difference(all.begin(), all.end(), covered.begin(), covered.end(),
                      std::back_inserter(unused));
  INFO("full.yaml does not use: " << fmt::format("{}", fmt::join(unused, ", ")));
  CHECK(unused.empty());
  CHECK(all.size() > 100);

  diagnostics d;
  CHECK(ingest::load_paper(full_yaml(), d));
  CHECK(d.to_string() == "");
}

TEST_CASE("a misspelt property is refused with the right suggestion, wherever it is") {
  value data = ingest::parse_yaml(test::read_file(full_yaml()), "full.yaml");
  std::vector<const ingest::member*> members;
  all_members(data, members);
  auto dir = test::scratch_dir("ingest-misspelt");
  std::filesystem::copy_file(full_yaml().parent_path() / "logo.png", dir / "logo.png");
  for (const auto* m : members) {
    std::string wrong = m->key + "x";
    std::string text;
    to_json(data, m, wrong, text);
    auto file = dir / "paper.json";
    std::ofstream(file, std::ios::binary) << text;
    diagnostics d;
    CAPTURE(m->key);
    CHECK_FALSE(ingest::load_paper(file, d));
    CHECK(d.to_string().find(fmt::format("unknown field \"{}\"; did you mean \"{}\"?", wrong,
                                         m->key)) != std::string::npos);
  }
  CHECK(members.size() > 120);

  // Unchanged, the JSON copy loads: the renames alone caused the errors.
  std::string text;
  to_json(data, nullptr, "", text);
  std::ofstream(dir / "paper.json", std::ios::binary) << text;
  diagnostics d;
  CHECK(ingest::load_paper(dir / "paper.json", d));
  CHECK(d.to_string() == "");
}
