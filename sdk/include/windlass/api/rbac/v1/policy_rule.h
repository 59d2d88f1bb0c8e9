// windlass/api/rbac/v1/policy_rule.h — rbac/v1 PolicyRule, one grant of a Role or ClusterRole.
//
// A rule allows `verbs` either on API resources (`apiGroups` × `resources`, optionally narrowed
// to `resourceNames`) or, in ClusterRoles only, on non-resource URLs such as "/healthz". "*"
// stands for all verbs, groups or resources; "" in `apiGroups` is the core group. Rules only
// add permissions; there is no deny.
//
//   rbac::v1::PolicyRule r{.verbs = {"get", "list", "watch"}, .api_groups = {""},
//                          .resources = {"configmaps"}};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::rbac::v1 {

// Verbs allowed on a set of resources or URLs (upstream `rbacv1.PolicyRule`).
struct PolicyRule {
  std::vector<std::string> verbs;
  std::vector<std::string> api_groups;
  std::vector<std::string> resources;
  std::vector<std::string> resource_names;
  std::vector<std::string> non_resource_urls;
  UnknownFields unknown_fields;
  bool operator==(const PolicyRule&) const = default;
};
WINDLASS_API_DESCRIBED(PolicyRule);

}  // namespace windlass::api::rbac::v1
