#include <windlass/core/log.h>

#include <windlass/core/json.h>

#include <gtest/gtest.h>

#include <vector>

namespace windlass {
namespace {

class LogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    log::set_sink([this](std::string_view line) { lines_.emplace_back(line); });
    // 2024-11-26T19:31:29.316773Z, thread 12345.
    log::internal::set_header_source([] { return log::internal::Header{1732649489316773, 12345}; });
  }
  void TearDown() override {
    log::set_sink(nullptr);
    log::internal::set_header_source(nullptr);
    log::configure({});
  }
  std::vector<std::string> lines_;
};

TEST_F(LogTest, TextLinesFollowKlogHeaderAndKeyValueFormat) {
  log::configure({.format = log::Format::kText});
  int line = __LINE__ + 1;
  log::info("Reconciled object", {{"key", "ns/web"}, {"requeue", false}, {"count", 3}});
  ASSERT_EQ(lines_.size(), 1u);
  EXPECT_EQ(lines_[0], "I1126 19:31:29.316773   12345 log_test.cc:" + std::to_string(line) +
                           "] \"Reconciled object\" key=\"ns/web\" requeue=false count=3");
}

TEST_F(LogTest, ErrorsCarryErrAndSeverity) {
  log::error(make_not_found("", "pods", "p1"), "Reconciler error", {{"pod", "p1"}});
  log::warning("careful");
  ASSERT_EQ(lines_.size(), 2u);
  EXPECT_EQ(lines_[0].substr(0, 1), "E");
  EXPECT_NE(lines_[0].find("] \"Reconciler error\" err=\"pods \\\"p1\\\" not found\" pod=\"p1\""),
            std::string::npos)
      << lines_[0];
  EXPECT_EQ(lines_[1].substr(0, 1), "W");
}

TEST_F(LogTest, VerbosityGatesVerboseInfo) {
  log::configure({.verbosity = 2});
  log::v(2).info("shown");
  log::v(3).info("hidden");
  EXPECT_TRUE(log::v(2).enabled());
  EXPECT_FALSE(log::v(3).enabled());
  ASSERT_EQ(lines_.size(), 1u);
  EXPECT_NE(lines_[0].find("\"shown\""), std::string::npos);
}

TEST_F(LogTest, JsonLinesAreValidJsonWithKubernetesKeys) {
  log::configure({.format = log::Format::kJson, .verbosity = 4});
  log::v(4).info("Cache synced", {{"kind", "Pod"}, {"ratio", 0.5}});
  log::error(Error(ErrorCode::kTimeout, "deadline"), "failed");
  ASSERT_EQ(lines_.size(), 2u);
  auto j = parse_json(lines_[0]);
  ASSERT_TRUE(j) << lines_[0];
  EXPECT_EQ((*j)["msg"], "Cache synced");
  EXPECT_EQ((*j)["v"], 4);
  EXPECT_EQ((*j)["kind"], "Pod");
  EXPECT_EQ((*j)["ratio"], 0.5);
  EXPECT_DOUBLE_EQ((*j)["ts"].get<double>(), 1732649489316.773);
  EXPECT_EQ(lines_[0].rfind("{\"ts\":", 0), 0u);
  auto e = parse_json(lines_[1]);
  ASSERT_TRUE(e);
  EXPECT_EQ((*e)["err"], "deadline");
  EXPECT_FALSE(e->contains("v"));
}

TEST(LogFormat, ParsesFlagValues) {
  EXPECT_EQ(*log::parse_format("json"), log::Format::kJson);
  EXPECT_EQ(*log::parse_format("text"), log::Format::kText);
  EXPECT_EQ(log::parse_format("xml").error().message(),
            "unsupported log format \"xml\": supported values: \"json\", \"text\"");
}

}  // namespace
}  // namespace windlass
