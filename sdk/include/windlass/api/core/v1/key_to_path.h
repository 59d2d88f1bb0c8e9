// windlass/api/core/v1/key_to_path.h — core/v1 KeyToPath: a key of a Secret or ConfigMap placed at
// a path.
//
//   core::v1::KeyToPath v{.key = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A key of a Secret or ConfigMap placed at a path (upstream `corev1.KeyToPath`).
struct KeyToPath {
  std::string key;
  std::string path;
  std::optional<std::int32_t> mode;
  UnknownFields unknown_fields;
  bool operator==(const KeyToPath&) const = default;
};
WINDLASS_API_DESCRIBED(KeyToPath);

}  // namespace windlass::api::core::v1
