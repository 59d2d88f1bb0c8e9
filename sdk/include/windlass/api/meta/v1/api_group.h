// windlass/api/meta/v1/api_group.h — meta/v1 APIGroup, one API group in legacy discovery.
//
// A group's name, its versions in preference order and the preferred one. It is the body of
// `GET /apis/<group>`, and an entry of APIGroupList (`GET /apis`). Inside the list the server
// writes no apiVersion or kind for the entries, so both default to empty here; set them to
// "v1" and "APIGroup" when serving a group on its own.
//
//   meta::v1::APIGroup g{.name = "apps",
//                        .versions = {{.group_version = "apps/v1", .version = "v1"}},
//                        .preferred_version = {.group_version = "apps/v1", .version = "v1"}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/group_version_for_discovery.h>
#include <windlass/api/meta/v1/server_address_by_client_cidr.h>

#include <string>
#include <vector>

namespace windlass::api::meta::v1 {

// An API group and its versions (upstream `metav1.APIGroup`).
struct APIGroup {
  std::string api_version;
  std::string kind;
  std::string name;
  std::vector<GroupVersionForDiscovery> versions;
  GroupVersionForDiscovery preferred_version;
  std::vector<ServerAddressByClientCIDR> server_address_by_client_cidrs;
  UnknownFields unknown_fields;
  bool operator==(const APIGroup&) const = default;
};
WINDLASS_API_DESCRIBED(APIGroup);

}  // namespace windlass::api::meta::v1
