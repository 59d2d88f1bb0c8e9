// windlass/api/rbac/v1/role_ref.h — rbac/v1 RoleRef, the role a binding grants.
//
// Names a Role (in the binding's namespace) or a ClusterRole, always with `apiGroup`
// "rbac.authorization.k8s.io". The API server refuses to change a binding's roleRef; to point
// a binding at another role, delete and recreate it.
//
//   rbac::v1::RoleRef ref{.api_group = "rbac.authorization.k8s.io", .kind = "ClusterRole",
//                         .name = "view"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::rbac::v1 {

// The Role or ClusterRole a binding refers to (upstream `rbacv1.RoleRef`).
struct RoleRef {
  std::string api_group;
  std::string kind;
  std::string name;
  UnknownFields unknown_fields;
  bool operator==(const RoleRef&) const = default;
};
WINDLASS_API_DESCRIBED(RoleRef);

}  // namespace windlass::api::rbac::v1
