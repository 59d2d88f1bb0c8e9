// windlass/api/core/v1/config_map_env_source.h — core/v1 ConfigMapEnvSource: a ConfigMap whose keys
// become environment variables.
//
//   core::v1::ConfigMapEnvSource v{.name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A ConfigMap whose keys become environment variables (upstream `corev1.ConfigMapEnvSource`).
struct ConfigMapEnvSource {
  std::string name;
  std::optional<bool> optional;
  UnknownFields unknown_fields;
  bool operator==(const ConfigMapEnvSource&) const = default;
};
WINDLASS_API_DESCRIBED(ConfigMapEnvSource);

}  // namespace windlass::api::core::v1
