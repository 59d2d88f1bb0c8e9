// windlass/api/core/v1/secret_projection.h — core/v1 SecretProjection: a Secret's keys in a
// projected volume.
//
//   core::v1::SecretProjection v{.name = "example"};
#pragma once

#include <windlass/api/core/v1/key_to_path.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// A Secret's keys in a projected volume (upstream `corev1.SecretProjection`).
struct SecretProjection {
  std::string name;
  std::vector<KeyToPath> items;
  std::optional<bool> optional;
  UnknownFields unknown_fields;
  bool operator==(const SecretProjection&) const = default;
};
WINDLASS_API_DESCRIBED(SecretProjection);

}  // namespace windlass::api::core::v1
