// Tests for windlass::Version and windlass::Range. The tables come from blang/semver v4's own
// tests (semver_test.go: formatTests, tolerantFormatTests, compareTests, wrongformatTests,
// wrongTolerantFormatTests; range_test.go: TestParseRange, TestExpandWildcardVersion,
// TestSplitAndTrim), with the error texts blang v4.0.0 returns for each input, plus the ranges
// the OLM spec quotes (spec/olm.md CSV-13, FBC-G4, BND-3).
#include <windlass/core/semver.h>

#include <gtest/gtest.h>

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace windlass {

// Lets GoogleTest print a Version in failure messages.
void PrintTo(const Version& v, std::ostream* os) { *os << v.to_string(); }

namespace {

Version v(std::string_view text) {
  Result<Version> r = Version::parse(text);
  EXPECT_TRUE(r.has_value()) << text << ": " << (r ? "" : r.error().message());
  return r.value_or(Version());
}

std::string parse_error(std::string_view text) {
  Result<Version> r = Version::parse(text);
  if (r) return "parsed as " + r->to_string();
  EXPECT_EQ(r.error().code(), ErrorCode::kInvalid);
  return r.error().message();
}

std::string tolerant_error(std::string_view text) {
  Result<Version> r = Version::parse_tolerant(text);
  if (r) return "parsed as " + r->to_string();
  EXPECT_EQ(r.error().code(), ErrorCode::kInvalid);
  return r.error().message();
}

Range range(std::string_view text) {
  Result<Range> r = Range::parse(text);
  if (r) return std::move(r).value();
  ADD_FAILURE() << text << ": " << r.error().message();
  return Range::parse(">=0.0.0 <0.0.0").value();
}

std::string range_error(std::string_view text) {
  Result<Range> r = Range::parse(text);
  if (r) return "parsed as " + r->expanded_string();
  EXPECT_EQ(r.error().code(), ErrorCode::kInvalid);
  return r.error().message();
}

// --- Version: parsing and printing ------------------------------------------------------------

TEST(SemverVersion, ParsesAndPrintsBlangFormatTable) {
  const std::vector<std::string> cases = {
      "1.2.3",
      "0.0.1",
      "0.0.1-alpha.preview+123.456",
      "1.2.3-alpha.1+123.456",
      "1.2.3-alpha.1",
      "1.2.3+123.456",
      "1.2.3-alpha.b-eta+123.b-uild",
      "1.2.3+123.b-uild",
      "1.2.3-alpha.b-eta",
  };
  for (const std::string& text : cases) {
    SCOPED_TRACE(text);
    EXPECT_EQ(v(text).to_string(), text);
  }
}

TEST(SemverVersion, ExposesComponentsPrereleaseAndBuild) {
  const Version parsed = v("1.2.3-alpha.1.b-eta+123.b-uild");
  EXPECT_EQ(parsed.major(), 1u);
  EXPECT_EQ(parsed.minor(), 2u);
  EXPECT_EQ(parsed.patch(), 3u);
  ASSERT_EQ(parsed.pre().size(), 3u);
  EXPECT_EQ(parsed.pre()[0], (PrereleaseIdentifier{.text = "alpha"}));
  EXPECT_EQ(parsed.pre()[1], (PrereleaseIdentifier{.number = 1, .numeric = true}));
  EXPECT_EQ(parsed.pre()[2].to_string(), "b-eta");
  EXPECT_EQ(parsed.build(), (std::vector<std::string>{"123", "b-uild"}));
}

TEST(SemverVersion, DefaultIsZeroAndConstructorSetsNumbersOnly) {
  EXPECT_EQ(Version().to_string(), "0.0.0");
  const Version built(4, 5, 6);
  EXPECT_EQ(built.to_string(), "4.5.6");
  EXPECT_TRUE(built.pre().empty());
  EXPECT_TRUE(built.build().empty());
}

TEST(SemverVersion, AcceptsTheLargestUint64Components) {
  const Version big = v("18446744073709551615.18446744073709551615.18446744073709551615-"
                        "18446744073709551615");
  EXPECT_EQ(big.major(), UINT64_MAX);
  EXPECT_EQ(big.pre()[0].number, UINT64_MAX);
}

TEST(SemverVersion, RejectsBlangWrongFormatTableWithBlangMessages) {
  struct Case {
    std::string input;
    std::string message;
  };
  const std::string kNoTriple = "No Major.Minor.Patch elements found";
  const std::string kEmptyNumber = R"(strconv.ParseUint: parsing "": invalid syntax)";
  const std::vector<Case> cases = {
      {"", "Version string empty"},
      {".", kNoTriple},
      {"1.", kNoTriple},
      {".1", kNoTriple},
      {"a.b.c", R"(Invalid character(s) found in major number "a")"},
      {"1.a.b", R"(Invalid character(s) found in minor number "a")"},
      {"1.1.a", R"(Invalid character(s) found in patch number "a")"},
      {"1.a.1", R"(Invalid character(s) found in minor number "a")"},
      {"a.1.1", R"(Invalid character(s) found in major number "a")"},
      {"..", kEmptyNumber},
      {"1..", kEmptyNumber},
      {"1.1.", kEmptyNumber},
      {"1..1", kEmptyNumber},
      {"1.1.+123", kEmptyNumber},
      {"1.1.-beta", kEmptyNumber},
      {"-1.1.1", R"(Invalid character(s) found in major number "-1")"},
      {"1.-1.1", R"(Invalid character(s) found in minor number "-1")"},
      {"1.1.-1", kEmptyNumber},
      {"20000000000000000000.1.1",
       R"(strconv.ParseUint: parsing "20000000000000000000": value out of range)"},
      {"1.20000000000000000000.1",
       R"(strconv.ParseUint: parsing "20000000000000000000": value out of range)"},
      {"1.1.20000000000000000000",
       R"(strconv.ParseUint: parsing "20000000000000000000": value out of range)"},
      {"1.1.1-20000000000000000000",
       R"(strconv.ParseUint: parsing "20000000000000000000": value out of range)"},
      {"18446744073709551616.0.0",
       R"(strconv.ParseUint: parsing "18446744073709551616": value out of range)"},
      {"01.1.1", R"(Major number must not contain leading zeroes "01")"},
      {"001.1.1", R"(Major number must not contain leading zeroes "001")"},
      {"1.01.1", R"(Minor number must not contain leading zeroes "01")"},
      {"1.001.1", R"(Minor number must not contain leading zeroes "001")"},
      {"1.1.01", R"(Patch number must not contain leading zeroes "01")"},
      {"1.1.001", R"(Patch number must not contain leading zeroes "001")"},
      {"1.1.1-01", R"(Numeric PreRelease version must not contain leading zeroes "01")"},
      {"1.1.1-001", R"(Numeric PreRelease version must not contain leading zeroes "001")"},
      {"1.1.1-beta.01", R"(Numeric PreRelease version must not contain leading zeroes "01")"},
      {"1.1.1-beta.001", R"(Numeric PreRelease version must not contain leading zeroes "001")"},
      {"0.0.0-!", R"(Invalid character(s) found in prerelease "!")"},
      {"0.0.0+!", R"(Invalid character(s) found in build meta data "!")"},
      {"0.0.0-.alpha", "Prerelease is empty"},
      {"0.0.0-alpha+", "Build meta data is empty"},
      {"0.0.0-alpha+test.", "Build meta data is empty"},
      {"0a.0.0", R"(Invalid character(s) found in major number "0a")"},
      {"v1.2.3", R"(Invalid character(s) found in major number "v1")"},
      {"1.2", kNoTriple},
      {"1.2.3.4", R"(Invalid character(s) found in patch number "3.4")"},
      {" 1.2.3", R"(Invalid character(s) found in major number " 1")"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(parse_error(c.input), c.message);
  }
}

TEST(SemverVersion, ErrorMessagesQuoteTextAsGoPercentQ) {
  EXPECT_EQ(parse_error("1.0.0-\t"), R"(Invalid character(s) found in prerelease "\t")");
  EXPECT_EQ(parse_error("1.0.0-\"\\"), R"(Invalid character(s) found in prerelease "\"\\")");
  EXPECT_EQ(parse_error("1.0.0-\x7f\x01\x1b"),
            R"(Invalid character(s) found in prerelease "\x7f\x01\x1b")");
  EXPECT_EQ(parse_error("1.0.0-\xff"), R"(Invalid character(s) found in prerelease "\xff")");
  EXPECT_EQ(parse_error("1.0.0-\xc3\xa9"), "Invalid character(s) found in prerelease \"\xc3\xa9\"");
  EXPECT_EQ(parse_error("1.0.0-\xc2\xa0"), R"(Invalid character(s) found in prerelease "\u00a0")");
}

TEST(SemverVersion, ToStringReparsesToAnIdenticalVersion) {
  for (const char* text : {"0.0.0", "1.2.3-0.a-b.9+x.0-1", "10.20.30-rc.1+build.007"}) {
    SCOPED_TRACE(text);
    const Version first = v(text);
    const Version again = v(first.to_string());
    EXPECT_EQ(again, first);
    EXPECT_EQ(again.pre(), first.pre());
    EXPECT_EQ(again.build(), first.build());
  }
}

// --- Version: tolerant parsing ----------------------------------------------------------------

TEST(SemverVersion, TolerantParseAcceptsBlangTolerantTable) {
  struct Case {
    std::string input;
    std::string parsed;
  };
  const std::vector<Case> cases = {
      {"v1.2.3", "1.2.3"},
      {"1.2.0-alpha", "1.2.0-alpha"},
      {"1.2.00", "1.2.0"},
      {"\t1.2.3 ", "1.2.3"},
      {"01.02.03", "1.2.3"},
      {"00.0.03", "0.0.3"},
      {"000.0.03", "0.0.3"},
      {"1.2", "1.2.0"},
      {"1", "1.0.0"},
      // Beyond blang's table: what CSV spec.version values look like in the wild.
      {"v0.47", "0.47.0"},
      {" v2.1.0+build.1\n", "2.1.0+build.1"},
      {"1.2.03-rc.1", "1.2.3-rc.1"},
      {"\xc2\xa0" "1.2.3\xe3\x80\x80", "1.2.3"},  // Unicode spaces are trimmed, as TrimSpace does
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.input);
    Result<Version> r = Version::parse_tolerant(c.input);
    ASSERT_TRUE(r.has_value()) << r.error().message();
    EXPECT_EQ(r->to_string(), c.parsed);
  }
}

TEST(SemverVersion, TolerantParseRejectsShortVersionsWithPrereleaseOrBuild) {
  const std::string kShort = "Short version cannot contain PreRelease/Build meta data";
  EXPECT_EQ(tolerant_error("1.0+abc"), kShort);
  EXPECT_EQ(tolerant_error("1.0-rc"), kShort);
  EXPECT_EQ(tolerant_error("v2-beta"), kShort);
  // blang's table lists "1.0-rc.1" too, but its dot makes three parts, so the minor fails.
  EXPECT_EQ(tolerant_error("1.0-rc.1"), R"(Invalid character(s) found in minor number "0-rc")");
}

TEST(SemverVersion, TolerantParseStillRejectsWhatStrictParseRejectsAfterNormalising) {
  EXPECT_EQ(tolerant_error(""), R"(strconv.ParseUint: parsing "": invalid syntax)");
  EXPECT_EQ(tolerant_error("v"), R"(strconv.ParseUint: parsing "": invalid syntax)");
  // Only one `v` goes; the zero-padding rule then prefixes the non-digit part with "0".
  EXPECT_EQ(tolerant_error("vv1.0.0"), R"(Invalid character(s) found in major number "0v1")");
  EXPECT_EQ(tolerant_error("1.2.3.4"), R"(Invalid character(s) found in patch number "3.4")");
  EXPECT_EQ(tolerant_error("1.2.0-01"),
            R"(Numeric PreRelease version must not contain leading zeroes "01")");
}

TEST(SemverVersion, StrictParseRejectsWhatOnlyTolerantParseAccepts) {
  // VAL-V4: minKubeVersion is checked strictly, so "1.16" fails and "1.16.0" passes.
  EXPECT_FALSE(Version::parse("1.16").has_value());
  EXPECT_TRUE(Version::parse("1.16.0").has_value());
  EXPECT_TRUE(Version::parse_tolerant("1.16").has_value());
}

// --- Version: precedence ----------------------------------------------------------------------

TEST(SemverVersion, ComparesBlangCompareTableBothWays) {
  struct Case {
    std::string a;
    std::string b;
    int result;
  };
  const std::vector<Case> cases = {
      {"1.0.0", "1.0.0", 0},
      {"2.0.0", "1.0.0", 1},
      {"0.1.0", "0.1.0", 0},
      {"0.2.0", "0.1.0", 1},
      {"0.0.1", "0.0.1", 0},
      {"0.0.2", "0.0.1", 1},
      {"1.2.3", "1.2.3", 0},
      {"2.2.4", "1.2.4", 1},
      {"1.3.3", "1.2.3", 1},
      {"1.2.4", "1.2.3", 1},
      {"1.0.0", "2.0.0", -1},
      {"2.0.0", "2.1.0", -1},
      {"2.1.0", "2.1.1", -1},
      {"1.0.0", "1.0.0-alpha", 1},
      {"1.0.0-alpha", "1.0.0-alpha.1", -1},
      {"1.0.0-alpha.1", "1.0.0-alpha.beta", -1},
      {"1.0.0-alpha.beta", "1.0.0-beta", -1},
      {"1.0.0-beta", "1.0.0-beta.2", -1},
      {"1.0.0-beta.2", "1.0.0-beta.11", -1},
      {"1.0.0-beta.11", "1.0.0-rc.1", -1},
      {"1.0.0-rc.1", "1.0.0", -1},
      {"1.0.0+1.2.3", "1.0.0", 0},
  };
  const auto sign = [](std::weak_ordering o) { return o < 0 ? -1 : o > 0 ? 1 : 0; };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.a + " vs " + c.b);
    EXPECT_EQ(sign(v(c.a) <=> v(c.b)), c.result);
    EXPECT_EQ(sign(v(c.b) <=> v(c.a)), -c.result);
    EXPECT_EQ(v(c.a) == v(c.b), c.result == 0);
  }
}

TEST(SemverVersion, SemverOrgPrecedenceExampleIsStrictlyIncreasing) {
  const std::vector<std::string> chain = {
      "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
      "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1",      "1.0.0",
  };
  for (std::size_t i = 0; i < chain.size(); ++i) {
    for (std::size_t j = 0; j < chain.size(); ++j) {
      SCOPED_TRACE(chain[i] + " vs " + chain[j]);
      EXPECT_EQ(v(chain[i]) < v(chain[j]), i < j);
    }
  }
}

TEST(SemverVersion, BuildMetadataIsIgnoredByEqualityButKeptInText) {
  const Version a = v("1.0.0+a");
  const Version b = v("1.0.0+b");
  EXPECT_EQ(a, b);
  EXPECT_EQ(a <=> b, std::weak_ordering::equivalent);
  EXPECT_NE(a.to_string(), b.to_string());
}

TEST(SemverVersion, NumericPrereleaseIdentifiersCompareByValueAndBelowAlphanumerics) {
  EXPECT_LT(v("1.0.0-2"), v("1.0.0-10"));
  EXPECT_LT(v("1.0.0-999"), v("1.0.0-a"));
  EXPECT_LT(v("1.0.0-B"), v("1.0.0-a"));  // bytewise: uppercase first
  EXPECT_LT(v("1.0.0-a.b"), v("1.0.0-a-b"));  // identifier by identifier: "a" < "a-b"
  EXPECT_LT(v("1.0.0-alpha"), v("1.0.0-alpha.0"));
}

// --- Range: blang's tables --------------------------------------------------------------------

struct Probe {
  std::string version;
  bool contained;
};

void expect_contains(std::string_view text, const std::vector<Probe>& probes) {
  SCOPED_TRACE(text);
  const Range r = range(text);
  for (const Probe& p : probes) {
    EXPECT_EQ(r.contains(v(p.version)), p.contained) << p.version;
  }
}

TEST(SemverRange, SimpleComparatorsMatchAsBlangParseRangeTable) {
  expect_contains(">1.2.3", {{"1.2.2", false}, {"1.2.3", false}, {"1.2.4", true}});
  expect_contains(">=1.2.3", {{"1.2.3", true}, {"1.2.4", true}, {"1.2.2", false}});
  expect_contains("<1.2.3", {{"1.2.2", true}, {"1.2.3", false}, {"1.2.4", false}});
  expect_contains("<=1.2.3", {{"1.2.2", true}, {"1.2.3", true}, {"1.2.4", false}});
  for (const char* eq : {"1.2.3", "=1.2.3", "==1.2.3"}) {
    expect_contains(eq, {{"1.2.2", false}, {"1.2.3", true}, {"1.2.4", false}});
  }
  for (const char* ne : {"!=1.2.3", "!1.2.3"}) {
    expect_contains(ne, {{"1.2.2", true}, {"1.2.3", false}, {"1.2.4", true}});
  }
}

TEST(SemverRange, SpaceSeparatedComparatorsAreAnded) {
  expect_contains(">1.2.2 <1.2.4", {{"1.2.2", false}, {"1.2.3", true}, {"1.2.4", false}});
  expect_contains("<1.2.2 <1.2.4",
                  {{"1.2.1", true}, {"1.2.2", false}, {"1.2.3", false}, {"1.2.4", false}});
  for (const char* text : {">1.2.2 <1.2.5 !=1.2.4", ">1.2.2 <1.2.5 !1.2.4"}) {
    expect_contains(text,
                    {{"1.2.2", false}, {"1.2.3", true}, {"1.2.4", false}, {"1.2.5", false}});
  }
}

TEST(SemverRange, DoubleBarSeparatedGroupsAreOred) {
  expect_contains(">1.2.2 || <1.2.4", {{"1.2.2", true}, {"1.2.3", true}, {"1.2.4", true}});
  expect_contains("<1.2.2 || >1.2.4", {{"1.2.2", false}, {"1.2.3", false}, {"1.2.4", false}});
  expect_contains(">1.2.2 <1.2.4 || >=2.0.0", {{"1.2.2", false},
                                               {"1.2.3", true},
                                               {"1.2.4", false},
                                               {"2.0.0", true},
                                               {"2.0.1", true}});
  expect_contains(">1.2.2 <1.2.4 || >=2.0.0 <3.0.0", {{"1.2.2", false},
                                                      {"1.2.3", true},
                                                      {"1.2.4", false},
                                                      {"2.0.0", true},
                                                      {"2.0.1", true},
                                                      {"2.9.9", true},
                                                      {"3.0.0", false}});
}

TEST(SemverRange, WildcardRangesMatchAsBlangParseRangeTable) {
  expect_contains(">1.x", {{"0.1.9", false}, {"1.2.6", false}, {"1.9.0", false}, {"2.0.0", true}});
  expect_contains(">1.2.x", {{"1.1.9", false}, {"1.2.6", false}, {"1.3.0", true}});
  expect_contains("1.x || >=2.0.x <2.2.x", {{"0.9.2", false},
                                            {"1.2.2", true},
                                            {"2.0.0", true},
                                            {"2.1.8", true},
                                            {"2.2.0", false}});
}

TEST(SemverRange, WildcardMinorExpandsToHalfOpenInterval) {
  EXPECT_EQ(range("1.2.x").expanded_string(), ">=1.2.0 <1.3.0");
  EXPECT_EQ(range("=1.2.x").expanded_string(), ">=1.2.0 <1.3.0");
  EXPECT_EQ(range("==1.2.x").expanded_string(), ">=1.2.0 <1.3.0");
  EXPECT_EQ(range("1.x").expanded_string(), ">=1.0.0 <2.0.0");
  expect_contains("1.2.x", {{"1.1.9", false}, {"1.2.0", true}, {"1.2.99", true}, {"1.3.0", false}});
}

TEST(SemverRange, WildcardsWithOperatorsExpandAsBlangExpandWildcardVersion) {
  struct Case {
    std::string input;
    std::string expanded;
  };
  const std::vector<Case> cases = {
      {">=1.2.x", ">=1.2.0"},       {"<=1.2.x", "<1.3.0"},
      {">1.2.x", ">=1.3.0"},        {"<1.2.x", "<1.2.0"},
      {">=1.x", ">=1.0.0"},         {"<=1.x", "<2.0.0"},
      {">1.x", ">=2.0.0"},          {"<1.x", "<1.0.0"},
      {">= 1.2.x", ">=1.2.0"},      {">=2.1.x <2.2.1", ">=2.1.0 <2.2.1"},
      {"1.x || >=2.0.x <2.2.x", ">=1.0.0 <2.0.0 || >=2.0.0 <2.2.0"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(range(c.input).expanded_string(), c.expanded);
  }
}

TEST(SemverRange, NotEqualWildcardBecomesContradictionAsInBlang) {
  // blang ANDs the two halves it generates, so `!=1.2.x` excludes every version.
  EXPECT_EQ(range("!=1.2.x").expanded_string(), "<1.2.0 >=1.3.0");
  EXPECT_EQ(range("!=1.x").expanded_string(), "<1.0.0 >=2.0.0");
  expect_contains("!=1.2.x", {{"1.1.0", false}, {"1.2.5", false}, {"1.4.0", false}});
}

TEST(SemverRange, WildcardQuirksFollowBlang) {
  EXPECT_EQ(range("<=1.x.x").expanded_string(), "<1.1.0");  // counted as a patch wildcard
  EXPECT_EQ(range("~1.2.x").expanded_string(), "=1.2.0");   // the unknown operator is dropped
  EXPECT_EQ(range(">=1.0.0-x").expanded_string(), ">=1.0.0-x");
  EXPECT_EQ(range_error("1.0.0-x"), R"(Could not get version from string: "<")");
  EXPECT_EQ(range_error(">1.0.0-x"), R"(Could not get version from string: ">=")");
  // Go's int addition wraps when blang increments the minor number for `<=`.
  EXPECT_EQ(range_error("<=1.9223372036854775807.x"),
            R"(Could not parse Range "<1.-9223372036854775808.0": Could not parse version )"
            R"("1.-9223372036854775808.0" in "<1.-9223372036854775808.0": Invalid character(s) )"
            R"(found in minor number "-9223372036854775808")");
  EXPECT_EQ(range_error("<=1.99999999999999999999.x"),
            R"(Could not get version from string: "<")");
}

TEST(SemverRange, OnlyLowercaseXIsAWildcard) {
  EXPECT_EQ(range_error("1.2.X"),
            R"(Could not parse Range "1.2.X": Could not parse version "1.2.X" in "1.2.X": )"
            R"(Invalid character(s) found in patch number "X")");
  EXPECT_EQ(range_error("1.2.*"),
            R"(Could not parse Range "1.2.*": Could not parse version "1.2.*" in "1.2.*": )"
            R"(Invalid character(s) found in patch number "*")");
}

TEST(SemverRange, SpacesAfterOperatorsAreJoinedAsBlangSplitAndTrim) {
  EXPECT_EQ(range("  >=   1.2.3   <=  1.2.3   ").expanded_string(), ">=1.2.3 <=1.2.3");
  EXPECT_EQ(range("      1.2.3      ||     >=1.2.3     <1.2.3    ").expanded_string(),
            "=1.2.3 || >=1.2.3 <1.2.3");
  EXPECT_EQ(range("> = 1.0.0").expanded_string(), ">=1.0.0");
  // A tab is not a separator, but TrimSpace removes it from the operator.
  EXPECT_EQ(range(">\t1.0.0").expanded_string(), ">1.0.0");
}

TEST(SemverRange, OneCharacterWordsAreIgnoredAsInBlang) {
  EXPECT_EQ(range(">=1.0.0 1 <2.0.0").expanded_string(), ">=1.0.0 <2.0.0");
  EXPECT_EQ(range("1.0.0 x").expanded_string(), "=1.0.0");
}

TEST(SemverRange, EmptyOrGroupParsesAndMatchesNothing) {
  const Range r = range("1.0.0 || || 2.0.0");
  ASSERT_EQ(r.alternatives().size(), 3u);
  EXPECT_TRUE(r.alternatives()[1].empty());
  EXPECT_TRUE(r.contains(v("1.0.0")));
  EXPECT_FALSE(r.contains(v("3.0.0")));  // blang would panic here
}

TEST(SemverRange, RejectsBadRangesWithBlangMessages) {
  struct Case {
    std::string input;
    std::string message;
  };
  const std::vector<Case> cases = {
      {">>1.2.3", R"(Could not parse Range ">>1.2.3": Could not parse comparator ">>" in ">>1.2.3")"},
      {"~1.2.3", R"(Could not parse Range "~1.2.3": Could not parse comparator "~" in "~1.2.3")"},
      {"<==1.2.3",
       R"(Could not parse Range "<==1.2.3": Could not parse comparator "<==" in "<==1.2.3")"},
      {"1.0", R"(Could not parse Range "1.0": Could not parse version "1.0" in "1.0": )"
              R"(No Major.Minor.Patch elements found)"},
      {"=invalid1", R"(Could not parse Range "=invalid1": Could not parse comparator "=invalid" )"
                    R"(in "=invalid1")"},
      {"string", R"(Could not get version from string: "string")"},
      {"fo.ob.ar.x", R"(Could not get version from string: "fo.ob.ar.x")"},
      {"", "Last element in range is '||'"},
      {"   ", "Last element in range is '||'"},
      {"x", "Last element in range is '||'"},
      {"1.0.0 ||", "Last element in range is '||'"},
      {"|| 1.0.0", "First element in range is '||'"},
      {"1.0.0||2.0.0",
       R"(Could not parse Range "1.0.0||2.0.0": Could not parse version "1.0.0||2.0.0" in )"
       R"("1.0.0||2.0.0": Invalid character(s) found in patch number "0||2.0.0")"},
      {">=1.0.0 <01.0.0",
       R"(Could not parse Range "<01.0.0": Could not parse version "01.0.0" in "<01.0.0": )"
       R"(Major number must not contain leading zeroes "01")"},
      // Go's unicode.IsDigit ends the operator at any decimal digit, not only ASCII ones.
      {"\xd9\xa3.0.0",
       "Could not parse Range \"\xd9\xa3.0.0\": Could not parse version \"\xd9\xa3.0.0\" in "
       "\"\xd9\xa3.0.0\": Invalid character(s) found in major number \"\xd9\xa3\""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(range_error(c.input), c.message);
  }
}

TEST(SemverRange, ToStringReturnsTheParsedTextUnchanged) {
  EXPECT_EQ(range("  >= 1.2.x   <1.3.0 ").to_string(), "  >= 1.2.x   <1.3.0 ");
  EXPECT_EQ(range(">=1.7.0 <1.9.0").to_string(), ">=1.7.0 <1.9.0");
}

TEST(SemverRange, AlternativesExposeExpandedComparators) {
  const Range r = range(">1.0.0 !2.0.0 || 3.x");
  ASSERT_EQ(r.alternatives().size(), 2u);
  EXPECT_EQ(r.alternatives()[0],
            (std::vector<Range::Comparator>{{.op = Range::Op::kGreater, .version = v("1.0.0")},
                                            {.op = Range::Op::kNotEqual, .version = v("2.0.0")}}));
  EXPECT_EQ(r.alternatives()[1],
            (std::vector<Range::Comparator>{
                {.op = Range::Op::kGreaterEqual, .version = v("3.0.0")},
                {.op = Range::Op::kLess, .version = v("4.0.0")}}));
}

TEST(SemverRange, PrereleasesAreComparedByPrecedenceNotExcluded) {
  // Unlike npm ranges, blang does not hide prereleases from ranges without one.
  expect_contains(">=1.0.0 <2.0.0",
                  {{"1.5.0-alpha", true}, {"2.0.0-rc.1", true}, {"1.0.0-rc.1", false}});
  expect_contains("1.0.0", {{"1.0.0+build.5", true}});
}

// --- Range: OLM usage (spec/olm.md) -----------------------------------------------------------

TEST(SemverRange, OlmSkipRangeWithWildcardLowerBoundCoversOneMinor) {
  expect_contains(">=1.2.x <1.3.0",
                  {{"1.1.9", false}, {"1.2.0", true}, {"1.2.7", true}, {"1.3.0", false}});
}

TEST(SemverRange, OlmSkipRangeUpperBoundOnlyIncludesEverythingOlder) {
  expect_contains("<1.9.0",
                  {{"0.0.1", true}, {"1.8.99", true}, {"1.9.0-rc.1", true}, {"1.9.0", false}});
}

TEST(SemverRange, OlmSkipRangeHalfOpenIntervalExcludesUpperBound) {
  expect_contains(">=1.7.0 <1.9.0",
                  {{"1.6.9", false}, {"1.7.0", true}, {"1.8.5", true}, {"1.9.0", false}});
  expect_contains(">=2.1.x <2.2.1",
                  {{"2.0.9", false}, {"2.1.0", true}, {"2.2.0", true}, {"2.2.1", false}});
}

TEST(SemverRange, OlmEmptySkipRangeParsesAndMatchesNothing) {
  expect_contains(">=1.7.0 <1.7.0",
                  {{"1.6.0", false}, {"1.7.0", false}, {"1.7.1", false}, {"1.8.0", false}});
}

TEST(SemverRange, OlmPackageVersionRangesFromBundleDependencies) {
  expect_contains(">0.27.0", {{"0.27.0", false}, {"0.27.1", true}});
  expect_contains("0.47.0", {{"0.47.0", true}, {"0.47.1", false}});
  expect_contains(">=0.11.0", {{"0.10.9", false}, {"0.11.0", true}, {"3.0.0", true}});
}

}  // namespace
}  // namespace windlass
