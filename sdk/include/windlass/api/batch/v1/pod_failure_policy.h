// windlass/api/batch/v1/pod_failure_policy.h — batch/v1 PodFailurePolicy: how pod failures of a Job
// are handled instead of only counting toward backoffLimit.
//
// Rules are tried in order and the first match decides; a failure no rule matches is counted as
// usual. Requires the template's restartPolicy to be Never.
//
//   batch::v1::PodFailurePolicy p{.rules = {
//       {.action = "FailJob",
//        .on_exit_codes = batch::v1::PodFailurePolicyOnExitCodesRequirement{
//            .operator_ = "In", .values = {42}}}}};
#pragma once

#include <windlass/api/batch/v1/pod_failure_policy_rule.h>
#include <windlass/api/describe.h>

#include <vector>

namespace windlass::api::batch::v1 {

// How failed pods of a Job are handled beyond counting them toward backoffLimit (upstream
// `batchv1.PodFailurePolicy`).
struct PodFailurePolicy {
  std::vector<PodFailurePolicyRule> rules;
  UnknownFields unknown_fields;
  bool operator==(const PodFailurePolicy&) const = default;
};
WINDLASS_API_DESCRIBED(PodFailurePolicy);

}  // namespace windlass::api::batch::v1
