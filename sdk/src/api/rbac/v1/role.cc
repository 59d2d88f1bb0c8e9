#include <windlass/api/rbac/v1/role.h>

namespace windlass::api::rbac::v1 {

WINDLASS_API_DESCRIBE(Role, d) {
  d.doc("A set of permissions within one namespace, granted to subjects by RoleBindings.");
  d.field("apiVersion", &Role::api_version)
      .doc("API version of this representation; \"rbac.authorization.k8s.io/v1\".");
  d.field("kind", &Role::kind).doc("Kind of this representation; \"Role\".");
  d.field("metadata", &Role::metadata).doc("Standard object metadata.").proto(1);
  d.field("rules", &Role::rules)
      .doc("The permissions the role grants; they only add up, there is no deny.")
      .always().list_atomic().proto(2);
}

WINDLASS_API_RESOURCE_INFO(Role) {
  return {.group = "rbac.authorization.k8s.io",
          .version = "v1",
          .kind = "Role",
          .plural = "roles",
          .singular = "role"};
}

}  // namespace windlass::api::rbac::v1
