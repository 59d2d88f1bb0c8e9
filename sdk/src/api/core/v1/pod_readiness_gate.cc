#include <windlass/api/core/v1/pod_readiness_gate.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PodReadinessGate, d) {
  d.doc("An extra condition required for readiness.");
  d.field("conditionType", &PodReadinessGate::condition_type)
      .doc("The pod condition type that must be True.").required().proto(1);
}

}  // namespace windlass::api::core::v1
