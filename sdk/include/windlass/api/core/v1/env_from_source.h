// windlass/api/core/v1/env_from_source.h — core/v1 EnvFromSource: a source whose keys all become
// environment variables.
//
//   core::v1::EnvFromSource v{.prefix = "example"};
#pragma once

#include <windlass/api/core/v1/config_map_env_source.h>
#include <windlass/api/core/v1/secret_env_source.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A source whose keys all become environment variables (upstream `corev1.EnvFromSource`).
struct EnvFromSource {
  std::string prefix;
  std::optional<ConfigMapEnvSource> config_map_ref;
  std::optional<SecretEnvSource> secret_ref;
  UnknownFields unknown_fields;
  bool operator==(const EnvFromSource&) const = default;
};
WINDLASS_API_DESCRIBED(EnvFromSource);

}  // namespace windlass::api::core::v1
