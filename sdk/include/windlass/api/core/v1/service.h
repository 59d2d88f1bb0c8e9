// windlass/api/core/v1/service.h — the core/v1 Service kind.
//
// A Service gives a set of pods (picked by `spec.selector`) one stable virtual IP and DNS name and
// spreads connections over them; the endpoint controllers keep the matching EndpointSlices (and
// legacy Endpoints) current. `spec.type` chooses how far it reaches: ClusterIP inside the cluster,
// NodePort on every node, LoadBalancer through a cloud load balancer reported in
// `status.loadBalancer`, ExternalName as a DNS alias. Cluster IPs and node ports are assigned by
// the server on create.
//
//   core::v1::Service svc{
//       .metadata = {.name = "web", .namespace_ = "prod"},
//       .spec = {.ports = {{.name = "http", .port = 80,
//                           .target_port = IntOrString::of_string("http")}},
//                .selector = {{"app", "web"}}}};
#pragma once

#include <windlass/api/core/v1/service_spec.h>
#include <windlass/api/core/v1/service_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::core::v1 {

// A stable virtual IP and DNS name in front of a set of pods (upstream `corev1.Service`).
struct Service {
  std::string api_version = "v1";
  std::string kind = "Service";
  meta::v1::ObjectMeta metadata;
  ServiceSpec spec;
  ServiceStatus status;
  UnknownFields unknown_fields;
  bool operator==(const Service&) const = default;
};
WINDLASS_API_DESCRIBED(Service);
WINDLASS_API_RESOURCE(Service);

}  // namespace windlass::api::core::v1
