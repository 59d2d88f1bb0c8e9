// windlass/api/core/v1/pod_condition.h — core/v1 PodCondition: one observation about a pod.
//
//   core::v1::PodCondition v{.type = "example"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <string>

namespace windlass::api::core::v1 {

// One observation about a pod (upstream `corev1.PodCondition`).
struct PodCondition {
  std::string type;
  std::string status;
  Time last_probe_time;
  Time last_transition_time;
  std::string reason;
  std::string message;
  UnknownFields unknown_fields;
  bool operator==(const PodCondition&) const = default;
};
WINDLASS_API_DESCRIBED(PodCondition);

}  // namespace windlass::api::core::v1
