// windlass/api/policy/v1/pod_disruption_budget_status.h — policy/v1 PodDisruptionBudgetStatus,
// the disruption controller's view of a budget.
//
// The controller counts the selected pods (`expectedPods`), the healthy ones (`currentHealthy`)
// and how many must stay healthy (`desiredHealthy`), and from that how many evictions are
// allowed right now (`disruptionsAllowed`). The eviction API records pods it has just evicted
// in `disruptedPods` until the controller sees them gone. The four counters have no omitempty
// upstream and are always written. The condition "DisruptionAllowed" summarises the state.
//
//   if (pdb.status.disruptions_allowed > 0) evict(pod);
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/condition.h>
#include <windlass/core/time.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace windlass::api::policy::v1 {

// The observed state of a PodDisruptionBudget (upstream `policyv1.PodDisruptionBudgetStatus`).
struct PodDisruptionBudgetStatus {
  std::int64_t observed_generation = 0;
  std::map<std::string, Time> disrupted_pods;
  std::int32_t disruptions_allowed = 0;
  std::int32_t current_healthy = 0;
  std::int32_t desired_healthy = 0;
  std::int32_t expected_pods = 0;
  std::vector<meta::v1::Condition> conditions;
  UnknownFields unknown_fields;
  bool operator==(const PodDisruptionBudgetStatus&) const = default;
};
WINDLASS_API_DESCRIBED(PodDisruptionBudgetStatus);

}  // namespace windlass::api::policy::v1
