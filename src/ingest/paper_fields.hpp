// SPDX-License-Identifier: MIT
// Field tables: an input object is a list of fields, each knowing its key,
// whether it is required, what it means, how its value is read into the
// model and how it is described in the JSON Schema. The loader and the
// schema are both driven by the one table, so they cannot disagree.
#pragma once

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ingest/paper_json.hpp"
#include "ingest/reader.hpp"
#include "ingest/value.hpp"
#include "model/paper.hpp"
#include "util/diagnostics.hpp"
#include "util/suggest.hpp"

namespace cp::ingest::fields {

// What reading shares: where problems go, and where each value was found so
// checks made after reading (cross references) can point at it.
struct read_context {
  diagnostics& d;
  std::map<std::string, source_position> where;  // field path -> position of its value

  // The position of the value at `path`; `fallback` when it was not read.
  source_position at(const std::string& path, const source_position& fallback = {}) const;
};

// The schema's "$defs", in order of first use, so the output never changes
// between runs.
class schema_defs {
 public:
  bool has(const std::string& name) const;
  void set(const std::string& name, json schema);
  json to_json() const;

 private:
  std::vector<std::pair<std::string, json>> defs_;
};

// How one value of type V is read, and what the schema says it is.
template <class V>
struct kind {
  std::function<std::optional<V>(const value&, const std::string& path, read_context&)> read;
  std::function<json(schema_defs&)> schema;
};

// Plain text on one line (surrounding spaces dropped).
kind<std::string> text();
// CommonMark prose, kept as written with its position.
kind<model::prose> prose();
// An e-mail address (it becomes a mailto: link).
kind<std::string> email_address();
kind<bool> boolean();
kind<int> integer(int min, int max);
// A number greater than 0 and at most `max`.
kind<double> positive_number(double max);
// A real date written YYYY-MM-DD.
kind<model::date> date();
// A month written YYYY-MM.
kind<std::string> month();
// A date written YYYY-MM-DD, or free text such as "ongoing".
kind<model::timescale> timescale();
kind<std::string> choice(std::vector<std::string> choices);

// Reports a value that is not a list; true when it is one.
bool expect_list(const value& v, const std::string& path, read_context& c);

template <class V>
kind<std::vector<V>> list(kind<V> item) {
  return {
      [item](const value& v, const std::string& path,
             read_context& c) -> std::optional<std::vector<V>> {
        if (!expect_list(v, path, c)) return std::nullopt;
        // One bad entry leaves the whole list out, so no check made
        // later on the list (row widths) reports a second problem.
        std::vector<V> out;
        bool complete = true;
        for (std::size_t i = 0; i < v.items.size(); ++i) {
          std::string p = item_path(path, i);
          c.where[p] = v.items[i].pos;
          if (auto x = item.read(v.items[i], p, c))
            out.push_back(std::move(*x));
          else
            complete = false;
        }
        if (!complete) return std::nullopt;
        return out;
      },
      [item](schema_defs& defs) {
        return json::object().set("type", json::string("array")).set("items", item.schema(defs));
      }};
}

// Names written in the input for the values of an enum.
template <class E>
kind<E> enumeration(std::vector<std::pair<std::string, E>> names) {
  std::vector<std::string> words;
  for (const auto& n : names) words.push_back(n.first);
  kind<std::string> words_kind = choice(words);
  return {[names, words_kind](const value& v, const std::string& path,
                              read_context& c) -> std::optional<E> {
            auto word = words_kind.read(v, path, c);
            if (!word) return std::nullopt;
            for (const auto& n : names)
              if (n.first == *word) return n.second;
            return std::nullopt;
          },
          words_kind.schema};
}

// Empty text in a required field is as good as a missing one.
inline bool is_blank(const std::string& s) {
  return s.find_first_not_of(" \t\r\n") == std::string::npos;
}
inline bool is_blank(const model::prose& p) {
  return p.empty();
}
template <class V>
bool is_blank(const std::vector<V>& list) {
  return list.empty();
}
template <class V>
bool is_blank(const V&) {
  return false;
}

// An object type of the input: a mapping whose keys are the fields.
template <class T>
class object_type {
 public:
  // `pos`, when given, receives the position of the mapping.
  object_type(std::string name, std::string description, source_position T::*pos = nullptr)
      : name_(std::move(name)), description_(std::move(description)), pos_(pos) {}

  template <class V>
  object_type& add(std::string key, V T::*member, kind<V> k, std::string description,
                   bool required = false) {
    return add_field(std::move(key), std::move(k), std::move(description), required,
                     [member](T& out, V&& x) { out.*member = std::move(x); });
  }

  template <class V>
  object_type& add(std::string key, std::optional<V> T::*member, kind<V> k, std::string description,
                   bool required = false) {
    return add_field(std::move(key), std::move(k), std::move(description), required,
                     [member](T& out, V&& x) { out.*member = std::move(x); });
  }

  // A rule between fields, checked after they are read.
  object_type& rule(std::function<void(const T&, const std::string& path, read_context&)> r) {
    rules_.push_back(std::move(r));
    return *this;
  }

  const std::string& name() const { return name_; }

  // Reads the mapping `v` into `out`; every problem goes into c.d.
  void read(const value& v, const std::string& path, read_context& c, T& out) const {
    map_reader r(v, path, c.d);
    if (!r.ok()) return;
    if (pos_) out.*pos_ = v.pos;
    for (const auto& f : fields_) {
      const value* fv = r.get(f.key, f.required && !misspelt_here(v, f.key));
      if (!fv) continue;
      std::string fpath = field_path(path, f.key);
      c.where[fpath] = fv->pos;
      f.read(*fv, fpath, c, out);
    }
    r.finish();
    for (const auto& rule : rules_) rule(out, path, c);
  }

  json schema(schema_defs& defs) const {
    json properties = json::object();
    json required = json::array();
    bool any_required = false;
    for (const auto& f : fields_) {
      properties.set(
          f.key,
          json::object().set("description", json::string(f.description)).merge(f.schema(defs)));
      if (f.required) required.push(json::string(f.key));
      any_required = any_required || f.required;
    }
    json out = json::object().set("description", json::string(description_));
    out.set("type", json::string("object"));
    out.set("properties", std::move(properties));
    if (any_required) out.set("required", std::move(required));
    out.set("additionalProperties", json::boolean(false));
    return out;
  }

 private:
  struct field {
    std::string key;
    bool required;
    std::string description;
    std::function<void(const value&, const std::string&, read_context&, T&)> read;
    std::function<json(schema_defs&)> schema;
  };

  // Whether an unknown key of `v` is a misspelling of `key`: the unknown
  // key's message says so, and "required field is missing" would only repeat it.
  bool misspelt_here(const value& v, const std::string& key) const {
    std::vector<std::string> known;
    for (const auto& f : fields_) known.push_back(f.key);
    for (const auto& m : v.members) {
      if (std::find(known.begin(), known.end(), m.key) != known.end()) continue;
      if (nearest(m.key, known) == key) return true;
    }
    return false;
  }

  template <class V, class Store>
  object_type& add_field(std::string key, kind<V> k, std::string description, bool required,
                         Store store) {
    auto read = [k, required, store](const value& v, const std::string& path, read_context& c,
                                     T& out) {
      auto x = k.read(v, path, c);
      if (!x) return;
      if (required && is_blank(*x)) c.d.error(v.pos, path, "required field is empty");
      store(out, std::move(*x));
    };
    fields_.push_back(
        {std::move(key), required, std::move(description), std::move(read), k.schema});
    return *this;
  }

  std::string name_;
  std::string description_;
  source_position T::*pos_;
  std::vector<field> fields_;
  std::vector<std::function<void(const T&, const std::string&, read_context&)>> rules_;
};

// A nested object, described once under "$defs" and referred to by name.
template <class T>
kind<T> object(const object_type<T>& type) {
  return {[&type](const value& v, const std::string& path, read_context& c) -> std::optional<T> {
            T out{};
            type.read(v, path, c, out);
            return out;
          },
          [&type](schema_defs& defs) {
            if (!defs.has(type.name())) {
              defs.set(type.name(), json::object());  // placeholder: a type may refer to itself
              defs.set(type.name(), type.schema(defs));
            }
            return json::object().set("$ref", json::string("#/$defs/" + type.name()));
          }};
}

}  // namespace cp::ingest::fields
