#include <windlass/api/rbac/v1/role_ref.h>

namespace windlass::api::rbac::v1 {

WINDLASS_API_DESCRIBE(RoleRef, d) {
  d.doc("The Role or ClusterRole a binding grants.");
  d.field("apiGroup", &RoleRef::api_group)
      .doc("API group of the role: rbac.authorization.k8s.io.").required().proto(1);
  d.field("kind", &RoleRef::kind).doc("Kind of the role: Role or ClusterRole.").required().proto(2);
  d.field("name", &RoleRef::name).doc("Name of the role.").required().proto(3);
}

}  // namespace windlass::api::rbac::v1
