// windlass/api/authorization/v1/self_subject_access_review.h — the authorization/v1
// SelfSubjectAccessReview kind.
//
// Asks whether the caller itself may perform an action; this is `kubectl auth can-i`. The spec
// names only the action; the server takes the user from the request. Cluster-scoped,
// create-only, never stored.
//
//   authorization::v1::SelfSubjectAccessReview ssar{.spec = {
//       .resource_attributes = authorization::v1::ResourceAttributes{
//           .namespace_ = "kube-system", .verb = "list", .resource = "pods"}}};
//   // POST /apis/authorization.k8s.io/v1/selfsubjectaccessreviews
#pragma once

#include <windlass/api/authorization/v1/self_subject_access_review_spec.h>
#include <windlass/api/authorization/v1/subject_access_review_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::authorization::v1 {

// Whether the caller may perform an action (upstream
// `authorizationv1.SelfSubjectAccessReview`).
struct SelfSubjectAccessReview {
  std::string api_version = "authorization.k8s.io/v1";
  std::string kind = "SelfSubjectAccessReview";
  meta::v1::ObjectMeta metadata;
  SelfSubjectAccessReviewSpec spec;
  SubjectAccessReviewStatus status;
  UnknownFields unknown_fields;
  bool operator==(const SelfSubjectAccessReview&) const = default;
};
WINDLASS_API_DESCRIBED(SelfSubjectAccessReview);
WINDLASS_API_RESOURCE(SelfSubjectAccessReview);

}  // namespace windlass::api::authorization::v1
