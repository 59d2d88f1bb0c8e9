// windlass/api/core/v1/config_map_key_selector.h — core/v1 ConfigMapKeySelector: one key of a
// ConfigMap in the pod's namespace.
//
//   core::v1::ConfigMapKeySelector v{.name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// One key of a ConfigMap in the pod's namespace (upstream `corev1.ConfigMapKeySelector`).
struct ConfigMapKeySelector {
  std::string name;
  std::string key;
  std::optional<bool> optional;
  UnknownFields unknown_fields;
  bool operator==(const ConfigMapKeySelector&) const = default;
};
WINDLASS_API_DESCRIBED(ConfigMapKeySelector);

}  // namespace windlass::api::core::v1
