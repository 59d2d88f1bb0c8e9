#include <windlass/core/json.h>

#include <gtest/gtest.h>

namespace windlass {
namespace {

TEST(ParseJson, ParsesValuesAndKeepsIntegerTypes) {
  auto j = parse_json(R"({"b":1,"a":[1.5,"x",null,true,18446744073709551615]})");
  ASSERT_TRUE(j);
  EXPECT_TRUE((*j)["b"].is_number_integer());
  EXPECT_TRUE((*j)["a"][4].is_number_unsigned());
  EXPECT_EQ(to_json_string(*j), R"({"a":[1.5,"x",null,true,18446744073709551615],"b":1})");
}

TEST(ParseJson, ReportsLineAndColumnOfSyntaxErrors) {
  auto j = parse_json("{\n  \"a\": tru\n}");
  ASSERT_FALSE(j);
  EXPECT_TRUE(is_bad_request(j.error()));
  EXPECT_EQ(j.error().message().rfind("json: line 2, column ", 0), 0u) << j.error().message();
  EXPECT_NE(j.error().message().find("invalid literal"), std::string::npos);
}

TEST(ParseJson, RejectsNulBytesInsteadOfStoppingAtThem) {
  auto j = parse_json(std::string("{}\0{", 4));
  ASSERT_FALSE(j);
  EXPECT_EQ(j.error().message(), "json: line 1, column 3: invalid character '\\x00' in JSON text");
}

TEST(ParseJson, RejectsTrailingGarbageAndEmptyInput) {
  EXPECT_FALSE(parse_json(R"({"a":1} x)"));
  EXPECT_FALSE(parse_json(""));
  EXPECT_FALSE(parse_json("{\"a\":"));
}

TEST(ParseJson, BoundsNestingDepth) {
  std::string deep(20000, '[');
  auto j = parse_json(deep);
  ASSERT_FALSE(j);
  EXPECT_EQ(j.error().message(), "json: line 1, column 1001: exceeded max depth of 1000");
  std::string ok_depth = std::string(100, '[') + std::string(100, ']');
  EXPECT_TRUE(parse_json(ok_depth));
  // Brackets inside strings do not count.
  EXPECT_TRUE(parse_json("\"" + std::string(20000, '[') + "\"", {.max_depth = 5}));
}

TEST(ToJsonString, ReplacesInvalidUtf8InsteadOfThrowing) {
  Json j = std::string("a\xff");
  EXPECT_EQ(to_json_string(j), "\"a\xEF\xBF\xBD\"");
}

TEST(ToJsonString, PrettyFormUsesFourSpaces) {
  EXPECT_EQ(to_pretty_json_string(Json{{"a", 1}}), "{\n    \"a\": 1\n}");
}

}  // namespace
}  // namespace windlass
