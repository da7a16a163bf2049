#include "escape.hpp"

#include <gtest/gtest.h>

namespace infralint::reporters::detail {
namespace {

TEST(Visible, ControlCharactersBecomeEscapes) {
  EXPECT_EQ(visible("a\x1b[31mb"), "a\\x1b[31mb");
  EXPECT_EQ(visible("line\n::error file=x::y"), "line\\n::error file=x::y");
  EXPECT_EQ(visible("a\r\tb"), "a\\r\\tb");
  EXPECT_EQ(visible(std::string_view("\0\x07\x7f", 3)), "\\x00\\x07\\x7f");
}

TEST(Visible, C1ControlsLineSeparatorsAndBidiOverridesBecomeEscapes) {
  EXPECT_EQ(visible("\u009b31m"), "\\u009b31m");  // C1 CSI: an escape sequence on some terminals
  EXPECT_EQ(visible("\u0085x"), "\\u0085x");      // NEL
  EXPECT_EQ(visible("a\u2028b\u2029c"), "a\\u2028b\\u2029c");
  EXPECT_EQ(visible("\u202eexe.txt\u202c"), "\\u202eexe.txt\\u202c");
  EXPECT_EQ(visible("\u2066x\u2069"), "\\u2066x\\u2069");
}

TEST(Visible, InvalidBytesBecomeHexEscapes) {
  EXPECT_EQ(visible("a\xff\xfe"), "a\\xff\\xfe");
  EXPECT_EQ(visible("\xe2\x82z"), "\\xe2\\x82z");
}

TEST(Visible, PrintableTextAndBackslashesAreKept) {
  EXPECT_EQ(visible("donn\u00e9es \U0001F600 C:\\x <&>"), "donn\u00e9es \U0001F600 C:\\x <&>");
}

TEST(LineStartPath, APathCannotStartAWorkflowCommand) {
  EXPECT_EQ(line_start_path("::error file=x::y.json"), "./::error file=x::y.json");
  EXPECT_EQ(line_start_path(" ::warning::x"), "./ ::warning::x");
  EXPECT_EQ(line_start_path("\u3000::error::x"), "./\u3000::error::x");  // .NET's Trim() removes U+3000
  EXPECT_EQ(line_start_path("\n::error::x"), "./\\n::error::x");
  EXPECT_EQ(line_start_path(""), "<unknown>");
}

TEST(LineStartPath, OrdinaryPathsAreUnchanged) {
  for (const char* path : {"cdk.out/App.template.json", ".hidden/x.yaml", "/abs/x.json", "_x", "-x", "9.json"})
    EXPECT_EQ(line_start_path(path), path);
  EXPECT_EQ(line_start_path("templates/my app #1/stack.yaml"), "templates/my app #1/stack.yaml");
}

TEST(Xml, MarkupCharactersBecomeEntities) {
  EXPECT_EQ(xml_text("<a href=\"x\">&'</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  EXPECT_EQ(xml_attribute("<&\"'>"), "&lt;&amp;&quot;&apos;&gt;");
}

TEST(Xml, WhitespaceSurvivesNormalisation) {
  EXPECT_EQ(xml_attribute("a\tb\nc\rd"), "a&#9;b&#10;c&#13;d");
  EXPECT_EQ(xml_text("a\tb\nc\rd"), "a\tb\nc&#13;d");
}

TEST(Xml, CharactersXmlCannotCarryAreReplaced) {
  EXPECT_EQ(xml_text("a\x1b[0m"), "a\ufffd[0m");
  EXPECT_EQ(xml_attribute(std::string_view("\0\x01\x1f", 3)), "\ufffd\ufffd\ufffd");
  EXPECT_EQ(xml_text("\uffff\ufffe"), "\ufffd\ufffd");
  EXPECT_EQ(xml_text("bad\xff"), "bad\ufffd");
  // CESU-8 style lone surrogate: never emitted, whatever it is split into.
  const std::string surrogate = xml_attribute("\xed\xa0\x80");
  EXPECT_EQ(surrogate.find('\xed'), std::string::npos);
  EXPECT_EQ(surrogate, "\ufffd\ufffd\ufffd");
}

TEST(Xml, OrdinaryUnicodeIsKept) {
  EXPECT_EQ(xml_text("donn\u00e9es \U0001F600 \u0085"), "donn\u00e9es \U0001F600 \u0085");
}

}  // namespace
}  // namespace infralint::reporters::detail
