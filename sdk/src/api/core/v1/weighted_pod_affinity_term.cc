#include <windlass/api/core/v1/weighted_pod_affinity_term.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(WeightedPodAffinityTerm, d) {
  d.doc("A weighted pod (anti-)affinity preference.");
  d.field("weight", &WeightedPodAffinityTerm::weight).doc("Weight, 1 to 100.").required().proto(1);
  d.field("podAffinityTerm", &WeightedPodAffinityTerm::pod_affinity_term)
      .doc("The preferred term.").required().proto(2);
}

}  // namespace windlass::api::core::v1
