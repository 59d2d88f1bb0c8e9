// windlass/api/core/v1/host_ip.h — core/v1 HostIP: one IP address of a pod's node.
//
//   core::v1::HostIP v{.ip = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// One IP address of a pod's node (upstream `corev1.HostIP`).
struct HostIP {
  std::string ip;
  UnknownFields unknown_fields;
  bool operator==(const HostIP&) const = default;
};
WINDLASS_API_DESCRIBED(HostIP);

}  // namespace windlass::api::core::v1
