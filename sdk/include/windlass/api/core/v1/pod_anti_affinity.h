// windlass/api/core/v1/pod_anti_affinity.h — core/v1 PodAntiAffinity: rules to stay away from pods
// matching a selector.
//
//   core::v1::PodAntiAffinity a{.required_during_scheduling_ignored_during_execution = {
//       {.topology_key = "kubernetes.io/hostname"}}};
#pragma once

#include <windlass/api/core/v1/pod_affinity_term.h>
#include <windlass/api/core/v1/weighted_pod_affinity_term.h>
#include <windlass/api/describe.h>

#include <vector>

namespace windlass::api::core::v1 {

// Rules to stay away from pods matching a selector (upstream `corev1.PodAntiAffinity`).
struct PodAntiAffinity {
  std::vector<PodAffinityTerm> required_during_scheduling_ignored_during_execution;
  std::vector<WeightedPodAffinityTerm> preferred_during_scheduling_ignored_during_execution;
  UnknownFields unknown_fields;
  bool operator==(const PodAntiAffinity&) const = default;
};
WINDLASS_API_DESCRIBED(PodAntiAffinity);

}  // namespace windlass::api::core::v1
