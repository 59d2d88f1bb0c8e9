// windlass/api/core/v1/env_var.h — core/v1 EnvVar: one environment variable.
//
//   core::v1::EnvVar v{.name = "POD_IP", .value_from = core::v1::EnvVarSource{
//       .field_ref = core::v1::ObjectFieldSelector{.field_path = "status.podIP"}}};
#pragma once

#include <windlass/api/core/v1/env_var_source.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// One environment variable (upstream `corev1.EnvVar`).
struct EnvVar {
  std::string name;
  std::string value;
  std::optional<EnvVarSource> value_from;
  UnknownFields unknown_fields;
  bool operator==(const EnvVar&) const = default;
};
WINDLASS_API_DESCRIBED(EnvVar);

}  // namespace windlass::api::core::v1
