// windlass/api/networking/v1/service_backend_port.h — networking/v1 ServiceBackendPort, a
// Service port by name or by number.
//
// Set exactly one of the two. The struct is atomic for server-side apply: a new value replaces
// the old one whole, so switching from `number` to `name` leaves no stale number behind.
//
//   networking::v1::ServiceBackendPort by_name{.name = "https"};
//   networking::v1::ServiceBackendPort by_number{.number = 443};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <string>

namespace windlass::api::networking::v1 {

// One port of a Service, named or numbered (upstream `networkingv1.ServiceBackendPort`).
struct ServiceBackendPort {
  std::string name;
  std::int32_t number = 0;
  UnknownFields unknown_fields;
  bool operator==(const ServiceBackendPort&) const = default;
};
WINDLASS_API_DESCRIBED(ServiceBackendPort);

}  // namespace windlass::api::networking::v1
