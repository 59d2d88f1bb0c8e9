// windlass/api/meta/v1/api_group_list.h — meta/v1 APIGroupList, the named API groups (legacy
// discovery).
//
// The body of `GET /apis` when the client does not ask for aggregated discovery. Groups are in
// priority order. The core group is not listed; it is at `/api` (APIVersions).
//
//   meta::v1::APIGroupList l{.groups = {apps, batch}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/api_group.h>

#include <string>
#include <vector>

namespace windlass::api::meta::v1 {

// The API groups a server serves (upstream `metav1.APIGroupList`).
struct APIGroupList {
  std::string api_version = "v1";
  std::string kind = "APIGroupList";
  std::vector<APIGroup> groups;
  UnknownFields unknown_fields;
  bool operator==(const APIGroupList&) const = default;
};
WINDLASS_API_DESCRIBED(APIGroupList);

}  // namespace windlass::api::meta::v1
