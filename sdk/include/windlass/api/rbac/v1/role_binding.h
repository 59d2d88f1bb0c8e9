// windlass/api/rbac/v1/role_binding.h — the rbac/v1 RoleBinding kind.
//
// A RoleBinding grants the permissions of a Role, or of a ClusterRole, to subjects within the
// binding's namespace. `roleRef` cannot be changed after creation (the server rejects the
// update); `subjects` can.
//
//   rbac::v1::RoleBinding rb{
//       .metadata = {.name = "builder-edit", .namespace_ = "ci"},
//       .subjects = {{.kind = "ServiceAccount", .name = "builder", .namespace_ = "ci"}},
//       .role_ref = {.api_group = "rbac.authorization.k8s.io", .kind = "ClusterRole",
//                    .name = "edit"}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/rbac/v1/role_ref.h>
#include <windlass/api/rbac/v1/subject.h>
#include <windlass/api/resource.h>

#include <string>
#include <vector>

namespace windlass::api::rbac::v1 {

// Grants a role to subjects within one namespace (upstream `rbacv1.RoleBinding`).
struct RoleBinding {
  std::string api_version = "rbac.authorization.k8s.io/v1";
  std::string kind = "RoleBinding";
  meta::v1::ObjectMeta metadata;
  std::vector<Subject> subjects;
  RoleRef role_ref;
  UnknownFields unknown_fields;
  bool operator==(const RoleBinding&) const = default;
};
WINDLASS_API_DESCRIBED(RoleBinding);
WINDLASS_API_RESOURCE(RoleBinding);

}  // namespace windlass::api::rbac::v1
