#include "olm_fixtures.h"

#include <windlass/core/semver.h>
#include <windlass/olm/catalog.h>

#include <gtest/gtest.h>

namespace windlass::olm {
namespace {

using namespace testing_fixtures;

std::string bundle_blob(const std::string& pkg, const std::string& name, const std::string& version) {
  return R"({"schema":"olm.bundle","package":")" + pkg + R"(","name":")" + name +
         R"(","image":"quay.io/x/)" + name + R"(:v1","properties":[{"type":"olm.package","value":{"packageName":")" +
         pkg + R"(","version":")" + version + R"("}}]})";
}

// stable: v4 (head, replaces v3, skips v2, skipRange <1.3.0) -> v3 -> v1; v2 skipped.
std::string graph_catalog() {
  return R"({"schema":"olm.package","name":"demo","defaultChannel":"stable"})"
         "\n" R"({"schema":"olm.channel","package":"demo","name":"stable","entries":[
           {"name":"demo.v1.0.0"},
           {"name":"demo.v1.1.0","replaces":"demo.v1.0.0"},
           {"name":"demo.v1.2.0","replaces":"demo.v1.1.0"},
           {"name":"demo.v1.3.0","replaces":"demo.v1.1.0","skips":["demo.v1.2.0"],"skipRange":">=1.0.0 <1.3.0"}]})" "\n" +
         bundle_blob("demo", "demo.v1.0.0", "1.0.0") + "\n" + bundle_blob("demo", "demo.v1.1.0", "1.1.0") + "\n" +
         bundle_blob("demo", "demo.v1.2.0", "1.2.0") + "\n" + bundle_blob("demo", "demo.v1.3.0", "1.3.0") + "\n";
}

std::string validate_text(const std::string& text) {
  DeclarativeConfig cfg;
  auto r = add_blobs(text, "catalog.json", cfg);
  if (!r) return r.error().message();
  return validate_catalog(cfg);
}

TEST(Catalog, ValidCatalogPassesAndGraphResolves) {
  DeclarativeConfig cfg;
  ASSERT_TRUE(add_blobs(graph_catalog(), "c.json", cfg));
  EXPECT_EQ(validate_catalog(cfg), "");
  const CatalogChannel& ch = cfg.channels[0];
  EXPECT_EQ(channel_head(ch).value(), "demo.v1.3.0");
  EXPECT_EQ(channel_order(ch), (std::vector<std::string>{"demo.v1.3.0", "demo.v1.1.0", "demo.v1.0.0"}));
  // v1.2.0 is skipped by the head: the head is directly reachable from it.
  EXPECT_EQ(successors(ch, "demo.v1.2.0", "1.2.0"), (std::vector<std::string>{"demo.v1.3.0"}));
  // v1.1.0 is replaced by both v1.2.0 and v1.3.0; head-first order prefers v1.3.0.
  EXPECT_EQ(successors(ch, "demo.v1.1.0", "1.1.0"), (std::vector<std::string>{"demo.v1.3.0", "demo.v1.2.0"}));
  // skipRange gives an edge from a version that is not in the channel at all.
  EXPECT_EQ(successors(ch, "demo.v0.9.0", "1.0.5"), (std::vector<std::string>{"demo.v1.3.0"}));
  EXPECT_TRUE(successors(ch, "demo.v1.3.0", "1.3.0").empty());
  EXPECT_NE(graph_dot(ch).find("\"demo.v1.3.0\" [peripheries=2];"), std::string::npos);
  EXPECT_NE(graph_text(ch).find("head: demo.v1.3.0"), std::string::npos);
}

TEST(Catalog, ConversionRulesUseOpmMessages) {
  const std::string pkg = R"({"schema":"olm.package","name":"demo","defaultChannel":"stable"})";
  EXPECT_EQ(validate_text(R"({"schema":"olm.package"})"), "config contains package with no name");
  EXPECT_EQ(validate_text(pkg + pkg), "duplicate package \"demo\"");
  EXPECT_EQ(validate_text(R"({"schema":"olm.package","name":"Demo"})"),
            "invalid package name \"Demo\": [a lowercase RFC 1123 label must consist of lower case alphanumeric "
            "characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or "
            "'123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')]");
  EXPECT_EQ(validate_text(R"({"schema":"olm.channel","package":"x","name":"a"})"),
            "unknown package \"x\" for channel \"a\"");
  EXPECT_EQ(validate_text(pkg + R"({"schema":"olm.channel","package":"demo"})"),
            "package \"demo\" contains channel with no name");
  EXPECT_EQ(validate_text(pkg + R"({"schema":"olm.channel","package":"demo","name":"a"}{"schema":"olm.channel","package":"demo","name":"a"})"),
            "package \"demo\" has duplicate channel \"a\"");
  EXPECT_EQ(validate_text(pkg + R"({"schema":"olm.channel","package":"demo","name":"a","entries":[{"name":"b"},{"name":"b"}]})"),
            "invalid package \"demo\", channel \"a\": duplicate entry \"b\"");
  EXPECT_EQ(validate_text(R"({"schema":"olm.bundle","name":"b"})"), "package name must be set for bundle \"b\"");
  const std::string ch = R"({"schema":"olm.channel","package":"demo","name":"stable","entries":[{"name":"b"}]})";
  EXPECT_EQ(validate_text(pkg + ch + bundle_blob("demo", "b", "1.0.0") + bundle_blob("demo", "b", "1.0.0")),
            "package \"demo\" has duplicate bundle \"b\"");
  EXPECT_EQ(validate_text(pkg + ch + R"({"schema":"olm.bundle","package":"demo","name":"b","properties":[]})"),
            "package \"demo\" bundle \"b\" must have exactly 1 \"olm.package\" property, found 0");
  EXPECT_EQ(validate_text(pkg + ch + bundle_blob("demo", "b", "1.0")),
            "error parsing bundle \"b\" version \"1.0\": No Major.Minor.Patch elements found");
  EXPECT_EQ(validate_text(pkg + ch + bundle_blob("demo", "c", "1.0.0")),
            "package \"demo\", bundle \"c\" not found in any channel entries");
  EXPECT_EQ(validate_text(pkg + ch), "no olm.bundle blobs found in package \"demo\" for olm.channel entries [b]");
  EXPECT_EQ(validate_text("{\"name\":\"x\"}"), "catalog.json: object '{\"name\":\"x\"}' is missing root schema field");
}

TEST(Catalog, ModelRulesPrintUpstreamsTree) {
  const std::string pkg = R"({"schema":"olm.package","name":"demo","defaultChannel":"stable"})";
  // Two heads.
  EXPECT_EQ(validate_text(pkg + R"({"schema":"olm.channel","package":"demo","name":"stable","entries":[{"name":"a"},{"name":"b"}]})" +
                          bundle_blob("demo", "a", "1.0.0") + bundle_blob("demo", "b", "1.1.0")),
            "invalid index:\n└── invalid package \"demo\":\n    └── invalid channel \"stable\":\n"
            "        └── multiple channel heads found in graph: a, b");
  // Cycle below the head.
  EXPECT_EQ(validate_text(pkg + R"({"schema":"olm.channel","package":"demo","name":"stable","entries":[
                            {"name":"a","replaces":"b"},{"name":"b","replaces":"c"},{"name":"c","replaces":"b"}]})" +
                          bundle_blob("demo", "a", "1.2.0") + bundle_blob("demo", "b", "1.1.0") + bundle_blob("demo", "c", "1.0.0")),
            "invalid index:\n└── invalid package \"demo\":\n    └── invalid channel \"stable\":\n"
            "        └── detected cycle in replaces chain of upgrade graph: b -> c -> b");
  // No head at all.
  EXPECT_NE(validate_text(pkg + R"({"schema":"olm.channel","package":"demo","name":"stable","entries":[
                            {"name":"a","replaces":"b"},{"name":"b","replaces":"a"}]})" +
                          bundle_blob("demo", "a", "1.1.0") + bundle_blob("demo", "b", "1.0.0"))
                .find("└── no channel head found in graph"),
            std::string::npos);
  // Stranded bundle: x is only reachable through y, which the head skips.
  EXPECT_EQ(validate_text(pkg + R"({"schema":"olm.channel","package":"demo","name":"stable","entries":[
                            {"name":"a","replaces":"b","skips":["y"]},{"name":"b"},{"name":"y","replaces":"x"},{"name":"x"}]})" +
                          bundle_blob("demo", "a", "1.3.0") + bundle_blob("demo", "b", "1.2.0") +
                          bundle_blob("demo", "y", "1.1.0") + bundle_blob("demo", "x", "1.0.0")),
            "invalid index:\n└── invalid package \"demo\":\n    └── invalid channel \"stable\":\n"
            "        └── channel contains one or more stranded bundles: x");
  // Default channel without a blob, bad skipRange, duplicate versions.
  std::string out = validate_text(
      R"({"schema":"olm.package","name":"demo","defaultChannel":"fast"})"
      R"({"schema":"olm.channel","package":"demo","name":"stable","entries":[{"name":"a","skipRange":">>1"},{"name":"b","replaces":"a"}]})" +
      bundle_blob("demo", "a", "1.0.0") + bundle_blob("demo", "b", "1.0.0"));
  EXPECT_EQ(out,
            "invalid index:\n└── invalid package \"demo\":\n    ├── invalid channel \"fast\":\n"
            "    │   └── channel must contain at least one bundle\n    ├── invalid channel \"stable\":\n"
            "    │   └── invalid bundle \"a\":\n"
            "    │       └── invalid skipRange \">>1\": Could not parse Range \">>1\": Could not parse comparator \">>\" in \">>1\"\n"
            "    └── duplicate versions found in bundles: [{1.0.0: [a, b]}]");
}

// FBC-V3: the bundle conversion rules not covered above.
TEST(Catalog, BundleConversionRulesUseOpmMessages) {
  const std::string pkg = R"({"schema":"olm.package","name":"demo","defaultChannel":"stable"})";
  const std::string ch = R"({"schema":"olm.channel","package":"demo","name":"stable","entries":[{"name":"b"}]})";
  auto with_props = [&](const std::string& props, const std::string& extra = R"("image":"quay.io/x/b:v1")") {
    return pkg + ch + R"({"schema":"olm.bundle","package":"demo","name":"b",)" + extra + R"(,"properties":[)" + props + "]}";
  };
  const std::string good_pkg = R"({"type":"olm.package","value":{"packageName":"demo","version":"1.0.0"}})";
  EXPECT_EQ(validate_text(with_props(good_pkg)), "");
  EXPECT_EQ(validate_text(pkg + bundle_blob("x", "b", "1.0.0")), "unknown package \"x\" for bundle \"b\"");
  EXPECT_EQ(validate_text(with_props(R"({"type":"olm.package","value":{"packageName":"other","version":"1.0.0"}})")),
            "package \"demo\" does not match \"olm.package\" property \"other\"");
  EXPECT_EQ(validate_text(with_props(good_pkg + "," + good_pkg)),
            "package \"demo\" bundle \"b\" must have exactly 1 \"olm.package\" property, found 2");
  const std::string parse = "parse properties for bundle \"b\": parse property[";
  EXPECT_EQ(validate_text(with_props(R"({"type":"olm.package","value":"x"})")),
            parse + "0] of type \"olm.package\": json: cannot unmarshal string into Go value of type property.Package");
  EXPECT_EQ(validate_text(with_props(good_pkg + R"(,{"type":"olm.gvk","value":[]})")),
            parse + "1] of type \"olm.gvk\": json: cannot unmarshal array into Go value of type property.GVK");
  EXPECT_EQ(validate_text(with_props(R"({"type":"olm.package","value":{"packageName":"demo","version":1}})")),
            parse + "0] of type \"olm.package\": json: cannot unmarshal number into Go struct field Package.version of type string");
  EXPECT_EQ(validate_text(with_props(good_pkg + R"(,{"type":"olm.package.required"})")),
            parse + "1] of type \"olm.package.required\": unexpected end of JSON input");
  // A null value is the zero struct to Go: one olm.package property whose packageName is empty.
  EXPECT_EQ(validate_text(with_props(R"({"type":"olm.package","value":null})")),
            "package \"demo\" does not match \"olm.package\" property \"\"");
  EXPECT_EQ(validate_text(with_props(good_pkg, R"("image":"quay.io/X/b:v1")")),
            "package \"demo\" bundle \"b\" image: invalid image pull spec \"quay.io/X/b:v1\": invalid reference format: "
            "repository name must be lowercase");  // go.podman.io/image's wording, which opm uses
  EXPECT_EQ(validate_text(with_props(good_pkg, R"("image":"quay.io/x/b:v1","relatedImages":[{"image":"quay.io/x/y:v1"},{"image":"a b"}])")),
            "package \"demo\" bundle \"b\" relatedImages[1].image: invalid image pull spec \"a b\": invalid reference format");
}

// FBC-V6/V8: the package- and bundle-level model rules not covered above.
TEST(Catalog, PackageAndBundleModelRulesUseOpmMessages) {
  const std::string ch = R"({"schema":"olm.channel","package":"demo","name":"stable","entries":[{"name":"b"}]})";
  EXPECT_EQ(validate_text(R"({"schema":"olm.package","name":"demo"})" + ch + bundle_blob("demo", "b", "1.0.0")),
            "invalid index:\n└── invalid package \"demo\":\n    └── default channel must be set");
  EXPECT_EQ(validate_text(R"({"schema":"olm.package","name":"demo"})"),
            "invalid index:\n└── invalid package \"demo\":\n    ├── default channel must be set\n"
            "    └── package must contain at least one channel");
  const std::string pkg = R"({"schema":"olm.package","name":"demo","defaultChannel":"stable"})";
  EXPECT_EQ(validate_text(pkg + R"({"schema":"olm.channel","package":"demo","name":"stable","entries":[{"name":"b","skips":["a",""]}]})" +
                          bundle_blob("demo", "b", "1.0.0")),
            "invalid index:\n└── invalid package \"demo\":\n    └── invalid channel \"stable\":\n"
            "        └── invalid bundle \"b\":\n            └── skip[1] is empty");
  const std::string no_image =
      R"({"schema":"olm.bundle","package":"demo","name":"b","properties":[{"type":"olm.package","value":{"packageName":"demo","version":"1.0.0"}})";
  EXPECT_EQ(validate_text(pkg + ch + no_image + "]}"),
            "invalid index:\n└── invalid package \"demo\":\n    └── invalid channel \"stable\":\n"
            "        └── invalid bundle \"b\":\n            └── bundle image must be set");
  // Inline objects stand in for the image.
  EXPECT_EQ(validate_text(pkg + ch + no_image + R"(,{"type":"olm.bundle.object","value":{"data":"e30="}}]})"), "");
}

// FBC-V4: every olm.deprecations rule of opm's ConvertToModel, one broken catalog each.
TEST(Catalog, DeprecationRulesUseOpmMessages) {
  const std::string base = R"({"schema":"olm.package","name":"demo","defaultChannel":"stable"})"
                           R"({"schema":"olm.channel","package":"demo","name":"stable","entries":[{"name":"b"}]})" +
                           bundle_blob("demo", "b", "1.0.0");
  auto dep = [](const std::string& entries) {
    return R"({"schema":"olm.deprecations","package":"demo","entries":[)" + entries + "]}";
  };
  EXPECT_EQ(validate_text(base + dep(R"({"reference":{"schema":"olm.package"},"message":"gone"},)"
                                     R"({"reference":{"schema":"olm.channel","name":"stable"},"message":"use fast"},)"
                                     R"({"reference":{"schema":"olm.bundle","name":"b"},"message":"broken"})")),
            "");
  EXPECT_EQ(validate_text(base + R"({"schema":"olm.deprecations"})"), "package name must be set for deprecation item 0");
  EXPECT_EQ(validate_text(base + R"({"schema":"olm.deprecations","package":"x"})"),
            "cannot apply deprecations to an unknown package \"x\"");
  EXPECT_EQ(validate_text(base + dep("") + dep("")), "expected a maximum of one deprecation per package: \"demo\"");
  EXPECT_EQ(validate_text(base + dep(R"({"reference":{"schema":"olm.package"},"message":"m"},{"reference":{},"message":"m"})")),
            "schema must be set for deprecation entry [1] for package \"demo\"");
  EXPECT_EQ(validate_text(base + dep(R"({"reference":{"schema":"olm.bundle","name":"b"},"message":"m"},)"
                                     R"({"reference":{"schema":"olm.bundle","name":"b"},"message":"n"})")),
            "duplicate deprecation entry declcfg.PackageScopedReference{Schema:\"olm.bundle\", Name:\"b\"} for package \"demo\"");
  EXPECT_EQ(validate_text(base + dep(R"({"reference":{"schema":"olm.bundle","name":"z"},"message":"m"})")),
            "cannot deprecate bundle \"z\" for package \"demo\": bundle not found");
  EXPECT_EQ(validate_text(base + dep(R"({"reference":{"schema":"olm.channel","name":"fast"},"message":"m"})")),
            "cannot deprecate channel \"fast\" for package \"demo\": channel not found");
  EXPECT_EQ(validate_text(base + dep(R"({"reference":{"schema":"olm.package","name":"demo"},"message":"m"})")),
            "package name must be empty for deprecated package \"demo\" (specified \"demo\")");
  EXPECT_EQ(validate_text(base + dep(R"({"reference":{"schema":"olm.package"},"message":"m"},)"
                                     R"({"reference":{"schema":"olm.foo","name":"x"},"message":"m"})")),
            "cannot deprecate object declcfg.PackageScopedReference{Schema:\"olm.foo\", Name:\"x\"} referenced by "
            "entry 1 for package \"demo\": object schema unknown");
}

// FBC-V4: fields of the wrong JSON type fail while loading, worded as Go's encoding/json.
TEST(Catalog, DeprecationBlobOfTheWrongShapeFailsToLoad) {
  auto load = [](const std::string& blob) {
    DeclarativeConfig cfg;
    auto r = add_blobs(blob, "catalog.json", cfg);
    return r ? std::string() : r.error().message();
  };
  const std::string pre = "parse deprecation: json: cannot unmarshal ";
  EXPECT_EQ(load(R"({"schema":"olm.deprecations","package":5})"),
            pre + "number into Go struct field Deprecation.package of type string");
  EXPECT_EQ(load(R"({"schema":"olm.deprecations","package":"demo","entries":"x"})"),
            pre + "string into Go struct field Deprecation.entries of type []declcfg.DeprecationEntry");
  EXPECT_EQ(load(R"({"schema":"olm.deprecations","package":"demo","entries":[3]})"),
            pre + "number into Go struct field Deprecation.entries of type declcfg.DeprecationEntry");
  EXPECT_EQ(load(R"({"schema":"olm.deprecations","package":"demo","entries":[{"reference":"b"}]})"),
            pre + "string into Go struct field DeprecationEntry.entries.reference of type declcfg.PackageScopedReference");
  EXPECT_EQ(load(R"({"schema":"olm.deprecations","package":"demo","entries":[{"reference":{"schema":true}}]})"),
            pre + "bool into Go struct field PackageScopedReference.entries.reference.schema of type string");
  EXPECT_EQ(load(R"({"schema":"olm.deprecations","package":"demo","entries":[{"reference":{"schema":"olm.bundle","name":[]}}]})"),
            pre + "array into Go struct field PackageScopedReference.entries.reference.name of type string");
  EXPECT_EQ(load(R"({"schema":"olm.deprecations","package":"demo","entries":[{"message":{}}]})"),
            pre + "object into Go struct field DeprecationEntry.entries.message of type string");
  // Null is an absent value to Go, not an error.
  EXPECT_EQ(load(R"({"schema":"olm.deprecations","package":"demo","entries":[null,{"reference":null,"message":null}]})"), "");
}

// FBC-V4/V8: empty deprecation messages are model errors under their package, channel and bundle;
// a deprecation may name the default channel even when it has no olm.channel blob.
TEST(Catalog, DeprecationMessagesAreValidatedInTheModel) {
  const std::string base = R"({"schema":"olm.package","name":"demo","defaultChannel":"stable"})"
                           R"({"schema":"olm.channel","package":"demo","name":"stable","entries":[{"name":"b"}]})" +
                           bundle_blob("demo", "b", "1.0.0");
  EXPECT_EQ(validate_text(base + R"({"schema":"olm.deprecations","package":"demo","entries":[)"
                                 R"({"reference":{"schema":"olm.package"}},)"
                                 R"({"reference":{"schema":"olm.channel","name":"stable"},"message":""},)"
                                 R"({"reference":{"schema":"olm.bundle","name":"b"}}]})"),
            "invalid index:\n└── invalid package \"demo\":\n    ├── invalid channel \"stable\":\n"
            "    │   ├── invalid bundle \"b\":\n    │   │   └── invalid deprecation: message must be set\n"
            "    │   └── invalid deprecation: message must be set\n"
            "    └── invalid deprecation: message must be set");
  EXPECT_EQ(validate_text(R"({"schema":"olm.package","name":"demo","defaultChannel":"fast"})"
                          R"({"schema":"olm.channel","package":"demo","name":"stable","entries":[{"name":"b"}]})" +
                          bundle_blob("demo", "b", "1.0.0") +
                          R"({"schema":"olm.deprecations","package":"demo","entries":[{"reference":{"schema":"olm.channel","name":"fast"},"message":"m"}]})"),
            "invalid index:\n└── invalid package \"demo\":\n    └── invalid channel \"fast\":\n"
            "        └── channel must contain at least one bundle");
}

std::string release_blob(const std::string& name, const std::string& version, const std::string& release) {
  return R"({"schema":"olm.bundle","package":"demo","name":")" + name + R"(","image":"quay.io/x/demo:v1",)"
         R"("properties":[{"type":"olm.package","value":{"packageName":"demo","version":")" + version +
         R"(","release":")" + release + R"("}}]})";
}

std::string one_bundle_catalog(const std::string& bundle_name, const std::string& bundle) {
  return R"({"schema":"olm.package","name":"demo","defaultChannel":"stable"})"
         R"({"schema":"olm.channel","package":"demo","name":"stable","entries":[{"name":")" + bundle_name + R"("}]})" +
         bundle;
}

// FBC-V3/V8: release versions — parsing, the normalised bundle name, build metadata, duplicates.
TEST(Catalog, ReleaseRulesUseOpmMessages) {
  EXPECT_EQ(validate_text(one_bundle_catalog("demo-v1.0.0-2", release_blob("demo-v1.0.0-2", "1.0.0", "2"))), "");
  EXPECT_EQ(validate_text(one_bundle_catalog("b", release_blob("b", "1.0.0", "01"))),
            "error parsing bundle \"b\" release version \"01\": invalid release \"01\": segment 0: "
            "Numeric PreRelease version must not contain leading zeroes \"01\"");
  EXPECT_EQ(validate_text(one_bundle_catalog("b", release_blob("b", "1.0.0", "a..b@"))),
            "error parsing bundle \"b\" release version \"a..b@\": invalid release \"a..b@\": segment 1: "
            "Prerelease is empty\nsegment 2: Invalid character(s) found in prerelease \"b@\"");
  EXPECT_EQ(validate_text(one_bundle_catalog("b", release_blob("b", "1.0.0", "abcdefghij.klmnopqrst"))),
            "error parsing bundle \"b\" release version \"abcdefghij.klmnopqrst\": invalid release "
            "\"abcdefghij.klmnopqrst\": exceeds maximum length of 20 characters");
  EXPECT_EQ(validate_text(one_bundle_catalog("b", release_blob("b", "1.0.0", "alpha.1"))),
            "invalid index:\n└── invalid package \"demo\":\n    └── invalid channel \"stable\":\n"
            "        └── invalid bundle \"b\":\n"
            "            └── name \"b\" does not match normalized name \"demo-v1.0.0-alpha.1\"");
  EXPECT_EQ(validate_text(one_bundle_catalog("demo-v1.0.0+git.5-1", release_blob("demo-v1.0.0+git.5-1", "1.0.0+git.5", "1"))),
            "invalid index:\n└── invalid package \"demo\":\n    └── invalid channel \"stable\":\n"
            "        └── invalid bundle \"demo-v1.0.0+git.5-1\":\n"
            "            └── cannot use build metadata in version with a release version");
  // Versions are compared with their release: 1.0.0, 1.0.0-1 and 1.0.0-2 are three versions, but two
  // bundles with the same version and release are duplicates.
  const std::string pkg = R"({"schema":"olm.package","name":"demo","defaultChannel":"stable"})";
  EXPECT_EQ(validate_text(pkg + R"({"schema":"olm.channel","package":"demo","name":"stable","entries":[)"
                                R"({"name":"a"},{"name":"demo-v1.0.0-1","replaces":"a"},{"name":"demo-v1.0.0-2","replaces":"demo-v1.0.0-1"}]})" +
                          bundle_blob("demo", "a", "1.0.0") + release_blob("demo-v1.0.0-1", "1.0.0", "1") +
                          release_blob("demo-v1.0.0-2", "1.0.0", "2")),
            "");
  EXPECT_EQ(validate_text(pkg + R"({"schema":"olm.channel","package":"demo","name":"stable","entries":[)"
                                R"({"name":"demo-v1.0.0-1"}]})"
                                R"({"schema":"olm.channel","package":"demo","name":"fast","entries":[{"name":"demo-v1.0.0-1x"}]})" +
                          release_blob("demo-v1.0.0-1", "1.0.0", "1") + release_blob("demo-v1.0.0-1x", "1.0.0", "1")),
            "invalid index:\n└── invalid package \"demo\":\n    ├── invalid channel \"fast\":\n"
            "    │   └── invalid bundle \"demo-v1.0.0-1x\":\n"
            "    │       └── name \"demo-v1.0.0-1x\" does not match normalized name \"demo-v1.0.0-1\"\n"
            "    └── duplicate versions found in bundles: [{1.0.0-1: [demo-v1.0.0-1, demo-v1.0.0-1x]}]");
}

TEST(Catalog, LoadsATreeWithIndexIgnoreAndYaml) {
  TempDir tmp;
  write(tmp.path() / "demo" / "catalog.json", graph_catalog());
  write(tmp.path() / "demo" / "notes.md", "not a catalog");
  write(tmp.path() / ".indexignore", "*.md\n");
  write(tmp.path() / "other" / "catalog.yaml",
        "schema: olm.package\nname: other\ndefaultChannel: stable\n---\nschema: olm.channel\npackage: other\n"
        "name: stable\nentries:\n- name: other.v0.1.0\n---\n" +
            to_yaml(Json::parse(bundle_blob("other", "other.v0.1.0", "0.1.0"))));
  auto cfg = load_catalog(tmp.path());
  ASSERT_TRUE(cfg) << cfg.error().message();
  EXPECT_EQ(cfg->packages.size(), 2u);
  EXPECT_EQ(validate_catalog(*cfg), "");
}

TEST(Catalog, RenderedBundleCarriesUpstreamProperties) {
  TempDir tmp;
  write_bundle(tmp.path());
  write(tmp.path() / "metadata" / "dependencies.yaml",
        "dependencies:\n- type: olm.package\n  value: {packageName: etcd, version: \">=0.9.0\"}\n");
  auto b = load_bundle(tmp.path(), {.strict = false});
  ASSERT_TRUE(b);
  Json out = render_bundle(*b, "quay.io/example/memcached-bundle:v0.0.1");
  EXPECT_EQ(out["name"], "memcached-operator.v0.0.1");
  EXPECT_EQ(out["package"], "memcached-operator");
  std::vector<std::string> types;
  for (const auto& p : out["properties"]) types.push_back(p["type"]);
  EXPECT_EQ(types, (std::vector<std::string>{"olm.csv.metadata", "olm.gvk", "olm.package", "olm.package.required"}));
  EXPECT_EQ(out["properties"][2]["value"], Json::parse(R"({"packageName":"memcached-operator","version":"0.0.1"})"));
  EXPECT_EQ(out["properties"][3]["value"], Json::parse(R"({"packageName":"etcd","versionRange":">=0.9.0"})"));
  EXPECT_EQ(out["relatedImages"].size(), 2u);
}

// The range grammar the upgrade graph depends on (olm.skipRange, olm.package.required).
TEST(SemverRange, SkipRangeGrammar) {
  auto in = [](const char* range, const char* v) {
    return Range::parse(range).value().contains(Version::parse(v).value());
  };
  EXPECT_TRUE(in(">=1.2.x <1.3.0", "1.2.7"));
  EXPECT_FALSE(in(">=1.2.x <1.3.0", "1.3.0"));
  EXPECT_FALSE(in(">=1.2.x <1.3.0", "1.1.9"));
  EXPECT_TRUE(in("<1.0.0 || >=2.0.0", "2.1.0"));
  EXPECT_FALSE(in("<1.0.0 || >=2.0.0", "1.5.0"));
  EXPECT_TRUE(in("1.2.x", "1.2.99"));
  EXPECT_TRUE(in("1.x", "1.9.0"));
  EXPECT_FALSE(in("1.x", "2.0.0"));
  EXPECT_TRUE(in(">=2.1.x <2.2.1", "2.2.0"));
  EXPECT_FALSE(in("!=1.2.3", "1.2.3"));
  // The empty range from the wild parses and matches nothing.
  for (const char* v : {"1.6.9", "1.7.0", "1.7.1"}) EXPECT_FALSE(in(">=1.7.0 <1.7.0", v));
  EXPECT_FALSE(Range::parse("").has_value());
  EXPECT_FALSE(Range::parse(">>1.0.0").has_value());
}

}  // namespace
}  // namespace windlass::olm

namespace windlass::olm {
namespace {

// FBC-V9: `opm validate -o json|yaml` documents.
TEST(CatalogValidationResult, JsonAndYamlAsOpmPrintsThem) {
  EXPECT_EQ(validation_result_json(""), "{\n  \"passed\": true\n}\n");
  EXPECT_EQ(validation_result_yaml(""), "passed: true\n");
  const std::string tree =
      "invalid index:\n└── invalid package \"demo\":\n    └── invalid channel \"stable\":\n"
      "        └── multiple channel heads found in graph: a, b";
  EXPECT_EQ(validation_result_json(tree),
            "{\n  \"passed\": false,\n  \"error\": {\n    \"message\": \"invalid index:\\n└── invalid package "
            "\\\"demo\\\":\\n    └── invalid channel \\\"stable\\\":\\n        └── multiple channel heads found in "
            "graph: a, b\"\n  }\n}\n");
  EXPECT_EQ(validation_result_yaml(tree),
            "error:\n  message: |-\n    invalid index:\n    └── invalid package \"demo\":\n"
            "        └── invalid channel \"stable\":\n            └── multiple channel heads found in graph: a, b\n"
            "passed: false\n");
  // Go's HTML escaping in JSON; a one-line message with ": " is single-quoted in YAML.
  EXPECT_EQ(validation_result_json("skipRange \"<1.0.0\" & more"),
            "{\n  \"passed\": false,\n  \"error\": {\n    \"message\": \"skipRange \\\"\\u003c1.0.0\\\" \\u0026 more\"\n  }\n}\n");
  EXPECT_EQ(validation_result_yaml("catalog.json: object is missing root schema field"),
            "error:\n  message: 'catalog.json: object is missing root schema field'\npassed: false\n");
}

}  // namespace
}  // namespace windlass::olm
