#include <windlass/api/rbac/v1/role_binding.h>

namespace windlass::api::rbac::v1 {

WINDLASS_API_DESCRIBE(RoleBinding, d) {
  d.doc("Grants the permissions of a Role or ClusterRole to subjects within the binding's "
        "namespace.");
  d.field("apiVersion", &RoleBinding::api_version)
      .doc("API version of this representation; \"rbac.authorization.k8s.io/v1\".");
  d.field("kind", &RoleBinding::kind).doc("Kind of this representation; \"RoleBinding\".");
  d.field("metadata", &RoleBinding::metadata).doc("Standard object metadata.").proto(1);
  d.field("subjects", &RoleBinding::subjects)
      .doc("The users, groups and service accounts that receive the role.")
      .list_atomic().proto(2);
  d.field("roleRef", &RoleBinding::role_ref)
      .doc("The Role in this namespace, or the ClusterRole, being granted. Cannot be changed "
           "after creation.")
      .required().map_atomic().proto(3);
}

WINDLASS_API_RESOURCE_INFO(RoleBinding) {
  return {.group = "rbac.authorization.k8s.io",
          .version = "v1",
          .kind = "RoleBinding",
          .plural = "rolebindings",
          .singular = "rolebinding"};
}

}  // namespace windlass::api::rbac::v1
