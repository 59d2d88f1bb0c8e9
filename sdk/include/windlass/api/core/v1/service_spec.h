// windlass/api/core/v1/service_spec.h — core/v1 ServiceSpec: how a Service is exposed and which
// pods back it.
//
// Most fields are filled in by the server on create when left empty (clusterIP(s), ipFamilies,
// ipFamilyPolicy, sessionAffinity, internalTrafficPolicy, node ports), so an object read back
// differs from the one sent. `clusterIP` "None" makes a headless service: DNS returns the pods'
// addresses directly.
//
//   core::v1::ServiceSpec s{.ports = {{.port = 443, .target_port = IntOrString::of_int(8443)}},
//                           .selector = {{"app", "api"}}, .type = "LoadBalancer"};
#pragma once

#include <windlass/api/core/v1/service_port.h>
#include <windlass/api/core/v1/session_affinity_config.h>
#include <windlass/api/describe.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// How a Service is exposed and which pods back it (upstream `corev1.ServiceSpec`).
struct ServiceSpec {
  std::vector<ServicePort> ports;
  std::map<std::string, std::string> selector;
  std::string cluster_ip;
  std::vector<std::string> cluster_ips;
  std::string type;
  std::vector<std::string> external_ips;
  std::string session_affinity;
  std::string load_balancer_ip;
  std::vector<std::string> load_balancer_source_ranges;
  std::string external_name;
  std::string external_traffic_policy;
  std::int32_t health_check_node_port = 0;
  bool publish_not_ready_addresses = false;
  std::optional<SessionAffinityConfig> session_affinity_config;
  std::vector<std::string> ip_families;
  std::optional<std::string> ip_family_policy;
  std::optional<bool> allocate_load_balancer_node_ports;
  std::optional<std::string> load_balancer_class;
  std::optional<std::string> internal_traffic_policy;
  std::optional<std::string> traffic_distribution;
  UnknownFields unknown_fields;
  bool operator==(const ServiceSpec&) const = default;
};
WINDLASS_API_DESCRIBED(ServiceSpec);

}  // namespace windlass::api::core::v1
