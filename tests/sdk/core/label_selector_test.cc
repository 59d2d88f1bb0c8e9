// Expected outcomes come from k8s.io/apimachinery/pkg/labels/selector_test.go,
// pkg/apis/meta/v1/helpers_test.go and pkg/apis/meta/v1/validation, and from the messages
// kube-apiserver returns for a bad `labelSelector` parameter.
#include <windlass/core/label_selector.h>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace windlass {
namespace {

using Labels = std::map<std::string, std::string>;

const std::string kLabelValueMsg =
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or "
    "'.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or "
    "'my_value',  or '12345', regex used for validation is "
    "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const std::string kQualifiedNamePartMsg =
    "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
    "alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for "
    "validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

Selector must_parse(std::string_view text) {
  auto r = Selector::parse(text);
  EXPECT_TRUE(r.has_value()) << text << ": " << (r ? "" : r.error().message());
  return r ? *r : Selector::nothing();
}

Requirement must_make(std::string key, SelectorOperator op, std::vector<std::string> values) {
  auto r = Requirement::make(std::move(key), op, std::move(values));
  if (!r) ADD_FAILURE() << r.error().message();
  return std::move(r).value();
}

std::string parse_error(std::string_view text) {
  auto r = Selector::parse(text);
  if (r) return "<parsed: " + r->to_string() + ">";
  EXPECT_EQ(r.error().code(), ErrorCode::kBadRequest);
  return r.error().message();
}

TEST(LabelSelector, GoodStringsPrintBackWithoutSpaces) {
  for (std::string text : {"x=a,y=b,z=c", "", "x!=a,y=b", "x=", "x= ", "x=,z= ", "x= ,z= ",
                           "!x", "x>1", "x>1,z<5"}) {
    SCOPED_TRACE(text);
    auto sel = Selector::parse(text);
    ASSERT_TRUE(sel.has_value()) << sel.error().message();
    std::erase(text, ' ');
    EXPECT_EQ(sel->to_string(), text);
  }
}

TEST(LabelSelector, HeaderExampleSortsRequirementsByKey) {
  Selector sel = must_parse("app=web,tier in (frontend,cache),!canary");
  EXPECT_TRUE(sel.matches(Labels{{"app", "web"}, {"tier", "cache"}}));
  EXPECT_FALSE(sel.matches(Labels{{"app", "web"}, {"tier", "cache"}, {"canary", ""}}));
  EXPECT_EQ(sel.to_string(), "app=web,!canary,tier in (cache,frontend)");
}

TEST(LabelSelector, ParseIsDeterministicRegardlessOfTermOrder) {
  EXPECT_EQ(must_parse("x=a,a=x").to_string(), must_parse("a=x,x=a").to_string());
  EXPECT_EQ(must_parse("x=a,a=x").to_string(), "a=x,x=a");
}

struct ParseCase {
  std::string text;
  std::string canonical;
};

TEST(LabelSelector, SetBasedSyntaxParsesToCanonicalForm) {
  const std::vector<ParseCase> cases = {
      {"", ""},
      {"\rx", "x"},
      {"this-is-a-dns.domain.com/key-with-dash", "this-is-a-dns.domain.com/key-with-dash"},
      {"this-is-another-dns.domain.com/key-with-dash in (so,what)",
       "this-is-another-dns.domain.com/key-with-dash in (so,what)"},
      {"0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)",
       "0.1.2.domain/99 notin (10.10.100.1,tick.tack.clock)"},
      {"foo  in\t (abc)", "foo in (abc)"},
      {"x notin\n (abc)", "x notin (abc)"},
      {"x  notin\t\t(abc,def)", "x notin (abc,def)"},
      {"x in (abc,def)", "x in (abc,def)"},
      {"x in (def,abc,def)", "x in (abc,def)"},
      {"x in (abc,)", "x in (,abc)"},
      {"x in ()", "x in ()"},
      {"x notin (abc,,def),bar,z in (),w", "bar,w,x notin (,abc,def),z in ()"},
      {"x,y in (a)", "x,y in (a)"},
      {"x=a", "x=a"},
      {"x==a", "x==a"},
      {"x>1", "x>1"},
      {"x<7", "x<7"},
      {"x=a,y!=b", "x=a,y!=b"},
      {"x=a,y!=b,z in (h,i,j)", "x=a,y!=b,z in (h,i,j)"},
      {"x notin ( )", "x notin ()"},
      {"x notin (, a)", "x notin (,a)"},
      {"a ", "a"},
      {"a in (x,y,notin, z,in)", "a in (in,notin,x,y,z)"},
      {"notin=in", "notin=in"},
      {"in in (in)", "in in (in)"},
      {"!in", "!in"},
      {"z!=a,z", "z!=a,z"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    auto sel = Selector::parse(c.text);
    ASSERT_TRUE(sel.has_value()) << sel.error().message();
    EXPECT_EQ(sel->to_string(), c.canonical);
  }
}

TEST(LabelSelector, InWithEmptyParenthesesSelectsTheEmptyValue) {
  Selector sel = must_parse("a in ()");
  ASSERT_EQ(sel.requirements().size(), 1u);
  EXPECT_EQ(sel.requirements()[0].values(), std::vector<std::string>{""});
  EXPECT_TRUE(sel.matches(Labels{{"a", ""}}));
  EXPECT_FALSE(sel.matches(Labels{{"a", "x"}}));
  EXPECT_FALSE(sel.matches(Labels{}));
}

struct ErrorCase {
  std::string text;
  std::string message;
};

TEST(LabelSelector, BadSyntaxGivesKubernetesMessages) {
  const std::vector<ErrorCase> cases = {
      {"x in (a", "unable to parse requirement: found '', expected: ',' or ')'"},
      {"x in (a,b", "unable to parse requirement: found '', expected: ',' or ')'"},
      {"x in (a,", "unable to parse requirement: found '', expected: ',', or identifier"},
      {"x=a,", "found '', expected: identifier after ','"},
      {"!", "unable to parse requirement: found '', expected: identifier"},
      {"!!x", "unable to parse requirement: found '!', expected: identifier"},
      {"x==a==b", "found '==', expected: ',' or 'end of string'"},
      {"!x=a", "found '=', expected: ',' or 'end of string'"},
      {"x,,y", "found ',', expected: identifier after ','"},
      {",x,y", "found ',', expected: !, identifier, or 'end of string'"},
      {"x nott in (y)",
       "unable to parse requirement: found 'nott', expected: in, notin, =, ==, !=, gt, lt"},
      {"a in (xyz),", "found '', expected: identifier after ','"},
      {"a in (xyz)b notin ()", "found 'b', expected: ',' or 'end of string'"},
      {"a in (xyz abc)", "unable to parse requirement: found 'abc', expected: ',' or ')'"},
      {"a notin(", "unable to parse requirement: found '', expected: ',', ')' or identifier"},
      {"a (", "unable to parse requirement: found '(', expected: in, notin, =, ==, !=, gt, lt"},
      {"(", "found '(', expected: !, identifier, or 'end of string'"},
      {")", "found ')', expected: !, identifier, or 'end of string'"},
      {"x in a", "unable to parse requirement: found 'a' expected: '('"},
      {"x in (=)", "unable to parse requirement: found '=', expected: ',', ')' or identifier"},
      {"x=(", "unable to parse requirement: found '(', expected: identifier"},
      {"x<=1", "unable to parse requirement: found '=', expected: identifier"},
      {"x in (a)(", "found '(', expected: ',' or 'end of string'"},
      {"x=a||y=b",
       "unable to parse requirement: values[0][x]: Invalid value: \"a||y\": " + kLabelValueMsg},
      {"x<a",
       "unable to parse requirement: values[0]: Invalid value: \"a\": for 'Gt', 'Lt' operators, "
       "the value must be an integer"},
      {"a>b",
       "unable to parse requirement: values[0]: Invalid value: \"b\": for 'Gt', 'Lt' operators, "
       "the value must be an integer"},
      {"x>",
       "unable to parse requirement: values[0]: Invalid value: \"\": for 'Gt', 'Lt' operators, "
       "the value must be an integer"},
      {"x>99999999999999999999",
       "unable to parse requirement: values[0]: Invalid value: \"99999999999999999999\": for "
       "'Gt', 'Lt' operators, the value must be an integer"},
      {"x>-1",
       "unable to parse requirement: values[0][x]: Invalid value: \"-1\": " + kLabelValueMsg},
      {"x/a/b=c",
       "unable to parse requirement: <nil>: Invalid value: \"x/a/b\": a qualified name " +
           kQualifiedNamePartMsg +
           " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"},
      {"-x", "unable to parse requirement: <nil>: Invalid value: \"-x\": name part " +
                 kQualifiedNamePartMsg},
      {std::string(64, 'k'), "unable to parse requirement: <nil>: Invalid value: \"" +
                                 std::string(64, 'k') +
                                 "\": name part must be no more than 63 characters"},
      {"example.com/", "unable to parse requirement: <nil>: Invalid value: \"example.com/\": "
                       "name part must be non-empty; name part " +
                           kQualifiedNamePartMsg},
      {"x=" + std::string(64, 'v'), "unable to parse requirement: values[0][x]: Invalid value: \"" +
                                        std::string(64, 'v') +
                                        "\": must be no more than 63 characters"},
      {"x>" + std::string(64, 'v'),
       "unable to parse requirement: [values[0]: Invalid value: \"" + std::string(64, 'v') +
           "\": for 'Gt', 'Lt' operators, the value must be an integer, values[0][x]: Invalid "
           "value: \"" +
           std::string(64, 'v') + "\": must be no more than 63 characters]"},
      {"x in (b@,a@)", "unable to parse requirement: [values[0][x]: Invalid value: \"a@\": " +
                           kLabelValueMsg + ", values[1][x]: Invalid value: \"b@\": " +
                           kLabelValueMsg + "]"},
      {"x=M\xc4\x81ori",
       "unable to parse requirement: values[0][x]: Invalid value: \"M\xc4\x81ori\": " +
           kLabelValueMsg},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(parse_error(c.text), c.message);
  }
}

TEST(LabelSelector, NulByteEndsInputWhereATokenStartsAsInKubernetes) {
  EXPECT_EQ(must_parse(std::string("\0x=a", 4)).to_string(), "");
  EXPECT_EQ(must_parse(std::string("x=a\0,y=b", 8)).to_string(), "x=a,y=b");
  // An operator token consumes a NUL that ends it; whitespace does not.
  EXPECT_EQ(must_parse(std::string("x=a,\0y=b", 8)).to_string(), "x=a,y=b");
  EXPECT_EQ(parse_error(std::string("x=a, \0y=b", 9)),
            "found '', expected: identifier after ','");
  EXPECT_EQ(parse_error(std::string("a\0b", 3)),
            "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt");
}

struct MatchCase {
  std::string selector;
  Labels labels;
  bool match;
};

TEST(LabelSelector, MatchesUpstreamTable) {
  const Labels labelset{{"foo", "bar"}, {"baz", "blah"}};
  const std::vector<MatchCase> cases = {
      {"", {{"x", "y"}}, true},
      {"x=y", {{"x", "y"}}, true},
      {"x=y,z=w", {{"x", "y"}, {"z", "w"}}, true},
      {"x!=y,z!=w", {{"x", "z"}, {"z", "a"}}, true},
      {"notin=in", {{"notin", "in"}}, true},
      {"x", {{"x", "z"}}, true},
      {"!x", {{"y", "z"}}, true},
      {"x>1", {{"x", "2"}}, true},
      {"x<1", {{"x", "0"}}, true},
      {"x=z", {}, false},
      {"x=y", {{"x", "z"}}, false},
      {"x=y,z=w", {{"x", "w"}, {"z", "w"}}, false},
      {"x!=y,z!=w", {{"x", "z"}, {"z", "w"}}, false},
      {"x", {{"y", "z"}}, false},
      {"!x", {{"x", "z"}}, false},
      {"x>1", {{"x", "0"}}, false},
      {"x<1", {{"x", "2"}}, false},
      {"foo=bar", labelset, true},
      {"baz=blah", labelset, true},
      {"foo=bar,baz=blah", labelset, true},
      {"foo=blah", labelset, false},
      {"baz=bar", labelset, false},
      {"foo=bar,foobar=bar,baz=blah", labelset, false},
      {"x in (foo),y notin (alpha)", {{"x", "foo"}, {"y", "baz"}}, true},
      {"x in (foo),y in (alpha)", {{"x", "foo"}, {"y", "baz"}}, false},
      {"x notin (),y", {{"y", ""}}, true},
      {"!x,y", {{"y", ""}}, true},
      {"x notin (),!y", {{"y", ""}}, false},
      {"x in ()", {{"y", "baz"}}, false},
      {"z>1", {{"z", "2"}}, true},
      {"z>1", {{"z", "v2"}}, false},
      {"x,y in (a)", {{"x", "1"}}, false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.selector);
    EXPECT_EQ(must_parse(c.selector).matches(c.labels), c.match);
  }
}

TEST(LabelSelector, NotInMatchesWhenKeyIsAbsent) {
  EXPECT_TRUE(must_parse("x notin (a)").matches(Labels{}));
  EXPECT_TRUE(must_parse("x notin (a)").matches(Labels{{"x", "b"}}));
  EXPECT_FALSE(must_parse("x notin (a)").matches(Labels{{"x", "a"}}));
}

TEST(LabelSelector, NotEqualsMatchesWhenKeyIsAbsent) {
  EXPECT_TRUE(must_parse("x!=a").matches(Labels{}));
  EXPECT_FALSE(must_parse("x!=a").matches(Labels{{"x", "a"}}));
}

TEST(LabelSelector, InDoesNotMatchWhenKeyIsAbsent) {
  EXPECT_FALSE(must_parse("x in (a,b)").matches(Labels{}));
  EXPECT_TRUE(must_parse("x in (a,b)").matches(Labels{{"x", "b"}}));
}

TEST(LabelSelector, GreaterAndLessThanCompareAsSigned64BitIntegers) {
  EXPECT_TRUE(must_parse("x>9").matches(Labels{{"x", "10"}}));
  EXPECT_TRUE(must_parse("x<1").matches(Labels{{"x", "-3"}}));
  EXPECT_FALSE(must_parse("x>1").matches(Labels{{"x", "1"}}));
  EXPECT_FALSE(must_parse("x>1").matches(Labels{}));
  EXPECT_FALSE(must_parse("x>1").matches(Labels{{"x", "99999999999999999999"}}));
  EXPECT_TRUE(must_parse("x<0").matches(Labels{{"x", "-9223372036854775808"}}));
  EXPECT_TRUE(must_parse("x>9223372036854775806").matches(Labels{{"x", "9223372036854775807"}}));
}

TEST(LabelSelector, EverythingMatchesAllAndIsEmpty) {
  Selector all = Selector::everything();
  EXPECT_TRUE(all.matches(Labels{{"x", "y"}}));
  EXPECT_TRUE(all.matches(LabelsView::none()));
  EXPECT_TRUE(all.empty());
  EXPECT_FALSE(all.is_nothing());
  EXPECT_EQ(all.to_string(), "");
  EXPECT_EQ(all, Selector());
  EXPECT_TRUE(Selector::from_set({}).empty());
}

TEST(LabelSelector, NothingMatchesNoneAndIsNotEmpty) {
  Selector none = Selector::nothing();
  EXPECT_FALSE(none.matches(Labels{{"x", "y"}}));
  EXPECT_FALSE(none.matches(Labels{}));
  EXPECT_FALSE(none.empty());
  EXPECT_TRUE(none.is_nothing());
  EXPECT_EQ(none.to_string(), "");
  EXPECT_TRUE(none.add(must_make("x", SelectorOperator::kExists, {})).is_nothing());
  EXPECT_FALSE(none.requires_exact_match("x").has_value());
}

TEST(LabelSelector, FromSetMatchesExactlyTheSet) {
  const Labels labelset{{"foo", "bar"}, {"baz", "blah"}};
  EXPECT_TRUE(Selector::from_set({}).matches(labelset));
  EXPECT_TRUE(Selector::from_set({{"foo", "bar"}}).matches(labelset));
  EXPECT_TRUE(Selector::from_set({{"foo", "bar"}, {"baz", "blah"}}).matches(labelset));
  EXPECT_FALSE(Selector::from_set({{"foo", "=blah"}}).matches(labelset));
  EXPECT_EQ(Selector::from_set({{"app", "foo"}, {"a", "b"}}).to_string(), "a=b,app=foo");
}

TEST(LabelSelector, ValidatedFromSetRejectsBadValues) {
  auto ok = Selector::validated_from_set({{"key", "val"}});
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(ok->to_string(), "key=val");
  const std::string long_value = "axahm2EJ8Phiephe2eixohbee9eGeiyees1thuozi1xoh0GiuH3diewi8iem7Nui";
  auto bad = Selector::validated_from_set({{"Key", long_value}});
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code(), ErrorCode::kInvalid);
  EXPECT_EQ(bad.error().message(), "values[0][Key]: Invalid value: \"" + long_value +
                                       "\": must be no more than 63 characters");
}

struct RequirementCase {
  std::string key;
  SelectorOperator op;
  std::vector<std::string> values;
  std::string error;  // empty: valid
};

TEST(LabelSelector, RequirementConstructorValidatesLikeNewRequirement) {
  const std::vector<RequirementCase> cases = {
      {"x1", SelectorOperator::kIn, {},
       "values: Invalid value: []string{}: for 'in', 'notin' operators, values set can't be "
       "empty"},
      {"x2", SelectorOperator::kNotIn, {},
       "values: Invalid value: []string{}: for 'in', 'notin' operators, values set can't be "
       "empty"},
      {"x3", SelectorOperator::kIn, {"foo"}, ""},
      {"x4", SelectorOperator::kNotIn, {"foo"}, ""},
      {"x5", SelectorOperator::kEquals, {"bar", "foo"},
       "values: Invalid value: []string{\"bar\", \"foo\"}: exact-match compatibility requires "
       "one single value"},
      {"x6", SelectorOperator::kExists, {}, ""},
      {"x7", SelectorOperator::kDoesNotExist, {}, ""},
      {"x8", SelectorOperator::kExists, {"foo"},
       "values: Invalid value: []string{\"foo\"}: values set must be empty for exists and does "
       "not exist"},
      {"x11", SelectorOperator::kGreaterThan, {"1"}, ""},
      {"x12", SelectorOperator::kLessThan, {"6"}, ""},
      {"x13", SelectorOperator::kGreaterThan, {},
       "values: Invalid value: []string{}: for 'Gt', 'Lt' operators, exactly one value is "
       "required"},
      {"x14", SelectorOperator::kGreaterThan, {"bar"},
       "values[0]: Invalid value: \"bar\": for 'Gt', 'Lt' operators, the value must be an "
       "integer"},
      {"x15", SelectorOperator::kLessThan, {"bar"},
       "values[0]: Invalid value: \"bar\": for 'Gt', 'Lt' operators, the value must be an "
       "integer"},
      {std::string(254, 'a'), SelectorOperator::kExists, {},
       "key: Invalid value: \"" + std::string(254, 'a') +
           "\": name part must be no more than 63 characters"},
      {"x16", SelectorOperator::kEquals, {std::string(254, 'a')},
       "values[0][x16]: Invalid value: \"" + std::string(254, 'a') +
           "\": must be no more than 63 characters"},
      {"x17", SelectorOperator::kEquals, {"a b"},
       "values[0][x17]: Invalid value: \"a b\": " + kLabelValueMsg},
      {"x18", SelectorOperator::kDoubleEquals, {"a\tb"},
       "values[0][x18]: Invalid value: \"a\\tb\": " + kLabelValueMsg},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.key);
    auto r = Requirement::make(c.key, c.op, c.values);
    if (c.error.empty()) {
      ASSERT_TRUE(r.has_value()) << r.error().message();
      EXPECT_EQ(r->key(), c.key);
      EXPECT_EQ(r->op(), c.op);
      EXPECT_EQ(r->values(), c.values);
    } else {
      ASSERT_FALSE(r.has_value());
      EXPECT_EQ(r.error().code(), ErrorCode::kInvalid);
      EXPECT_EQ(r.error().message(), c.error);
    }
  }
}

TEST(LabelSelector, RequirementToStringSortsSetValuesWithoutReordering) {
  EXPECT_EQ(must_make("x", SelectorOperator::kIn, {"def", "abc"}).to_string(), "x in (abc,def)");
  EXPECT_EQ(must_make("x", SelectorOperator::kIn, {"def", "abc"}).values(),
            (std::vector<std::string>{"def", "abc"}));
  EXPECT_EQ(must_make("y", SelectorOperator::kNotIn, {"jkl"}).to_string(), "y notin (jkl)");
  EXPECT_EQ(must_make("z", SelectorOperator::kNotIn, {""}).to_string(), "z notin ()");
  EXPECT_EQ(must_make("z", SelectorOperator::kExists, {}).to_string(), "z");
  EXPECT_EQ(must_make("z", SelectorOperator::kDoesNotExist, {}).to_string(), "!z");
  EXPECT_EQ(must_make("x", SelectorOperator::kEquals, {"abc"}).to_string(), "x=abc");
  EXPECT_EQ(must_make("y", SelectorOperator::kDoubleEquals, {"jkl"}).to_string(), "y==jkl");
  EXPECT_EQ(must_make("z", SelectorOperator::kNotEquals, {"a"}).to_string(), "z!=a");
  EXPECT_EQ(must_make("x", SelectorOperator::kGreaterThan, {"2"}).to_string(), "x>2");
  EXPECT_EQ(must_make("y", SelectorOperator::kLessThan, {"8"}).to_string(), "y<8");
}

TEST(LabelSelector, SelectorToStringJoinsRequirementsInKeyOrder) {
  Selector s = Selector().add({must_make("z", SelectorOperator::kExists, {}),
                               must_make("x", SelectorOperator::kIn, {"abc", "def"}),
                               must_make("y", SelectorOperator::kNotIn, {"jkl"})});
  EXPECT_EQ(s.to_string(), "x in (abc,def),y notin (jkl),z");
  Selector t = Selector().add({must_make("x", SelectorOperator::kEquals, {"abc"}),
                               must_make("y", SelectorOperator::kDoubleEquals, {"jkl"}),
                               must_make("z", SelectorOperator::kNotEquals, {"a"}),
                               must_make("z", SelectorOperator::kExists, {})});
  EXPECT_EQ(t.to_string(), "x=abc,y==jkl,z!=a,z");
}

TEST(LabelSelector, AddKeepsRequirementsSortedByKey) {
  Selector s = Selector().add(must_make("key", SelectorOperator::kIn, {"value"}));
  s = s.add(must_make("a", SelectorOperator::kEquals, {"b"}));
  ASSERT_EQ(s.requirements().size(), 2u);
  EXPECT_EQ(s.requirements()[0].key(), "a");
  EXPECT_EQ(s.requirements()[1].key(), "key");
  EXPECT_EQ(s.to_string(), "a=b,key in (value)");
}

TEST(LabelSelector, RequiresExactMatchLooksAtTheFirstRequirementOnTheKey) {
  auto sel = [](std::vector<Requirement> reqs) { return Selector().add(std::move(reqs)); };
  EXPECT_EQ(sel({must_make("key", SelectorOperator::kIn, {"value"})}).requires_exact_match("key"),
            "value");
  EXPECT_FALSE(sel({must_make("key", SelectorOperator::kIn, {"value", "value2"})})
                   .requires_exact_match("key")
                   .has_value());
  EXPECT_EQ(sel({must_make("key", SelectorOperator::kIn, {"value", "value1"}),
                 must_make("key2", SelectorOperator::kIn, {"value2"})})
                .requires_exact_match("key2"),
            "value2");
  EXPECT_EQ(sel({must_make("key", SelectorOperator::kEquals, {"value"})})
                .requires_exact_match("key"),
            "value");
  EXPECT_EQ(sel({must_make("key", SelectorOperator::kDoubleEquals, {"value"})})
                .requires_exact_match("key"),
            "value");
  EXPECT_FALSE(sel({must_make("key", SelectorOperator::kNotEquals, {"value"})})
                   .requires_exact_match("key")
                   .has_value());
  EXPECT_FALSE(must_parse("key,key=v").requires_exact_match("key").has_value());
  EXPECT_FALSE(must_parse("other=v").requires_exact_match("key").has_value());
}

TEST(LabelSelector, OperatorNamesAreSelectionOperatorStrings) {
  EXPECT_EQ(to_string(SelectorOperator::kEquals), "=");
  EXPECT_EQ(to_string(SelectorOperator::kDoubleEquals), "==");
  EXPECT_EQ(to_string(SelectorOperator::kNotEquals), "!=");
  EXPECT_EQ(to_string(SelectorOperator::kIn), "in");
  EXPECT_EQ(to_string(SelectorOperator::kNotIn), "notin");
  EXPECT_EQ(to_string(SelectorOperator::kExists), "exists");
  EXPECT_EQ(to_string(SelectorOperator::kDoesNotExist), "!");
  EXPECT_EQ(to_string(SelectorOperator::kGreaterThan), "gt");
  EXPECT_EQ(to_string(SelectorOperator::kLessThan), "lt");
}

TEST(LabelSelector, MatchesJsonLabelsWithoutCopying) {
  auto labels = nlohmann::json::parse(R"({"app":"web","tier":"cache","replicas":3})");
  Selector sel = must_parse("app=web,tier in (cache,frontend)");
  EXPECT_TRUE(sel.matches(LabelsView::of_json(labels)));
  // A non-string value counts as absent.
  EXPECT_TRUE(must_parse("!replicas").matches(LabelsView::of_json(labels)));
  EXPECT_TRUE(must_parse("!app").matches(LabelsView::of_json(nlohmann::json())));
  EXPECT_TRUE(must_parse("!app").matches(LabelsView::of_json(nlohmann::json::array())));
}

TEST(LabelSelector, MatchesTransparentMapsAndCustomLookups) {
  std::map<std::string, std::string, std::less<>> labels{{"app", "web"}};
  EXPECT_TRUE(must_parse("app=web").matches(labels));
  struct Pair {
    std::string key, value;
  } pair{"app", "db"};
  LabelsView custom(&pair, [](const void* p, const std::string& key) -> const std::string* {
    const auto* kv = static_cast<const Pair*>(p);
    return key == kv->key ? &kv->value : nullptr;
  });
  EXPECT_TRUE(must_parse("app=db").matches(custom));
  EXPECT_FALSE(must_parse("app=web").matches(custom));
}

// --- metav1.LabelSelector -------------------------------------------------------------

LabelSelector sample_selector() {
  return LabelSelector{.match_labels = {{"foo", "bar"}},
                       .match_expressions = {{"baz", "In", {"qux", "norf"}}}};
}

TEST(LabelSelector, AbsentLabelSelectorSelectsNothing) {
  auto s = label_selector_as_selector(std::optional<LabelSelector>());
  ASSERT_TRUE(s.has_value());
  EXPECT_TRUE(s->is_nothing());
  EXPECT_FALSE(s->matches(Labels{}));
}

TEST(LabelSelector, EmptyLabelSelectorSelectsEverything) {
  auto s = label_selector_as_selector(LabelSelector{});
  ASSERT_TRUE(s.has_value());
  EXPECT_TRUE(s->empty());
  EXPECT_TRUE(s->matches(Labels{{"any", "thing"}}));
  auto o = label_selector_as_selector(std::optional<LabelSelector>(LabelSelector{}));
  ASSERT_TRUE(o.has_value());
  EXPECT_TRUE(o->empty());
}

TEST(LabelSelector, LabelSelectorConvertsLikeLabelSelectorAsSelector) {
  LabelSelector labels_only{.match_labels = {{"foo", "bar"}}};
  EXPECT_EQ(label_selector_as_selector(labels_only)->to_string(), "foo=bar");
  LabelSelector exprs_only{.match_expressions = sample_selector().match_expressions};
  EXPECT_EQ(label_selector_as_selector(exprs_only)->to_string(), "baz in (norf,qux)");
  auto both = label_selector_as_selector(sample_selector());
  ASSERT_TRUE(both.has_value());
  EXPECT_EQ(both->to_string(), "baz in (norf,qux),foo=bar");
  LabelSelector all_ops{.match_expressions = {{"a", "Exists", {}},
                                              {"b", "DoesNotExist", {}},
                                              {"c", "NotIn", {"x"}}}};
  EXPECT_EQ(label_selector_as_selector(all_ops)->to_string(), "a,!b,c notin (x)");
}

TEST(LabelSelector, LabelSelectorErrorsUseUpstreamTexts) {
  LabelSelector exists_with_values{.match_expressions = {{"baz", "Exists", {"qux", "norf"}}}};
  auto e1 = label_selector_as_selector(exists_with_values);
  ASSERT_FALSE(e1.has_value());
  EXPECT_EQ(e1.error().code(), ErrorCode::kInvalid);
  EXPECT_EQ(e1.error().message(),
            "values: Invalid value: []string{\"qux\", \"norf\"}: values set must be empty for "
            "exists and does not exist");
  LabelSelector in_without_values{.match_expressions = {{"baz", "In", {}}}};
  EXPECT_EQ(label_selector_as_selector(in_without_values).error().message(),
            "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't "
            "be empty");
  LabelSelector bad_op{.match_expressions = {{"baz", "Gt", {"1"}}}};
  EXPECT_EQ(label_selector_as_selector(bad_op).error().message(),
            "\"Gt\" is not a valid label selector operator");
  LabelSelector bad_key{.match_labels = {{"-bad", "v"}}};
  EXPECT_EQ(label_selector_as_selector(bad_key).error().message(),
            "key: Invalid value: \"-bad\": name part " + kQualifiedNamePartMsg);
}

TEST(LabelSelector, LabelSelectorJsonRoundTrips) {
  nlohmann::json j = sample_selector();
  EXPECT_EQ(j, nlohmann::json::parse(R"({
      "matchLabels": {"foo": "bar"},
      "matchExpressions": [{"key": "baz", "operator": "In", "values": ["qux", "norf"]}]})"));
  EXPECT_EQ(j.get<LabelSelector>(), sample_selector());
  EXPECT_EQ(nlohmann::json(LabelSelector{}), nlohmann::json::object());
  nlohmann::json exists = LabelSelectorRequirement{"k", "Exists", {}};
  EXPECT_EQ(exists, nlohmann::json::parse(R"({"key":"k","operator":"Exists"})"));
}

TEST(LabelSelector, LabelSelectorJsonTreatsNullAsEmpty) {
  auto s = label_selector_from_json(nlohmann::json::parse(
      R"({"matchLabels":null,"matchExpressions":[null,{"key":"k","operator":null,"values":null}],
          "unknown":1})"));
  ASSERT_TRUE(s.has_value()) << s.error().message();
  EXPECT_TRUE(s->match_labels.empty());
  ASSERT_EQ(s->match_expressions.size(), 2u);
  EXPECT_EQ(s->match_expressions[1].key, "k");
  EXPECT_TRUE(label_selector_from_json(nlohmann::json())->match_labels.empty());
}

TEST(LabelSelector, LabelSelectorJsonTypeErrorsUseGoMessages) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"("x")", "json: cannot unmarshal string into Go value of type v1.LabelSelector"},
      {R"({"matchLabels":[]})",
       "json: cannot unmarshal array into Go struct field LabelSelector.matchLabels of type "
       "map[string]string"},
      {R"({"matchLabels":{"a":1}})",
       "json: cannot unmarshal number into Go struct field LabelSelector.matchLabels of type "
       "string"},
      {R"({"matchExpressions":{}})",
       "json: cannot unmarshal object into Go struct field LabelSelector.matchExpressions of type "
       "[]v1.LabelSelectorRequirement"},
      {R"({"matchExpressions":[true]})",
       "json: cannot unmarshal bool into Go struct field LabelSelector.matchExpressions of type "
       "v1.LabelSelectorRequirement"},
      {R"({"matchExpressions":[{"key":5}]})",
       "json: cannot unmarshal number into Go struct field "
       "LabelSelectorRequirement.matchExpressions.key of type string"},
      {R"({"matchExpressions":[{"operator":[]}]})",
       "json: cannot unmarshal array into Go struct field "
       "LabelSelectorRequirement.matchExpressions.operator of type v1.LabelSelectorOperator"},
      {R"({"matchExpressions":[{"values":"a"}]})",
       "json: cannot unmarshal string into Go struct field "
       "LabelSelectorRequirement.matchExpressions.values of type []string"},
      {R"({"matchExpressions":[{"values":["a",2]}]})",
       "json: cannot unmarshal number into Go struct field "
       "LabelSelectorRequirement.matchExpressions.values of type string"},
  };
  for (const auto& [text, message] : cases) {
    SCOPED_TRACE(text);
    auto j = nlohmann::json::parse(text);
    auto s = label_selector_from_json(j);
    ASSERT_FALSE(s.has_value());
    EXPECT_EQ(s.error().code(), ErrorCode::kBadRequest);
    EXPECT_EQ(s.error().message(), message);
    EXPECT_THROW((void)j.get<LabelSelector>(), nlohmann::json::type_error);
  }
}

TEST(LabelSelector, LabelSelectorAsMapAcceptsOnlySingleValueIn) {
  auto m = label_selector_as_map(LabelSelector{.match_labels = {{"foo", "bar"}},
                                               .match_expressions = {{"baz", "In", {"norf"}}}});
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(*m, (Labels{{"baz", "norf"}, {"foo", "bar"}}));
  EXPECT_EQ(label_selector_as_map(LabelSelector{.match_expressions = {{"baz", "In", {"a", "b"}}}})
                .error()
                .message(),
            "operator \"In\" without a single value cannot be converted into the old label "
            "selector format");
  EXPECT_EQ(label_selector_as_map(LabelSelector{.match_expressions = {{"baz", "NotIn", {"a"}}}})
                .error()
                .message(),
            "operator \"NotIn\" cannot be converted into the old label selector format");
  EXPECT_EQ(label_selector_as_map(LabelSelector{.match_expressions = {{"baz", "Exists", {}}}})
                .error()
                .message(),
            "operator \"Exists\" cannot be converted into the old label selector format");
  EXPECT_EQ(label_selector_as_map(LabelSelector{.match_expressions = {{"baz", "Nope", {}}}})
                .error()
                .message(),
            "\"Nope\" is not a valid selector operator");
}

TEST(LabelSelector, ParseToLabelSelectorSplitsEqualityFromSetExpressions) {
  auto s = parse_to_label_selector("a=b,c in (e,d),!f,g");
  ASSERT_TRUE(s.has_value()) << s.error().message();
  EXPECT_EQ(s->match_labels, (Labels{{"a", "b"}}));
  EXPECT_EQ(s->match_expressions,
            (std::vector<LabelSelectorRequirement>{{"c", "In", {"d", "e"}},
                                                   {"f", "DoesNotExist", {}},
                                                   {"g", "Exists", {}}}));
  EXPECT_EQ(parse_to_label_selector("x>1").error().message(),
            "\"gt\" isn't supported in label selectors");
  EXPECT_EQ(parse_to_label_selector("x!=1").error().message(),
            "\"!=\" is not a valid label selector operator");
  EXPECT_EQ(parse_to_label_selector("x in (").error().message(),
            "couldn't parse the selector string \"x in (\": unable to parse requirement: found "
            "'', expected: ',', ')' or identifier");
}

TEST(LabelSelector, FormatLabelSelectorPrintsNoneAndError) {
  EXPECT_EQ(format_label_selector(std::nullopt), "<none>");
  EXPECT_EQ(format_label_selector(LabelSelector{}), "<none>");
  EXPECT_EQ(format_label_selector(sample_selector()), "baz in (norf,qux),foo=bar");
  EXPECT_EQ(format_label_selector(LabelSelector{.match_expressions = {{"k", "Bad", {}}}}),
            "<error>");
}

TEST(LabelSelector, ValidateLabelSelectorReportsFieldPaths) {
  LabelSelector sel{.match_labels = {{"app", "-web"}},
                    .match_expressions = {{"k", "In", {}},
                                          {"k", "Exists", {"v"}},
                                          {"-k", "Bogus", {"a b"}}}};
  FieldErrors errs = validate_label_selector(sel, {}, "spec.selector");
  std::vector<std::string> got;
  for (const auto& e : errs) got.push_back(e.to_string());
  EXPECT_EQ(got,
            (std::vector<std::string>{
                "spec.selector.matchLabels: Invalid value: \"-web\": " + kLabelValueMsg,
                "spec.selector.matchExpressions[0].values: Required value: must be specified "
                "when `operator` is 'In' or 'NotIn'",
                "spec.selector.matchExpressions[1].values: Forbidden: may not be specified when "
                "`operator` is 'Exists' or 'DoesNotExist'",
                "spec.selector.matchExpressions[2].operator: Invalid value: \"Bogus\": not a "
                "valid selector operator",
                "spec.selector.matchExpressions[2].key: Invalid value: \"-k\": name part " +
                    kQualifiedNamePartMsg,
                "spec.selector.matchExpressions[2].values[0]: Invalid value: \"a b\": " +
                    kLabelValueMsg,
            }));
  FieldErrors lenient = validate_label_selector(
      LabelSelector{.match_expressions = {{"k", "Bogus", {"a b"}}}},
      {.allow_invalid_label_value_in_selector = true,
       .allow_unknown_operator_in_requirement = true},
      "spec.selector");
  EXPECT_TRUE(lenient.empty());
  EXPECT_TRUE(validate_label_selector(sample_selector(), {}, "spec.selector").empty());
}

}  // namespace
}  // namespace windlass
