#include <windlass/core/time.h>

#include <gtest/gtest.h>

namespace windlass {
namespace {

TEST(Time, FormatsWholeSecondsInUtc) {
  auto t = Time::parse("2024-05-01T12:00:00Z");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->to_string(), "2024-05-01T12:00:00Z");
}

TEST(Time, ConvertsOffsetsToUtcAndDropsFractions) {
  EXPECT_EQ(Time::parse("2024-05-01T14:30:15.987+02:00")->to_string(), "2024-05-01T12:30:15Z");
  EXPECT_EQ(Time::parse("2024-01-01T00:30:00-01:00")->to_string(), "2024-01-01T01:30:00Z");
  EXPECT_EQ(Time::parse("2023-12-31T23:59:59+00:01")->to_string(), "2023-12-31T23:58:59Z");
}

TEST(MicroTime, KeepsSixFractionDigits) {
  EXPECT_EQ(MicroTime::parse("2024-05-01T12:00:00.123456Z")->to_string(),
            "2024-05-01T12:00:00.123456Z");
  EXPECT_EQ(MicroTime::parse("2024-05-01T12:00:00.5Z")->to_string(),
            "2024-05-01T12:00:00.500000Z");
  EXPECT_EQ(MicroTime::parse("2024-05-01T12:00:00.123456789Z")->to_string(),
            "2024-05-01T12:00:00.123456Z");
  EXPECT_EQ(MicroTime::parse("2024-05-01T12:00:00Z")->to_string(),
            "2024-05-01T12:00:00.000000Z");
}

TEST(Time, LeapDayAndOrdering) {
  auto a = Time::parse("2024-02-29T00:00:00Z");
  ASSERT_TRUE(a);
  auto b = Time::parse("2024-03-01T00:00:00Z");
  EXPECT_LT(*a, *b);
  EXPECT_EQ((b->value - a->value).count(), 86400);
}

TEST(Time, RejectsMalformedInputWithTheText) {
  for (const char* bad : {"", "2024-05-01", "2024-05-01T12:00:00", "2024-02-30T00:00:00Z",
                          "2024-05-01T24:00:00Z", "2024-05-01T12:00:00.Z", "2024-05-01T12:00:00Zx",
                          "2024-05-01 12:00:00Z", "2024-05-01T12:00:00+2:00", "abcd"}) {
    auto t = Time::parse(bad);
    ASSERT_FALSE(t) << bad;
    EXPECT_NE(t.error().message().find(std::string("\"") + bad + "\""), std::string::npos);
  }
}

}  // namespace
}  // namespace windlass
