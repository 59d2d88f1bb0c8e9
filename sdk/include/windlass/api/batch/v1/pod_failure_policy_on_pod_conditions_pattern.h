// windlass/api/batch/v1/pod_failure_policy_on_pod_conditions_pattern.h — batch/v1
// PodFailurePolicyOnPodConditionsPattern: matches a failed pod by one of its conditions.
//
//   batch::v1::PodFailurePolicyOnPodConditionsPattern p{.type = "DisruptionTarget",
//                                                       .status = "True"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::batch::v1 {

// Matches a failed pod by one of its conditions, such as DisruptionTarget (upstream
// `batchv1.PodFailurePolicyOnPodConditionsPattern`).
struct PodFailurePolicyOnPodConditionsPattern {
  std::string type;
  std::string status;
  UnknownFields unknown_fields;
  bool operator==(const PodFailurePolicyOnPodConditionsPattern&) const = default;
};
WINDLASS_API_DESCRIBED(PodFailurePolicyOnPodConditionsPattern);

}  // namespace windlass::api::batch::v1
