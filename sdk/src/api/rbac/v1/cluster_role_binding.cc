#include <windlass/api/rbac/v1/cluster_role_binding.h>

namespace windlass::api::rbac::v1 {

WINDLASS_API_DESCRIBE(ClusterRoleBinding, d) {
  d.doc("Grants the permissions of a ClusterRole to subjects across the whole cluster.");
  d.field("apiVersion", &ClusterRoleBinding::api_version)
      .doc("API version of this representation; \"rbac.authorization.k8s.io/v1\".");
  d.field("kind", &ClusterRoleBinding::kind)
      .doc("Kind of this representation; \"ClusterRoleBinding\".");
  d.field("metadata", &ClusterRoleBinding::metadata).doc("Standard object metadata.").proto(1);
  d.field("subjects", &ClusterRoleBinding::subjects)
      .doc("The users, groups and service accounts that receive the role.")
      .list_atomic().proto(2);
  d.field("roleRef", &ClusterRoleBinding::role_ref)
      .doc("The ClusterRole being granted. Cannot be changed after creation.")
      .required().map_atomic().proto(3);
}

WINDLASS_API_RESOURCE_INFO(ClusterRoleBinding) {
  return {.group = "rbac.authorization.k8s.io",
          .version = "v1",
          .kind = "ClusterRoleBinding",
          .plural = "clusterrolebindings",
          .singular = "clusterrolebinding",
          .namespaced = false};
}

}  // namespace windlass::api::rbac::v1
