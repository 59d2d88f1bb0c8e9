#include <windlass/core/yaml.h>

#include <gtest/gtest.h>

namespace windlass {
namespace {

std::string convert(std::string_view yaml) {
  auto r = yaml_to_json(yaml);
  if (!r) return "ERROR: " + r.error().message();
  return to_json_string(*r);
}

TEST(YamlToJson, DeploymentMatchesWhatKubectlSends) {
  // The JSON kubectl 1.32 put in last-applied-configuration for this manifest (spec/probe).
  constexpr std::string_view kManifest = R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: d1}
spec:
  replicas: 1
  selector: {matchLabels: {app: d1}}
  template:
    metadata: {labels: {app: d1}}
    spec: {containers: [{name: c, image: nginx}]}
)";
  EXPECT_EQ(convert(kManifest),
            R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d1"},)"
            R"("spec":{"replicas":1,"selector":{"matchLabels":{"app":"d1"}},)"
            R"("template":{"metadata":{"labels":{"app":"d1"}},)"
            R"("spec":{"containers":[{"image":"nginx","name":"c"}]}}}})");
}

struct ScalarCase {
  const char* yaml;
  const char* json;
};

class YamlScalar : public ::testing::TestWithParam<ScalarCase> {};

TEST_P(YamlScalar, ResolvesLikeKubectl) {
  EXPECT_EQ(convert(std::string("v: ") + GetParam().yaml), std::string("{\"v\":") + GetParam().json + "}")
      << GetParam().yaml;
}

INSTANTIATE_TEST_SUITE_P(
    Kubectl, YamlScalar,
    ::testing::Values(
        ScalarCase{"1", "1"}, ScalarCase{"-17", "-17"}, ScalarCase{"+5", "5"},
        ScalarCase{"\"1\"", "\"1\""}, ScalarCase{"'1'", "\"1\""},
        ScalarCase{"0x1F", "31"}, ScalarCase{"0777", "511"}, ScalarCase{"0o17", "15"},
        ScalarCase{"0b101", "5"}, ScalarCase{"1_000", "1000"}, ScalarCase{"08", "8"},
        ScalarCase{"1e3", "1000"}, ScalarCase{"1.0", "1"}, ScalarCase{"1.5", "1.5"},
        ScalarCase{".5", "0.5"}, ScalarCase{"-1.25e-3", "-0.00125"},
        ScalarCase{"9223372036854775807", "9223372036854775807"},
        ScalarCase{"18446744073709551615", "18446744073709551615"},
        ScalarCase{"true", "true"}, ScalarCase{"True", "true"}, ScalarCase{"yes", "true"},
        ScalarCase{"on", "true"}, ScalarCase{"y", "true"}, ScalarCase{"no", "false"},
        ScalarCase{"OFF", "false"}, ScalarCase{"n", "false"}, ScalarCase{"\"yes\"", "\"yes\""},
        ScalarCase{"null", "null"}, ScalarCase{"~", "null"}, ScalarCase{"", "null"},
        ScalarCase{"'null'", "\"null\""}, ScalarCase{"2024-01-01", "\"2024-01-01\""},
        ScalarCase{"1:20", "\"1:20\""}, ScalarCase{"0x", "\"0x\""}, ScalarCase{"1.2.3", "\"1.2.3\""},
        ScalarCase{"100m", "\"100m\""}, ScalarCase{"1Gi", "\"1Gi\""},
        ScalarCase{"!!str 123", "\"123\""}, ScalarCase{"!!int \"42\"", "42"},
        ScalarCase{"!!bool yes", "true"}, ScalarCase{"hello world", "\"hello world\""},
        ScalarCase{"|\n  a\n  b\n", "\"a\\nb\\n\""}, ScalarCase{">-\n  a\n  b\n", "\"a b\""}));

TEST(YamlToJson, MultipleDocumentsSkipEmptyOnesAndComments) {
  auto docs = yaml_to_json_documents(R"(# leading comment
---
a: 1  # trailing comment
---
---
# only a comment
---
- b
...
)");
  ASSERT_TRUE(docs) << docs.error().message();
  ASSERT_EQ(docs->size(), 2u);
  EXPECT_EQ(to_json_string((*docs)[0]), R"({"a":1})");
  EXPECT_EQ(to_json_string((*docs)[1]), R"(["b"])");
}

TEST(YamlToJson, AnchorsAliasesAndMergeKeysExpand) {
  EXPECT_EQ(convert(R"(
base: &base {cpu: 100m, memory: 1Gi}
a: *base
b:
  <<: *base
  memory: 2Gi
c:
  <<: [{x: 1}, {x: 2, z: 2}]
)"),
            R"({"a":{"cpu":"100m","memory":"1Gi"},"b":{"cpu":"100m","memory":"2Gi"},)"
            R"("base":{"cpu":"100m","memory":"1Gi"},"c":{"x":1,"z":2}})");
}

TEST(YamlToJson, NonStringKeysBecomeStrings) {
  EXPECT_EQ(convert("1: a\ntrue: b\n1.5: c\n"), R"({"1":"a","1.5":"c","true":"b"})");
  // YAML 1.1 reads a bare `y` key as a boolean, and kubectl's converter does too.
  EXPECT_EQ(convert("y: 1\nx: 2\n"), R"({"true":1,"x":2})");
}

TEST(YamlToJson, JsonInputIsAcceptedUnchanged) {
  EXPECT_EQ(convert(R"({"kind":"Pod","spec":{"a":[1,2.5,"x",null,true]}})"),
            R"({"kind":"Pod","spec":{"a":[1,2.5,"x",null,true]}})");
}

struct BadCase {
  const char* yaml;
  const char* error;
};

class YamlBad : public ::testing::TestWithParam<BadCase> {};

TEST_P(YamlBad, FailsWithPosition) {
  auto r = yaml_to_json_documents(GetParam().yaml);
  ASSERT_FALSE(r) << GetParam().yaml;
  EXPECT_TRUE(is_bad_request(r.error()));
  EXPECT_EQ(r.error().message(), GetParam().error);
}

INSTANTIATE_TEST_SUITE_P(
    Malformed, YamlBad,
    ::testing::Values(
        BadCase{"a: 1\na: 2\n", "yaml: line 2, column 1: mapping key \"a\" already defined"},
        BadCase{"a: [1, 2\n", "yaml: line 2, column 1: end of sequence flow not found"},
        BadCase{"a: b: c\n", "yaml: line 1, column 5: illegal map value"},
        BadCase{"a: *nope\n", "yaml: line 1, column 4: the referenced anchor is not defined"},
        BadCase{"ok: 1\n---\nv: .nan\n",
                "document 2: yaml: line 3, column 4: unsupported value .nan: JSON has no NaN or "
                "infinity"},
        BadCase{"? [a]\n: b\n", "yaml: line 1, column 3: unsupported map key: a map or sequence"},
        BadCase{"a:\n  <<: 5\n", "yaml: line 2, column 7: map merge requires map or sequence of maps as the value"},
        BadCase{"v: !!int abc\n", "yaml: line 1, column 4: cannot decode abc as a !!int"},
        // yaml-cpp alone loops forever on these.
        BadCase{",", "document 2: yaml: line 1, column 1: did not find expected node content"},
        BadCase{"[a],\n", "document 3: yaml: line 1, column 4: did not find expected node content"},
        BadCase{" - a\n ,\n", "document 3: yaml: line 2, column 2: did not find expected node content"}));

TEST(YamlToJson, RejectsInvalidUtf8AndControlCharactersLikeLibyaml) {
  auto bad_utf8 = yaml_to_json_documents("a: b\nc: \xff\n");
  ASSERT_FALSE(bad_utf8);
  EXPECT_EQ(bad_utf8.error().message(), "yaml: line 2, column 4: invalid UTF-8");
  auto control = yaml_to_json_documents("a: \x01\n");
  ASSERT_FALSE(control);
  EXPECT_EQ(control.error().message(), "yaml: line 1, column 4: control characters are not allowed");
  // yaml-cpp alone turns \N and \_ into lone bytes; they must come out as UTF-8.
  EXPECT_EQ(yaml_to_json(R"(a: "x\N\_y")")->at("a"), "x\xC2\x85\xC2\xA0y");
  // Escaped in a double-quoted scalar they are fine.
  EXPECT_EQ(convert("a: \"\\x01\"\n"), R"({"a":"\u0001"})");
}

TEST(YamlToJson, AliasBombIsRejected) {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'j'; ++c) {
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + prev;
    bomb += "]\n";
    prev = c;
  }
  auto r = yaml_to_json_documents(bomb);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message().find("excessive aliasing"), std::string::npos);
}

TEST(YamlToJson, DeepNestingIsAnErrorNotACrash) {
  std::string deep(100000, '[');
  EXPECT_FALSE(yaml_to_json_documents(deep));
  auto r = yaml_to_json_documents(std::string(1001, '[') + std::string(1001, ']'));
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message().find("exceeded max depth"), std::string::npos);
  EXPECT_TRUE(yaml_to_json_documents(std::string(400, '[') + std::string(400, ']')));
}

TEST(YamlToJson, AliasesCannotNestPastTheDepthLimit) {
  // Each anchor nests the previous one 300 levels deeper: d would be 1200 levels deep.
  std::string open(300, '['), close(300, ']');
  auto r = yaml_to_json_documents("a: &a " + open + close + "\nb: &b " + open + "*a" + close +
                                  "\nc: &c " + open + "*b" + close + "\nd: " + open + "*c" +
                                  close + "\n");
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message().find("exceeded max depth of 1000"), std::string::npos);
}

TEST(YamlToJson, ExactlyOneDocumentRequiredBySingleForm) {
  auto r = yaml_to_json("a: 1\n---\nb: 2\n");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message(), "yaml: expected one document, found 2");
  EXPECT_TRUE(yaml_to_json("")->is_null());
}

// Keys and values that YAML 1.1 would read as another type are quoted, as go-yaml does:
// the key "n" (false), the value "true", the value "1".
TEST(ToYaml, PrintsLikeKubectlGetOYaml) {
  Json j = Json::parse(R"({"apiVersion":"v1","kind":"ConfigMap",
    "metadata":{"name":"cfg","labels":{"app":"web"},"finalizers":["a/b"]},
    "data":{"n":"1","b":"true","e":"","s":"plain text","colon":"a: b","star":"*x",
            "multi":"line1\nline2\n","nomulti":"x\ny","list":[]},
    "spec":{"items":[{"name":"c","ports":[{"port":80}]},[1,2],{}],"f":1.5,"z":null}})");
  EXPECT_EQ(to_yaml(j), R"(apiVersion: v1
data:
  b: "true"
  colon: 'a: b'
  e: ""
  list: []
  multi: |
    line1
    line2
  "n": "1"
  nomulti: |-
    x
    y
  s: plain text
  star: '*x'
kind: ConfigMap
metadata:
  finalizers:
  - a/b
  labels:
    app: web
  name: cfg
spec:
  f: 1.5
  items:
  - name: c
    ports:
    - port: 80
  - - 1
    - 2
  - {}
  z: null
)");
}

TEST(ToYaml, EveryStringReadsBackAsTheSameString) {
  for (const char* s : {"yes", "No", "~", "null", "0x10", "1e3", "- a", "#x", "a #b", "x:",
                        " lead", "trail ", "tab\there", "quote'\"", "\x01", "", "---", "@at",
                        "a\n b\n", "\n", "é", "1:20", ".inf", "[a]", "{b}", "x\xC2\x85y",
                        "line\xE2\x80\xA8sep\n", "\xEF\xBB\xBF" "bom", "\xC2\x90" "c1"}) {
    Json j = {{"k", s}};
    auto back = yaml_to_json(to_yaml(j));
    ASSERT_TRUE(back) << s << ": " << back.error().message();
    EXPECT_EQ(*back, j) << "string " << s << " printed as\n" << to_yaml(j);
  }
}

TEST(ToYaml, FoldsLongLinesAtSpacesAsGoYamlDoes) {
  // Expected output as kubectl 1.32 prints the same string (`kubectl annotate --local -o yaml`).
  Json j = {{"spec", {{"d", "A widget controller reconciles every widget in its namespace and records "
                            "what it did. Readers should check the status first."},
                      {"q", "it is a: long string with colon that must be quoted and is longer "
                            "than eighty characters"}}}};
  EXPECT_EQ(to_yaml(j), R"(spec:
  d: A widget controller reconciles every widget in its namespace and records what
    it did. Readers should check the status first.
  q: 'it is a: long string with colon that must be quoted and is longer than eighty
    characters'
)");
  EXPECT_EQ(*yaml_to_json(to_yaml(j)), j);
}

TEST(ToYaml, DocumentsAreSeparated) {
  EXPECT_EQ(to_yaml_documents({Json{{"a", 1}}, Json{{"b", 2}}}), "a: 1\n---\nb: 2\n");
}

}  // namespace
}  // namespace windlass
