// windlass/api/core/v1/secret_key_selector.h — core/v1 SecretKeySelector: one key of a Secret in
// the pod's namespace.
//
//   core::v1::SecretKeySelector v{.name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// One key of a Secret in the pod's namespace (upstream `corev1.SecretKeySelector`).
struct SecretKeySelector {
  std::string name;
  std::string key;
  std::optional<bool> optional;
  UnknownFields unknown_fields;
  bool operator==(const SecretKeySelector&) const = default;
};
WINDLASS_API_DESCRIBED(SecretKeySelector);

}  // namespace windlass::api::core::v1
