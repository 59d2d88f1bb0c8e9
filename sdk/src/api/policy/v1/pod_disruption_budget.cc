#include <windlass/api/policy/v1/pod_disruption_budget.h>

namespace windlass::api::policy::v1 {

WINDLASS_API_DESCRIBE(PodDisruptionBudget, d) {
  d.doc("A limit on how many pods of a set voluntary disruptions such as evictions may take "
        "down at once.");
  d.field("apiVersion", &PodDisruptionBudget::api_version)
      .doc("API version of this representation; \"policy/v1\".");
  d.field("kind", &PodDisruptionBudget::kind)
      .doc("Kind of this representation; \"PodDisruptionBudget\".");
  d.field("metadata", &PodDisruptionBudget::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &PodDisruptionBudget::spec).doc("The desired disruption budget.").proto(2);
  d.field("status", &PodDisruptionBudget::status)
      .doc("The observed state of the budget, maintained by the server.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(PodDisruptionBudget) {
  return {.group = "policy",
          .version = "v1",
          .kind = "PodDisruptionBudget",
          .plural = "poddisruptionbudgets",
          .singular = "poddisruptionbudget",
          .short_names = {"pdb"},
          .status_subresource = true};
}

}  // namespace windlass::api::policy::v1
