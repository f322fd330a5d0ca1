// SPDX-License-Identifier: MIT
#include "ingest/paper_checks.hpp"

#include <fmt/format.h>

#include "ingest/named_file.hpp"
#include "media/image_info.hpp"
#include "util/error.hpp"

#include "util/suggest.hpp"

namespace cp::ingest {
namespace {

// A name or id given in the input, and the field path where it was given.
struct named {
  std::string name;
  std::string path;
};

// The names in `items`, each reported where it repeats an earlier one.
std::vector<std::string> unique_names(const std::vector<named>& items, std::string_view what,
                                      fields::read_context& c) {
  std::vector<std::string> names;
  std::vector<std::string> first_paths;
  for (const auto& it : items) {
    if (it.name.empty()) continue;
    auto found = std::find(names.begin(), names.end(), it.name);
    if (found != names.end()) {
      auto first = first_paths[static_cast<std::size_t>(found - names.begin())];
      c.d.error(c.at(it.path), it.path,
                fmt::format("the {} \"{}\" is already used by {}", what, it.name, first));
      continue;
    }
    names.push_back(it.name);
    first_paths.push_back(it.path.substr(0, it.path.rfind('.')));
  }
  return names;
}

// Reports a reference to a name that `known` does not hold.
void check_reference(const named& ref, const std::vector<std::string>& known,
                     std::string_view missing, std::string_view none, fields::read_context& c) {
  if (ref.name.empty() || std::find(known.begin(), known.end(), ref.name) != known.end()) return;
  std::string msg = fmt::format(fmt::runtime(missing), ref.name);
  if (known.empty())
    msg += fmt::format("; {}", none);
  else if (auto near = nearest(ref.name, known))
    msg += fmt::format("; did you mean \"{}\"?", *near);
  else
    msg += fmt::format("; the known ones are {}", fmt::join(known, ", "));
  c.d.error(c.at(ref.path), ref.path, msg);
}

std::string at_item(std::string_view list, std::size_t i, std::string_view key) {
  return field_path(item_path(list, i), key);
}

std::vector<named> section_ids(const model::paper& p) {
  std::vector<named> out;
  for (std::size_t i = 0; i < p.sections.size(); ++i) {
    out.push_back({p.sections[i].id, at_item("sections", i, "id")});
    const auto& subs = p.sections[i].subsections;
    for (std::size_t j = 0; j < subs.size(); ++j)
      out.push_back(
          {subs[j].id, at_item(field_path(item_path("sections", i), "subsections"), j, "id")});
  }
  return out;
}

template <class T, class Get>
std::vector<named> collect(const std::vector<T>& items, std::string_view list, std::string_view key,
                           Get get) {
  std::vector<named> out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out.push_back({get(items[i]), at_item(list, i, key)});
  return out;
}

}  // namespace

void check_references(const model::paper& p, fields::read_context& c) {
  auto partnerships = unique_names(
      collect(p.partnerships, "partnerships", "id", [](const auto& x) { return x.id; }), "id", c);
  auto criteria = unique_names(
      collect(p.criteria, "criteria", "name", [](const auto& x) { return x.name; }), "name", c);
  auto appendices = unique_names(
      collect(p.appendices, "appendices", "label", [](const auto& x) { return x.label; }), "label",
      c);
  auto sections = unique_names(section_ids(p), "id", c);
  unique_names(
      collect(p.recommendations, "recommendations", "id", [](const auto& x) { return x.id; }), "id",
      c);

  constexpr std::string_view no_partnership = "no partnership has the id \"{}\"";
  constexpr std::string_view no_partnerships = "the paper lists no partnerships";
  for (std::size_t i = 0; i < p.evaluations.size(); ++i) {
    const auto& e = p.evaluations[i];
    check_reference({e.partnership, at_item("evaluations", i, "partnership")}, partnerships,
                    no_partnership, no_partnerships, c);
    check_reference({e.appendix, at_item("evaluations", i, "appendix")}, appendices,
                    "no appendix in appendices has the label \"{}\"",
                    "the paper lists no appendices", c);
    std::string results = field_path(item_path("evaluations", i), "results");
    for (std::size_t j = 0; j < e.results.size(); ++j)
      check_reference({e.results[j].criterion, at_item(results, j, "criterion")}, criteria,
                      "no criterion in criteria is named \"{}\"", "the paper lists no criteria", c);
  }
  for (std::size_t i = 0; i < p.work_programme.size(); ++i)
    check_reference({p.work_programme[i].partnership, at_item("work-programme", i, "partnership")},
                    partnerships, no_partnership, no_partnerships, c);
  for (std::size_t i = 0; i < p.recommendations.size(); ++i)
    check_reference({p.recommendations[i].section, at_item("recommendations", i, "section")},
                    sections, "no section or subsection has the id \"{}\"", "no section has an id",
                    c);
}

std::optional<std::string> check_logo(const std::string& logo, const std::filesystem::path& input,
                                      const std::filesystem::path& root, fields::read_context& c) {
  source_position at = c.at("logo", {input.string(), 0, 0});
  std::filesystem::path path;
  std::string bytes;
  try {
    named_file f = resolve_named_file(logo, at.file, root);
    path = f.path;
    bytes = read_named_file(f, media::max_picture_bytes);
  } catch (const util::read_refused& e) {
    c.d.error(at, "logo", e.what());
    return std::nullopt;
  }
  // The bytes say what a file is, whatever its name; probing the whole
  // header also refuses truncated files and image bombs before any build.
  try {
    media::probe_image(bytes, path.string());
  } catch (const input_error& e) {
    std::string why = e.what();
    why = why.substr(why.find(": not a usable image: ") + 2);
    c.d.error(at, "logo", fmt::format("{} is {}", path.string(), why));
    return std::nullopt;
  }
  return path.lexically_relative(input.parent_path().empty() ? "." : input.parent_path())
      .generic_string();
}

}  // namespace cp::ingest
