// windlass/api/core/v1/config_map_projection.h — core/v1 ConfigMapProjection: a ConfigMap's keys in
// a projected volume.
//
//   core::v1::ConfigMapProjection v{.name = "example"};
#pragma once

#include <windlass/api/core/v1/key_to_path.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// A ConfigMap's keys in a projected volume (upstream `corev1.ConfigMapProjection`).
struct ConfigMapProjection {
  std::string name;
  std::vector<KeyToPath> items;
  std::optional<bool> optional;
  UnknownFields unknown_fields;
  bool operator==(const ConfigMapProjection&) const = default;
};
WINDLASS_API_DESCRIBED(ConfigMapProjection);

}  // namespace windlass::api::core::v1
