// windlass/api/batch/v1/pod_failure_policy_rule.h — batch/v1 PodFailurePolicyRule: what to do with
// a failed pod that matches exit codes or pod conditions.
//
// Set exactly one of `onExitCodes` and `onPodConditions`.
//
//   batch::v1::PodFailurePolicyRule r{
//       .action = "Ignore",
//       .on_pod_conditions = {{.type = "DisruptionTarget", .status = "True"}}};
#pragma once

#include <windlass/api/batch/v1/pod_failure_policy_on_exit_codes_requirement.h>
#include <windlass/api/batch/v1/pod_failure_policy_on_pod_conditions_pattern.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>
#include <vector>

namespace windlass::api::batch::v1 {

// What to do with a failed pod that matches exit codes or pod conditions (upstream
// `batchv1.PodFailurePolicyRule`).
struct PodFailurePolicyRule {
  std::string action;
  std::optional<PodFailurePolicyOnExitCodesRequirement> on_exit_codes;
  std::vector<PodFailurePolicyOnPodConditionsPattern> on_pod_conditions;
  UnknownFields unknown_fields;
  bool operator==(const PodFailurePolicyRule&) const = default;
};
WINDLASS_API_DESCRIBED(PodFailurePolicyRule);

}  // namespace windlass::api::batch::v1
