// windlass/api/core/v1/pod_os.h — core/v1 PodOS: the operating system of a pod.
//
//   core::v1::PodOS v{.name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// The operating system of a pod (upstream `corev1.PodOS`).
struct PodOS {
  std::string name;
  UnknownFields unknown_fields;
  bool operator==(const PodOS&) const = default;
};
WINDLASS_API_DESCRIBED(PodOS);

}  // namespace windlass::api::core::v1
