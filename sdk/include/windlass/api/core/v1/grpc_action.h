// windlass/api/core/v1/grpc_action.h — core/v1 GRPCAction: a call to the standard gRPC health
// checking service.
//
//   core::v1::GRPCAction v{.port = 1};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A call to the standard gRPC health checking service (upstream `corev1.GRPCAction`).
struct GRPCAction {
  std::int32_t port = 0;
  std::optional<std::string> service;
  UnknownFields unknown_fields;
  bool operator==(const GRPCAction&) const = default;
};
WINDLASS_API_DESCRIBED(GRPCAction);

}  // namespace windlass::api::core::v1
