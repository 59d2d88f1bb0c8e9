#include <windlass/api/rbac/v1/cluster_role.h>

namespace windlass::api::rbac::v1 {

WINDLASS_API_DESCRIBE(ClusterRole, d) {
  d.doc("A cluster-scoped set of permissions, granted cluster-wide by ClusterRoleBindings or "
        "within one namespace by RoleBindings.");
  d.field("apiVersion", &ClusterRole::api_version)
      .doc("API version of this representation; \"rbac.authorization.k8s.io/v1\".");
  d.field("kind", &ClusterRole::kind).doc("Kind of this representation; \"ClusterRole\".");
  d.field("metadata", &ClusterRole::metadata).doc("Standard object metadata.").proto(1);
  d.field("rules", &ClusterRole::rules)
      .doc("The permissions the role grants; maintained by the controller manager when "
           "aggregationRule is set.")
      .always().list_atomic().proto(2);
  d.field("aggregationRule", &ClusterRole::aggregation_rule)
      .doc("When set, rules is the union of the rules of the ClusterRoles it selects, kept up "
           "to date by the controller manager.")
      .proto(3);
}

WINDLASS_API_RESOURCE_INFO(ClusterRole) {
  return {.group = "rbac.authorization.k8s.io",
          .version = "v1",
          .kind = "ClusterRole",
          .plural = "clusterroles",
          .singular = "clusterrole",
          .namespaced = false};
}

}  // namespace windlass::api::rbac::v1
