// windlass/api/core/v1/session_affinity_config.h — core/v1 SessionAffinityConfig: settings of a
// Service's session affinity.
//
//   core::v1::SessionAffinityConfig c{
//       .client_ip = core::v1::ClientIPConfig{.timeout_seconds = 600}};
#pragma once

#include <windlass/api/core/v1/client_ip_config.h>
#include <windlass/api/describe.h>

#include <optional>

namespace windlass::api::core::v1 {

// Settings of a Service's session affinity (upstream `corev1.SessionAffinityConfig`).
struct SessionAffinityConfig {
  std::optional<ClientIPConfig> client_ip;
  UnknownFields unknown_fields;
  bool operator==(const SessionAffinityConfig&) const = default;
};
WINDLASS_API_DESCRIBED(SessionAffinityConfig);

}  // namespace windlass::api::core::v1
