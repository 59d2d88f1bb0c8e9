// windlass/api/rbac/v1/role.h — the rbac/v1 Role kind.
//
// A Role is a set of permissions (PolicyRules) within one namespace; on its own it grants
// nothing until a RoleBinding in the same namespace binds it to subjects. `rules` has no
// omitempty upstream, so it is always written; an empty list is written as `[]` where Go would
// write `null` for a nil slice (the server treats both as "no rules").
//
//   rbac::v1::Role r{.metadata = {.name = "config-reader", .namespace_ = "prod"},
//                    .rules = {{.verbs = {"get", "list", "watch"}, .api_groups = {""},
//                               .resources = {"configmaps"}}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/rbac/v1/policy_rule.h>
#include <windlass/api/resource.h>

#include <string>
#include <vector>

namespace windlass::api::rbac::v1 {

// Namespaced permissions, granted by a RoleBinding (upstream `rbacv1.Role`).
struct Role {
  std::string api_version = "rbac.authorization.k8s.io/v1";
  std::string kind = "Role";
  meta::v1::ObjectMeta metadata;
  std::vector<PolicyRule> rules;
  UnknownFields unknown_fields;
  bool operator==(const Role&) const = default;
};
WINDLASS_API_DESCRIBED(Role);
WINDLASS_API_RESOURCE(Role);

}  // namespace windlass::api::rbac::v1
