#include <windlass/api/policy/v1/pod_disruption_budget_spec.h>

namespace windlass::api::policy::v1 {

WINDLASS_API_DESCRIBE(PodDisruptionBudgetSpec, d) {
  d.doc("The desired disruption budget: which pods, and how many must stay available.");
  d.field("minAvailable", &PodDisruptionBudgetSpec::min_available)
      .doc("Evictions are allowed only while at least this many selected pods, or this "
           "percentage of them, stay available. Exclusive with maxUnavailable.")
      .proto(1);
  d.field("selector", &PodDisruptionBudgetSpec::selector)
      .doc("The pods the budget covers. Unset selects no pods; empty selects every pod in the "
           "namespace.")
      .patch_strategy("replace").proto(2);
  d.field("maxUnavailable", &PodDisruptionBudgetSpec::max_unavailable)
      .doc("Evictions are allowed only while at most this many selected pods, or this "
           "percentage of them, are unavailable. Exclusive with minAvailable.")
      .proto(3);
  d.field("unhealthyPodEvictionPolicy", &PodDisruptionBudgetSpec::unhealthy_pod_eviction_policy)
      .doc("When running but not ready pods may be evicted: IfHealthyBudget (only while the "
           "budget is met; the behaviour when unset) or AlwaysAllow.")
      .enum_values({"AlwaysAllow", "IfHealthyBudget"}).proto(4);
}

}  // namespace windlass::api::policy::v1
