// windlass/api/core/v1/config_map_node_config_source.h — core/v1 ConfigMapNodeConfigSource: a
// ConfigMap holding a node's kubelet configuration.
//
//   core::v1::ConfigMapNodeConfigSource s{.namespace_ = "kube-system", .name = "kubelet-config",
//                                         .kubelet_config_key = "kubelet"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// A ConfigMap holding a node's kubelet configuration (upstream `corev1.ConfigMapNodeConfigSource`).
struct ConfigMapNodeConfigSource {
  std::string namespace_;  // `namespace` is a C++ keyword
  std::string name;
  std::string uid;
  std::string resource_version;
  std::string kubelet_config_key;
  UnknownFields unknown_fields;
  bool operator==(const ConfigMapNodeConfigSource&) const = default;
};
WINDLASS_API_DESCRIBED(ConfigMapNodeConfigSource);

}  // namespace windlass::api::core::v1
