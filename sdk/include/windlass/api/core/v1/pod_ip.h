// windlass/api/core/v1/pod_ip.h — core/v1 PodIP: one IP address of a pod.
//
//   core::v1::PodIP v{.ip = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// One IP address of a pod (upstream `corev1.PodIP`).
struct PodIP {
  std::string ip;
  UnknownFields unknown_fields;
  bool operator==(const PodIP&) const = default;
};
WINDLASS_API_DESCRIBED(PodIP);

}  // namespace windlass::api::core::v1
