// windlass/api/core/v1/pod_affinity.h — core/v1 PodAffinity: rules to run near pods matching a
// selector.
//
//   core::v1::PodAffinity a{.preferred_during_scheduling_ignored_during_execution = {
//       {.weight = 50, .pod_affinity_term = {.topology_key = "topology.kubernetes.io/zone"}}}};
#pragma once

#include <windlass/api/core/v1/pod_affinity_term.h>
#include <windlass/api/core/v1/weighted_pod_affinity_term.h>
#include <windlass/api/describe.h>

#include <vector>

namespace windlass::api::core::v1 {

// Rules to run near pods matching a selector (upstream `corev1.PodAffinity`).
struct PodAffinity {
  std::vector<PodAffinityTerm> required_during_scheduling_ignored_during_execution;
  std::vector<WeightedPodAffinityTerm> preferred_during_scheduling_ignored_during_execution;
  UnknownFields unknown_fields;
  bool operator==(const PodAffinity&) const = default;
};
WINDLASS_API_DESCRIBED(PodAffinity);

}  // namespace windlass::api::core::v1
