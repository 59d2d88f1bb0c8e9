#include <windlass/api/batch/v1/pod_failure_policy_on_exit_codes_requirement.h>

namespace windlass::api::batch::v1 {

WINDLASS_API_DESCRIBE(PodFailurePolicyOnExitCodesRequirement, d) {
  d.doc("Matches a failed pod by the exit codes of its containers.");
  d.field("containerName", &PodFailurePolicyOnExitCodesRequirement::container_name)
      .doc("Only this container's exit code counts; any app or init container when unset.")
      .proto(1);
  d.field("operator", &PodFailurePolicyOnExitCodesRequirement::operator_)
      .doc("In (the exit code is one of values) or NotIn (it is none of them).")
      .required().enum_values({"In", "NotIn"}).proto(2);
  d.field("values", &PodFailurePolicyOnExitCodesRequirement::values)
      .doc("Exit codes, distinct and ascending, at most 255.").required().list_set().proto(3);
}

}  // namespace windlass::api::batch::v1
