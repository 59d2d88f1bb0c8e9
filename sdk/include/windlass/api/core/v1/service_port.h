// windlass/api/core/v1/service_port.h — core/v1 ServicePort: one port a Service exposes.
//
//   core::v1::ServicePort p{.name = "http", .port = 80,
//                           .target_port = IntOrString::of_string("http")};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/int_or_string.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// One port a Service exposes and the pod port it forwards to (upstream `corev1.ServicePort`).
struct ServicePort {
  std::string name;
  std::string protocol;
  std::optional<std::string> app_protocol;
  std::int32_t port = 0;
  IntOrString target_port;
  std::int32_t node_port = 0;
  UnknownFields unknown_fields;
  bool operator==(const ServicePort&) const = default;
};
WINDLASS_API_DESCRIBED(ServicePort);

}  // namespace windlass::api::core::v1
