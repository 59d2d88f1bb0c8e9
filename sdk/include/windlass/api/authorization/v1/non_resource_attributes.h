// windlass/api/authorization/v1/non_resource_attributes.h — authorization/v1
// NonResourceAttributes, a request on a URL that is not an API resource.
//
// Such as GET /healthz or /metrics.
//
//   authorization::v1::NonResourceAttributes a{.path = "/healthz", .verb = "get"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::authorization::v1 {

// An action on a non-resource URL (upstream `authorizationv1.NonResourceAttributes`).
struct NonResourceAttributes {
  std::string path;
  std::string verb;
  UnknownFields unknown_fields;
  bool operator==(const NonResourceAttributes&) const = default;
};
WINDLASS_API_DESCRIBED(NonResourceAttributes);

}  // namespace windlass::api::authorization::v1
