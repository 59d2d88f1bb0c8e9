#include <windlass/api/batch/v1/pod_failure_policy_rule.h>

namespace windlass::api::batch::v1 {

WINDLASS_API_DESCRIBE(PodFailurePolicyRule, d) {
  d.doc("What to do with a failed pod that matches exit codes or pod conditions.");
  d.field("action", &PodFailurePolicyRule::action)
      .doc("FailJob (fail the whole job), FailIndex (fail the pod's index), Ignore (do not count "
           "the failure against backoffLimit) or Count (count it, the default handling).")
      .required().enum_values({"Count", "FailIndex", "FailJob", "Ignore"}).proto(1);
  d.field("onExitCodes", &PodFailurePolicyRule::on_exit_codes)
      .doc("Match by container exit codes.").proto(2);
  d.field("onPodConditions", &PodFailurePolicyRule::on_pod_conditions)
      .doc("Match when any of these conditions is on the pod; at most 20.").list_atomic().proto(3);
}

}  // namespace windlass::api::batch::v1
