#include "olm_fixtures.h"

#include <windlass/olm/bundle.h>
#include <windlass/olm/bundle_generator.h>
#include <windlass/olm/bundle_validator.h>

#include <gtest/gtest.h>

#include <sstream>

namespace windlass::olm {
namespace {

using namespace testing_fixtures;

// An operator project's manifests as kubebuilder lays them out (config/crd, config/rbac, ...).
const char* kCrd = R"(apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: memcacheds.cache.example.com
  creationTimestamp: null
spec:
  group: cache.example.com
  names: {kind: Memcached, listKind: MemcachedList, plural: memcacheds, singular: memcached}
  scope: Namespaced
  versions:
  - name: v1alpha1
    served: true
    storage: false
    schema:
      openAPIV3Schema: {type: object, description: Memcached is the Schema for the memcacheds API}
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema: {type: object, description: Memcached is the Schema for the memcacheds API}
status:
  acceptedNames: {kind: "", plural: ""}
)";

const char* kManager = R"(apiVersion: v1
kind: Namespace
metadata:
  name: memcached-operator-system
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: controller-manager
  namespace: memcached-operator-system
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: memcached-operator-controller-manager
  namespace: memcached-operator-system
  labels: {control-plane: controller-manager}
spec:
  replicas: 1
  selector:
    matchLabels: {control-plane: controller-manager}
  template:
    metadata:
      labels: {control-plane: controller-manager}
    spec:
      serviceAccountName: controller-manager
      containers:
      - name: manager
        image: quay.io/example/memcached-operator:v0.0.1
        env:
        - {name: RELATED_IMAGE_MEMCACHED, value: "docker.io/library/memcached:1.6.26"}
        resources: {requests: {cpu: 10m, memory: 64Mi}}
---
apiVersion: v1
kind: Service
metadata:
  name: memcached-operator-metrics-service
  namespace: memcached-operator-system
spec:
  selector: {control-plane: controller-manager}
  ports: [{name: https, port: 8443, targetPort: 8443}]
---
apiVersion: v1
kind: Service
metadata:
  name: memcached-operator-webhook-service
  namespace: memcached-operator-system
spec:
  selector: {control-plane: controller-manager}
  ports: [{port: 443, targetPort: 9443}]
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: memcached-operator-validating-webhook-configuration
webhooks:
- name: vmemcached.kb.io
  admissionReviewVersions: [v1]
  sideEffects: None
  failurePolicy: Fail
  clientConfig:
    service: {name: memcached-operator-webhook-service, namespace: memcached-operator-system,
              path: /validate-cache-example-com-v1-memcached}
  rules:
  - {apiGroups: [cache.example.com], apiVersions: [v1], operations: [CREATE, UPDATE], resources: [memcacheds]}
)";

const char* kRbac = R"(apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: memcached-operator-manager-role
rules:
- {apiGroups: [cache.example.com], resources: [memcacheds], verbs: [get, list, watch, update]}
- {apiGroups: [apps], resources: [deployments], verbs: [create, get, list]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: memcached-operator-manager-rolebinding
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: memcached-operator-manager-role}
subjects:
- {kind: ServiceAccount, name: controller-manager, namespace: memcached-operator-system}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: memcached-operator-leader-election-role
  namespace: memcached-operator-system
rules:
- {apiGroups: [coordination.k8s.io], resources: [leases], verbs: [get, create, update]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: memcached-operator-leader-election-rolebinding
  namespace: memcached-operator-system
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: memcached-operator-leader-election-role}
subjects:
- {kind: ServiceAccount, name: controller-manager, namespace: memcached-operator-system}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: memcached-operator-metrics-reader
rules:
- {nonResourceURLs: [/metrics], verbs: [get]}
)";

const char* kSample = R"(apiVersion: cache.example.com/v1
kind: Memcached
metadata:
  name: memcached-sample
spec:
  size: 3
)";

const char* kBase = R"(apiVersion: operators.coreos.com/v1alpha1
kind: ClusterServiceVersion
metadata:
  name: memcached-operator.v0.0.0
  annotations:
    capabilities: Basic Install
spec:
  displayName: Memcached Operator
  description: Runs memcached clusters.
  keywords: [memcached, cache]
  maintainers: [{name: Ops, email: ops@example.com}]
  provider: {name: Example}
  minKubeVersion: 1.25.0
  icon: [{base64data: iVBORw0KGgo=, mediatype: image/png}]
  installModes:
  - {type: OwnNamespace, supported: true}
  - {type: SingleNamespace, supported: true}
  - {type: MultiNamespace, supported: false}
  - {type: AllNamespaces, supported: true}
  customresourcedefinitions:
    owned:
    - {name: memcacheds.cache.example.com, version: v1, kind: Memcached, displayName: Memcached Cluster,
       description: A memcached cluster managed by the operator}
  relatedImages:
  - {name: exporter, image: quay.io/example/memcached-exporter:v0.14.0}
)";

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out[fs::relative(e.path(), dir).string()] = read(e.path());
  return out;
}

class BundleGenerate : public ::testing::Test {
 protected:
  TempDir tmp;
  fs::path project() const { return tmp.path() / "project"; }
  fs::path out() const { return tmp.path() / "bundle"; }
  fs::path csv_file() const { return out() / "manifests" / "memcached-operator.clusterserviceversion.yaml"; }

  void SetUp() override {
    write(project() / "crd" / "cache.example.com_memcacheds.yaml", kCrd);
    write(project() / "deploy" / "manager.yaml", kManager);
    write(project() / "deploy" / "rbac.yaml", kRbac);
    write(project() / "samples" / "cache_v1_memcached.yaml", kSample);
    write(project() / "samples" / "kustomization.yaml", "resources: [cache_v1_memcached.yaml]\n");
    write(project() / "base.clusterserviceversion.yaml", kBase);
  }
  GenerateOptions options(std::string version = "0.0.1") const {
    return {.package = "memcached-operator",
            .version = std::move(version),
            .channels = {"stable"},
            .input_dirs = {project() / "crd", project() / "deploy", project() / "samples" / "cache_v1_memcached.yaml"},
            .csv_base = project() / "base.clusterserviceversion.yaml",
            .output_dir = out()};
  }
  Json csv() const { return *yaml_to_json(read(csv_file())); }
};

TEST_F(BundleGenerate, FoldsDeploymentsRbacWebhooksAndCrdsIntoTheCsv) {
  auto r = generate_bundle(options());
  ASSERT_TRUE(r.has_value()) << r.error().message();
  Json c = csv();
  EXPECT_EQ(c["metadata"]["name"], "memcached-operator.v0.0.1");
  EXPECT_EQ(c["spec"]["version"], "0.0.1");
  const Json& install = c["spec"]["install"];
  EXPECT_EQ(install["strategy"], "deployment");
  ASSERT_EQ(install["spec"]["deployments"].size(), 1u);
  EXPECT_EQ(install["spec"]["deployments"][0]["name"], "memcached-operator-controller-manager");
  EXPECT_EQ(install["spec"]["deployments"][0]["label"], Json({{"control-plane", "controller-manager"}}));
  ASSERT_EQ(install["spec"]["clusterPermissions"].size(), 1u);
  EXPECT_EQ(install["spec"]["clusterPermissions"][0]["serviceAccountName"], "controller-manager");
  EXPECT_EQ(install["spec"]["clusterPermissions"][0]["rules"].size(), 2u);
  ASSERT_EQ(install["spec"]["permissions"].size(), 1u);
  EXPECT_EQ(install["spec"]["permissions"][0]["rules"][0]["resources"], Json::array({"leases"}));

  // One owned entry per CRD version; the base's description of v1 is kept.
  const Json& owned = c["spec"]["customresourcedefinitions"]["owned"];
  ASSERT_EQ(owned.size(), 2u);
  EXPECT_EQ(owned[0]["version"], "v1alpha1");
  EXPECT_EQ(owned[0]["displayName"], "Memcached");
  EXPECT_EQ(owned[0]["description"], "Memcached is the Schema for the memcacheds API");
  EXPECT_EQ(owned[1]["version"], "v1");
  EXPECT_EQ(owned[1]["displayName"], "Memcached Cluster");
  EXPECT_EQ(owned[1]["description"], "A memcached cluster managed by the operator");

  const Json& hooks = c["spec"]["webhookdefinitions"];
  ASSERT_EQ(hooks.size(), 1u);
  EXPECT_EQ(hooks[0]["type"], "ValidatingAdmissionWebhook");
  EXPECT_EQ(hooks[0]["generateName"], "vmemcached.kb.io");
  EXPECT_EQ(hooks[0]["deploymentName"], "memcached-operator-controller-manager");
  EXPECT_EQ(hooks[0]["containerPort"], 443);
  EXPECT_EQ(hooks[0]["targetPort"], 9443);
  EXPECT_EQ(hooks[0]["webhookPath"], "/validate-cache-example-com-v1-memcached");

  EXPECT_EQ(c["spec"]["relatedImages"],
            Json::parse(R"([{"name":"exporter","image":"quay.io/example/memcached-exporter:v0.14.0"},
                            {"name":"memcached","image":"docker.io/library/memcached:1.6.26"},
                            {"name":"manager","image":"quay.io/example/memcached-operator:v0.0.1"}])"));
  auto examples = parse_json(c["metadata"]["annotations"]["alm-examples"].get<std::string>());
  ASSERT_TRUE(examples.has_value());
  EXPECT_EQ((*examples)[0]["kind"], "Memcached");
  // Hand-written fields of the base.
  EXPECT_EQ(c["spec"]["description"], "Runs memcached clusters.");
  EXPECT_EQ(c["spec"]["keywords"], Json::array({"memcached", "cache"}));

  // What is left in manifests/: the CRD, the metrics Service and the unbound ClusterRole. The
  // folded RBAC, the operator's ServiceAccount, the webhook Service and Namespace are not.
  std::set<std::string> files;
  for (const auto& e : fs::directory_iterator(out() / "manifests")) files.insert(e.path().filename().string());
  EXPECT_EQ(files, (std::set<std::string>{"memcached-operator.clusterserviceversion.yaml",
                                          "cache.example.com_memcacheds.yaml",
                                          "memcached-operator-metrics-service_v1_service.yaml",
                                          "memcached-operator-metrics-reader_rbac.authorization.k8s.io_v1_clusterrole.yaml"}));
  Json svc = *yaml_to_json(read(out() / "manifests" / "memcached-operator-metrics-service_v1_service.yaml"));
  EXPECT_FALSE(svc["metadata"].contains("namespace"));
  Json crd = *yaml_to_json(read(out() / "manifests" / "cache.example.com_memcacheds.yaml"));
  EXPECT_FALSE(crd.contains("status"));
  bool namespace_note = false;
  for (const auto& n : r->notes) namespace_note |= n.find("Namespace memcached-operator-system left out") == 0;
  EXPECT_TRUE(namespace_note);
}

TEST_F(BundleGenerate, AnnotationsAndDockerfileCarryTheSameLabels) {
  ASSERT_TRUE(generate_bundle(options()).has_value());
  EXPECT_EQ(read(out() / "metadata" / "annotations.yaml"),
            "annotations:\n"
            "  # Core bundle annotations.\n"
            "  operators.operatorframework.io.bundle.mediatype.v1: registry+v1\n"
            "  operators.operatorframework.io.bundle.manifests.v1: manifests/\n"
            "  operators.operatorframework.io.bundle.metadata.v1: metadata/\n"
            "  operators.operatorframework.io.bundle.package.v1: memcached-operator\n"
            "  operators.operatorframework.io.bundle.channels.v1: stable\n"
            "  operators.operatorframework.io.bundle.channel.default.v1: stable\n");
  std::string df = read(out() / "bundle.Dockerfile");
  EXPECT_EQ(df.rfind("FROM scratch\n", 0), 0u);
  auto b = load_bundle(out());
  ASSERT_TRUE(b.has_value());
  for (const auto& [k, v] : *b->annotations) EXPECT_NE(df.find("LABEL " + k + "=" + v + "\n"), std::string::npos) << k;
  EXPECT_NE(df.find("COPY manifests /manifests/\nCOPY metadata /metadata/\n"), std::string::npos);
}

TEST_F(BundleGenerate, GeneratedBundlePassesValidation) {
  ASSERT_TRUE(generate_bundle(options()).has_value());
  auto b = load_bundle(out());
  ASSERT_TRUE(b.has_value());
  auto r = validate_bundle(*b);
  ASSERT_TRUE(r.has_value());
  EXPECT_TRUE(r->passed) << to_text(*r);
  for (const auto& o : r->outputs) EXPECT_NE(o.type, "error") << o.message;
}

// CRDs whose spec.conversion calls a Service among the inputs become one ConversionWebhook
// description per (Service, port, path), as operator-sdk derives them; webhook descriptions are
// ordered by generateName.
TEST_F(BundleGenerate, ConversionWebhooksFromCrdConversion) {
  std::string conversion = R"(  conversion:
    strategy: Webhook
    webhook:
      conversionReviewVersions: [v1]
      clientConfig:
        service: {name: memcached-operator-webhook-service, namespace: memcached-operator-system, path: /convert}
)";
  std::string crd = kCrd;
  crd.insert(crd.find("  versions:"), conversion);
  write(project() / "crd" / "cache.example.com_memcacheds.yaml", crd);
  std::string backups = crd;
  for (auto [from, to] : {std::pair<std::string, std::string>{"memcacheds.cache", "backups.cache"},
                          {"kind: Memcached, listKind: MemcachedList, plural: memcacheds, singular: memcached",
                           "kind: Backup, listKind: BackupList, plural: backups, singular: backup"}})
    backups.replace(backups.find(from), from.size(), to);
  write(project() / "crd" / "cache.example.com_backups.yaml", backups);
  // A CRD converted by a Service that is not among the inputs gets no description.
  std::string external = backups;
  for (auto [from, to] : {std::pair<std::string, std::string>{"backups.cache", "restores.cache"},
                          {"kind: Backup, listKind: BackupList, plural: backups, singular: backup",
                           "kind: Restore, listKind: RestoreList, plural: restores, singular: restore"},
                          {"name: memcached-operator-webhook-service", "name: elsewhere"}})
    external.replace(external.find(from), from.size(), to);
  write(project() / "crd" / "cache.example.com_restores.yaml", external);
  // OLM serves conversion webhooks only for operators installed in AllNamespaces mode.
  std::string base = kBase;
  for (const char* mode : {"OwnNamespace", "SingleNamespace"}) {
    std::string from = std::string("{type: ") + mode + ", supported: true}";
    base.replace(base.find(from), from.size(), std::string("{type: ") + mode + ", supported: false}");
  }
  write(project() / "base.clusterserviceversion.yaml", base);

  ASSERT_TRUE(generate_bundle(options()).has_value());
  const Json hooks = csv()["spec"]["webhookdefinitions"];
  ASSERT_EQ(hooks.size(), 2u) << hooks.dump(2);
  EXPECT_EQ(hooks[0], Json::parse(R"({
    "type": "ConversionWebhook", "generateName": "cbackupsmemcacheds.kb.io",
    "conversionCRDs": ["backups.cache.example.com", "memcacheds.cache.example.com"],
    "admissionReviewVersions": ["v1"], "sideEffects": "None", "webhookPath": "/convert",
    "deploymentName": "memcached-operator-controller-manager", "containerPort": 443, "targetPort": 9443})"));
  EXPECT_EQ(hooks[1]["generateName"], "vmemcached.kb.io");
  auto b = load_bundle(out());
  ASSERT_TRUE(b.has_value());
  auto r = validate_bundle(*b);
  ASSERT_TRUE(r.has_value());
  EXPECT_TRUE(r->passed) << to_text(*r);
}

TEST_F(BundleGenerate, RerunningIsByteIdentical) {
  ASSERT_TRUE(generate_bundle(options()).has_value());
  auto first = snapshot(out());
  auto again = generate_bundle(options());
  ASSERT_TRUE(again.has_value());
  EXPECT_TRUE(again->written.empty());
  EXPECT_TRUE(again->removed.empty());
  EXPECT_EQ(snapshot(out()), first);
}

TEST_F(BundleGenerate, HandEditsToTheGeneratedCsvSurviveANewVersion) {
  ASSERT_TRUE(generate_bundle(options()).has_value());
  Json c = csv();
  c["spec"]["description"] = "Edited by hand.";
  c["spec"]["icon"] = Json::parse(R"([{"base64data":"R0lGODlh","mediatype":"image/gif"}])");
  c["spec"]["maintainers"].push_back({{"name", "Second"}, {"email", "second@example.com"}});
  c["spec"]["customresourcedefinitions"]["owned"][0]["specDescriptors"] =
      Json::parse(R"([{"path":"size","displayName":"Size","x-descriptors":["urn:alm:descriptor:com.tectonic.ui:podCount"]}])");
  c["metadata"]["annotations"]["categories"] = "Database";
  c["spec"]["replaces"] = "memcached-operator.v0.0.0";
  write(csv_file(), to_yaml(c));

  ASSERT_TRUE(generate_bundle(options("0.0.2")).has_value());
  Json n = csv();
  EXPECT_EQ(n["metadata"]["name"], "memcached-operator.v0.0.2");
  EXPECT_EQ(n["spec"]["version"], "0.0.2");
  EXPECT_EQ(n["spec"]["description"], "Edited by hand.");
  EXPECT_EQ(n["spec"]["icon"][0]["mediatype"], "image/gif");
  EXPECT_EQ(n["spec"]["maintainers"].size(), 2u);
  EXPECT_EQ(n["spec"]["replaces"], "memcached-operator.v0.0.0");
  EXPECT_EQ(n["metadata"]["annotations"]["categories"], "Database");
  EXPECT_EQ(n["spec"]["customresourcedefinitions"]["owned"][0]["specDescriptors"][0]["path"], "size");
}

TEST_F(BundleGenerate, ObjectsRemovedFromTheInputsLeaveTheBundle) {
  ASSERT_TRUE(generate_bundle(options()).has_value());
  std::string rbac = kRbac;
  rbac = rbac.substr(0, rbac.rfind("---\n"));  // drop the metrics-reader ClusterRole
  write(project() / "deploy" / "rbac.yaml", rbac);
  auto r = generate_bundle(options());
  ASSERT_TRUE(r.has_value());
  ASSERT_EQ(r->removed.size(), 1u);
  EXPECT_NE(r->removed[0].find("memcached-operator-metrics-reader_rbac.authorization.k8s.io_v1_clusterrole.yaml"),
            std::string::npos);
}

TEST_F(BundleGenerate, ExistingAnnotationsAreCheckedWithoutOverwrite) {
  ASSERT_TRUE(generate_bundle(options()).has_value());
  write(out() / "metadata" / "annotations.yaml", annotations_yaml("memcached-operator", "alpha", ""));
  auto o = options();
  o.overwrite = false;
  auto r = generate_bundle(o);
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message().find(
                "Expect field \"operators.operatorframework.io.bundle.channels.v1\" to have value \"stable\" instead of \"alpha\""),
            std::string::npos)
      << r.error().message();
  EXPECT_NE(r.error().message().find("Missing field: operators.operatorframework.io.bundle.channel.default.v1"),
            std::string::npos);
  // Overwriting keeps keys the generator does not own.
  write(out() / "metadata" / "annotations.yaml",
        annotations_yaml("memcached-operator", "alpha", "") + "  com.redhat.openshift.versions: v4.12-v4.16\n");
  ASSERT_TRUE(generate_bundle(options()).has_value());
  std::string ann = read(out() / "metadata" / "annotations.yaml");
  EXPECT_NE(ann.find("  com.redhat.openshift.versions: v4.12-v4.16\n"), std::string::npos) << ann;
  EXPECT_NE(ann.find("channels.v1: stable\n"), std::string::npos);
  EXPECT_NE(read(out() / "bundle.Dockerfile").find("LABEL com.redhat.openshift.versions=v4.12-v4.16\n"),
            std::string::npos);
}

TEST_F(BundleGenerate, BadOptionsAreRefused) {
  auto o = options("1.0");
  auto r = generate_bundle(o);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code(), ErrorCode::kInvalid);
  EXPECT_NE(r.error().message().find("invalid version \"1.0\""), std::string::npos) << r.error().message();
  o = options();
  o.default_channel = "fast";
  r = generate_bundle(o);
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message().find("default channel \"fast\" is not one of the channels"), std::string::npos);
  o = options();
  o.package = "Bad_Name";
  EXPECT_FALSE(generate_bundle(o).has_value());
  EXPECT_FALSE(fs::exists(out()));
}

// --use-image-digests with an in-memory registry: tag -> digest.
class BundleGenerateDigests : public BundleGenerate {
 protected:
  static std::string digest(char c) { return "sha256:" + std::string(64, c); }
  std::map<std::string, std::string> registry = {
      {"quay.io/example/memcached-operator:v0.0.1", digest('a')},
      {"docker.io/library/memcached:1.6.26", digest('b')},
      {"quay.io/example/memcached-exporter:v0.14.0", digest('c')},
      {"busybox", digest('d')},
  };
  std::map<std::string, int> asked;

  void SetUp() override {
    BundleGenerate::SetUp();
    // A second deployment: an initContainer by no tag at all (latest), a container already
    // pinned, and the operator image again under another container name.
    write(project() / "deploy" / "helper.yaml", R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: helper}
spec:
  selector: {matchLabels: {app: helper}}
  template:
    metadata: {labels: {app: helper}}
    spec:
      serviceAccountName: controller-manager
      initContainers:
      - {name: setup, image: busybox}
      containers:
      - name: pinned
        image: quay.io/example/pinned@sha256:eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee
        env:
        - {name: RELATED_IMAGE_FROM_FIELD, valueFrom: {fieldRef: {fieldPath: metadata.name}}}
        - {name: NOT_AN_IMAGE, value: "quay.io/example/left-alone:v1"}
)");
  }
  GenerateOptions pinning_options() {
    GenerateOptions o = options();
    o.resolve_digest = [this](const std::string& image) -> Result<std::string> {
      ++asked[image];
      auto it = registry.find(image);
      if (it == registry.end()) return Error(ErrorCode::kUnavailable, "manifest unknown");
      return it->second;
    };
    return o;
  }
  const Json& deployment(const Json& c, const std::string& name) {
    for (const Json& d : c["spec"]["install"]["spec"]["deployments"])
      if (d["name"] == name) return d;
    ADD_FAILURE() << "no deployment " << name;
    return c;
  }
};

TEST_F(BundleGenerateDigests, ContainersInitContainersRelatedImageEnvAndBaseRelatedImagesArePinned) {
  auto r = generate_bundle(pinning_options());
  ASSERT_TRUE(r.has_value()) << r.error().message();
  Json c = csv();
  const Json& manager = deployment(c, "memcached-operator-controller-manager")["spec"]["template"]["spec"];
  EXPECT_EQ(manager["containers"][0]["image"], "quay.io/example/memcached-operator@" + digest('a'));
  EXPECT_EQ(manager["containers"][0]["env"][0]["value"], "docker.io/library/memcached@" + digest('b'));
  const Json& helper = deployment(c, "helper")["spec"]["template"]["spec"];
  EXPECT_EQ(helper["initContainers"][0]["image"], "busybox@" + digest('d'));  // the name stays as written
  EXPECT_EQ(helper["containers"][0]["image"],
            "quay.io/example/pinned@sha256:eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee");
  EXPECT_FALSE(helper["containers"][0]["env"][0].contains("value"));
  EXPECT_EQ(helper["containers"][0]["env"][1]["value"], "quay.io/example/left-alone:v1");  // not RELATED_IMAGE_
  // relatedImages keeps its names (the base's, the env suffix, the container) with the pinned
  // images; deployments in input order (deploy/helper.yaml before deploy/manager.yaml).
  EXPECT_EQ(c["spec"]["relatedImages"], Json::parse(R"([
      {"name":"exporter","image":"quay.io/example/memcached-exporter@)" + digest('c') + R"("},
      {"name":"setup","image":"busybox@)" + digest('d') + R"("},
      {"name":"pinned","image":"quay.io/example/pinned@sha256:eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"},
      {"name":"memcached","image":"docker.io/library/memcached@)" + digest('b') + R"("},
      {"name":"manager","image":"quay.io/example/memcached-operator@)" + digest('a') + R"("}])"));
  // Each tag resolved once; nothing asked about references that carry a digest or env values
  // that are not RELATED_IMAGE_*.
  EXPECT_EQ(asked, (std::map<std::string, int>{{"quay.io/example/memcached-operator:v0.0.1", 1},
                                               {"docker.io/library/memcached:1.6.26", 1},
                                               {"quay.io/example/memcached-exporter:v0.14.0", 1},
                                               {"busybox", 1}}));
  auto b = load_bundle(out());
  ASSERT_TRUE(b.has_value());
  auto v = validate_bundle(*b);
  ASSERT_TRUE(v.has_value());
  EXPECT_TRUE(v->passed) << to_text(*v);
}

TEST_F(BundleGenerateDigests, TheContainerImageAnnotationIsPinned) {
  std::string base = read(project() / "base.clusterserviceversion.yaml");
  base.replace(base.find("    capabilities: Basic Install\n"), 0,
               "    containerImage: quay.io/example/memcached-operator:v0.0.1\n");
  write(project() / "base.clusterserviceversion.yaml", base);
  ASSERT_TRUE(generate_bundle(pinning_options()).has_value());
  EXPECT_EQ(csv()["metadata"]["annotations"]["containerImage"], "quay.io/example/memcached-operator@" + digest('a'));
  EXPECT_EQ(asked["quay.io/example/memcached-operator:v0.0.1"], 1);
}

TEST_F(BundleGenerateDigests, RerunningWithPinningIsByteIdentical) {
  ASSERT_TRUE(generate_bundle(pinning_options()).has_value());
  auto first = snapshot(out());
  auto again = generate_bundle(pinning_options());
  ASSERT_TRUE(again.has_value()) << again.error().message();
  EXPECT_TRUE(again->written.empty());
  EXPECT_EQ(snapshot(out()), first);
}

TEST_F(BundleGenerateDigests, AnImageThatDoesNotResolveFailsAndWritesNothing) {
  registry.erase("docker.io/library/memcached:1.6.26");
  auto r = generate_bundle(pinning_options());
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code(), ErrorCode::kUnavailable);
  EXPECT_EQ(r.error().message(),
            "cannot resolve image docker.io/library/memcached:1.6.26 to a digest: manifest unknown");
  EXPECT_FALSE(fs::exists(out()));

  // Over an existing bundle: left exactly as it was.
  ASSERT_TRUE(generate_bundle(options()).has_value());
  auto before = snapshot(out());
  r = generate_bundle(pinning_options());
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(snapshot(out()), before);
}

TEST_F(BundleGenerateDigests, AnInvalidReferenceIsNamedAndNotResolved) {
  std::string m = kManager;
  m.replace(m.find("quay.io/example/memcached-operator:v0.0.1"), 41, "Quay.io/Example/Op:v1");
  write(project() / "deploy" / "manager.yaml", m);
  auto r = generate_bundle(pinning_options());
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code(), ErrorCode::kInvalid);
  EXPECT_EQ(r.error().message(),
            "image Quay.io/Example/Op:v1: invalid reference format: repository name must be lowercase");
  EXPECT_EQ(asked.count("Quay.io/Example/Op:v1"), 0u);
  EXPECT_FALSE(fs::exists(out()));
}

TEST_F(BundleGenerateDigests, MetadataOnlyResolvesNothing) {
  GenerateOptions o = pinning_options();
  o.write_manifests = false;
  ASSERT_TRUE(generate_bundle(o).has_value());
  EXPECT_TRUE(asked.empty());
}

TEST(DisplayName, SplitsCamelCaseAndDashes) {
  EXPECT_EQ(display_name_of("MemcachedCluster"), "Memcached Cluster");
  EXPECT_EQ(display_name_of("DNSRecord"), "DNS Record");
  EXPECT_EQ(display_name_of("memcached-operator"), "Memcached Operator");
  EXPECT_EQ(display_name_of("IngressController"), "Ingress Controller");
}

}  // namespace
}  // namespace windlass::olm
