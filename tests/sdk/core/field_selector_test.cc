// Expected outcomes come from k8s.io/apimachinery/pkg/fields/selector_test.go and from the
// messages kube-apiserver returns for a bad `fieldSelector` parameter.
#include <windlass/core/field_selector.h>

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace windlass {
namespace {

using Fields = std::map<std::string, std::string>;

FieldSelector must_parse(std::string_view text) {
  auto r = FieldSelector::parse(text);
  EXPECT_TRUE(r.has_value()) << text << ": " << (r ? "" : r.error().message());
  return r ? *r : FieldSelector::nothing();
}

std::string parse_error(std::string_view text) {
  auto r = FieldSelector::parse(text);
  if (r) return "<parsed: " + r->to_string() + ">";
  EXPECT_EQ(r.error().code(), ErrorCode::kBadRequest);
  return r.error().message();
}

TEST(FieldSelector, GoodStringsPrintBackUnchanged) {
  for (std::string text : {"x=a,y=b,z=c", "", "x!=a,y=b", "x=a||y\\=b", "x=a\\=\\=b"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(must_parse(text).to_string(), text);
  }
}

TEST(FieldSelector, HeaderExampleMatchesAndPinsTheNode) {
  FieldSelector sel = must_parse("status.phase!=Running,spec.nodeName=n1");
  EXPECT_TRUE(sel.matches(Fields{{"status.phase", "Pending"}, {"spec.nodeName", "n1"}}));
  EXPECT_FALSE(sel.matches(Fields{{"status.phase", "Running"}, {"spec.nodeName", "n1"}}));
  EXPECT_EQ(sel.requires_exact_match("spec.nodeName"), "n1");
  EXPECT_EQ(sel.to_string(), "spec.nodeName=n1,status.phase!=Running");
}

TEST(FieldSelector, ParseIsDeterministicRegardlessOfTermOrder) {
  EXPECT_EQ(must_parse("x=a,a=x").to_string(), "a=x,x=a");
  EXPECT_EQ(must_parse("a=x,x=a").to_string(), "a=x,x=a");
}

struct ErrorCase {
  std::string text;
  std::string message;
};

TEST(FieldSelector, BadStringsGiveKubernetesMessages) {
  const std::vector<ErrorCase> cases = {
      {"x=a||y=b", "invalid field selector: unescaped character in value: 61"},
      {"x==a==b", "invalid field selector: unescaped character in value: 61"},
      {"x=a,b", "invalid selector: 'x=a,b'; can't understand 'b'"},
      {"x in (a)", "invalid selector: 'x in (a)'; can't understand 'x in (a)'"},
      {"x in (a,b,c)", "invalid selector: 'x in (a,b,c)'; can't understand 'b'"},
      {"x", "invalid selector: 'x'; can't understand 'x'"},
      {"!x", "invalid selector: '!x'; can't understand '!x'"},
      {"k=\\a", "invalid field selector: invalid escape sequence: \\a"},
      {"k=\\", "invalid field selector: invalid escape sequence: \\"},
      {"k=\\\\\\", "invalid field selector: invalid escape sequence: \\"},
      {"k=\xed\x95\xa8\\\xeb\xaa\xa9",
       "invalid field selector: invalid escape sequence: \\\xeb\xaa\xa9"},
      {"k=\\\xff,", "invalid field selector: invalid escape sequence: \\\xef\xbf\xbd"},
      // Terms are sorted before they are checked, so the first bad term in byte order is named.
      {"z=\\q,a", "invalid selector: 'z=\\q,a'; can't understand 'a'"},
      {"a=\\q,z", "invalid field selector: invalid escape sequence: \\q"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(parse_error(c.text), c.message);
  }
}

struct CanonicalCase {
  std::string text;
  std::string canonical;
};

TEST(FieldSelector, ParsesToCanonicalForm) {
  const std::vector<CanonicalCase> cases = {
      {"a=b,", "a=b"},
      {",a=b", "a=b"},
      {",,", ""},
      {"=", ""},
      {"!=", ""},
      {"==", ""},
      {"=,a=b", "a=b"},
      {"a==b", "a=b"},
      {"a!=", "a!="},
      {"=b", "=b"},
      {"k=\\,,k2=v2", "k2=v2,k=\\,"},
      {"k=\\\\,k2=v2", "k2=v2,k=\\\\"},
      {"k=\\\\\\,,k2=v2", "k2=v2,k=\\\\\\,"},
      {"\xed\x95\xa8=\xec\x88\x98,\xeb\xaa\xa9=\xeb\xa1\x9d",
       "\xeb\xaa\xa9=\xeb\xa1\x9d,\xed\x95\xa8=\xec\x88\x98"},
      {"a\\,b=c", "a\\,b=c"},
      {"a!b=c", "a!b=c"},
      {"metadata.name=x , spec.nodeName!=", " spec.nodeName!=,metadata.name=x "},
      // Ordered by canonical text, so printing is a fixed point (Kubernetes orders by raw text).
      {"a==b,a=a", "a=a,a=b"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    FieldSelector sel = must_parse(c.text);
    EXPECT_EQ(sel.to_string(), c.canonical);
    EXPECT_EQ(must_parse(sel.to_string()).to_string(), c.canonical);
  }
}

TEST(FieldSelector, TermsExposeOperatorFieldAndUnescapedValue) {
  FieldSelector sel = must_parse("b==x\\,y,a!=\\\\");
  ASSERT_EQ(sel.requirements().size(), 2u);
  EXPECT_EQ(sel.requirements()[0],
            (FieldRequirement{"a", FieldOperator::kNotEquals, "\\"}));
  EXPECT_EQ(sel.requirements()[1], (FieldRequirement{"b", FieldOperator::kEquals, "x,y"}));
}

struct MatchCase {
  std::string selector;
  Fields fields;
  bool match;
};

TEST(FieldSelector, MatchesUpstreamTable) {
  const Fields fieldset{{"foo", "bar"}, {"baz", "blah"}, {"complex", "=value\\,\\"}};
  const std::vector<MatchCase> cases = {
      {"", {{"x", "y"}}, true},
      {"x=y", {{"x", "y"}}, true},
      {"x=y,z=w", {{"x", "y"}, {"z", "w"}}, true},
      {"x!=y,z!=w", {{"x", "z"}, {"z", "a"}}, true},
      {"notin=in", {{"notin", "in"}}, true},
      {"x=y", {{"x", "z"}}, false},
      {"x=y,z=w", {{"x", "w"}, {"z", "w"}}, false},
      {"x!=y,z!=w", {{"x", "z"}, {"z", "w"}}, false},
      {"foo=bar", fieldset, true},
      {"baz=blah", fieldset, true},
      {"foo=bar,baz=blah", fieldset, true},
      {"foo=bar,baz=blah,complex=\\=value\\\\\\,\\\\", fieldset, true},
      {"foo=blah", fieldset, false},
      {"baz=bar", fieldset, false},
      {"foo=bar,foobar=bar,baz=blah", fieldset, false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.selector);
    EXPECT_EQ(must_parse(c.selector).matches(c.fields), c.match);
  }
}

TEST(FieldSelector, AbsentFieldComparesAsEmptyString) {
  EXPECT_TRUE(must_parse("spec.nodeName=").matches(Fields{}));
  EXPECT_FALSE(must_parse("spec.nodeName=").matches(Fields{{"spec.nodeName", "n1"}}));
  EXPECT_TRUE(must_parse("spec.nodeName!=").matches(Fields{{"spec.nodeName", "n1"}}));
  EXPECT_FALSE(must_parse("spec.nodeName!=").matches(Fields{}));
  EXPECT_TRUE(must_parse("status.phase!=Running").matches(Fields{}));
}

TEST(FieldSelector, EverythingAndNothing) {
  EXPECT_TRUE(FieldSelector::everything().matches(Fields{{"x", "y"}}));
  EXPECT_TRUE(FieldSelector::everything().empty());
  EXPECT_TRUE(FieldSelector().empty());
  EXPECT_TRUE(FieldSelector::from_set({}).empty());
  EXPECT_FALSE(FieldSelector::nothing().matches(Fields{}));
  EXPECT_FALSE(FieldSelector::nothing().empty());
  EXPECT_TRUE(FieldSelector::nothing().is_nothing());
  EXPECT_EQ(FieldSelector::nothing().to_string(), "");
  EXPECT_FALSE(FieldSelector::one_term_equal("a", "b").empty());
  EXPECT_FALSE(FieldSelector::one_term_not_equal("a", "b").empty());
}

TEST(FieldSelector, OneTermSelectorsMatchOneField) {
  EXPECT_TRUE(FieldSelector::one_term_equal("x", "y").matches(Fields{{"x", "y"}}));
  EXPECT_FALSE(FieldSelector::one_term_equal("x", "y").matches(Fields{{"x", "z"}}));
  EXPECT_TRUE(FieldSelector::one_term_not_equal("x", "y").matches(Fields{{"x", "z"}}));
  EXPECT_EQ(FieldSelector::one_term_equal("metadata.name", "a,b=c\\").to_string(),
            "metadata.name=a\\,b\\=c\\\\");
}

TEST(FieldSelector, FromSetMatchesExactlyTheSet) {
  const Fields labelset{{"foo", "bar"}, {"baz", "blah"}};
  EXPECT_TRUE(FieldSelector::from_set({}).matches(labelset));
  EXPECT_TRUE(FieldSelector::from_set({{"foo", "bar"}}).matches(labelset));
  EXPECT_TRUE(FieldSelector::from_set({{"baz", "blah"}}).matches(labelset));
  EXPECT_TRUE(FieldSelector::from_set({{"foo", "bar"}, {"baz", "blah"}}).matches(labelset));
  EXPECT_FALSE(FieldSelector::from_set({{"foo", "=blah"}}).matches(labelset));
  EXPECT_FALSE(FieldSelector::from_set({{"baz", "=bar"}}).matches(labelset));
  EXPECT_FALSE(FieldSelector::from_set({{"foo", "=bar"}, {"foobar", "bar"}, {"baz", "blah"}})
                   .matches(labelset));
  EXPECT_EQ(FieldSelector::from_set({{"b", "1"}, {"a", "2"}}).to_string(), "a=2,b=1");
}

TEST(FieldSelector, RequiresExactMatchFindsTheFirstEqualsTerm) {
  EXPECT_FALSE(FieldSelector::from_set({}).requires_exact_match("test").has_value());
  EXPECT_FALSE(FieldSelector::one_term_equal("", "").requires_exact_match("test").has_value());
  EXPECT_FALSE(FieldSelector::one_term_equal("a", "b").requires_exact_match("test").has_value());
  EXPECT_EQ(FieldSelector::one_term_equal("test", "b").requires_exact_match("test"), "b");
  EXPECT_EQ(FieldSelector::one_term_equal("test", "").requires_exact_match("test"), "");
  EXPECT_FALSE(
      FieldSelector::one_term_not_equal("test", "b").requires_exact_match("test").has_value());
  EXPECT_FALSE(
      FieldSelector::one_term_not_equal("test", "").requires_exact_match("test").has_value());
  EXPECT_EQ(must_parse("a=,test=b").requires_exact_match("test"), "b");
  EXPECT_EQ(must_parse("test!=a,test=b").requires_exact_match("test"), "b");
  EXPECT_EQ(must_parse("metadata.name=web-0,metadata.namespace=prod")
                .requires_exact_match("metadata.namespace"),
            "prod");
}

struct TransformCase {
  std::string name;
  std::string selector;
  FieldSelector::TransformFn fn;
  std::string result;
  bool empty;
};

TEST(FieldSelector, TransformRewritesAndDropsTerms) {
  using Pair = std::pair<std::string, std::string>;
  auto identity = [](const std::string& f, const std::string& v) -> Result<Pair> {
    return Pair{f, v};
  };
  const std::vector<TransformCase> cases = {
      {"empty selector", "", identity, "", true},
      {"no-op transform", "a=b,c=d", identity, "a=b,c=d", false},
      {"transform one field", "a=b,c=d",
       [](const std::string& f, const std::string& v) -> Result<Pair> {
         if (f == "a") return Pair{"e", "f"};
         return Pair{f, v};
       },
       "e=f,c=d", false},
      {"remove field to make empty", "a=b",
       [](const std::string&, const std::string&) -> Result<Pair> { return Pair{"", ""}; }, "",
       true},
      {"remove only one field", "a=b,c=d,e=f",
       [](const std::string& f, const std::string& v) -> Result<Pair> {
         if (f == "c") return Pair{"", ""};
         return Pair{f, v};
       },
       "a=b,e=f", false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    auto out = must_parse(c.selector).transform(c.fn);
    ASSERT_TRUE(out.has_value()) << out.error().message();
    EXPECT_EQ(out->empty(), c.empty);
    EXPECT_EQ(out->to_string(), c.result);
  }
}

TEST(FieldSelector, TransformPassesErrorsThroughAndKeepsNothing) {
  auto fail = [](const std::string& f, const std::string&)
      -> Result<std::pair<std::string, std::string>> {
    return Error(ErrorCode::kBadRequest, "field label not supported: " + f);
  };
  auto out = must_parse("a=b").transform(fail);
  ASSERT_FALSE(out.has_value());
  EXPECT_EQ(out.error().message(), "field label not supported: a");
  auto nothing = FieldSelector::nothing().transform(fail);
  ASSERT_TRUE(nothing.has_value());
  EXPECT_TRUE(nothing->is_nothing());
}

TEST(FieldSelector, EscapeAndUnescapeAreInverse) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", ""}, {"a", "a"}, {"=", "\\="}, {",", "\\,"}, {"\\", "\\\\"},
      {"\\=\\,\\", "\\\\\\=\\\\\\,\\\\"},
  };
  for (const auto& [raw, escaped] : cases) {
    SCOPED_TRACE(raw);
    EXPECT_EQ(escape_field_selector_value(raw), escaped);
    auto back = unescape_field_selector_value(escaped);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, raw);
  }
  for (std::string bad : {"\\", "\\\\\\", "\\a"}) {
    SCOPED_TRACE(bad);
    auto r = unescape_field_selector_value(bad);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().message().rfind("invalid field selector: invalid escape sequence: ", 0),
              0u);
  }
  EXPECT_EQ(unescape_field_selector_value("a,b").error().message(),
            "invalid field selector: unescaped character in value: 44");
}

TEST(FieldSelector, UnescapeReplacesInvalidUtf8OnlyWhenUnescaping) {
  EXPECT_EQ(*unescape_field_selector_value("a\xff"), "a\xff");
  EXPECT_EQ(*unescape_field_selector_value("a\xff\\="), "a\xef\xbf\xbd=");
  // A surrogate's encoding is three malformed bytes to Go, hence three replacements.
  EXPECT_EQ(*unescape_field_selector_value("\xed\xa0\x80\\,"),
            "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd,");
  EXPECT_EQ(*unescape_field_selector_value("\xe2\x82\xac\\,"), "\xe2\x82\xac,");
  EXPECT_EQ(must_parse("k=\xff\\=").requirements()[0].value, "\xef\xbf\xbd=");
}

TEST(FieldSelector, MatchesCustomLookups) {
  struct One {
    std::string field, value;
  } one{"metadata.name", "web"};
  FieldsView view(&one, [](const void* p, const std::string& f) -> const std::string* {
    const auto* o = static_cast<const One*>(p);
    return f == o->field ? &o->value : nullptr;
  });
  EXPECT_TRUE(must_parse("metadata.name=web,spec.nodeName=").matches(view));
  EXPECT_FALSE(must_parse("metadata.name=db").matches(view));
}

}  // namespace
}  // namespace windlass
