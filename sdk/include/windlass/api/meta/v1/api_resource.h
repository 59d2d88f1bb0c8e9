// windlass/api/meta/v1/api_resource.h — meta/v1 APIResource, one resource in legacy discovery.
//
// An entry of an APIResourceList (`GET /api/v1`, `GET /apis/<group>/<version>`): the plural
// `name` (with "/<subresource>" for subresources), whether it is namespaced, its kind, verbs,
// short names and categories. `group` and `version` are set only where they differ from the
// list's (the scale subresource's autoscaling/v1 Scale). `name`, `singularName`, `namespaced`,
// `kind` and `verbs` are always written; subresources carry `singularName: ""`.
//
//   meta::v1::APIResource r{.name = "deployments", .singular_name = "deployment",
//                           .namespaced = true, .kind = "Deployment",
//                           .verbs = {"create", "delete", "get", "list", "patch", "update",
//                                     "watch"},
//                           .short_names = {"deploy"}, .categories = {"all"}};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::meta::v1 {

// A resource or subresource of a group-version, as discovery lists it (upstream
// `metav1.APIResource`).
struct APIResource {
  std::string name;
  std::string singular_name;
  bool namespaced = false;
  std::string group;
  std::string version;
  std::string kind;
  std::vector<std::string> verbs;
  std::vector<std::string> short_names;
  std::vector<std::string> categories;
  std::string storage_version_hash;
  UnknownFields unknown_fields;
  bool operator==(const APIResource&) const = default;
};
WINDLASS_API_DESCRIBED(APIResource);

}  // namespace windlass::api::meta::v1
