// windlass/api/authorization/v1/resource_rule.h — authorization/v1 ResourceRule, verbs a user
// may use on some resources.
//
// Like an RBAC PolicyRule without non-resource URLs: "*" means all verbs, groups or resources,
// and empty `resourceNames` means every object.
//
//   authorization::v1::ResourceRule r{.verbs = {"get", "list"}, .api_groups = {""},
//                                     .resources = {"pods"}};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::authorization::v1 {

// Allowed verbs on a set of resources (upstream `authorizationv1.ResourceRule`).
struct ResourceRule {
  std::vector<std::string> verbs;
  std::vector<std::string> api_groups;
  std::vector<std::string> resources;
  std::vector<std::string> resource_names;
  UnknownFields unknown_fields;
  bool operator==(const ResourceRule&) const = default;
};
WINDLASS_API_DESCRIBED(ResourceRule);

}  // namespace windlass::api::authorization::v1
