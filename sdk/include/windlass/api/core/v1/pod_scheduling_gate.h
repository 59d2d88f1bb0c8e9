// windlass/api/core/v1/pod_scheduling_gate.h — core/v1 PodSchedulingGate: a gate that blocks
// scheduling while present.
//
//   core::v1::PodSchedulingGate v{.name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// A gate that blocks scheduling while present (upstream `corev1.PodSchedulingGate`).
struct PodSchedulingGate {
  std::string name;
  UnknownFields unknown_fields;
  bool operator==(const PodSchedulingGate&) const = default;
};
WINDLASS_API_DESCRIBED(PodSchedulingGate);

}  // namespace windlass::api::core::v1
