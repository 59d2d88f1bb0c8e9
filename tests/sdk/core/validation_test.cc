// Expected outcomes come from k8s.io/apimachinery/pkg/util/validation/validation_test.go,
// pkg/api/validation (name validators) and the messages kube-apiserver returns.
#include <windlass/core/validation.h>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace windlass {
namespace {

using Msgs = std::vector<std::string>;

const std::string kDns1123LabelMsg =
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and "
    "must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex "
    "used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const std::string kDns1123SubdomainMsg =
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or "
    "'.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used "
    "for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const std::string kDns1035LabelMsg =
    "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an "
    "alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or "
    "'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const std::string kQualifiedNamePartMsg =
    "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
    "alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for "
    "validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const std::string kLabelValueMsg =
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or "
    "'.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or "
    "'my_value',  or '12345', regex used for validation is "
    "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const std::string kCIdentifierMsg =
    "a valid C identifier must start with alphabetic character or '_', followed by a string of "
    "alphanumeric characters or '_' (e.g. 'my_name',  or 'MY_NAME',  or 'MyName', regex used "
    "for validation is '[A-Za-z_][A-Za-z0-9_]*')";

TEST(Validation, Dns1123LabelAcceptsUpstreamGoodValues) {
  for (std::string_view v : {std::string("a"), std::string("ab"), std::string("abc"),
                               std::string("a1"), std::string("a-1"), std::string("a--1--2--b"),
                               std::string("0"), std::string("01"), std::string("012"),
                               std::string("1a"), std::string("1-a"), std::string("1--a--b--2"),
                               std::string(63, 'a')}) {
    EXPECT_EQ(is_dns1123_label(v), Msgs{}) << v;
  }
}

TEST(Validation, Dns1123LabelRejectsUpstreamBadValues) {
  for (std::string_view v :
       {"", "A", "ABC", "aBc", "A1", "A-1", "1-A", "-", "a-", "-a", "1-", "-1", "_", "a_", "_a",
        "a_b", "1_", "_1", "1_2", ".", "a.", ".a", "a.b", "1.", ".1", "1.2", " ", "a ", " a",
        "a b", "1 ", " 1", "1 2"}) {
    EXPECT_FALSE(is_dns1123_label(v).empty()) << v;
  }
  EXPECT_EQ(is_dns1123_label(std::string(64, 'a')), Msgs{"must be no more than 63 characters"});
}

TEST(Validation, Dns1123LabelSaysMustNotContainDotsForASubdomain) {
  EXPECT_EQ(is_dns1123_label("a.b"), Msgs{"must not contain dots"});
  EXPECT_EQ(is_dns1123_label("a..b"), Msgs{kDns1123LabelMsg});
  EXPECT_EQ(is_dns1123_label("Abc"), Msgs{kDns1123LabelMsg});
  EXPECT_EQ(is_dns1123_label(std::string(64, 'A')),
            (Msgs{"must be no more than 63 characters", kDns1123LabelMsg}));
}

TEST(Validation, Dns1123SubdomainMatchesUpstreamTable) {
  for (std::string_view v :
       {std::string("a"), std::string("a--1--2--b"), std::string("0.a"), std::string("a.1"),
        std::string("1--a--b--2.1"), std::string("a.b.c.d.e"), std::string("11.22.33.44.55"),
        std::string(253, 'a')}) {
    EXPECT_EQ(is_dns1123_subdomain(v), Msgs{}) << v;
  }
  for (std::string_view v :
       {"", "A", "-", "a-", "-a", "_", "a_b", ".", "a.", ".a", "a..b", "1..2", " ", "a b",
        "A.a", "aB.a", "ab.A", "0.A", "a.B.c.d.e", "a@b", "a,b", "a;b", "a:b", "a%b", "a?b",
        "a$b"}) {
    EXPECT_EQ(is_dns1123_subdomain(v), Msgs{kDns1123SubdomainMsg}) << v;
  }
  EXPECT_EQ(is_dns1123_subdomain(std::string(254, 'a')),
            Msgs{"must be no more than 253 characters"});
}

TEST(Validation, Dns1035LabelRequiresALeadingLetter) {
  for (std::string_view v : {std::string("a"), std::string("a-1"), std::string("a--1--2--b"),
                               std::string(63, 'a')}) {
    EXPECT_EQ(is_dns1035_label(v), Msgs{}) << v;
  }
  for (std::string_view v : {"0", "01", "1a", "1-a", "", "A", "aBc", "-", "a-", "a_b", "a.b",
                               "a b"}) {
    EXPECT_EQ(is_dns1035_label(v), Msgs{kDns1035LabelMsg}) << v;
  }
  EXPECT_EQ(is_dns1035_label(std::string(64, 'a')), Msgs{"must be no more than 63 characters"});
}

TEST(Validation, WildcardSubdomainNeedsStarDotPrefix) {
  EXPECT_EQ(is_wildcard_dns1123_subdomain("*.example.com"), Msgs{});
  EXPECT_EQ(
      is_wildcard_dns1123_subdomain("example.com"),
      Msgs{"a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS "
           "subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and "
           "end with an alphanumeric character (e.g. '*.example.com', regex used for validation "
           "is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"});
}

TEST(Validation, CIdentifierMatchesUpstreamTable) {
  for (std::string_view v : {"a", "ab", "abc", "a1", "_a", "a_", "a_b", "a_1", "a__1__2__b",
                               "__abc_123", "A", "AB", "AbC", "A1", "_A", "A_", "A_B", "A_1",
                               "A__1__2__B", "__123_ABC"}) {
    EXPECT_EQ(is_c_identifier(v), Msgs{}) << v;
  }
  for (std::string_view v : {"", "1", "123", "1a", "-", "a-", "-a", "1-", "-1", "1_", "1_2",
                               ".", "a.", ".a", "a.b", "1.", ".1", "1.2", " ", "a ", " a", "a b",
                               "1 ", " 1", "1 2", "#a#"}) {
    EXPECT_EQ(is_c_identifier(v), Msgs{kCIdentifierMsg}) << v;
  }
}

TEST(Validation, PortNumMustBeInOneTo65535) {
  for (int p : {1, 2, 1000, 16384, 32768, 65535}) EXPECT_EQ(is_valid_port_num(p), Msgs{}) << p;
  for (int p : {0, -1, 65536, 100000}) {
    EXPECT_EQ(is_valid_port_num(p), Msgs{"must be between 1 and 65535, inclusive"}) << p;
  }
}

TEST(Validation, RangesAndIdsUseInclusiveRangeMessage) {
  EXPECT_EQ(is_in_range(5, 5, 20), Msgs{});
  EXPECT_EQ(is_in_range(5, -4, 2), Msgs{"must be between -4 and 2, inclusive"});
  EXPECT_EQ(is_valid_user_id(2147483647), Msgs{});
  EXPECT_EQ(is_valid_user_id(2147483648), Msgs{"must be between 0 and 2147483647, inclusive"});
  EXPECT_EQ(is_valid_group_id(-1), Msgs{"must be between 0 and 2147483647, inclusive"});
}

TEST(Validation, PortNameReportsEveryViolatedRule) {
  for (std::string_view v :
       {"telnet", "re-mail-ck", "pop3", "a", "a-1", "1-a", "a-1-b-2-c", "1-a-2-b-3"}) {
    EXPECT_EQ(is_valid_port_name(v), Msgs{}) << v;
  }
  EXPECT_EQ(is_valid_port_name(""),
            (Msgs{"must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
                  "must contain at least one letter (a-z)"}));
  EXPECT_EQ(is_valid_port_name("longerthan15characters"),
            Msgs{"must be no more than 15 characters"});
  EXPECT_EQ(is_valid_port_name("12345"), Msgs{"must contain at least one letter (a-z)"});
  EXPECT_EQ(is_valid_port_name("1-2-3-4"), Msgs{"must contain at least one letter (a-z)"});
  EXPECT_EQ(is_valid_port_name("-begin"), Msgs{"must not begin or end with a hyphen"});
  EXPECT_EQ(is_valid_port_name("end-"), Msgs{"must not begin or end with a hyphen"});
  EXPECT_EQ(is_valid_port_name("two--hyphens"), Msgs{"must not contain consecutive hyphens"});
  EXPECT_EQ(is_valid_port_name("whois++"),
            Msgs{"must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"});
}

TEST(Validation, QualifiedNameAcceptsUpstreamGoodValues) {
  for (std::string_view v :
       {std::string("simple"), std::string("now-with-dashes"), std::string("1-starts-with-num"),
        std::string("1234"), std::string("simple/simple"), std::string("now-with-dashes/simple"),
        std::string("now-with-dashes/now-with-dashes"), std::string("now.with.dots/simple"),
        std::string("now-with.dashes-and.dots/simple"), std::string("1-num.2-num/3-num"),
        std::string("1234/5678"), std::string("1.2.3.4/5678"),
        std::string("Uppercase_Is_OK_123"), std::string("example.com/Uppercase_Is_OK_123"),
        std::string("requests.storage-foo"), std::string(63, 'a'),
        std::string(253, 'a') + "/" + std::string(63, 'b')}) {
    EXPECT_EQ(is_qualified_name(v), Msgs{}) << v;
  }
}

TEST(Validation, QualifiedNameGivesPartSpecificMessages) {
  EXPECT_EQ(is_qualified_name("nospecialchars%^=@"), Msgs{"name part " + kQualifiedNamePartMsg});
  EXPECT_EQ(is_qualified_name("cantendwithadash-"), Msgs{"name part " + kQualifiedNamePartMsg});
  EXPECT_EQ(is_qualified_name("-cantstartwithadash-"),
            Msgs{"name part " + kQualifiedNamePartMsg});
  EXPECT_EQ(is_qualified_name("only/one/slash"),
            Msgs{"a qualified name " + kQualifiedNamePartMsg +
                 " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"});
  EXPECT_EQ(is_qualified_name("Example.com/abc"),
            Msgs{"prefix part " + kDns1123SubdomainMsg});
  EXPECT_EQ(is_qualified_name("example_com/abc"),
            Msgs{"prefix part " + kDns1123SubdomainMsg});
  EXPECT_EQ(is_qualified_name("example.com/"),
            (Msgs{"name part must be non-empty", "name part " + kQualifiedNamePartMsg}));
  EXPECT_EQ(is_qualified_name("/simple"), Msgs{"prefix part must be non-empty"});
  EXPECT_EQ(is_qualified_name(std::string(64, 'a')),
            Msgs{"name part must be no more than 63 characters"});
  EXPECT_EQ(is_qualified_name(std::string(254, 'a') + "/abc"),
            Msgs{"prefix part must be no more than 253 characters"});
  EXPECT_EQ(is_qualified_name(""),
            (Msgs{"name part must be non-empty", "name part " + kQualifiedNamePartMsg}));
}

TEST(Validation, LabelValueMatchesUpstreamTable) {
  for (std::string_view v : {std::string("simple"), std::string("now-with-dashes"),
                               std::string("1-starts-with-num"), std::string("end-with-num-1"),
                               std::string("1234"), std::string(63, 'a'), std::string("")}) {
    EXPECT_EQ(is_valid_label_value(v), Msgs{}) << v;
  }
  for (std::string_view v : {"nospecialchars%^=@", "Tama-nui-te-rā.is.Māori.sun",
                               "\\backslashes\\are\\bad", "-starts-with-dash", "ends-with-dash-",
                               ".starts.with.dot", "ends.with.dot."}) {
    EXPECT_EQ(is_valid_label_value(v), Msgs{kLabelValueMsg}) << v;
  }
  EXPECT_EQ(is_valid_label_value(std::string(64, 'a')),
            Msgs{"must be no more than 63 characters"});
  EXPECT_EQ(is_valid_label_value(std::string(64, '-')),
            (Msgs{"must be no more than 63 characters", kLabelValueMsg}));
}

TEST(Validation, SmallFormatValidators) {
  EXPECT_EQ(is_valid_percent("93%"), Msgs{});
  EXPECT_EQ(is_valid_percent("%"),
            Msgs{"a valid percent string must be a numeric string followed by an ending '%' "
                 "(e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"});
  EXPECT_EQ(is_http_header_name("X-Header-Name"), Msgs{});
  EXPECT_EQ(is_http_header_name("X_Header"),
            Msgs{"a valid HTTP header must consist of alphanumeric characters or '-' (e.g. "
                 "'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')"});
  EXPECT_EQ(is_env_var_name("MY_ENV.NAME"), Msgs{});
  EXPECT_EQ(is_env_var_name("1abc"),
            Msgs{"a valid environment variable name must consist of alphabetic characters, "
                 "digits, '_', '-', or '.', and must not start with a digit (e.g. "
                 "'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation "
                 "is '[-._a-zA-Z][-._a-zA-Z0-9]*')"});
  EXPECT_EQ(is_env_var_name(".."), Msgs{"must not be '..'"});
  EXPECT_EQ(is_config_map_key("key.name"), Msgs{});
  EXPECT_EQ(is_config_map_key("."), Msgs{"must not be '.'"});
  EXPECT_EQ(is_config_map_key("..data"), Msgs{"must not start with '..'"});
  EXPECT_EQ(is_config_map_key("a b"),
            Msgs{"a valid config key must consist of alphanumeric characters, '-', '_' or '.' "
                 "(e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is "
                 "'[-._a-zA-Z0-9]+')"});
}

TEST(Validation, RegexErrorFormatsExamplesLikeKubernetes) {
  EXPECT_EQ(regex_error("msg", "re"), "msg (regex used for validation is 're')");
  EXPECT_EQ(regex_error("msg", "re", {"a"}), "msg (e.g. 'a', regex used for validation is 're')");
  EXPECT_EQ(regex_error("msg", "re", {"a", "b"}),
            "msg (e.g. 'a',  or 'b', regex used for validation is 're')");
  EXPECT_EQ(max_len_error(63), "must be no more than 63 characters");
  EXPECT_EQ(empty_error(), "must be non-empty");
}

TEST(Validation, ObjectNameValidatorsAllowTrailingDashOnlyForGenerateName) {
  EXPECT_EQ(name_is_dns_subdomain("my-config"), Msgs{});
  EXPECT_EQ(name_is_dns_subdomain("My-Config"), Msgs{kDns1123SubdomainMsg});
  EXPECT_EQ(name_is_dns_subdomain("web-", false), Msgs{kDns1123SubdomainMsg});
  EXPECT_EQ(name_is_dns_subdomain("web-", true), Msgs{});
  EXPECT_EQ(name_is_dns_label("web-", true), Msgs{});
  EXPECT_EQ(name_is_dns_label("a.b", false), Msgs{"must not contain dots"});
  EXPECT_EQ(name_is_dns1035_label("svc-", true), Msgs{});
  EXPECT_EQ(name_is_dns1035_label("1svc", false), Msgs{kDns1035LabelMsg});
  // A lone "-" is not masked (Kubernetes only masks names longer than one character).
  EXPECT_EQ(name_is_dns_subdomain("-", true), Msgs{kDns1123SubdomainMsg});
  ValidateNameFn fn = &name_is_dns_label;
  EXPECT_EQ(fn("ns", false), Msgs{});
}

TEST(Validation, GenerateNameMaskDropsTwoCharactersAsKubernetesDoes) {
  // maskTrailingDash turns "a.-" into "a" + "a" -> "aa" (the '.' disappears with the dash).
  EXPECT_EQ(name_is_dns_label("a.-", true), Msgs{});
  EXPECT_EQ(name_is_dns_label("a.-", false), Msgs{kDns1123LabelMsg});
}

TEST(Validation, PathSegmentNameRejectsDotsSlashAndPercent) {
  EXPECT_EQ(is_valid_path_segment_name("ok"), Msgs{});
  EXPECT_EQ(is_valid_path_segment_name("."), Msgs{"may not be '.'"});
  EXPECT_EQ(is_valid_path_segment_name(".."), Msgs{"may not be '..'"});
  EXPECT_EQ(is_valid_path_segment_name("a/b"), Msgs{"may not contain '/'"});
  EXPECT_EQ(is_valid_path_segment_name("a/b%c"),
            (Msgs{"may not contain '/'", "may not contain '%'"}));
  EXPECT_EQ(is_valid_path_segment_name("..."), Msgs{});
  EXPECT_EQ(is_valid_path_segment_prefix(".."), Msgs{});
  EXPECT_EQ(validate_path_segment_name(".", true), Msgs{});
  EXPECT_EQ(validate_path_segment_name(".", false), Msgs{"may not be '.'"});
}

TEST(Validation, ValidateLabelsReportsAtThePathWithTheOffendingText) {
  FieldErrors errs = validate_labels({{"-k", "v"}, {"k", "-v"}}, "metadata.labels");
  ASSERT_EQ(errs.size(), 2u);
  EXPECT_EQ(errs[0].to_string(),
            "metadata.labels: Invalid value: \"-k\": name part " + kQualifiedNamePartMsg);
  EXPECT_EQ(errs[1].to_string(), "metadata.labels: Invalid value: \"-v\": " + kLabelValueMsg);
  EXPECT_TRUE(validate_labels({{"app.kubernetes.io/name", "web"}}, "metadata.labels").empty());
  FieldErrors name_errs = validate_label_name("a/b/c", "key");
  ASSERT_EQ(name_errs.size(), 1u);
  EXPECT_EQ(name_errs[0].type(), FieldErrorType::kInvalid);
}

}  // namespace
}  // namespace windlass
