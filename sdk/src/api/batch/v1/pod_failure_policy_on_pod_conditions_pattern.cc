#include <windlass/api/batch/v1/pod_failure_policy_on_pod_conditions_pattern.h>

namespace windlass::api::batch::v1 {

WINDLASS_API_DESCRIBE(PodFailurePolicyOnPodConditionsPattern, d) {
  d.doc("Matches a failed pod by one of its conditions, such as DisruptionTarget.");
  d.field("type", &PodFailurePolicyOnPodConditionsPattern::type)
      .doc("The pod condition type to look for.").required().proto(1);
  d.field("status", &PodFailurePolicyOnPodConditionsPattern::status)
      .doc("The status the condition must have: True, False or Unknown.").required().proto(2);
}

}  // namespace windlass::api::batch::v1
