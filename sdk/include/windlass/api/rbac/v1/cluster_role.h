// windlass/api/rbac/v1/cluster_role.h — the rbac/v1 ClusterRole kind.
//
// A ClusterRole is a cluster-scoped set of permissions. A ClusterRoleBinding grants it across
// all namespaces; a RoleBinding grants it within its own namespace only. Only ClusterRoles can
// grant access to cluster-scoped resources and non-resource URLs. With an `aggregationRule`,
// the controller manager owns `rules` and fills them from the matching ClusterRoles. As for
// Role, `rules` is always written, an empty list as `[]`.
//
//   // Joins the built-in "view" role through the label that role aggregates on.
//   rbac::v1::ClusterRole cr{
//       .metadata = {.name = "widget-viewer",
//                    .labels = {{"rbac.authorization.k8s.io/aggregate-to-view", "true"}}},
//       .rules = {{.verbs = {"get", "list", "watch"}, .api_groups = {"example.com"},
//                  .resources = {"widgets"}}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/rbac/v1/aggregation_rule.h>
#include <windlass/api/rbac/v1/policy_rule.h>
#include <windlass/api/resource.h>

#include <optional>
#include <string>
#include <vector>

namespace windlass::api::rbac::v1 {

// Cluster-wide permissions, granted by a ClusterRoleBinding or a RoleBinding (upstream
// `rbacv1.ClusterRole`).
struct ClusterRole {
  std::string api_version = "rbac.authorization.k8s.io/v1";
  std::string kind = "ClusterRole";
  meta::v1::ObjectMeta metadata;
  std::vector<PolicyRule> rules;
  std::optional<AggregationRule> aggregation_rule;
  UnknownFields unknown_fields;
  bool operator==(const ClusterRole&) const = default;
};
WINDLASS_API_DESCRIBED(ClusterRole);
WINDLASS_API_RESOURCE(ClusterRole);

}  // namespace windlass::api::rbac::v1
