// windlass/api/discovery/v1/endpoint_slice.h — the discovery.k8s.io/v1 EndpointSlice kind.
//
// An EndpointSlice lists some of the endpoints of a Service (by default at most 100), all of one
// address type, with their readiness and topology. The endpointslice controller keeps them for
// services with a selector and labels each with `kubernetes.io/service-name`; kube-proxy and DNS
// read them. A service may have several slices.
//
//   discovery::v1::EndpointSlice s{
//       .metadata = {.name = "legacy-db-1", .namespace_ = "prod",
//                    .labels = {{"kubernetes.io/service-name", "legacy-db"}}},
//       .address_type = "IPv4",
//       .endpoints = {{.addresses = {"192.0.2.10"}}},
//       .ports = {{.name = "", .port = 5432}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/discovery/v1/endpoint.h>
#include <windlass/api/discovery/v1/endpoint_port.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>
#include <vector>

namespace windlass::api::discovery::v1 {

// Some of the endpoints of a Service, all of one address type (upstream
// `discoveryv1.EndpointSlice`).
struct EndpointSlice {
  std::string api_version = "discovery.k8s.io/v1";
  std::string kind = "EndpointSlice";
  meta::v1::ObjectMeta metadata;
  std::string address_type;
  std::vector<Endpoint> endpoints;
  std::vector<EndpointPort> ports;
  UnknownFields unknown_fields;
  bool operator==(const EndpointSlice&) const = default;
};
WINDLASS_API_DESCRIBED(EndpointSlice);
WINDLASS_API_RESOURCE(EndpointSlice);

}  // namespace windlass::api::discovery::v1
