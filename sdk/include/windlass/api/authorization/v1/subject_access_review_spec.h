// windlass/api/authorization/v1/subject_access_review_spec.h — authorization/v1
// SubjectAccessReviewSpec, the user and the action of an access review.
//
// Exactly one of `resourceAttributes` and `nonResourceAttributes` is set. The user is given by
// `user` and/or `groups` (at least one of them), plus `uid` and `extra` as an authenticator
// would have set them. Go's `map[string]ExtraValue` is a map of string lists here.
//
//   authorization::v1::SubjectAccessReviewSpec s{
//       .non_resource_attributes = authorization::v1::NonResourceAttributes{
//           .path = "/metrics", .verb = "get"},
//       .user = "system:serviceaccount:monitoring:prometheus"};
#pragma once

#include <windlass/api/authorization/v1/non_resource_attributes.h>
#include <windlass/api/authorization/v1/resource_attributes.h>
#include <windlass/api/describe.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::authorization::v1 {

// Who wants to do what, for an access review (upstream
// `authorizationv1.SubjectAccessReviewSpec`).
struct SubjectAccessReviewSpec {
  std::optional<ResourceAttributes> resource_attributes;
  std::optional<NonResourceAttributes> non_resource_attributes;
  std::string user;
  std::vector<std::string> groups;
  std::map<std::string, std::vector<std::string>> extra;
  std::string uid;
  UnknownFields unknown_fields;
  bool operator==(const SubjectAccessReviewSpec&) const = default;
};
WINDLASS_API_DESCRIBED(SubjectAccessReviewSpec);

}  // namespace windlass::api::authorization::v1
