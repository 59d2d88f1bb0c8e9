// windlass/api/core/v1/pod_dns_config_option.h — core/v1 PodDNSConfigOption: one resolver option.
//
//   core::v1::PodDNSConfigOption v{.name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// One resolver option (upstream `corev1.PodDNSConfigOption`).
struct PodDNSConfigOption {
  std::string name;
  std::optional<std::string> value;
  UnknownFields unknown_fields;
  bool operator==(const PodDNSConfigOption&) const = default;
};
WINDLASS_API_DESCRIBED(PodDNSConfigOption);

}  // namespace windlass::api::core::v1
