// windlass/api/batch/v1/success_policy.h — batch/v1 SuccessPolicy: when an Indexed Job counts as
// succeeded before all its indexes finish.
//
// When any rule is met the job gets the SuccessCriteriaMet condition, its remaining pods are
// terminated, and it ends Complete. Beta (JobSuccessPolicy, on by default in 1.32).
//
//   batch::v1::SuccessPolicy p{.rules = {{.succeeded_indexes = "0"}}};  // the leader
#pragma once

#include <windlass/api/batch/v1/success_policy_rule.h>
#include <windlass/api/describe.h>

#include <vector>

namespace windlass::api::batch::v1 {

// When an Indexed Job counts as succeeded before all of its indexes have (upstream
// `batchv1.SuccessPolicy`).
struct SuccessPolicy {
  std::vector<SuccessPolicyRule> rules;
  UnknownFields unknown_fields;
  bool operator==(const SuccessPolicy&) const = default;
};
WINDLASS_API_DESCRIBED(SuccessPolicy);

}  // namespace windlass::api::batch::v1
