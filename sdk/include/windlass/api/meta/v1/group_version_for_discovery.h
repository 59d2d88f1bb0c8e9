// windlass/api/meta/v1/group_version_for_discovery.h — meta/v1 GroupVersionForDiscovery, one
// version of a group in legacy discovery.
//
//   meta::v1::GroupVersionForDiscovery v{.group_version = "batch/v1", .version = "v1"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::meta::v1 {

// A version of an API group, as "group/version" and as the version alone (upstream
// `metav1.GroupVersionForDiscovery`).
struct GroupVersionForDiscovery {
  std::string group_version;
  std::string version;
  UnknownFields unknown_fields;
  bool operator==(const GroupVersionForDiscovery&) const = default;
};
WINDLASS_API_DESCRIBED(GroupVersionForDiscovery);

}  // namespace windlass::api::meta::v1
