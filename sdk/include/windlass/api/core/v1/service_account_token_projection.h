// windlass/api/core/v1/service_account_token_projection.h — core/v1 ServiceAccountTokenProjection:
// a ServiceAccount token bound to the pod, refreshed by the kubelet.
//
//   core::v1::ServiceAccountTokenProjection v{.audience = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A ServiceAccount token bound to the pod, refreshed by the kubelet (upstream
// `corev1.ServiceAccountTokenProjection`).
struct ServiceAccountTokenProjection {
  std::string audience;
  std::optional<std::int64_t> expiration_seconds;
  std::string path;
  UnknownFields unknown_fields;
  bool operator==(const ServiceAccountTokenProjection&) const = default;
};
WINDLASS_API_DESCRIBED(ServiceAccountTokenProjection);

}  // namespace windlass::api::core::v1
