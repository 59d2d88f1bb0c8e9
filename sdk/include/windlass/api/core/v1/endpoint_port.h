// windlass/api/core/v1/endpoint_port.h — core/v1 EndpointPort: one port open on the addresses of an
// Endpoints subset.
//
//   core::v1::EndpointPort p{.name = "http", .port = 8080, .protocol = "TCP"};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// One port open on the addresses of an Endpoints subset (upstream `corev1.EndpointPort`).
struct EndpointPort {
  std::string name;
  std::int32_t port = 0;
  std::string protocol;
  std::optional<std::string> app_protocol;
  UnknownFields unknown_fields;
  bool operator==(const EndpointPort&) const = default;
};
WINDLASS_API_DESCRIBED(EndpointPort);

}  // namespace windlass::api::core::v1
