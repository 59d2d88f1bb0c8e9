// windlass/api/core/v1/host_alias.h — core/v1 HostAlias: host names for one IP, written to
// /etc/hosts.
//
//   core::v1::HostAlias v{.ip = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// Host names for one IP, written to /etc/hosts (upstream `corev1.HostAlias`).
struct HostAlias {
  std::string ip;
  std::vector<std::string> hostnames;
  UnknownFields unknown_fields;
  bool operator==(const HostAlias&) const = default;
};
WINDLASS_API_DESCRIBED(HostAlias);

}  // namespace windlass::api::core::v1
