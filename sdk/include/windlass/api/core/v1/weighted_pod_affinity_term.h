// windlass/api/core/v1/weighted_pod_affinity_term.h — core/v1 WeightedPodAffinityTerm: a weighted
// pod (anti-)affinity preference.
//
//   core::v1::WeightedPodAffinityTerm v{.weight = 1};
#pragma once

#include <windlass/api/core/v1/pod_affinity_term.h>
#include <windlass/api/describe.h>

#include <cstdint>

namespace windlass::api::core::v1 {

// A weighted pod (anti-)affinity preference (upstream `corev1.WeightedPodAffinityTerm`).
struct WeightedPodAffinityTerm {
  std::int32_t weight = 0;
  PodAffinityTerm pod_affinity_term;
  UnknownFields unknown_fields;
  bool operator==(const WeightedPodAffinityTerm&) const = default;
};
WINDLASS_API_DESCRIBED(WeightedPodAffinityTerm);

}  // namespace windlass::api::core::v1
