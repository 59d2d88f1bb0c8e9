// windlass/api/core/v1/secret_volume_source.h — core/v1 SecretVolumeSource: a Secret's keys as
// files.
//
//   core::v1::SecretVolumeSource v{.secret_name = "example"};
#pragma once

#include <windlass/api/core/v1/key_to_path.h>
#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// A Secret's keys as files (upstream `corev1.SecretVolumeSource`).
struct SecretVolumeSource {
  std::string secret_name;
  std::vector<KeyToPath> items;
  std::optional<std::int32_t> default_mode;
  std::optional<bool> optional;
  UnknownFields unknown_fields;
  bool operator==(const SecretVolumeSource&) const = default;
};
WINDLASS_API_DESCRIBED(SecretVolumeSource);

}  // namespace windlass::api::core::v1
