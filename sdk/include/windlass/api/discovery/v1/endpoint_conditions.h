// windlass/api/discovery/v1/endpoint_conditions.h — discovery.k8s.io/v1 EndpointConditions: the
// readiness of an endpoint.
//
// Each field is a Go pointer; unset means unknown, which consumers read as true for `ready` and
// `serving` and false for `terminating`.
//
//   discovery::v1::EndpointConditions c{.ready = false, .serving = true, .terminating = true};
#pragma once

#include <windlass/api/describe.h>

#include <optional>

namespace windlass::api::discovery::v1 {

// The readiness of an endpoint (upstream `discoveryv1.EndpointConditions`).
struct EndpointConditions {
  std::optional<bool> ready;
  std::optional<bool> serving;
  std::optional<bool> terminating;
  UnknownFields unknown_fields;
  bool operator==(const EndpointConditions&) const = default;
};
WINDLASS_API_DESCRIBED(EndpointConditions);

}  // namespace windlass::api::discovery::v1
