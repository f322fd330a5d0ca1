// SPDX-License-Identifier: MIT
// Fuzz target: any bytes as a template, next to the shipped partials. When
// the set accepts it and it compiles to a markup program, the program must
// build exactly the tree its rendered text parses to, for a real paper's
// view, an empty one, and one giving every name the template uses a value
// chosen to be awkward (markup characters, spaces only, lists, flags).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>

#include "compose/paper_view.hpp"
#include "compose/program_check.hpp"
#include "compose/template_set.hpp"
#include "fuzz_target.hpp"
#include "ingest/paper_loader.hpp"
#include "util/diagnostics.hpp"
#include "util/error.hpp"

namespace {

std::map<std::string, std::string> shipped_partials() {
  std::map<std::string, std::string> out;
  auto dir = std::filesystem::path(CP_SOURCE_DIR) / "templates" / "partials";
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    out[e.path().stem().string()] = ss.str();
  }
  return out;
}

const cp::compose::view& example_view() {
  static const cp::compose::view v = [] {
    cp::diagnostics d;
    auto p = cp::ingest::load_paper(
        std::filesystem::path(CP_SOURCE_DIR) / "inputs" / "leeds-partnership-review.yaml", d);
    if (!p) std::abort();
    return cp::compose::paper_view(*p, p->logo);
  }();
  return v;
}

cp::compose::view awkward(std::size_t choice, int depth) {
  using cp::compose::view;
  switch (choice % 8) {
    case 0:
      return view("");
    case 1:
      return view("  ");
    case 2:
      return view("a & <b> \"c\"\t'd'\ne\r");
    case 3:
      return view::flag(true);
    case 4:
      return view::flag(false);
    case 5: {
      view l = view::list();
      l.push("one");
      l.push(" ");
      return l;
    }
    case 6: {
      view l = view::list();
      if (depth < 2) {
        view o = view::object();
        o.set("text", awkward(choice / 8, depth + 1));
        l.push(std::move(o));
      }
      return l;
    }
    default:
      return view("plain");
  }
}

// Every name between {{ and }} gets a value; dotted names get objects.
cp::compose::view awkward_view(const std::string& t) {
  cp::compose::view v = cp::compose::view::object();
  for (std::size_t pos = 0; (pos = t.find("{{", pos)) != std::string::npos;) {
    std::size_t end = t.find("}}", pos + 2);
    if (end == std::string::npos) break;
    std::string name = t.substr(pos + 2, end - pos - 2);
    pos = end + 2;
    while (!name.empty() && std::string("#^/!>&{ ").find(name.front()) != std::string::npos)
      name.erase(0, 1);
    while (!name.empty() && name.back() == ' ') name.pop_back();
    if (name.empty() || name == ".") continue;
    std::size_t dot = name.find('.');
    std::size_t h = std::hash<std::string>{}(name);
    if (dot == std::string::npos) {
      v.set(name, awkward(h, 0));
    } else {
      cp::compose::view o = cp::compose::view::object();
      o.set(name.substr(dot + 1), awkward(h, 0));
      v.set(name.substr(0, dot), std::move(o));
    }
  }
  return v;
}

void expect_same(const cp::compose::template_set& set, const cp::compose::view& v) {
  std::string d = cp::compose::program_difference(set, "t", v);
  if (!d.empty()) {
    std::cerr << "fuzz_program: the program and the text differ: " << d << "\n";
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::map<std::string, std::string> partials = shipped_partials();
  std::string text(reinterpret_cast<const char*>(data), size);
  std::optional<cp::compose::template_set> set;
  try {
    set.emplace(cp::compose::template_set::from_texts({{"t", text}}, partials));
  } catch (const cp::template_error&) {
    return 0;  // refused by the set's checks: nothing to compare
  }
  if (!set->builds_markup("t")) return 0;
  expect_same(*set, example_view());
  expect_same(*set, cp::compose::view::object());
  expect_same(*set, awkward_view(text));
  return 0;
}
