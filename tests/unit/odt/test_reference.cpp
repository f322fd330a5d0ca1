// SPDX-License-Identifier: MIT
// A council's ODT as the reference document: its named styles serve our
// roles, ours fill the gaps, its page layout (turned for landscape), header,
// footer and logo are used for every section, and nothing clashes.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "demo/showcase.hpp"
#include "odt_fixture.hpp"
#include "reference/reference_set.hpp"
#include "support/paths.hpp"

using namespace cp;

namespace {

const reference::odt_reference& council(const std::string& name) {
  static std::map<std::string, reference::reference_set> loaded;
  auto it = loaded.find(name);
  if (it == loaded.end()) {
    auto path = test::source_dir() / "styles" / "reference" / name;
    it = loaded.emplace(name, reference::load_references({path.string()}, test::council_style()))
             .first;
  }
  return *it->second.odt;
}

package::zip_package build(const std::string& name) {
  return odt::build_odt(demo::showcase_document(test::logo_png()), test::council_style(),
                        &council(name));
}

}  // namespace

TEST_CASE(
    "reference styles serve our roles: headings use its Heading 1, our list styles number them") {
  auto pkg = build("riverside.odt");
  auto styles = test::parse_part(pkg, "styles.xml");
  auto content = test::parse_part(pkg, "content.xml");
  CHECK(test::count(styles.get(), "//office:styles/style:style[@style:name='Heading_20_1']") == 1);
  CHECK(test::value(styles.get(),
                    "string(//style:style[@style:name='Heading_20_1']/@style:parent-style-name)") ==
        "Heading");
  CHECK(test::value(styles.get(),
                    "string(//style:style[@style:name='Heading_20_1']/@style:list-style-name)") ==
        "Outline_20_Numbering");
  // Our headings use it: directly or through an automatic style over it.
  CHECK(
      test::count(
          content.get(),
          "//text:h[@text:style-name='Heading_20_1' or "
          "@text:style-name=//style:style[@style:parent-style-name='Heading_20_1']/@style:name]") >=
      3);
  CHECK(test::count(content.get(), "//text:p[@text:style-name='Text_20_body']") >= 1);
  // The reference's fonts are declared; its outline style is replaced by ours.
  CHECK(test::count(styles.get(), "//style:font-face[@style:name='Carlito']") == 1);
  CHECK(test::count(content.get(), "//style:font-face[@style:name='Caladea']") == 1);
  CHECK(test::count(styles.get(), "//text:outline-style") == 1);
}

TEST_CASE("roles the reference lacks get our styles, based on its, and names never clash") {
  auto pkg = build("riverside.odt");
  auto styles = test::parse_part(pkg, "styles.xml");
  CHECK(test::value(
            styles.get(),
            "string(//style:style[@style:name='Cover_20_Committee']/@style:parent-style-name)") ==
        "Standard");
  CHECK(test::value(styles.get(),
                    "string(//style:style[@style:name='Contents_20_3']/@style:display-name)") ==
        "Contents 3");
  std::set<std::string> names;
  for (xmlNode* s :
       xml::select(styles.get(), "//office:styles/style:style | //office:styles/text:list-style")) {
    std::string key =
        xml::attribute(s, "family", "urn:oasis:names:tc:opendocument:xmlns:style:1.0") + "/" +
        xml::attribute(s, "name", "urn:oasis:names:tc:opendocument:xmlns:style:1.0");
    CHECK_MESSAGE(names.insert(key).second, "two styles ", key);
  }
  std::set<std::string> automatic;
  for (xmlNode* s : xml::select(styles.get(), "//office:automatic-styles/*"))
    CHECK(automatic
              .insert(xml::attribute(s, "name", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"))
              .second);
}

TEST_CASE("its page layout, header, footer and logo serve every section, turned for landscape") {
  auto pkg = build("riverside.odt");
  auto styles = test::parse_part(pkg, "styles.xml");
  const auto& ref = council("riverside.odt");
  CHECK(test::value(
            styles.get(),
            "string(//style:master-page[@style:name='Section_20_1']/@style:page-layout-name)") ==
        ref.page_layout);
  std::string turned = test::value(
      styles.get(),
      "string(//style:master-page[@style:name='Section_20_2']/@style:page-layout-name)");
  CHECK(turned != ref.page_layout);
  CHECK(test::value(styles.get(), "string(//style:page-layout[@style:name='" + turned +
                                      "']//@style:print-orientation)") == "landscape");
  for (const char* master : {"Section_20_1", "Section_20_2", "Section_20_3"}) {
    std::string header =
        test::value(styles.get(), std::string("string(//style:master-page[@style:name='") + master +
                                      "']/style:header)");
    CHECK(header.find("Riverside District Council · Committee papers") != std::string::npos);
    CHECK(test::value(styles.get(), std::string("string(//style:master-page[@style:name='") +
                                        master + "']/style:header//draw:image/@xlink:href)") ==
          "Pictures/reference1.png");
    // Its footer has page numbers: ours is not added.
    CHECK(test::count(styles.get(), std::string("//style:master-page[@style:name='") + master +
                                        "']/style:footer//text:page-number") == 1);
  }
  CHECK(test::entry_data(pkg, "Pictures/reference1.png") == ref.entries.at(ref.pictures.at(0)));
  auto manifest = test::parse_part(pkg, "META-INF/manifest.xml");
  CHECK(test::count(manifest.get(),
                    "//manifest:file-entry[@manifest:full-path='Pictures/"
                    "reference1.png'][@manifest:media-type='image/png']") == 1);
  // Frame names stay unique across the copies.
  std::set<std::string> frames;
  for (const char* part : {"styles.xml", "content.xml"}) {
    auto d = test::parse_part(pkg, part);
    for (xmlNode* n : xml::select(d.get(), "//draw:frame/@draw:name"))
      CHECK(frames.insert(xml::content(n)).second);
  }
}

TEST_CASE(
    "a reference footer without page numbers gets ours, its first-page header only on the first "
    "section") {
  auto pkg = build("northgate.odt");
  auto styles = test::parse_part(pkg, "styles.xml");
  std::string footer = test::value(
      styles.get(), "string(//style:master-page[@style:name='Section_20_2']/style:footer)");
  CHECK(footer.find("Northgate City Council · Civic Centre") != std::string::npos);
  CHECK(footer.find("Page ") != std::string::npos);
  CHECK(test::count(
            styles.get(),
            "//style:master-page[@style:name='Section_20_2']/style:footer//text:page-number") == 1);
  CHECK(test::count(styles.get(),
                    "//style:master-page[@style:name='Section_20_1']/style:header-first") == 1);
  CHECK(test::count(styles.get(),
                    "//style:master-page[@style:name='Section_20_2']/style:header-first") == 0);
  // Its contents styles had no tab stops: ours line the page numbers up at its margin.
  CHECK(test::count(
            styles.get(),
            "//style:style[@style:name='Contents_20_1']//style:tab-stop[@style:type='right']") ==
        1);
}

TEST_CASE("the same document and reference give the same bytes, the ODT way") {
  auto a = build("northgate.odt").bytes();
  auto b = build("northgate.odt").bytes();
  CHECK(a == b);
}

TEST_CASE(
    "a role whose mapped name the reference lacks gets our style under a name it does not use") {
  style::house_style hs = test::council_style();
  hs.reference.styles["title"] = {"Front Title"};
  auto path = test::source_dir() / "styles" / "reference" / "riverside.odt";
  auto refs = reference::load_references({path.string()}, hs);
  REQUIRE(refs.notes.size() == 1);
  auto pkg = odt::build_odt(demo::showcase_document(test::logo_png()), hs, &*refs.odt);
  auto styles = test::parse_part(pkg, "styles.xml");
  // Its Title stays as it is; ours is "Title 2".
  CHECK(test::count(styles.get(), "//office:styles/style:style[@style:name='Title']") == 1);
  CHECK(test::value(
            styles.get(),
            "string(//office:styles/style:style[@style:name='Title_20_2']/@style:display-name)") ==
        "Title 2");
  auto content = test::parse_part(pkg, "content.xml");
  CHECK(test::count(
            content.get(),
            "//text:p[@text:style-name='Title_20_2' or "
            "@text:style-name=//style:style[@style:parent-style-name='Title_20_2']/@style:name]") ==
        1);
}
