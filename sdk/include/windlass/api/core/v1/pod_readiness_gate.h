// windlass/api/core/v1/pod_readiness_gate.h — core/v1 PodReadinessGate: an extra condition required
// for readiness.
//
//   core::v1::PodReadinessGate v{.condition_type = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// An extra condition required for readiness (upstream `corev1.PodReadinessGate`).
struct PodReadinessGate {
  std::string condition_type;
  UnknownFields unknown_fields;
  bool operator==(const PodReadinessGate&) const = default;
};
WINDLASS_API_DESCRIBED(PodReadinessGate);

}  // namespace windlass::api::core::v1
