#include <windlass/api/policy/v1/pod_disruption_budget_status.h>

namespace windlass::api::policy::v1 {

WINDLASS_API_DESCRIBE(PodDisruptionBudgetStatus, d) {
  d.doc("The observed state of a PodDisruptionBudget, maintained by the disruption controller.");
  d.field("observedGeneration", &PodDisruptionBudgetStatus::observed_generation)
      .doc("The metadata.generation this status was computed for.").proto(1);
  d.field("disruptedPods", &PodDisruptionBudgetStatus::disrupted_pods)
      .doc("Pods evicted through the API but not yet seen deleted by the controller, with the "
           "time of eviction; entries expire after a while.")
      .proto(2);
  d.field("disruptionsAllowed", &PodDisruptionBudgetStatus::disruptions_allowed)
      .doc("How many selected pods may be evicted right now.").required().proto(3);
  d.field("currentHealthy", &PodDisruptionBudgetStatus::current_healthy)
      .doc("How many selected pods are healthy now.").required().proto(4);
  d.field("desiredHealthy", &PodDisruptionBudgetStatus::desired_healthy)
      .doc("How many selected pods must stay healthy.").required().proto(5);
  d.field("expectedPods", &PodDisruptionBudgetStatus::expected_pods)
      .doc("How many pods the budget counts, from the replicas of their controllers.")
      .required().proto(6);
  d.field("conditions", &PodDisruptionBudgetStatus::conditions)
      .doc("The latest observations about the budget, one per type, such as "
           "DisruptionAllowed.")
      .list_map({"type"}).patch_merge("type").proto(7);
}

}  // namespace windlass::api::policy::v1
