#include <windlass/api/rbac/v1/aggregation_rule.h>

namespace windlass::api::rbac::v1 {

WINDLASS_API_DESCRIBE(AggregationRule, d) {
  d.doc("How an aggregated ClusterRole collects its rules from other ClusterRoles.");
  d.field("clusterRoleSelectors", &AggregationRule::cluster_role_selectors)
      .doc("Label selectors of ClusterRoles; the rules of every ClusterRole matched by any of "
           "them are merged into this role's rules.")
      .list_atomic().proto(1);
}

}  // namespace windlass::api::rbac::v1
