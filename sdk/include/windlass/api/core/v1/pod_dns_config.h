// windlass/api/core/v1/pod_dns_config.h — core/v1 PodDNSConfig: dNS resolver settings of a pod.
//
//   core::v1::PodDNSConfig v{.nameservers = {"example"}};
#pragma once

#include <windlass/api/core/v1/pod_dns_config_option.h>
#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// DNS resolver settings of a pod (upstream `corev1.PodDNSConfig`).
struct PodDNSConfig {
  std::vector<std::string> nameservers;
  std::vector<std::string> searches;
  std::vector<PodDNSConfigOption> options;
  UnknownFields unknown_fields;
  bool operator==(const PodDNSConfig&) const = default;
};
WINDLASS_API_DESCRIBED(PodDNSConfig);

}  // namespace windlass::api::core::v1
