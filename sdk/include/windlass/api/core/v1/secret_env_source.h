// windlass/api/core/v1/secret_env_source.h — core/v1 SecretEnvSource: a Secret whose keys become
// environment variables.
//
//   core::v1::SecretEnvSource v{.name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A Secret whose keys become environment variables (upstream `corev1.SecretEnvSource`).
struct SecretEnvSource {
  std::string name;
  std::optional<bool> optional;
  UnknownFields unknown_fields;
  bool operator==(const SecretEnvSource&) const = default;
};
WINDLASS_API_DESCRIBED(SecretEnvSource);

}  // namespace windlass::api::core::v1
