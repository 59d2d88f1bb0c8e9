// windlass/api/authorization/v1/self_subject_access_review_spec.h — authorization/v1
// SelfSubjectAccessReviewSpec, the action the caller asks about.
//
// Exactly one of the two attribute sets is set; the user is the caller.
//
//   authorization::v1::SelfSubjectAccessReviewSpec s{
//       .resource_attributes = authorization::v1::ResourceAttributes{
//           .verb = "create", .group = "apps", .resource = "deployments"}};
#pragma once

#include <windlass/api/authorization/v1/non_resource_attributes.h>
#include <windlass/api/authorization/v1/resource_attributes.h>
#include <windlass/api/describe.h>

#include <optional>

namespace windlass::api::authorization::v1 {

// The action of a SelfSubjectAccessReview (upstream
// `authorizationv1.SelfSubjectAccessReviewSpec`).
struct SelfSubjectAccessReviewSpec {
  std::optional<ResourceAttributes> resource_attributes;
  std::optional<NonResourceAttributes> non_resource_attributes;
  UnknownFields unknown_fields;
  bool operator==(const SelfSubjectAccessReviewSpec&) const = default;
};
WINDLASS_API_DESCRIBED(SelfSubjectAccessReviewSpec);

}  // namespace windlass::api::authorization::v1
