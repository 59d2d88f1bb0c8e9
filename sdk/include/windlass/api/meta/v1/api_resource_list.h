// windlass/api/meta/v1/api_resource_list.h — meta/v1 APIResourceList, the resources of one
// group-version (legacy discovery).
//
// The body of `GET /apis/<group>/<version>` and `GET /api/v1`. kubectl `auth can-i`, the Python
// dynamic client and the JavaScript client read it even when aggregated discovery is served.
// kube-apiserver omits `apiVersion` for the core group's list (`/api/v1`); set `api_version` to
// "" to match.
//
//   meta::v1::APIResourceList l{.group_version = "apps/v1", .resources = {deployments, scale}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/api_resource.h>

#include <string>
#include <vector>

namespace windlass::api::meta::v1 {

// The resources served by one group-version (upstream `metav1.APIResourceList`).
struct APIResourceList {
  std::string api_version = "v1";
  std::string kind = "APIResourceList";
  std::string group_version;
  std::vector<APIResource> resources;
  UnknownFields unknown_fields;
  bool operator==(const APIResourceList&) const = default;
};
WINDLASS_API_DESCRIBED(APIResourceList);

}  // namespace windlass::api::meta::v1
