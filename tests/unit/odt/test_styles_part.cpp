// SPDX-License-Identifier: MIT
// styles.xml: named styles from the house style, list styles, page layouts, master pages.
#include <doctest/doctest.h>

#include "odt/list_style.hpp"
#include "odt_fixture.hpp"

using namespace cp;
using namespace cp::doc;

namespace {

document furnished_document() {
  document d = test::one_section({blk(para("body-text", text("portrait")))});
  d.meta.title = "Paper title";
  paragraph h = para("header", text("Header: "));
  h.content.push_back(field{field_kind::document_title, 0});
  d.sections[0].header.push_back(blk(std::move(h)));
  paragraph f = para("footer", text("Page "));
  f.content.push_back(field{field_kind::page_number, 0});
  f.content.push_back(run(" of "));
  f.content.push_back(field{field_kind::page_count, bold});
  d.sections[0].footer.push_back(blk(std::move(f)));
  section wide;
  wide.page_orientation = orientation::landscape;
  wide.body.push_back(blk(para("body-text", text("landscape"))));
  d.sections.push_back(std::move(wide));
  return d;
}

struct styles_fixture {
  package::zip_package pkg = odt::build_odt(furnished_document(), test::council_style());
  xml::doc_ptr styles = test::parse_part(pkg, "styles.xml");
  xmlDoc* x() const { return styles.get(); }
  std::string val(const std::string& xpath) const {
    return test::value(x(), "string(" + xpath + ")");
  }
};

}  // namespace

TEST_CASE_FIXTURE(styles_fixture,
                  "paragraph styles carry names, display names, parents and next styles") {
  CHECK(val("/office:document-styles/@office:version") == "1.3");
  const std::string h1 = "//office:styles/style:style[@style:name='Heading_20_1']";
  CHECK(val(h1 + "/@style:display-name") == "Heading 1");
  CHECK(val(h1 + "/@style:family") == "paragraph");
  CHECK(val(h1 + "/@style:parent-style-name") == "Standard");
  CHECK(val(h1 + "/@style:next-style-name") == "Numbered_20_Paragraph");
  CHECK(val(h1 + "/@style:default-outline-level") == "1");
  CHECK(val(h1 + "/style:paragraph-properties/@fo:keep-with-next") == "always");
  CHECK(val(h1 + "/style:paragraph-properties/@fo:margin-top") == "18.0pt");
  CHECK(val(h1 + "/style:text-properties/@fo:font-size") == "13.0pt");
  CHECK(val(h1 + "/style:text-properties/@fo:font-weight") == "bold");
  CHECK(val(h1 + "/style:text-properties/@fo:text-transform") == "uppercase");
  // odt-name overrides the display name: LibreOffice's built-in names.
  CHECK(test::count(x(),
                    "//office:styles/"
                    "style:style[@style:name='Text_20_body'][@style:display-name='Text body']") ==
        1);
  CHECK(test::count(
            x(),
            "//office:styles/style:style[@style:name='Standard'][not(@style:parent-style-name)]") ==
        1);
  CHECK(val("//style:style[@style:name='Appendix_20_Heading']/style:text-properties/"
            "@fo:text-transform") == "none");
  CHECK(val("//style:style[@style:name='Appendix_20_Heading']/style:paragraph-properties/"
            "@fo:break-before") == "page");
  // Every house paragraph style is there.
  CHECK(test::count(x(), "//office:styles/style:style[@style:family='paragraph']") ==
        test::council_style().paragraph_styles.size());
}

TEST_CASE_FIXTURE(styles_fixture, "boxed, shaded and aligned styles") {
  const std::string box =
      "//style:style[@style:name='Recommendation_20_Box']/style:paragraph-properties";
  CHECK(val(box + "/@fo:border") == "1.0pt solid #1F3864");
  CHECK(val(box + "/@fo:padding") == "2.00mm");
  CHECK(val(box + "/@fo:background-color") == "#D9E2F3");
  CHECK(val(box + "/@fo:keep-together") == "always");
  CHECK(val("//style:style[@style:name='Footer']/style:paragraph-properties/@fo:text-align") ==
        "center");
  CHECK(val("//style:style[@style:name='Standard']/style:paragraph-properties/@fo:line-height") ==
        "100%");
  CHECK(val("//style:style[@style:name='Standard']/style:text-properties/@fo:color") == "#000000");
}

TEST_CASE_FIXTURE(styles_fixture, "the default style sets language, font and size") {
  const std::string d =
      "//office:styles/style:default-style[@style:family='paragraph']/style:text-properties";
  CHECK(val(d + "/@fo:language") == "en");
  CHECK(val(d + "/@fo:country") == "GB");
  CHECK(val(d + "/@style:font-name") == "Arial");
  CHECK(val(d + "/@fo:font-size") == "12.0pt");
  CHECK(test::count(x(), "//office:font-face-decls/style:font-face[@style:name='Arial']") == 1);
}

TEST_CASE_FIXTURE(styles_fixture,
                  "the hyperlink character style is underlined in the link colour") {
  const std::string link =
      "//office:styles/style:style[@style:name='Internet_20_link'][@style:family='text']";
  CHECK(val(link + "/@style:display-name") == "Internet link");
  CHECK(val(link + "/style:text-properties/@fo:color") == "#0563C1");
  CHECK(val(link + "/style:text-properties/@style:text-underline-style") == "solid");
}

TEST_CASE_FIXTURE(styles_fixture,
                  "one list style per numbering scheme, levels from the label patterns") {
  const std::string outline = "//office:styles/text:list-style[@style:name='Outline_20_Numbering']";
  CHECK(val(outline + "/@style:display-name") == "Outline Numbering");
  CHECK(test::count(x(), outline + "/text:list-level-style-number") == 4);
  const std::string l2 = outline + "/text:list-level-style-number[@text:level='2']";
  CHECK(val(l2 + "/@style:num-format") == "1");
  CHECK(val(l2 + "/@text:display-levels") == "2");
  const std::string l3 = outline + "/text:list-level-style-number[@text:level='3']";
  CHECK(val(l3 + "/@style:num-format") == "a");
  CHECK(val(l3 + "/@style:num-prefix") == "(");
  CHECK(val(l3 + "/@style:num-suffix") == ")");
  CHECK(val(l3 + "/@text:display-levels") == "");
  CHECK(val(outline + "/text:list-level-style-number[@text:level='4']/@style:num-format") == "i");
  const std::string props = l3 + "/style:list-level-properties";
  CHECK(val(props + "/@text:list-level-position-and-space-mode") == "label-alignment");
  CHECK(val(props + "/style:list-level-label-alignment/@text:label-followed-by") == "listtab");
  CHECK(val(props + "/style:list-level-label-alignment/@text:list-tab-stop-position") == "22.50mm");
  CHECK(val(props + "/style:list-level-label-alignment/@fo:margin-left") == "22.50mm");
  CHECK(val(props + "/style:list-level-label-alignment/@fo:text-indent") == "-10.00mm");

  const std::string bullets = "//office:styles/text:list-style[@style:name='Bullets']";
  CHECK(val(bullets + "/text:list-level-style-bullet[@text:level='1']/@text:bullet-char") ==
        "\u2022");
  CHECK(val(bullets + "/text:list-level-style-bullet[@text:level='2']/@text:bullet-char") ==
        "\u2013");
  CHECK(val("//text:list-style[@style:name='Recommendation_20_Numbering']/"
            "text:list-level-style-number[1]/"
            "@style:num-suffix") == ")");
  CHECK(test::count(x(), "//office:styles/text:list-style") ==
        test::council_style().numbering.size());
}

TEST_CASE_FIXTURE(styles_fixture, "styles a scheme level names are numbered by that scheme") {
  CHECK(val("//style:style[@style:name='Heading_20_1']/@style:list-style-name") ==
        "Outline_20_Numbering");
  CHECK(val("//style:style[@style:name='Numbered_20_Paragraph_20_2']/@style:list-style-name") ==
        "Outline_20_Numbering");
  CHECK(val("//style:style[@style:name='Recommendation']/@style:list-style-name") ==
        "Recommendation_20_Numbering");
  CHECK(val("//style:style[@style:name='List_20_Bullet']/@style:list-style-name") == "Bullets");
  CHECK(test::count(x(), "//style:style[@style:name='Text_20_body'][@style:list-style-name]") == 0);
}

TEST_CASE_FIXTURE(styles_fixture, "the outline style shows no numbers") {
  CHECK(val("//office:styles/text:outline-style/@style:name") == "Outline");
  CHECK(test::count(x(), "//text:outline-style/text:outline-level-style") == 10);
  CHECK(test::count(x(), "//text:outline-style/text:outline-level-style[@style:num-format!='']") ==
        0);
  CHECK(test::count(x(),
                    "//text:outline-style/text:outline-level-style[@style:num-prefix or "
                    "@style:num-suffix]") == 0);
}

TEST_CASE_FIXTURE(styles_fixture,
                  "contents styles have a label tab and a dotted right tab at the margin") {
  const std::string tabs =
      "//style:style[@style:name='Contents_20_2']/style:paragraph-properties/style:tab-stops";
  CHECK(val(tabs + "/style:tab-stop[1]/@style:type") == "left");
  CHECK(val(tabs + "/style:tab-stop[1]/@style:position") == "12.50mm");
  CHECK(val(tabs + "/style:tab-stop[2]/@style:type") == "right");
  CHECK(val(tabs + "/style:tab-stop[2]/@style:position") ==
        "155.00mm");  // 165 text width - 10 indent
  CHECK(val(tabs + "/style:tab-stop[2]/@style:leader-text") == ".");
}

TEST_CASE_FIXTURE(styles_fixture,
                  "portrait and landscape page layouts put the body at the house margins") {
  const std::string portrait =
      "//style:page-layout[style:page-layout-properties/@style:print-orientation='portrait']";
  const std::string landscape =
      "//style:page-layout[style:page-layout-properties/@style:print-orientation='landscape']";
  REQUIRE(test::count(x(), portrait) == 1);
  REQUIRE(test::count(x(), landscape) == 1);
  CHECK(val(portrait + "/style:page-layout-properties/@fo:page-width") == "210.00mm");
  CHECK(val(portrait + "/style:page-layout-properties/@fo:page-height") == "297.00mm");
  CHECK(val(landscape + "/style:page-layout-properties/@fo:page-width") == "297.00mm");
  CHECK(val(landscape + "/style:page-layout-properties/@fo:page-height") == "210.00mm");
  CHECK(val(landscape + "/style:page-layout-properties/@fo:margin-left") == "25.00mm");
  CHECK(val(landscape + "/style:page-layout-properties/@fo:margin-right") == "20.00mm");
  // With a header the page margin is the header distance; header height and
  // spacing fill the rest up to the house top margin (25mm).
  const std::string p = portrait + "/style:page-layout-properties";
  CHECK(val(p + "/@fo:margin-top") == "10.00mm");
  CHECK(val(p + "/@fo:margin-bottom") == "10.00mm");
  auto mm = [&](const std::string& xpath) {
    return std::stod(val(xpath).substr(0, val(xpath).size() - 2));
  };
  const std::string header = portrait + "/style:header-style/style:header-footer-properties";
  CHECK(mm(header + "/@fo:min-height") + mm(header + "/@fo:margin-bottom") ==
        doctest::Approx(15.0));
  CHECK(mm(header + "/@fo:min-height") > 3.0);
  const std::string footer = portrait + "/style:footer-style/style:header-footer-properties";
  CHECK(mm(footer + "/@fo:min-height") + mm(footer + "/@fo:margin-top") == doctest::Approx(10.0));
  // No header or footer in the landscape section: the margins are the house's own.
  CHECK(val(landscape + "/style:page-layout-properties/@fo:margin-top") == "25.00mm");
  CHECK(test::count(x(), landscape + "/style:header-style") == 0);
}

TEST_CASE_FIXTURE(styles_fixture, "one master page per section with its header and footer fields") {
  CHECK(test::count(x(), "//office:master-styles/style:master-page") == 2);
  const std::string first = "//style:master-page[@style:name='Section_20_1']";
  CHECK(val(first + "/@style:display-name") == "Section 1");
  std::string layout = val(first + "/@style:page-layout-name");
  CHECK(val("//style:page-layout[@style:name='" + layout +
            "']/style:page-layout-properties/@style:print-orientation") == "portrait");
  CHECK(val(first + "/style:header/text:p/@text:style-name") == "Header");
  CHECK(val(first + "/style:header/text:p/text:title") == "Paper title");
  CHECK(test::count(x(),
                    first + "/style:footer/text:p/text:page-number[@text:select-page='current']") ==
        1);
  // A marked field sits in a span with an automatic style of styles.xml.
  std::string span =
      val(first + "/style:footer/text:p/text:span[text:page-count]/@text:style-name");
  CHECK(span == "MT1");
  CHECK(val("//office:automatic-styles/style:style[@style:name='MT1']/style:text-properties/"
            "@fo:font-weight") == "bold");
  const std::string second = "//style:master-page[@style:name='Section_20_2']";
  CHECK(test::count(x(), second + "/style:header") == 0);
  std::string wide = val(second + "/@style:page-layout-name");
  CHECK(val("//style:page-layout[@style:name='" + wide +
            "']/style:page-layout-properties/@style:print-orientation") == "landscape");
}

TEST_CASE("label patterns become ODF prefix, suffix and display levels") {
  style::numbering_scheme s;
  s.levels = {{style::number_format::decimal, "%1", 0, 0, "", ""},
              {style::number_format::decimal, "%1.%2", 0, 0, "", ""},
              {style::number_format::lower_letter, "(%3)", 0, 0, "", ""},
              {style::number_format::upper_roman, "Part %1-%4:", 0, 0, "", ""},
              {style::number_format::none, "Note", 0, 0, "", ""}};
  auto l1 = odt::detail::label_for(s, 0);
  CHECK(l1.num_format == "1");
  CHECK(l1.display_levels == 1);
  CHECK(l1.exact);
  auto l2 = odt::detail::label_for(s, 1);
  CHECK(l2.display_levels == 2);
  CHECK(l2.prefix.empty());
  CHECK(l2.exact);
  auto l3 = odt::detail::label_for(s, 2);
  CHECK(l3.prefix == "(");
  CHECK(l3.suffix == ")");
  CHECK(l3.display_levels == 1);
  CHECK(l3.exact);
  // "%1-%4" cannot be said in ODF: approximated as levels 1-4 joined by ".".
  auto l4 = odt::detail::label_for(s, 3);
  CHECK_FALSE(l4.exact);
  CHECK(l4.num_format == "I");
  CHECK(l4.prefix == "Part ");
  CHECK(l4.suffix == ":");
  CHECK(l4.display_levels == 4);
  auto l5 = odt::detail::label_for(s, 4);
  CHECK(l5.num_format.empty());
  CHECK(l5.prefix == "Note");
}
