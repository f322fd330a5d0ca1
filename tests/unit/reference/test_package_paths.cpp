// SPDX-License-Identifier: MIT
// Names inside a reference package never leave it.
#include <doctest/doctest.h>

#include "reference/package_paths.hpp"

using namespace cp;

TEST_CASE("targets resolve against their part's folder and stay in the package") {
  CHECK(reference::resolve_in_package("word/", "media/image1.png") == "word/media/image1.png");
  CHECK(reference::resolve_in_package("word/", "../word/media/a.png") == "word/media/a.png");
  CHECK(reference::resolve_in_package("word/", "/word/media/a.png") == "word/media/a.png");
  CHECK(reference::resolve_in_package("", "Pictures/x.png") == "Pictures/x.png");
  CHECK(reference::resolve_in_package("", "./Pictures/x.png") == "Pictures/x.png");
  CHECK_FALSE(reference::resolve_in_package("word/", "../../etc/passwd"));
  CHECK_FALSE(reference::resolve_in_package("", "../x.png"));
  CHECK_FALSE(reference::resolve_in_package("", "file:///etc/passwd"));
  CHECK_FALSE(reference::resolve_in_package("", "https://example.org/logo.png"));
  CHECK_FALSE(reference::resolve_in_package("", "Pictures\\x.png"));
  CHECK_FALSE(reference::resolve_in_package("", ""));
}

TEST_CASE("URL schemes and web links") {
  CHECK(reference::has_scheme("http://x"));
  CHECK(reference::has_scheme("file:///x"));
  CHECK(reference::has_scheme("vnd.ms-word:x"));
  CHECK_FALSE(reference::has_scheme("C:/x"));
  CHECK_FALSE(reference::has_scheme("media/a.png"));
  CHECK(reference::is_web_link("HTTPS://example.org"));
  CHECK(reference::is_web_link("mailto:a@example.org"));
  CHECK_FALSE(reference::is_web_link("file:///etc/passwd"));
  CHECK_FALSE(reference::is_web_link("javascript:alert(1)"));
}
