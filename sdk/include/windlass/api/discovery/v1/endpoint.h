// windlass/api/discovery/v1/endpoint.h — discovery.k8s.io/v1 Endpoint: one endpoint of an
// EndpointSlice.
//
//   discovery::v1::Endpoint e{.addresses = {"10.244.1.5"},
//                             .conditions = {.ready = true},
//                             .node_name = "worker-1", .zone = "zone-a"};
#pragma once

#include <windlass/api/core/v1/object_reference.h>
#include <windlass/api/describe.h>
#include <windlass/api/discovery/v1/endpoint_conditions.h>
#include <windlass/api/discovery/v1/endpoint_hints.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::discovery::v1 {

// One endpoint of an EndpointSlice, usually a pod (upstream `discoveryv1.Endpoint`).
struct Endpoint {
  std::vector<std::string> addresses;
  EndpointConditions conditions;
  std::optional<std::string> hostname;
  std::optional<core::v1::ObjectReference> target_ref;
  std::map<std::string, std::string> deprecated_topology;
  std::optional<std::string> node_name;
  std::optional<std::string> zone;
  std::optional<EndpointHints> hints;
  UnknownFields unknown_fields;
  bool operator==(const Endpoint&) const = default;
};
WINDLASS_API_DESCRIBED(Endpoint);

}  // namespace windlass::api::discovery::v1
