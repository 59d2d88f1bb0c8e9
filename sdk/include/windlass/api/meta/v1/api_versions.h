// windlass/api/meta/v1/api_versions.h — meta/v1 APIVersions, the versions of the core group
// (legacy discovery).
//
// The body of `GET /api`: `{"kind":"APIVersions","versions":["v1"],
// "serverAddressByClientCIDRs":[…]}`. kube-apiserver writes no apiVersion here, so
// `api_version` defaults to empty. Both lists are always written; the Python client rejects a
// null `serverAddressByClientCIDRs`.
//
//   meta::v1::APIVersions v{
//       .versions = {"v1"},
//       .server_address_by_client_cidrs = {{.client_cidr = "0.0.0.0/0",
//                                           .server_address = "10.0.0.1:6443"}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/server_address_by_client_cidr.h>

#include <string>
#include <vector>

namespace windlass::api::meta::v1 {

// The API versions of the core group (upstream `metav1.APIVersions`).
struct APIVersions {
  std::string api_version;
  std::string kind = "APIVersions";
  std::vector<std::string> versions;
  std::vector<ServerAddressByClientCIDR> server_address_by_client_cidrs;
  UnknownFields unknown_fields;
  bool operator==(const APIVersions&) const = default;
};
WINDLASS_API_DESCRIBED(APIVersions);

}  // namespace windlass::api::meta::v1
