#include "olm_fixtures.h"

#include <windlass/olm/bundle.h>
#include <windlass/olm/bundle_validator.h>

#include <gtest/gtest.h>

#include <random>
#include <sstream>

namespace windlass::olm {
namespace {

using namespace testing_fixtures;

Report validate_dir(const fs::path& root, const ValidateOptions& options = {}) {
  auto b = load_bundle(root);
  EXPECT_TRUE(b.has_value());
  auto r = validate_bundle(*b, options);
  EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message());
  return *r;
}

std::string dump(const Report& r) { return to_text(r); }

// Whether `r` has an output of `type` whose message is exactly `message`.
bool has(const Report& r, const std::string& type, const std::string& message) {
  for (const auto& o : r.outputs)
    if (o.type == type && o.message == message) return true;
  return false;
}

bool has_containing(const Report& r, const std::string& type, const std::string& part) {
  for (const auto& o : r.outputs)
    if (o.type == type && o.message.find(part) != std::string::npos) return true;
  return false;
}

class BundleValidate : public ::testing::Test {
 protected:
  TempDir tmp;
  fs::path root() const { return tmp.path() / "bundle"; }
  fs::path csv_path() const { return root() / "manifests" / "memcached-operator.clusterserviceversion.yaml"; }
  void write_csv(const Json& csv) { write(csv_path(), to_yaml(csv)); }
  Report run() { return validate_dir(root(), {.display_dir = "bundle"}); }
};

TEST_F(BundleValidate, ValidBundleHasNoFindings) {
  write_bundle(root());
  Report r = run();
  EXPECT_TRUE(r.passed) << dump(r);
  EXPECT_TRUE(r.outputs.empty()) << dump(r);
}

TEST_F(BundleValidate, MissingDirectoriesAreFormatErrors) {
  write(root() / "other.txt", "x");
  Report r = run();
  EXPECT_FALSE(r.passed);
  EXPECT_TRUE(has(r, "error",
                  "error validating format in bundle: Bundle validation errors: Unable to locate manifests "
                  "directory,Unable to locate metadata directory"))
      << dump(r);
}

TEST_F(BundleValidate, AnnotationRulesUseOpmMessages) {
  write_bundle(root());
  write(root() / "metadata" / "annotations.yaml",
        "annotations:\n"
        "  operators.operatorframework.io.bundle.mediatype.v1: plain\n"
        "  operators.operatorframework.io.bundle.manifests.v1: manifests/\n"
        "  operators.operatorframework.io.bundle.metadata.v1: metadata/\n"
        "  operators.operatorframework.io.bundle.channels.v1: \"\"\n"
        "  operators.operatorframework.io.bundle.channel.default.v1: \"\"\n");
  Report r = run();
  EXPECT_TRUE(has(r, "error",
                  "error validating format in bundle: Bundle validation errors: "
                  "Expecting annotation \"operators.operatorframework.io.bundle.mediatype.v1\" to have value "
                  "\"registry+v1\" instead of \"plain\","
                  "Missing annotation \"operators.operatorframework.io.bundle.package.v1\","
                  "Expecting annotation \"operators.operatorframework.io.bundle.channels.v1\" to have non-empty value,"
                  "Expecting annotation \"operators.operatorframework.io.bundle.channel.default.v1\" to have "
                  "non-empty value"))
      << dump(r);
}

TEST_F(BundleValidate, AnnotationsFileIsFoundByContent) {
  write_bundle(root());
  fs::remove(root() / "metadata" / "annotations.yaml");
  write(root() / "metadata" / "a-labels.yml", annotations_yaml());
  write(root() / "metadata" / "properties.yaml",
        "dependencies:\n- type: olm.package\n  value:\n    packageName: etcd\n    version: \">0.9.0\"\n");
  auto b = load_bundle(root());
  ASSERT_TRUE(b);
  EXPECT_EQ(b->package(), "memcached-operator");
  EXPECT_EQ(b->dependencies_file, (root() / "metadata" / "properties.yaml").string());
  EXPECT_TRUE(run().passed);
}

TEST_F(BundleValidate, NoAnnotationsFile) {
  write_bundle(root());
  write(root() / "metadata" / "annotations.yaml", "foo: bar\n");
  EXPECT_TRUE(has(run(), "error",
                  "error validating format in bundle: Bundle validation errors: Could not find annotations file"));
}

TEST_F(BundleValidate, DependencyRules) {
  write_bundle(root());
  write(root() / "metadata" / "dependencies.yaml",
        "dependencies:\n"
        "- type: olm.gvk\n  value: {group: \"\", version: v1, kind: \"\"}\n"
        "- type: olm.package\n  value: {packageName: \"\", version: \">>1\"}\n"
        "- type: olm.label\n  value: {label: \"\"}\n"
        "- type: olm.constraint\n  value: {failureMessage: x}\n"
        "- type: olm.foo\n  value: {}\n");
  EXPECT_TRUE(has(run(), "error",
                  "error validating format in bundle: Bundle validation errors: API Group is empty,API Kind is empty,"
                  "Package name is empty,Invalid semver format version,Label information is missing,"
                  "The CEL field is missing,couldn't parse dependency of type olm.foo"))
      << dump(run());
}

TEST_F(BundleValidate, UnsupportedKindAndObjectMetadata) {
  write_bundle(root());
  write(root() / "manifests" / "deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n");
  write(root() / "manifests" / "cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  namespace: foo\n");
  Report r = run();
  EXPECT_TRUE(has(r, "error", "Error: Value apps/v1, Kind=Deployment: unsupported media type registry+v1 for bundle object"))
      << dump(r);
  EXPECT_TRUE(has(r, "error",
                  "Error: Value : error validating object: [metadata.name: Required value: name or generateName is "
                  "required, metadata.namespace: Forbidden: not allowed on this type]. &{map[apiVersion:v1 "
                  "kind:ConfigMap metadata:map[namespace:foo]]}"))
      << dump(r);
}

TEST_F(BundleValidate, NoCsv) {
  write(root() / "manifests" / "crd.yaml", to_yaml(valid_crd()));
  write(root() / "metadata" / "annotations.yaml", annotations_yaml());
  Report r = run();
  EXPECT_TRUE(has(r, "error", "Error: Value : no ClusterServiceVersion in bundle")) << dump(r);
}

TEST_F(BundleValidate, OwnedCrdRules) {
  Json crd2 = valid_crd();
  crd2["metadata"]["name"] = "others.cache.example.com";
  crd2["spec"]["names"] = {{"kind", "Other"}, {"listKind", "OtherList"}, {"plural", "others"}, {"singular", "other"}};
  Json csv = valid_csv();
  csv["spec"]["customresourcedefinitions"]["owned"].push_back(
      {{"name", "widgets.cache.example.com"}, {"version", "v1"}, {"kind", "Widget"}, {"description", "w"}});
  write_bundle(root(), csv);
  write(root() / "manifests" / "other.yaml", to_yaml(crd2));
  write(root() / "manifests" / "z-dup.yaml", to_yaml(valid_crd()));
  Report r = run();
  const std::string b = "\"memcached-operator.v0.0.1\"";
  EXPECT_TRUE(has(r, "error",
                  "Error: Value cache.example.com/v1alpha1, Kind=Memcached: duplicate CRD \"cache.example.com/v1alpha1, "
                  "Kind=Memcached\" in bundle " + b)) << dump(r);
  EXPECT_TRUE(has(r, "error",
                  "Error: Value cache.example.com/v1, Kind=Widget: owned CRD \"cache.example.com/v1, Kind=Widget\" not "
                  "found in bundle " + b)) << dump(r);
  EXPECT_TRUE(has(r, "error",
                  "Error: Value cache.example.com/v1alpha1, Kind=Other: CRD \"cache.example.com/v1alpha1, Kind=Other\" "
                  "is present in bundle " + b + " but not defined in CSV")) << dump(r);
}

TEST_F(BundleValidate, ServiceAccountNamedLikeTheCsvs) {
  write_bundle(root());
  write(root() / "manifests" / "sa.yaml",
        "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: memcached-operator-controller-manager\n");
  EXPECT_TRUE(has(run(), "error",
                  "Error: Value memcached-operator-controller-manager: invalid service account found in "
                  "bundle. This service account memcached-operator-controller-manager in your bundle is "
                  "not valid, because a service account with the same name was already specified in your CSV. "
                  "If this was unintentional, please remove the service account manifest from your bundle. If it "
                  "was intentional to specify a separate service account, please rename the SA in either the "
                  "bundle manifest or the CSV."))
      << dump(run());
}

// VAL-B4: every size finding, exactly, from sizes set on a loaded bundle.
TEST_F(BundleValidate, SizeFindings) {
  write_bundle(root());
  auto b = load_bundle(root());
  ASSERT_TRUE(b.has_value());
  auto with_sizes = [&](std::int64_t compressed, std::int64_t size) {
    Bundle copy = *b;
    copy.compressed_size = compressed;
    copy.size = size;
    auto r = validate_bundle(copy, {.display_dir = "bundle"});
    EXPECT_TRUE(r.has_value());
    return *r;
  };
  const std::string v = "Value memcached-operator.v0.0.1: ";
  Report r = with_sizes(0, 5000);
  EXPECT_TRUE(has(r, "warning", "Warning: " + v + "unable to check the bundle compressed size")) << dump(r);
  r = with_sizes(5000, 0);
  EXPECT_TRUE(has(r, "warning", "Warning: " + v + "unable to check the bundle size")) << dump(r);
  r = with_sizes(900000, 2000000);
  EXPECT_TRUE(has(r, "warning",
                  "Warning: " + v + "nearing maximum bundle compressed size with gzip: size=~900.0 kB , max=1.0 MB. "
                  "Bundle uncompressed size is 2.0 MB"))
      << dump(r);
  EXPECT_TRUE(r.passed);
  r = with_sizes(1100000, 3000000);
  EXPECT_TRUE(has(r, "error",
                  "Error: " + v + "maximum bundle compressed size with gzip size exceeded: size=~1.1 MB , max=1.0 MB. "
                  "Bundle uncompressed size is 3.0 MB"))
      << dump(r);
  r = with_sizes(800000, 2000000);
  EXPECT_TRUE(r.outputs.empty()) << dump(r);
}

TEST_F(BundleValidate, OversizedBundleAndTwoMebibyteManifest) {
  write_bundle(root());
  std::mt19937 rng(42);
  std::string data;
  data.reserve(2 << 20);
  const char* alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  while (data.size() < (2u << 20)) data += alphabet[rng() % 62];
  write(root() / "manifests" / "big.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  blob: " + data + "\n");
  Report r = run();
  EXPECT_FALSE(r.passed);
  EXPECT_TRUE(has_containing(r, "error",
                             "Error: Value memcached-operator.v0.0.1: maximum bundle compressed size with gzip size "
                             "exceeded: size=~"))
      << dump(r);
  EXPECT_TRUE(has_containing(r, "error", ", max=1.0 MB. Bundle uncompressed size is 2.1 MB")) << dump(r);
  EXPECT_TRUE(has_containing(r, "warning", "alone is larger than 1 MiB uncompressed")) << dump(r);
}

TEST_F(BundleValidate, ReleaseNameAndRelatedImages) {
  Json csv = valid_csv();
  csv["spec"]["release"] = "1";
  csv["spec"]["relatedImages"] = Json::parse(R"([{"name":"a","image":""},{"name":"b","image":"Quay.io/Foo:bar"},
                                                 {"name":"c","image":"quay.io/foo:ba r"}])");
  write_bundle(root(), csv);
  Report r = run();
  EXPECT_TRUE(has(r, "error",
                  "Error: Value memcached-operator.v0.0.1: bundle name with release versioning "
                  "\"memcached-operator.v0.0.1\" does not match expected name \"memcached-operator-v0.0.1-1\""))
      << dump(r);
  EXPECT_TRUE(has(r, "error", "Error: Value spec.relatedImages[0].image: relatedImages[0] has an empty image field"));
  EXPECT_TRUE(has(r, "error",
                  "Error: Value spec.relatedImages[1].image: relatedImages[1] has an invalid image pullspec "
                  "\"Quay.io/Foo:bar\": invalid reference format: repository name must be lowercase"))
      << dump(r);
  EXPECT_TRUE(has(r, "error",
                  "Error: Value spec.relatedImages[2].image: relatedImages[2] has an invalid image pullspec "
                  "\"quay.io/foo:ba r\": invalid reference format"));
}

// VAL-V1: both name checks of parseCSVNameFormat, their reasons joined by ",".
TEST_F(BundleValidate, CsvNameAndReplaces) {
  const std::string subdomain =
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must "
      "start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
      "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
  Json csv = valid_csv("Bad_Name.v0.0.1");
  csv["spec"]["replaces"] = "x..y";
  write_bundle(root(), csv);
  Report r = run();
  EXPECT_TRUE(has(r, "error", "Error: Value : (Bad_Name.v0.0.1) metadata.name \"Bad_Name.v0.0.1\" is invalid: " + subdomain))
      << dump(r);
  EXPECT_TRUE(has(r, "error", "Error: Value : (Bad_Name.v0.0.1) spec.replaces \"x..y\" is invalid: " + subdomain)) << dump(r);
  // A name that is neither a subdomain nor a label value gets all three reasons.
  const std::string bad = "-" + std::string(64, 'a');
  write_csv(valid_csv(bad));
  r = run();
  EXPECT_TRUE(has(r, "error",
                  "Error: Value : (" + bad + ") metadata.name \"" + bad + "\" is invalid: " + subdomain +
                      ",must be no more than 63 characters,a valid label must be an empty string or consist of "
                      "alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric "
                      "character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is "
                      "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"))
      << dump(r);
}

// VAL-V7: an apiVersion without a version is missing; a CSV without a kind never reaches the
// CSV validator, because the manifest decoder already rejects it (as upstream's does).
TEST_F(BundleValidate, CsvApiVersionAndKind) {
  Json csv = valid_csv();
  csv.erase("apiVersion");
  write_bundle(root(), csv);
  EXPECT_TRUE(has(run(), "error", "Error: Value : (memcached-operator.v0.0.1) 'apiVersion' is missing")) << dump(run());
  csv["apiVersion"] = "operators.coreos.com/";
  write_csv(csv);
  EXPECT_TRUE(has(run(), "error", "Error: Value : (memcached-operator.v0.0.1) 'apiVersion' is missing")) << dump(run());
  csv = valid_csv();
  csv.erase("kind");
  write_csv(csv);
  Report r = run();
  EXPECT_TRUE(has_containing(r, "error", "memcached-operator.clusterserviceversion.yaml: Object 'Kind' is missing in '{"))
      << dump(r);
  EXPECT_TRUE(has(r, "error", "Error: Value : no ClusterServiceVersion in bundle")) << dump(r);
}

// VAL-V2: examples that are valid JSON but not a list of objects, and the exact syntax-error text.
TEST_F(BundleValidate, ExampleDecodingErrors) {
  Json csv = valid_csv();
  csv["metadata"]["annotations"]["alm-examples"] = "{\"a\":1}";
  write_bundle(root(), csv);
  EXPECT_TRUE(has(run(), "error",
                  "Error: Value json: cannot unmarshal object into Go value of type []unstructured.Unstructured: "
                  "error decoding example CustomResource"))
      << dump(run());
  csv["metadata"]["annotations"]["alm-examples"] = "[1]";
  write_csv(csv);
  EXPECT_TRUE(has(run(), "error",
                  "Error: Value json: cannot unmarshal number into Go value of type map[string]interface {}: "
                  "error decoding example CustomResource"))
      << dump(run());
  csv["metadata"]["annotations"]["alm-examples"] = "[{\"a\": }]";
  write_csv(csv);
  EXPECT_TRUE(has(run(), "error",
                  "Error: Value invalid character at 8\n [{\"a\": }<--(see the invalid character): invalid example"))
      << dump(run());
}

TEST_F(BundleValidate, ExampleRules) {
  Json csv = valid_csv();
  csv["metadata"].erase("annotations");
  write_bundle(root(), csv);
  EXPECT_TRUE(has(run(), "warning", "Warning: Value : (memcached-operator.v0.0.1) annotations not found"));

  csv["metadata"]["annotations"] = {{"foo", "bar"}};
  write_csv(csv);
  EXPECT_TRUE(has(run(), "warning", "Warning: Value : (memcached-operator.v0.0.1) example annotations not found"));

  csv["metadata"]["annotations"] = {{"alm-examples", "[]"}, {"olm.examples", "[]"}};
  write_csv(csv);
  Report r = run();
  EXPECT_TRUE(has(r, "warning",
                  "Warning: Value : (memcached-operator.v0.0.1) both `alm-examples` and `olm.examples` are present. "
                  "Checking only `alm-examples`"));
  EXPECT_TRUE(has(r, "warning",
                  "Warning: Value cache.example.com/v1alpha1, Kind=Memcached: provided API should have an example "
                  "annotation"));

  csv["metadata"]["annotations"] = {{"alm-examples", "[{\"apiVersion\":\"x.io/v1\",\"kind\":\"X\"}]"}};
  write_csv(csv);
  EXPECT_TRUE(has(run(), "error", "Error: Value x.io/v1, Kind=X: example must have a provided API"));

  csv["metadata"]["annotations"] = {{"alm-examples", "[{\"a\": }]"}};
  write_csv(csv);
  EXPECT_TRUE(has_containing(run(), "error", "Error: Value invalid character at ")) << dump(run());
  EXPECT_TRUE(has_containing(run(), "error", "<--(see the invalid character): invalid example"));

  csv = valid_csv();
  csv["spec"]["customresourcedefinitions"]["owned"][0]["name"] = "nodot";
  write_csv(csv);
  EXPECT_TRUE(has(run(), "error", "Error: : couldn't parse plural.group from crd name: nodot")) << dump(run());
}

TEST_F(BundleValidate, InstallModeRules) {
  Json csv = valid_csv();
  csv["spec"].erase("installModes");
  write_bundle(root(), csv);
  EXPECT_TRUE(has(run(), "error", "Error: Value : (memcached-operator.v0.0.1) install modes not found"));

  csv["spec"]["installModes"] = Json::parse(
      R"([{"type":"OwnNamespace","supported":false},{"type":"OwnNamespace","supported":false}])");
  write_csv(csv);
  Report r = run();
  EXPECT_TRUE(has(r, "error", "Error: Value : (memcached-operator.v0.0.1) duplicate install modes present"));
  EXPECT_TRUE(has(r, "error", "Error: Value : (memcached-operator.v0.0.1) none of InstallModeTypes are supported"));

  csv = valid_csv();
  csv["spec"]["webhookdefinitions"] = Json::parse(
      R"([{"type":"ConversionWebhook","generateName":"c.example.com","conversionCRDs":["memcacheds.cache.example.com"],
           "sideEffects":"None","admissionReviewVersions":["v1"]}])");
  write_csv(csv);
  EXPECT_TRUE(has(run(), "error",
                  "Error: Value : (memcached-operator.v0.0.1) only AllNamespaces InstallModeType is supported when "
                  "conversionCRDs is present"));
}

TEST_F(BundleValidate, MinKubeVersionRules) {
  Json csv = valid_csv();
  csv["spec"].erase("minKubeVersion");
  write_bundle(root(), csv);
  EXPECT_TRUE(has(run(), "warning",
                  "Warning: Value : (memcached-operator.v0.0.1) csv.Spec.minKubeVersion is not informed. It is "
                  "recommended you provide this information. Otherwise, it would mean that your operator project can "
                  "be distributed and installed in any cluster version available, which is not necessarily the case "
                  "for all projects."))
      << dump(run());
  csv["spec"]["minKubeVersion"] = "1.16";
  write_csv(csv);
  EXPECT_TRUE(has(run(), "error",
                  "Error: Value : (memcached-operator.v0.0.1) csv.Spec.MinKubeVersion has an invalid value: 1.16"));
}

TEST_F(BundleValidate, RequiredFieldsAndTypeMeta) {
  Json csv = valid_csv();
  csv["spec"].erase("displayName");
  csv["spec"]["install"].erase("strategy");
  write_bundle(root(), csv);
  Report r = run();
  EXPECT_TRUE(has(r, "error", "Error: Field Spec.DisplayName, Value field: required field missing")) << dump(r);
  EXPECT_TRUE(has(r, "error", "Error: Field Spec.InstallStrategy.StrategyName, Value field: required field missing"));

  csv = valid_csv();
  csv["spec"]["install"]["spec"].erase("deployments");
  write_csv(csv);
  EXPECT_TRUE(has(run(), "error",
                  "Error: Field Spec.InstallStrategy.StrategySpec.DeploymentSpecs, Value field: required field missing"));

  csv = valid_csv();
  csv["spec"].erase("install");
  write_csv(csv);
  EXPECT_TRUE(has(run(), "error", "Error: Field Spec.InstallStrategy, Value struct: required field missing"));
}

TEST_F(BundleValidate, AnnotationCaseAndOlmProperties) {
  Json csv = valid_csv();
  csv["metadata"]["annotations"]["olm.SkipRange"] = "<1.0.0";
  csv["metadata"]["annotations"]["olm.properties"] = "[]";
  write_bundle(root(), csv);
  Report r = run();
  EXPECT_TRUE(has(r, "error",
                  "Error: Value memcached-operator.v0.0.1: provided annotation olm.SkipRange uses wrong case and should "
                  "be olm.skipRange instead")) << dump(r);
  EXPECT_TRUE(has(r, "warning",
                  "Warning: Value : found olm.properties annotation, please define these properties in "
                  "metadata/properties.yaml instead"));
}

TEST_F(BundleValidate, CrdValidation) {
  Json crd = valid_crd();
  crd["spec"]["versions"][0]["storage"] = false;
  crd["spec"]["group"] = "cache";
  write_bundle(root(), valid_csv(), crd);
  Report r = run();
  EXPECT_TRUE(has_containing(r, "error", "spec.versions: Invalid value: ")) << dump(r);
  EXPECT_TRUE(has_containing(r, "error", "must have exactly one version marked as storage version")) << dump(r);
  EXPECT_TRUE(has(r, "error",
                  "Error: Field spec.group, Value cache: spec.group: Invalid value: \"cache\": should be a domain with "
                  "at least one dot")) << dump(r);
}

// VAL-D1/D2: the CRD rules whose Kubernetes text carries no Go value dump, exactly.
TEST_F(BundleValidate, CrdNameAndScopeRules) {
  auto errors_for = [&](const Json& crd) {
    write_bundle(root(), valid_csv(), crd);
    return run();
  };
  Json c = valid_crd();
  c["spec"]["scope"] = "Global";
  Report r = errors_for(c);
  EXPECT_TRUE(has(r, "error",
                  "Error: Field spec.scope, Value Global: spec.scope: Unsupported value: \"Global\": supported values: "
                  "\"Cluster\", \"Namespaced\""))
      << dump(r);
  c = valid_crd();
  c["spec"].erase("scope");
  r = errors_for(c);
  EXPECT_TRUE(has(r, "error", "Error: Field spec.scope, Value : spec.scope: Required value")) << dump(r);
  c = valid_crd();
  c["metadata"]["name"] = "x.cache.example.com";
  r = errors_for(c);
  EXPECT_TRUE(has(r, "error",
                  "Error: Field metadata.name, Value x.cache.example.com: metadata.name: Invalid value: "
                  "\"x.cache.example.com\": must be spec.names.plural+\".\"+spec.group"))
      << dump(r);
  c = valid_crd();
  c["spec"]["names"]["listKind"] = "Memcached";
  r = errors_for(c);
  EXPECT_TRUE(has(r, "error",
                  "Error: Field spec.names.listKind, Value Memcached: spec.names.listKind: Invalid value: "
                  "\"Memcached\": kind and listKind may not be the same"))
      << dump(r);
  // Schema findings are dropped (VAL-D1), so a v1 version without a schema passes.
  c = valid_crd();
  c["spec"]["versions"][0].erase("schema");
  EXPECT_TRUE(errors_for(c).passed);
}

// --- loading quirks -----------------------------------------------------------------------

TEST_F(BundleValidate, OnlyTheFirstDocumentIsReadWithAWarning) {
  write_bundle(root());
  write(root() / "manifests" / "svc.yml",
        "# leading comment\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\napiVersion: apps/v1\n"
        "kind: Deployment\nmetadata:\n  name: b\n");
  Report r = run();
  EXPECT_TRUE(r.passed) << dump(r);
  EXPECT_TRUE(has(r, "warning",
                  "Warning: Value : found more than one document inside " + (root() / "manifests" / "svc.yml").string() +
                      ", using only the first one")) << dump(r);
}

TEST_F(BundleValidate, JsonManifestsAreRead) {
  write_bundle(root());
  fs::remove(csv_path());
  write(root() / "manifests" / "csv.json", to_json_string(valid_csv()));
  auto b = load_bundle(root());
  ASSERT_TRUE(b);
  EXPECT_EQ(b->name(), "memcached-operator.v0.0.1");
  EXPECT_TRUE(run().passed);
}

TEST_F(BundleValidate, HiddenFilesAndDirectoriesAreErrors) {
  write_bundle(root());
  write(root() / "manifests" / ".hidden", "x");
  fs::create_directories(root() / "manifests" / "sub");
  Report r = run();
  EXPECT_TRUE(has(r, "error", "Error: Value : bundle manifests dir has hidden file: " +
                                  (root() / "manifests" / ".hidden").string())) << dump(r);
  EXPECT_TRUE(has(r, "error", "Error: Value : bundle manifests dir contains directory: " +
                                  (root() / "manifests" / "sub").string()));
  // The render path skips them silently.
  auto b = load_bundle(root(), {.strict = false});
  ASSERT_TRUE(b);
  EXPECT_TRUE(b->load_findings.empty());
}

TEST_F(BundleValidate, BadInputIsAFindingNeverACrash) {
  write_bundle(root());
  write(root() / "manifests" / "truncated.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unterminated\n");
  write(root() / "manifests" / "binary.bin", std::string("\x7f" "ELF\0\1\2\3\xff\xfe", 10));
  write(root() / "manifests" / "list.yaml", "- a\n- b\n");
  write(root() / "manifests" / "empty.yaml", "");
  fs::create_symlink(root() / "manifests" / "loop", root() / "manifests" / "loop");
  Report r = run();
  EXPECT_FALSE(r.passed);
  auto m = (root() / "manifests").string();
  EXPECT_TRUE(has_containing(r, "error", "unable to decode object: " + m + "/truncated.yaml: yaml: line")) << dump(r);
  EXPECT_TRUE(has(r, "error", "Error: Value : unable to decode object: " + m +
                                  "/binary.bin: binary content is not YAML or JSON")) << dump(r);
  EXPECT_TRUE(has(r, "error", "Error: Value : unable to decode object: " + m +
                                  "/list.yaml: expected a Kubernetes object, got array")) << dump(r);
  EXPECT_TRUE(has(r, "error", "Error: Value : unable to decode object: " + m + "/empty.yaml: EOF")) << dump(r);
  EXPECT_TRUE(has_containing(r, "error", "unable to load file " + m + "/loop: ")) << dump(r);
}

TEST_F(BundleValidate, CsvThatIsNotAnObject) {
  write_bundle(root());
  write(csv_path(), "apiVersion: operators.coreos.com/v1alpha1\nkind: ClusterServiceVersion\nmetadata:\n  name: x\nspec: 5\n");
  Report r = run();
  EXPECT_TRUE(has(r, "error",
                  "Error: Value : unable to parse CSV memcached-operator.clusterserviceversion.yaml: spec: expected "
                  "object, got number")) << dump(r);
  EXPECT_FALSE(has_containing(r, "error", "no ClusterServiceVersion in bundle"));
}

TEST_F(BundleValidate, NestedBundlesAreFound) {
  write_bundle(tmp.path() / "tree" / "memcached" / "0.0.1");
  write_bundle(tmp.path() / "tree" / "memcached" / "0.0.2", valid_csv("memcached-operator.v0.0.2", "0.0.2"));
  write(tmp.path() / "tree" / ".git" / "manifests" / "x", "x");
  auto dirs = find_bundle_dirs(tmp.path() / "tree");
  ASSERT_EQ(dirs.size(), 2u);
  EXPECT_EQ(dirs[1], tmp.path() / "tree" / "memcached" / "0.0.2");
}

// --- output formats -----------------------------------------------------------------------

TEST(BundleReport, JsonAlpha1HasUpstreamShapeAndEscaping) {
  Report r;
  r.outputs.push_back({"warning", "a <b> & c"});
  r.outputs.push_back({"error", "x"});
  r.passed = false;
  EXPECT_EQ(to_json_alpha1(r),
            "{\n    \"passed\": false,\n    \"outputs\": [\n        {\n            \"type\": \"warning\",\n"
            "            \"message\": \"a \\u003cb\\u003e \\u0026 c\"\n        },\n        {\n"
            "            \"type\": \"error\",\n            \"message\": \"x\"\n        }\n    ]\n}\n");
  EXPECT_EQ(to_json_alpha1(Report{}), "{\n    \"passed\": true,\n    \"outputs\": null\n}\n");
  EXPECT_EQ(to_text(r), "WARN[0000] a <b> & c\nERRO[0000] x\n");
}

TEST(BundleReport, UnknownSelectorFailsEarly) {
  auto s = check_selector("name=nope");
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().message(), "selector \"name=nope\" does not match any validator labels");
  EXPECT_TRUE(check_selector("suite=operatorframework"));
}

TEST(BundleFormat, FindingStringsMatchUpstream) {
  EXPECT_EQ(Finding::error(kInvalidBundle, "d", "", "").to_string(), "Error: Value : d");
  EXPECT_EQ(Finding::error(kInvalidBundle, "d").to_string(), "Error: : d");
  EXPECT_EQ(Finding::error(kFieldMissing, "d", "F", "v").to_string(), "Error: Field F, Value v: d");
  EXPECT_EQ(Finding::warning(kFieldMissing, "d", "F").to_string(), "Warning: Field F: d");
  EXPECT_EQ(format_bytes(999), "999 B");
  EXPECT_EQ(format_bytes(1048576), "1.0 MB");
  EXPECT_EQ(go_format(Json::parse(R"({"b":[1,"x",true],"a":{"c":null},"f":1.5})")), "map[a:map[c:<nil>] b:[1 x true] f:1.5]");
}

}  // namespace
}  // namespace windlass::olm

namespace windlass::olm {
namespace {

using namespace testing_fixtures;

TEST(LoadBundleFromMemory, FindsWhatTheDiskLoaderFinds) {
  TempDir tmp;
  fs::path root = tmp.path() / "bundle";
  write_bundle(root);
  write(root / "manifests" / ".hidden.yaml", "kind: ConfigMap\n");
  write(root / "manifests" / "nested" / "x.yaml", "kind: ConfigMap\n");
  write(root / "manifests" / "truncated.yaml", "kind: ConfigMap\nmetadata: {name: [\n");
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    files[fs::relative(e.path(), root).string()] = ss.str();
  }
  auto disk = load_bundle(root);
  ASSERT_TRUE(disk.has_value());
  Bundle mem = load_bundle_from_memory(files, {}, root.string());
  EXPECT_EQ(mem.objects.size(), disk->objects.size());
  EXPECT_EQ(mem.name(), "memcached-operator.v0.0.1");
  EXPECT_EQ(mem.annotations, disk->annotations);
  EXPECT_EQ(mem.compressed_size, disk->compressed_size);
  auto a = validate_bundle(*disk, {.display_dir = "bundle"});
  auto b = validate_bundle(mem, {.display_dir = "bundle"});
  ASSERT_TRUE(a.has_value() && b.has_value());
  EXPECT_EQ(a->outputs, b->outputs);
  EXPECT_FALSE(b->passed);  // hidden file, sub-directory, truncated YAML
  EXPECT_EQ(b->outputs.size(), 3u) << to_text(*b);
}

}  // namespace
}  // namespace windlass::olm

namespace windlass::olm {
namespace {

using namespace testing_fixtures;

// Found by olm_bundle_fuzz: a non-boolean `served` aborted the CRD validator.
TEST(CrdValidator, NonBooleanServedIsNotServedAndDoesNotCrash) {
  TempDir tmp;
  Json crd = valid_crd();
  crd["spec"]["versions"][0]["served"] = "truz";
  write_bundle(tmp.path(), valid_csv(), crd);
  auto b = load_bundle(tmp.path());
  ASSERT_TRUE(b.has_value());
  auto r = validate_bundle(*b);
  ASSERT_TRUE(r.has_value());
  EXPECT_FALSE(r->passed);
  bool found = false;
  for (const auto& o : r->outputs) found |= o.message.find("must have at least one version marked as served") != std::string::npos;
  EXPECT_TRUE(found) << to_text(*r);
}

}  // namespace
}  // namespace windlass::olm
