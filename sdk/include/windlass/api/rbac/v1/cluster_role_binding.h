// windlass/api/rbac/v1/cluster_role_binding.h — the rbac/v1 ClusterRoleBinding kind.
//
// A ClusterRoleBinding grants the permissions of a ClusterRole to subjects in every namespace
// and on cluster-scoped resources. Its `roleRef` must name a ClusterRole and cannot be changed
// after creation.
//
//   rbac::v1::ClusterRoleBinding crb{
//       .metadata = {.name = "widget-operator"},
//       .subjects = {{.kind = "ServiceAccount", .name = "widget-operator",
//                     .namespace_ = "widget-system"}},
//       .role_ref = {.api_group = "rbac.authorization.k8s.io", .kind = "ClusterRole",
//                    .name = "widget-operator"}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/rbac/v1/role_ref.h>
#include <windlass/api/rbac/v1/subject.h>
#include <windlass/api/resource.h>

#include <string>
#include <vector>

namespace windlass::api::rbac::v1 {

// Grants a ClusterRole to subjects cluster-wide (upstream `rbacv1.ClusterRoleBinding`).
struct ClusterRoleBinding {
  std::string api_version = "rbac.authorization.k8s.io/v1";
  std::string kind = "ClusterRoleBinding";
  meta::v1::ObjectMeta metadata;
  std::vector<Subject> subjects;
  RoleRef role_ref;
  UnknownFields unknown_fields;
  bool operator==(const ClusterRoleBinding&) const = default;
};
WINDLASS_API_DESCRIBED(ClusterRoleBinding);
WINDLASS_API_RESOURCE(ClusterRoleBinding);

}  // namespace windlass::api::rbac::v1
