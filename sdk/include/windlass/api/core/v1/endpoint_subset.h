// windlass/api/core/v1/endpoint_subset.h — core/v1 EndpointSubset: addresses that share the same
// ports.
//
// The service is reachable at every address combined with every port of the subset.
//
//   core::v1::EndpointSubset s{.addresses = {{.ip = "10.244.1.5"}},
//                              .ports = {{.name = "http", .port = 8080}}};
#pragma once

#include <windlass/api/core/v1/endpoint_address.h>
#include <windlass/api/core/v1/endpoint_port.h>
#include <windlass/api/describe.h>

#include <vector>

namespace windlass::api::core::v1 {

// Addresses that share the same ports (upstream `corev1.EndpointSubset`).
struct EndpointSubset {
  std::vector<EndpointAddress> addresses;
  std::vector<EndpointAddress> not_ready_addresses;
  std::vector<EndpointPort> ports;
  UnknownFields unknown_fields;
  bool operator==(const EndpointSubset&) const = default;
};
WINDLASS_API_DESCRIBED(EndpointSubset);

}  // namespace windlass::api::core::v1
