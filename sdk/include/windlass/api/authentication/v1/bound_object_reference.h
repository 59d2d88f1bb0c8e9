// windlass/api/authentication/v1/bound_object_reference.h — authentication/v1
// BoundObjectReference, the object a requested token's validity is tied to.
//
// The token is rejected once the object (a Pod, Secret or Node, identified by name and
// optionally uid) no longer exists.
//
//   authentication::v1::BoundObjectReference r{.kind = "Pod", .api_version = "v1",
//                                              .name = "worker-0"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::authentication::v1 {

// A reference to the object a token is bound to (upstream
// `authenticationv1.BoundObjectReference`).
struct BoundObjectReference {
  std::string kind;
  std::string api_version;
  std::string name;
  std::string uid;
  UnknownFields unknown_fields;
  bool operator==(const BoundObjectReference&) const = default;
};
WINDLASS_API_DESCRIBED(BoundObjectReference);

}  // namespace windlass::api::authentication::v1
