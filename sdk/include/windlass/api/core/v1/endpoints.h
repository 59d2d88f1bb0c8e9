// windlass/api/core/v1/endpoints.h — the core/v1 Endpoints kind.
//
// An Endpoints object, named like its Service, lists the addresses and ports that back it. The
// endpoints controller writes it for services with a selector; for services without one it is
// written by hand. EndpointSlices (discovery.k8s.io/v1) supersede it: the controller writes at most
// 1000 addresses into one, and the API is deprecated as of Kubernetes 1.33.
//
//   core::v1::Endpoints ep{
//       .metadata = {.name = "legacy-db", .namespace_ = "prod"},
//       .subsets = {{.addresses = {{.ip = "192.0.2.10"}}, .ports = {{.port = 5432}}}}};
#pragma once

#include <windlass/api/core/v1/endpoint_subset.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// The addresses and ports that back a Service (upstream `corev1.Endpoints`).
struct Endpoints {
  std::string api_version = "v1";
  std::string kind = "Endpoints";
  meta::v1::ObjectMeta metadata;
  std::vector<EndpointSubset> subsets;
  UnknownFields unknown_fields;
  bool operator==(const Endpoints&) const = default;
};
WINDLASS_API_DESCRIBED(Endpoints);
WINDLASS_API_RESOURCE(Endpoints);

}  // namespace windlass::api::core::v1
