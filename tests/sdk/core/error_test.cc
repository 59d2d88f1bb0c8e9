#include <windlass/core/error.h>
#include <windlass/core/field_error.h>
#include <windlass/core/json.h>
#include <windlass/core/result.h>

#include <gtest/gtest.h>

namespace windlass {
namespace {

TEST(Error, NotFoundMatchesKubeApiserverBody) {
  Error e = make_not_found("", "pods", "p1");
  EXPECT_TRUE(is_not_found(e));
  Json j = e.to_status();
  EXPECT_EQ(j, Json::parse(R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",
    "message":"pods \"p1\" not found","reason":"NotFound","details":{"name":"p1","kind":"pods"},
    "code":404})"));
}

TEST(Error, GroupedResourceIsQualifiedInMessageAndDetails) {
  Error e = make_stale_conflict("apps", "deployments", "d1");
  EXPECT_TRUE(is_conflict(e));
  EXPECT_EQ(e.message(),
            "Operation cannot be fulfilled on deployments.apps \"d1\": the object has been "
            "modified; please apply your changes to the latest version and try again");
  EXPECT_EQ(e.status()->details->group, "apps");
  EXPECT_EQ(e.status()->code, 409);
}

TEST(Error, AlreadyExistsIsNotAConflict) {
  Error e = make_already_exists("", "configmaps", "cfg");
  EXPECT_TRUE(is_already_exists(e));
  EXPECT_FALSE(is_conflict(e));
  EXPECT_EQ(e.message(), "configmaps \"cfg\" already exists");
}

TEST(Error, InvalidCarriesCausesAndKubernetesMessage) {
  FieldErrors errs{FieldError::invalid("metadata.name", "Bad_Name", "must be lower case")};
  Error e = make_invalid("", "ConfigMap", "Bad_Name", to_causes(errs));
  EXPECT_TRUE(is_invalid(e));
  EXPECT_EQ(e.message(),
            "ConfigMap \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\": must "
            "be lower case");
  ASSERT_EQ(e.status()->details->causes.size(), 1u);
  EXPECT_EQ(e.status()->details->causes[0].type, "FieldValueInvalid");
  EXPECT_EQ(e.status()->details->causes[0].field, "metadata.name");
  EXPECT_EQ(e.status()->code, 422);
}

TEST(Error, InvalidWithSeveralCausesIsBracketed) {
  FieldErrors errs{FieldError::required("spec.a"), FieldError::invalid("spec.b", 3, "too big")};
  Error e = make_invalid("example.com", "Widget", "w1", to_causes(errs));
  EXPECT_EQ(e.message(),
            "Widget.example.com \"w1\" is invalid: [spec.a: Required value, spec.b: Invalid "
            "value: 3: too big]");
}

TEST(Error, FromStatusUsesReasonThenHttpCode) {
  Status s;
  s.reason = "AlreadyExists";
  s.code = 409;
  s.message = "x";
  EXPECT_TRUE(is_already_exists(Error::from_status(s)));
  s.reason = "";
  EXPECT_TRUE(is_conflict(Error::from_status(s)));
  s.reason = "Gone";
  s.code = 410;
  EXPECT_TRUE(is_expired(Error::from_status(s)));
  s.reason = "SomethingNew";
  s.code = 503;
  EXPECT_TRUE(is_unavailable(Error::from_status(s)));
  s.code = 418;
  EXPECT_EQ(Error::from_status(s).code(), ErrorCode::kUnknown);
}

TEST(Error, StatusRoundTripsThroughJson) {
  Error e = make_too_many_requests("Too many requests, please try again later.", 1);
  Json j = e.to_status();
  EXPECT_EQ(j["details"]["retryAfterSeconds"], 1);
  Status back = j.get<Status>();
  EXPECT_EQ(back, *e.status());
}

TEST(Error, MalformedStatusJsonDecodesLeniently) {
  Status s = Json::parse(R"({"code":"x","details":{"causes":[1,{"reason":"R"}]}})").get<Status>();
  EXPECT_EQ(s.code, 0);
  ASSERT_TRUE(s.details);
  ASSERT_EQ(s.details->causes.size(), 1u);
  EXPECT_EQ(s.details->causes[0].type, "R");
}

TEST(Error, ContextPrefixesMessageAndKeepsCode) {
  Error e = make_not_found("", "pods", "p");
  e.with_context("reading pod");
  EXPECT_EQ(e.message(), "reading pod: pods \"p\" not found");
  EXPECT_TRUE(is_not_found(e));
  EXPECT_EQ(e.to_string(), "NotFound: reading pod: pods \"p\" not found");
}

TEST(Error, LocalErrorsMakeAStatusFromTheirCode) {
  Error e(ErrorCode::kTimeout, "deadline exceeded");
  Status s = e.to_status();
  EXPECT_EQ(s.code, 504);
  EXPECT_EQ(s.reason, "Timeout");
  EXPECT_EQ(s.message, "deadline exceeded");
}

TEST(FieldError, BodiesFollowApimachinery) {
  EXPECT_EQ(FieldError::required("spec.x").to_string(), "spec.x: Required value");
  EXPECT_EQ(FieldError::forbidden("spec.x", "may not be set").to_string(),
            "spec.x: Forbidden: may not be set");
  EXPECT_EQ(FieldError::not_supported("spec.p", "x", {"a", "b"}).to_string(),
            "spec.p: Unsupported value: \"x\": supported values: \"a\", \"b\"");
  EXPECT_EQ(FieldError::too_long("metadata.name", 63).to_string(),
            "metadata.name: Too long: may not be more than 63 bytes");
  EXPECT_EQ(FieldError::duplicate("spec.ports[1]", "http").to_string(),
            "spec.ports[1]: Duplicate value: \"http\"");
  EXPECT_EQ(FieldError::invalid("spec.on", true, "").to_string(), "spec.on: Invalid value: true");
}

TEST(FieldError, GoQuoteEscapesLikePercentQ) {
  EXPECT_EQ(go_quote("a\"b\\c\n\t"), R"("a\"b\\c\n\t")");
  EXPECT_EQ(go_quote("\x01"), R"("\x01")");
  EXPECT_EQ(go_quote("é"), "\"é\"");
  EXPECT_EQ(go_quote("\xff"), R"("\xff")");
  EXPECT_EQ(go_quote("a\u200bb"), R"("a\u200bb")");          // zero-width space
  EXPECT_EQ(go_quote("\u00a0"), R"("\u00a0")");              // no-break space
  EXPECT_EQ(go_quote("\U000F0000"), R"("\U000f0000")");      // private use
  EXPECT_EQ(go_quote("日本"), "\"日本\"");
}

Result<int> parse_positive(int v) {
  if (v <= 0) return Error(ErrorCode::kInvalid, "must be positive");
  return v;
}

Result<int> doubled(int v) {
  WINDLASS_TRY(int x, parse_positive(v));
  return x * 2;
}

Result<void> check(int v) {
  WINDLASS_RETURN_IF_ERROR(parse_positive(v));
  return ok();
}

TEST(Result, TryPropagatesErrorsAndUnwrapsValues) {
  EXPECT_EQ(*doubled(4), 8);
  auto r = doubled(-1);
  ASSERT_FALSE(r);
  EXPECT_TRUE(is_invalid(r.error()));
  EXPECT_TRUE(check(1));
  EXPECT_FALSE(check(0));
  EXPECT_EQ(doubled(0).value_or(7), 7);
}

TEST(Result, ConvertsFromCompatibleValues) {
  Result<std::string> s = "text";
  EXPECT_EQ(*s, "text");
  Result<std::unique_ptr<int>> p = std::make_unique<int>(3);
  EXPECT_EQ(**p, 3);
  std::unique_ptr<int> moved = std::move(p).value();
  EXPECT_EQ(*moved, 3);
}

TEST(ResultDeathTest, ValueOfErrorAbortsWithTheMessage) {
  Result<int> r = Error(ErrorCode::kNotFound, "gone");
  EXPECT_DEATH((void)r.value(), "gone");
}

}  // namespace
}  // namespace windlass
