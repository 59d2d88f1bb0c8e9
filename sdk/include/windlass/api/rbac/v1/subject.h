// windlass/api/rbac/v1/subject.h — rbac/v1 Subject, who a RoleBinding or ClusterRoleBinding
// grants its role to.
//
// `kind` is "User", "Group" or "ServiceAccount". Users and groups are plain names known to the
// authenticator and take `apiGroup` "rbac.authorization.k8s.io" (the server fills it in when
// empty); a ServiceAccount is named by `name` and `namespace` and has the empty API group.
// Upstream declares the struct atomic: server-side apply replaces a subject as a whole.
//
//   rbac::v1::Subject sa{.kind = "ServiceAccount", .name = "builder", .namespace_ = "ci"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::rbac::v1 {

// A user, group or service account a binding applies to (upstream `rbacv1.Subject`).
struct Subject {
  std::string kind;
  std::string api_group;
  std::string name;
  std::string namespace_;  // `namespace` is a C++ keyword
  UnknownFields unknown_fields;
  bool operator==(const Subject&) const = default;
};
WINDLASS_API_DESCRIBED(Subject);

}  // namespace windlass::api::rbac::v1
