// windlass/api/rbac/v1/aggregation_rule.h — rbac/v1 AggregationRule, how an aggregated
// ClusterRole collects its rules.
//
// The controller manager sets the rules of a ClusterRole with an aggregation rule to the union
// of the rules of every ClusterRole matched by any of the selectors, and keeps them in sync;
// rules written by hand are overwritten. The built-in admin, edit and view roles work this way.
//
//   rbac::v1::AggregationRule agg{.cluster_role_selectors = {
//       {.match_labels = {{"rbac.example.com/aggregate-to-monitoring", "true"}}}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/label_selector.h>

#include <vector>

namespace windlass::api::rbac::v1 {

// Selectors of the ClusterRoles whose rules are merged into this one (upstream
// `rbacv1.AggregationRule`).
struct AggregationRule {
  std::vector<meta::v1::LabelSelector> cluster_role_selectors;
  UnknownFields unknown_fields;
  bool operator==(const AggregationRule&) const = default;
};
WINDLASS_API_DESCRIBED(AggregationRule);

}  // namespace windlass::api::rbac::v1
