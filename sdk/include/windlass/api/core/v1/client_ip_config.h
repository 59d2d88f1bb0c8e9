// windlass/api/core/v1/client_ip_config.h — core/v1 ClientIPConfig: settings of ClientIP session
// affinity.
//
//   core::v1::ClientIPConfig c{.timeout_seconds = 3600};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>

namespace windlass::api::core::v1 {

// Settings of ClientIP session affinity (upstream `corev1.ClientIPConfig`).
struct ClientIPConfig {
  std::optional<std::int32_t> timeout_seconds;
  UnknownFields unknown_fields;
  bool operator==(const ClientIPConfig&) const = default;
};
WINDLASS_API_DESCRIBED(ClientIPConfig);

}  // namespace windlass::api::core::v1
