// The legacy package-manifest layout (VAL-P1) and the OperatorGroup validator.
#include "olm_fixtures.h"

#include <windlass/olm/bundle_validator.h>
#include <windlass/olm/package_manifest.h>

#include <gtest/gtest.h>

namespace windlass::olm {
namespace {

using namespace testing_fixtures;

std::vector<std::string> details(const ManifestResult& r) {
  std::vector<std::string> out;
  for (const Finding& f : r.errors) out.push_back(f.to_string());
  return out;
}

PackageManifest decode(const std::string& yaml) {
  auto j = yaml_to_json(yaml);
  EXPECT_TRUE(j.has_value());
  auto p = decode_package_manifest(*j);
  EXPECT_TRUE(p.has_value()) << (p ? "" : p.error().message());
  return p ? *p : PackageManifest{};
}

TEST(PackageManifest, ValidPackageHasNoFindings) {
  auto r = validate_package_manifest(decode(
      "packageName: etcd\nchannels:\n- name: alpha\n  currentCSV: etcdoperator.v0.9.4\n"
      "- name: stable\n  currentCSV: etcdoperator.v0.9.2\ndefaultChannel: alpha\n"));
  EXPECT_EQ(r.name, "etcd");
  EXPECT_TRUE(r.errors.empty()) << ::testing::PrintToString(details(r));
  EXPECT_TRUE(r.warnings.empty());
  // One channel needs no default.
  EXPECT_TRUE(validate_package_manifest(decode("packageName: etcd\nchannels: [{name: alpha, currentCSV: a.v1}]\n"))
                  .errors.empty());
}

// Each VAL-P1 rule, with upstream's ErrInvalidPackageManifest text (value = the package name).
TEST(PackageManifest, EachRuleHasUpstreamsMessage) {
  EXPECT_EQ(details(validate_package_manifest(decode("defaultChannel: alpha\n"))),
            (std::vector<std::string>{"Error: Value : packageName empty", "Error: Value : channels empty"}));
  EXPECT_EQ(details(validate_package_manifest(decode("packageName: etcd\nchannels: []\n"))),
            (std::vector<std::string>{"Error: Value etcd: channels empty"}));
  EXPECT_EQ(details(validate_package_manifest(
                decode("packageName: etcd\nchannels: [{name: a, currentCSV: x.v1}, {name: b, currentCSV: x.v2}]\n"))),
            (std::vector<std::string>{"Error: Value etcd: default channel is empty but more than one channel exists"}));
  EXPECT_EQ(details(validate_package_manifest(decode(
                "packageName: etcd\ndefaultChannel: a\nchannels: [{currentCSV: x.v1}, {name: a}, {name: a, currentCSV: x.v2}]\n"))),
            (std::vector<std::string>{"Error: Value etcd: channel 0 name is empty",
                                      "Error: Value etcd: channel \"a\" currentCSV is empty",
                                      "Error: Value etcd: duplicate package manifest channel name \"a\""}));
  EXPECT_EQ(details(validate_package_manifest(
                decode("packageName: etcd\ndefaultChannel: beta\nchannels: [{name: alpha, currentCSV: x.v1}]\n"))),
            (std::vector<std::string>{"Error: Value etcd: default channel \"beta\" not found in the list of declared channels"}));
  for (const Finding& f : validate_package_manifest(decode("packageName: etcd\n")).errors)
    EXPECT_EQ(f.type, kInvalidPackageManifest);
}

// Decoding follows Go's encoding/json: wrong types are errors in its words, unknown fields and
// nulls are fine.
TEST(PackageManifest, DecodingUsesGoTypeErrors) {
  auto err = [](const std::string& yaml) {
    auto j = yaml_to_json(yaml);
    auto p = decode_package_manifest(*j);
    return p ? std::string("decoded") : p.error().message();
  };
  EXPECT_EQ(err("- a\n"), "json: cannot unmarshal array into Go value of type manifests.PackageManifest");
  EXPECT_EQ(err("packageName: 3\n"),
            "json: cannot unmarshal number into Go struct field PackageManifest.packageName of type string");
  EXPECT_EQ(err("packageName: p\nchannels: alpha\n"),
            "json: cannot unmarshal string into Go struct field PackageManifest.channels of type []manifests.PackageChannel");
  EXPECT_EQ(err("packageName: p\nchannels: [{name: [x]}]\n"),
            "json: cannot unmarshal array into Go struct field PackageChannel.channels.name of type string");
  EXPECT_EQ(err("packageName: p\nchannels: [{name: a, currentCSV: ~, extra: 1}]\nx: y\n"), "decoded");
}

class PackageDir : public ::testing::Test {
 protected:
  TempDir tmp;
  fs::path root() const { return tmp.path() / "etcd"; }
  void write_version(const std::string& dir, const std::string& csv_name, const std::string& version) {
    write(root() / dir / (csv_name + ".clusterserviceversion.yaml"), to_yaml(valid_csv(csv_name, version)));
    write(root() / dir / "memcacheds.crd.yaml", to_yaml(valid_crd()));
  }
};

TEST_F(PackageDir, ValidTreeLoadsAndPasses) {
  write(root() / "etcd.package.yaml",
        "packageName: memcached-operator\nchannels:\n- name: alpha\n  currentCSV: memcached-operator.v0.0.2\n");
  write_version("0.0.1", "memcached-operator.v0.0.1", "0.0.1");
  write_version("0.0.2", "memcached-operator.v0.0.2", "0.0.2");
  write(root() / ".git" / "config", "not: [yaml");  // hidden: never read
  PackageManifestDir d = load_package_manifest_dir(root());
  ASSERT_TRUE(d.package.has_value());
  EXPECT_EQ(d.package->package_name, "memcached-operator");
  EXPECT_EQ(d.version_dirs, (std::vector<std::string>{"0.0.1", "0.0.2"}));
  EXPECT_TRUE(d.load_findings.empty());
  auto r = validate_package_manifest_dir(d);
  ASSERT_TRUE(r.has_value());
  EXPECT_TRUE(r->passed) << to_text(*r);
  EXPECT_TRUE(r->outputs.empty()) << to_text(*r);
}

TEST_F(PackageDir, PackageAndVersionFindingsAreReported) {
  write(root() / "etcd.package.yaml", "packageName: memcached-operator\ndefaultChannel: beta\nchannels:\n- name: alpha\n");
  Json bad = valid_csv("memcached-operator.v0.0.1", "0.0.1");
  bad["spec"].erase("displayName");
  write(root() / "0.0.1" / "csv.yaml", to_yaml(bad));
  write(root() / "0.0.1" / "crd.yaml", to_yaml(valid_crd()));
  auto r = validate_package_manifest_dir(load_package_manifest_dir(root()));
  ASSERT_TRUE(r.has_value());
  EXPECT_FALSE(r->passed);
  EXPECT_EQ(to_text(*r),
            "ERRO[0000] Error: Value memcached-operator: channel \"alpha\" currentCSV is empty\n"
            "ERRO[0000] Error: Value memcached-operator: default channel \"beta\" not found in the list of declared channels\n"
            "ERRO[0000] Error: Field Spec.DisplayName, Value field: required field missing\n");
}

TEST_F(PackageDir, BadFilesAndASecondPackageAreFindingsNotAborts) {
  write(root() / "a.package.yaml", "packageName: one\nchannels: [{name: alpha, currentCSV: x.v1}]\n");
  write(root() / "b.package.yaml", "packageName: two\nchannels: [{name: alpha, currentCSV: x.v1}]\n");
  write(root() / "broken.yaml", "packageName: [unclosed\n");
  write(root() / "typed.json", "{\"packageName\": 7}");
  write(root() / "empty.yaml", "");
  PackageManifestDir d = load_package_manifest_dir(root());
  ASSERT_TRUE(d.package.has_value());
  EXPECT_EQ(d.package->package_name, "one");
  ASSERT_EQ(d.load_findings.size(), 3u);
  EXPECT_EQ(d.load_findings[0].to_string(), "Error: Value : multiple package manifest files found in directory");
  EXPECT_EQ(d.load_findings[1].type, kInvalidParse);
  EXPECT_NE(d.load_findings[1].detail.find("could not decode contents of file " + (root() / "broken.yaml").string() +
                                           " into package: "),
            std::string::npos);
  EXPECT_EQ(d.load_findings[2].detail, "could not decode contents of file " + (root() / "typed.json").string() +
                                           " into package: json: cannot unmarshal number into Go struct field "
                                           "PackageManifest.packageName of type string");
  auto r = validate_package_manifest_dir(d);
  ASSERT_TRUE(r.has_value());
  EXPECT_FALSE(r->passed);
}

TEST_F(PackageDir, NoPackageFileMeansNotAPackageDir) {
  write_version("0.0.1", "memcached-operator.v0.0.1", "0.0.1");
  PackageManifestDir d = load_package_manifest_dir(root());
  EXPECT_FALSE(d.package.has_value());
  EXPECT_EQ(d.version_dirs, (std::vector<std::string>{"0.0.1"}));
}

// OperatorGroupValidator: VAL-V6 on the group's annotations, the value being its name.
TEST(OperatorGroupValidator, AnnotationCase) {
  Json og = Json::parse(R"({"apiVersion":"operators.coreos.com/v1","kind":"OperatorGroup",
    "metadata":{"name":"nginx-hbvsw","namespace":"nginx","annotations":{"olm.providedapis":"NginxIngressController.v1alpha1.k8s.nginx.org"}},
    "spec":{"targetNamespaces":["nginx"]}})");
  ManifestResult r = validate_operator_group(og);
  EXPECT_EQ(r.name, "nginx-hbvsw");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].type, kFailedValidation);
  EXPECT_EQ(r.errors[0].to_string(),
            "Error: Value nginx-hbvsw: provided annotation olm.providedapis uses wrong case and should be "
            "olm.providedAPIs instead");
  og["metadata"]["annotations"] = {{"olm.providedAPIs", "X.v1.example.com"}, {"other", "x"}};
  EXPECT_FALSE(validate_operator_group(og).has_error());
  EXPECT_FALSE(validate_operator_group(Json::parse(R"({"kind":"OperatorGroup"})")).has_error());
}

}  // namespace
}  // namespace windlass::olm
