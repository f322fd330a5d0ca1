// SPDX-License-Identifier: MIT
// The manifest: written with a fixed key order, read back the same, and
// refused with the key named when it cannot be trusted.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include "archive/manifest.hpp"
#include "archive/sha256.hpp"

using namespace cp;
using archive::manifest;

namespace {

manifest sample() {
  manifest m;
  m.paper = "leeds-partnership-review";
  m.version = 2;
  m.archived = "2025-03-01T10:15:00Z";
  m.generator_version = "0.1.0";
  m.template_set_version = std::string(64, 'a');
  m.template_name = "audit-review";
  m.input = "input/inputs/leeds.yaml";
  m.style = "style/council.yaml";
  m.templates = "templates";
  m.references = {"reference/riverside.docx"};
  m.title = "Review of \"Partnership\" Working & more";
  m.council = "Leeds City Council";
  m.committee = "Corporate Governance and Audit Committee";
  m.meeting_date = "2005-10-09";
  m.status = "signed-off";
  m.paper_version = "1.0";
  m.created = "2005-09-19";
  m.modified = "";
  m.signed_off_by = "Simon Reed";
  m.signed_off_job_title = "Chief Executive";
  m.signed_off_date = "2005-10-03";
  m.clearances = {
      {"author", "Helen Ward", "Audit Manager", "2005-09-26", "cleared", ""},
      {"legal", "David Moss", "", "2005-09-29", "cleared-with-comments", "Line one\nline two"}};
  m.pdf = "output/leeds.pdf";
  m.pdf_note = "PDF/A-2b";
  // Out of order on purpose: the manifest sorts them.
  m.files = {{"output/leeds.docx", "docx", 1234, archive::sha256_hex("docx")},
             {"input/inputs/leeds.yaml", "input", 99, archive::sha256_hex("yaml")},
             {"output/leeds.pdf", "pdf", 5, archive::sha256_hex("pdf")}};
  return m;
}

std::string with(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("manifest: written in a fixed order, read back the same") {
  manifest m = sample();
  std::string text = m.to_json();
  CHECK(text == sample().to_json());  // deterministic
  CHECK(
      text.rfind(
          "{\n  \"format\": \"committee-papers-archive\",\n  \"format-version\": 1,\n  \"paper\": ",
          0) == 0);
  CHECK(text.back() == '\n');
  // Files by path, whatever order they were added in.
  CHECK(text.find("\"path\": \"input/inputs/leeds.yaml\"") <
        text.find("\"path\": \"output/leeds.docx\""));
  CHECK(text.find("\"path\": \"output/leeds.docx\"") < text.find("\"path\": \"output/leeds.pdf\""));

  manifest back = manifest::parse(text, "manifest.json");
  CHECK(back.to_json() == text);
  CHECK(back.title == "Review of \"Partnership\" Working & more");
  CHECK(back.clearances.at(1).comments == "Line one\nline two");
  CHECK(back.clearances.at(0).comments.empty());
  CHECK(back.references == std::vector<std::string>{"reference/riverside.docx"});
  REQUIRE(back.find("output/leeds.docx"));
  CHECK(back.find("output/leeds.docx")->bytes == 1234);
  CHECK(back.find("output/leeds.docx")->sha256 == archive::sha256_hex("docx"));
  CHECK(back.find("nothing") == nullptr);
}

TEST_CASE("manifest: what cannot be trusted is refused, naming the key") {
  std::string text = sample().to_json();
  auto refused = [](const std::string& t) {
    try {
      manifest::parse(t, "v1/manifest.json");
    } catch (const archive::archive_error& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  CHECK(refused("{not json").find("v1/manifest.json cannot be read") == 0);
  CHECK(refused(with(text, "\"format-version\": 1", "\"format-version\": 2")) ==
        "v1/manifest.json: format-version: this version of papers reads format 1 only");
  CHECK(refused(with(text, "\"by\": \"Simon Reed\",", "")) ==
        "v1/manifest.json: sign-off.by: missing");
  CHECK(refused(with(text, archive::sha256_hex("docx"), "abc")) ==
        "v1/manifest.json: files[2].sha256: expected 64 lower-case hex digits");
  CHECK(refused(with(text, "\"path\": \"input/inputs/leeds.yaml\"",
                     "\"path\": \"../../etc/passwd\"")) ==
        "v1/manifest.json: files[1].path: \"../../etc/passwd\" is not a plain path inside the "
        "version folder");
  // The rebuild reads what build names: it must stay inside the version too.
  CHECK(
      refused(with(text, "\"style\": \"style/council.yaml\"", "\"style\": \"/etc/style.yaml\"")) ==
      "v1/manifest.json: build.style: \"/etc/style.yaml\" is not a plain path inside the version "
      "folder");
  CHECK(refused(with(text, "\"templates\": \"templates\"", "\"templates\": \"..\"")) ==
        "v1/manifest.json: build.templates: \"..\" is not a plain path inside the version folder");
  CHECK(refused(with(text, "\"reference/riverside.docx\"", "\"../r.docx\"")) ==
        "v1/manifest.json: build.references[1]: \"../r.docx\" is not a plain path inside the "
        "version folder");
  CHECK(refused(with(text, "\"bytes\": 1234", "\"bytes\": -5")) ==
        "v1/manifest.json: files[2].bytes: expected a whole number, got \"-5\"");
  CHECK(refused(with(text, "\"output/leeds.pdf\",\n      \"kind\"",
                     "\"output/leeds.docx\",\n      \"kind\"")) ==
        "v1/manifest.json: files[3].path: \"output/leeds.docx\" is listed twice");
}

TEST_CASE("manifest: plain relative paths only") {
  CHECK(archive::is_plain_relative_path("input/a..b.yaml"));
  CHECK(archive::is_plain_relative_path("manifest.json"));
  CHECK_FALSE(archive::is_plain_relative_path(""));
  CHECK_FALSE(archive::is_plain_relative_path("/etc/passwd"));
  CHECK_FALSE(archive::is_plain_relative_path("a/../b"));
  CHECK_FALSE(archive::is_plain_relative_path("a//b"));
  CHECK_FALSE(archive::is_plain_relative_path("./a"));
  CHECK_FALSE(archive::is_plain_relative_path("a\\b"));
  CHECK_FALSE(archive::is_plain_relative_path("a/"));
}

TEST_CASE("manifest: the template set version covers names and contents, not order") {
  std::vector<std::pair<std::string, std::string>> set = {
      {"audit-review.mustache", "<paper/>"}, {"partials/cover.mustache", "<p>cover</p>"}};
  std::string v = archive::template_set_version(set);
  // As docs/archive.md defines it.
  std::string listing;
  for (const auto& [path, bytes] : set)
    listing += path + std::string(1, '\0') + archive::sha256_hex(bytes) + "\n";
  CHECK(v == archive::sha256_hex(listing));
  CHECK(archive::template_set_version({set[1], set[0]}) == v);
  CHECK(archive::template_set_version({set[0], {"partials/cover.mustache", "<p>Cover</p>"}}) != v);
  CHECK(archive::template_set_version({set[0], {"partials/front.mustache", "<p>cover</p>"}}) != v);
  CHECK(archive::template_set_version({set[0]}) != v);
}
