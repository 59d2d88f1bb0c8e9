// windlass/api/core/v1/env_var_source.h — core/v1 EnvVarSource: where an environment variable's
// value comes from; set exactly one member.
//
//   core::v1::EnvVarSource s{.secret_key_ref = core::v1::SecretKeySelector{.name = "db", .key = "password"}};
#pragma once

#include <windlass/api/core/v1/config_map_key_selector.h>
#include <windlass/api/core/v1/object_field_selector.h>
#include <windlass/api/core/v1/resource_field_selector.h>
#include <windlass/api/core/v1/secret_key_selector.h>
#include <windlass/api/describe.h>

#include <optional>

namespace windlass::api::core::v1 {

// Where an environment variable's value comes from; set exactly one member (upstream
// `corev1.EnvVarSource`).
struct EnvVarSource {
  std::optional<ObjectFieldSelector> field_ref;
  std::optional<ResourceFieldSelector> resource_field_ref;
  std::optional<ConfigMapKeySelector> config_map_key_ref;
  std::optional<SecretKeySelector> secret_key_ref;
  UnknownFields unknown_fields;
  bool operator==(const EnvVarSource&) const = default;
};
WINDLASS_API_DESCRIBED(EnvVarSource);

}  // namespace windlass::api::core::v1
