// windlass/api/discovery/v1/endpoint_hints.h — discovery.k8s.io/v1 EndpointHints: topology-aware
// routing hints of an endpoint.
//
//   discovery::v1::EndpointHints h{.for_zones = {{.name = "zone-a"}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/discovery/v1/for_zone.h>

#include <vector>

namespace windlass::api::discovery::v1 {

// Topology-aware routing hints of an endpoint (upstream `discoveryv1.EndpointHints`).
struct EndpointHints {
  std::vector<ForZone> for_zones;
  UnknownFields unknown_fields;
  bool operator==(const EndpointHints&) const = default;
};
WINDLASS_API_DESCRIBED(EndpointHints);

}  // namespace windlass::api::discovery::v1
