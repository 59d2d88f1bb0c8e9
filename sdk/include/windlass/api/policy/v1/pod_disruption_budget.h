// windlass/api/policy/v1/pod_disruption_budget.h — the policy/v1 PodDisruptionBudget kind.
//
// A PodDisruptionBudget (short name `pdb`) limits voluntary disruptions of a set of pods: the
// eviction API, used by `kubectl drain` and cluster autoscalers, refuses an eviction (429) that
// would take the selected pods below the budget. Deleting pods directly bypasses it. The
// disruption controller writes `status` through the status subresource.
//
//   policy::v1::PodDisruptionBudget pdb{
//       .metadata = {.name = "web", .namespace_ = "prod"},
//       .spec = {.max_unavailable = IntOrString::of_int(1),
//                .selector = meta::v1::LabelSelector{.match_labels = {{"app", "web"}}}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/policy/v1/pod_disruption_budget_spec.h>
#include <windlass/api/policy/v1/pod_disruption_budget_status.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::policy::v1 {

// A limit on voluntary disruptions of a set of pods (upstream `policyv1.PodDisruptionBudget`).
struct PodDisruptionBudget {
  std::string api_version = "policy/v1";
  std::string kind = "PodDisruptionBudget";
  meta::v1::ObjectMeta metadata;
  PodDisruptionBudgetSpec spec;
  PodDisruptionBudgetStatus status;
  UnknownFields unknown_fields;
  bool operator==(const PodDisruptionBudget&) const = default;
};
WINDLASS_API_DESCRIBED(PodDisruptionBudget);
WINDLASS_API_RESOURCE(PodDisruptionBudget);

}  // namespace windlass::api::policy::v1
