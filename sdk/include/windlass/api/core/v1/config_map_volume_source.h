// windlass/api/core/v1/config_map_volume_source.h — core/v1 ConfigMapVolumeSource: a ConfigMap's
// keys as files.
//
//   core::v1::ConfigMapVolumeSource v{.name = "example"};
#pragma once

#include <windlass/api/core/v1/key_to_path.h>
#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// A ConfigMap's keys as files (upstream `corev1.ConfigMapVolumeSource`).
struct ConfigMapVolumeSource {
  std::string name;
  std::vector<KeyToPath> items;
  std::optional<std::int32_t> default_mode;
  std::optional<bool> optional;
  UnknownFields unknown_fields;
  bool operator==(const ConfigMapVolumeSource&) const = default;
};
WINDLASS_API_DESCRIBED(ConfigMapVolumeSource);

}  // namespace windlass::api::core::v1
