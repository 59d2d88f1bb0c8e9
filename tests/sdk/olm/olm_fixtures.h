// Bundles and catalogs written into temp dirs for the olm tests.
#pragma once

#include <windlass/core/json.h>
#include <windlass/core/yaml.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace windlass::olm::testing_fixtures {

namespace fs = std::filesystem;

// A temp directory removed at scope exit.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() / ("windlass-olm-" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

inline void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

inline Json valid_csv(const std::string& name = "memcached-operator.v0.0.1", const std::string& version = "0.0.1") {
  return Json::parse(R"({
    "apiVersion": "operators.coreos.com/v1alpha1",
    "kind": "ClusterServiceVersion",
    "metadata": {
      "name": ")" + name + R"(",
      "namespace": "placeholder",
      "annotations": {
        "alm-examples": "[{\"apiVersion\":\"cache.example.com/v1alpha1\",\"kind\":\"Memcached\",\"metadata\":{\"name\":\"memcached-sample\"},\"spec\":{\"size\":1}}]",
        "capabilities": "Basic Install"
      }
    },
    "spec": {
      "displayName": "Memcached Operator",
      "description": "Runs memcached",
      "version": ")" + version + R"(",
      "minKubeVersion": "1.25.0",
      "provider": {"name": "Example"},
      "maintainers": [{"name": "Ops", "email": "ops@example.com"}],
      "links": [{"name": "Home", "url": "https://example.com"}],
      "icon": [{"base64data": "iVBORw0KGgo=", "mediatype": "image/png"}],
      "installModes": [
        {"type": "OwnNamespace", "supported": true},
        {"type": "SingleNamespace", "supported": true},
        {"type": "MultiNamespace", "supported": false},
        {"type": "AllNamespaces", "supported": true}
      ],
      "customresourcedefinitions": {
        "owned": [{"name": "memcacheds.cache.example.com", "version": "v1alpha1", "kind": "Memcached",
                   "displayName": "Memcached", "description": "A memcached cluster"}]
      },
      "install": {
        "strategy": "deployment",
        "spec": {
          "deployments": [{
            "name": "memcached-operator-controller-manager",
            "spec": {
              "selector": {"matchLabels": {"control-plane": "controller-manager"}},
              "template": {
                "metadata": {"labels": {"control-plane": "controller-manager"}},
                "spec": {
                  "serviceAccountName": "memcached-operator-controller-manager",
                  "containers": [{"name": "manager", "image": "quay.io/example/memcached-operator:v0.0.1",
                                  "resources": {"requests": {"cpu": "10m", "memory": "64Mi"}}}]
                }
              }
            }
          }],
          "clusterPermissions": [{
            "serviceAccountName": "memcached-operator-controller-manager",
            "rules": [{"apiGroups": ["cache.example.com"], "resources": ["memcacheds"], "verbs": ["*"]}]
          }]
        }
      },
      "relatedImages": [{"name": "manager", "image": "quay.io/example/memcached-operator:v0.0.1"}]
    }
  })");
}

inline Json valid_crd() {
  return Json::parse(R"({
    "apiVersion": "apiextensions.k8s.io/v1",
    "kind": "CustomResourceDefinition",
    "metadata": {"name": "memcacheds.cache.example.com"},
    "spec": {
      "group": "cache.example.com",
      "names": {"kind": "Memcached", "listKind": "MemcachedList", "plural": "memcacheds", "singular": "memcached"},
      "scope": "Namespaced",
      "versions": [{"name": "v1alpha1", "served": true, "storage": true,
                    "schema": {"openAPIV3Schema": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}]
    }
  })");
}

inline std::string annotations_yaml(const std::string& package = "memcached-operator",
                                    const std::string& channels = "stable",
                                    const std::string& default_channel = "stable") {
  std::string s =
      "annotations:\n"
      "  operators.operatorframework.io.bundle.mediatype.v1: registry+v1\n"
      "  operators.operatorframework.io.bundle.manifests.v1: manifests/\n"
      "  operators.operatorframework.io.bundle.metadata.v1: metadata/\n"
      "  operators.operatorframework.io.bundle.package.v1: " + package + "\n"
      "  operators.operatorframework.io.bundle.channels.v1: " + channels + "\n";
  if (!default_channel.empty())
    s += "  operators.operatorframework.io.bundle.channel.default.v1: " + default_channel + "\n";
  return s;
}

// A complete valid bundle at `root`.
inline void write_bundle(const fs::path& root, const Json& csv = valid_csv(), const Json& crd = valid_crd(),
                         const std::string& annotations = annotations_yaml()) {
  write(root / "manifests" / "memcached-operator.clusterserviceversion.yaml", to_yaml(csv));
  write(root / "manifests" / "cache.example.com_memcacheds.yaml", to_yaml(crd));
  write(root / "metadata" / "annotations.yaml", annotations);
}

}  // namespace windlass::olm::testing_fixtures
