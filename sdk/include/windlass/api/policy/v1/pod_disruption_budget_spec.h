// windlass/api/policy/v1/pod_disruption_budget_spec.h — policy/v1 PodDisruptionBudgetSpec,
// how many of a set of pods voluntary disruptions must leave running.
//
// Set at most one of `minAvailable` and `maxUnavailable`, each an absolute count or a
// percentage ("50%") of the pods `selector` matches. An unset selector matches no pods; an
// empty one ({}) matches every pod in the namespace. `unhealthyPodEvictionPolicy` decides
// whether pods that are running but not ready may be evicted regardless of the budget
// ("AlwaysAllow") or only while the budget is met ("IfHealthyBudget", the behaviour when
// unset).
//
//   policy::v1::PodDisruptionBudgetSpec s{
//       .min_available = IntOrString::of_string("50%"),
//       .selector = meta::v1::LabelSelector{.match_labels = {{"app", "web"}}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/label_selector.h>
#include <windlass/core/int_or_string.h>

#include <optional>
#include <string>

namespace windlass::api::policy::v1 {

// The desired disruption budget (upstream `policyv1.PodDisruptionBudgetSpec`).
struct PodDisruptionBudgetSpec {
  std::optional<IntOrString> min_available;
  std::optional<meta::v1::LabelSelector> selector;
  std::optional<IntOrString> max_unavailable;
  std::optional<std::string> unhealthy_pod_eviction_policy;  // "IfHealthyBudget", "AlwaysAllow"
  UnknownFields unknown_fields;
  bool operator==(const PodDisruptionBudgetSpec&) const = default;
};
WINDLASS_API_DESCRIBED(PodDisruptionBudgetSpec);

}  // namespace windlass::api::policy::v1
